import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { normalisePost } from '../lib/content/normalise';
import { urls } from '../lib/urls';

// Every post the importer accepts from the real fixtures is reachable at its canonical URL, and
// through the share URL where it has an infoCode. Expected URLs come from the pure URL builder.
const folder = 'test/fixtures/finews/_posts';
const posts = readdirSync(folder)
  .map((file) => normalisePost(`_posts/${file}`, readFileSync(path.join(folder, file), 'utf8')))
  .flatMap((result) =>
    result.ok && result.post.publishedAt && result.post.permalink
      ? [{ ...result.post, publishedAt: result.post.publishedAt, permalink: result.post.permalink }]
      : [],
  );

test('the fixture archive has 49 importable posts', () => {
  expect(posts).toHaveLength(49);
});

test('every fixture article answers 200 at its canonical URL with its title', async ({
  request,
}) => {
  for (const post of posts) {
    const url = urls.article(post);
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
    const html = await response.text();
    expect(html, url).toContain(post.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
    expect(html, url).toContain(
      `<link rel="canonical" href="http://127.0.0.1:${process.env.E2E_PORT ?? 3100}${url}"/>`,
    );
  }
});
