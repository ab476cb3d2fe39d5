import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { TAGS } from '../lib/cache-tags';
import { splitPost } from '../lib/content/front-matter';
import { normalisePost, type NormalisedPost } from '../lib/content/normalise';
import { startsWithFrontMatter } from '../lib/jekyll';
import { categoryFileSlug, urls } from '../lib/urls';
import { buildWithJekyll, jekyllInstalled, type JekyllBuild, type JekyllOutput } from './jekyll';
import { expireTags, sql } from './support';

// Jekyll itself says where the old site served each post: the fixture archive the e2e portal
// imported (playwright.config.ts) is built with Jekyll under the old site's settings, and every
// address it wrote must answer on the portal with 200, or one 301 to a 200 page with that post.
const ROOTS = ['test/fixtures/finews', 'e2e/fixtures', 'test/fixtures/shapes'];

let build: JekyllBuild;

test.beforeAll(() => {
  // Never skipped: without Jekyll there is no oracle, and the test says so (.ci/run installs it).
  if (!jekyllInstalled()) throw new Error('jekyll is not installed: apt-get install jekyll');
  build = buildWithJekyll(ROOTS);
});

test.afterAll(() => build?.remove());

interface Visit {
  first: APIResponse;
  /** The page the address ends on, after at most one redirect. */
  final: APIResponse;
  finalPath: string;
}

async function visit(request: APIRequestContext, url: string): Promise<Visit> {
  const first = await request.get(url, { maxRedirects: 0 });
  if (first.status() !== 301)
    return { first, final: first, finalPath: new URL(first.url()).pathname };
  const location = new URL(first.headers().location ?? '', first.url());
  // One hop only: the page it leads to must not redirect again.
  const final = await request.get(location.href, { maxRedirects: 0 });
  return { first, final, finalPath: location.pathname };
}

const heading = (html: string) =>
  (/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function postOf(output: JekyllOutput): { post: NormalisedPost; text: string } {
  const text = readFileSync(build.files.get(output.source) ?? '', 'utf8');
  const result = normalisePost(output.source, text);
  if (!result.ok) throw new Error(`${output.source}: ${result.reason}`);
  return { post: result.post, text };
}

const postOutputs = () => build.outputs.filter((o) => !o.source.startsWith('category/'));

test('Jekyll builds the whole fixture archive, in every shape', () => {
  expect(build.excluded).toEqual([]);
  expect(build.unaccounted).toEqual([]);
  const urlsOf = (kind: JekyllOutput['kind'], folder: string) =>
    build.outputs.filter((o) => o.kind === kind && o.source.startsWith(folder)).map((o) => o.url);
  expect(urlsOf('post', '_posts/').length).toBeGreaterThan(55);
  expect(urlsOf('page', 'old_post/').length).toBe(3);
  expect(urlsOf('static', 'old_post/').length).toBe(1);
  expect(urlsOf('page', 'category/').length).toBe(12);
  // The shapes the fixtures are there for.
  expect(urlsOf('post', '_posts/')).toEqual(
    expect.arrayContaining([
      '/wind/2021/11/21/NW202111202330000001.html',
      '/21shijijingjibaodao/21caijingapp/2021/11/20/NW202111201015000002.html',
      '/21shijijingjibaodao/nancailicaitong/2021/11/20/NW202111191830000003.html',
      '/techweb/2021/11/18/NW202111181400000005.html',
      '/techweb/2021/11/18/NW202111181405000006.html',
      '/2021/11/15/NW202111151620000014.html',
      '/2021/12/08/202112082206703990.html',
    ]),
  );
});

test('every address Jekyll wrote for a post answers with that post, at most one 301 away', async ({
  request,
}) => {
  let direct = 0;
  for (const output of postOutputs()) {
    const { post, text } = postOf(output);
    const { first, final, finalPath } = await visit(request, output.url);
    expect(final.status(), output.url).toBe(200);
    const html = await final.text();
    expect(heading(html), output.url).toBe(post.title);
    expect(html, output.url).toContain(
      `rel="canonical" href="${new URL(finalPath, first.url()).href}"`,
    );
    // A post Jekyll read with its front matter lives at Jekyll's address: no hop at all.
    if (output.kind === 'post' && startsWithFrontMatter(text.replace(/^\uFEFF/, ''))) {
      expect(first.status(), output.url).toBe(200);
      direct += 1;
    } else {
      expect(first.status(), output.url).toBe(301);
    }
    // Its share link lands on the same page.
    if (post.infoCode) {
      const shared = await request.get(urls.share(post.infoCode), { maxRedirects: 0 });
      expect(shared.status(), post.infoCode).toBe(301);
      expect(new URL(shared.headers().location ?? '', first.url()).pathname, post.infoCode).toBe(
        finalPath,
      );
    }
  }
  expect(direct).toBeGreaterThan(55);
});

test('every category page Jekyll wrote leads to its source’s page in one hop', async ({
  request,
}) => {
  for (const output of build.outputs.filter((o) => o.source.startsWith('category/'))) {
    const text = readFileSync(build.files.get(output.source) ?? '', 'utf8');
    const { frontMatter } = splitPost(text);
    const { first, final, finalPath } = await visit(request, output.url);
    expect(first.status(), output.url).toBe(301);
    expect(final.status(), output.url).toBe(200);
    const slug = categoryFileSlug(frontMatter.category[0] ?? '');
    expect(finalPath, output.url).toBe(new URL(urls.source(slug), first.url()).pathname);
  }
});

test('a withdrawn post answers 410 at every address Jekyll gave it, and at its share URL', async ({
  request,
}) => {
  const archived = build.outputs.filter((o) => o.source.endsWith('NW202111121000000013.md'));
  expect(archived.map((o) => o.url).sort()).toEqual([
    '/old_post/2021-11-12-NW202111121000000013.html',
    '/usda/2021/11/12/NW202111121000000013.html',
  ]);
  const code = 'NW202111121000000013';
  const tags = [TAGS.article(code), TAGS.infoCode(code)];
  await sql(`UPDATE articles SET status = 'UNPUBLISHED', updated_at = now() WHERE info_code = $1`, [
    code,
  ]);
  await expireTags(request, tags);
  try {
    for (const url of [...archived.map((o) => o.url), urls.share(code)]) {
      // proxy.ts learns of changes made elsewhere within a few seconds.
      await expect
        .poll(async () => (await request.get(url, { maxRedirects: 0 })).status(), {
          timeout: 15_000,
        })
        .toBe(410);
      const html = await (await request.get(url, { maxRedirects: 0 })).text();
      expect(html).toContain('<html lang="zh-CN"');
      expect(heading(html)).toBe('这篇文章已撤下');
      // The source it belonged to is one click away.
      expect(html).toContain(`href="${urls.source('USDA')}"`);
    }
  } finally {
    await sql(`UPDATE articles SET status = 'PUBLISHED', updated_at = now() WHERE info_code = $1`, [
      code,
    ]);
    await expireTags(request, tags);
  }
});
