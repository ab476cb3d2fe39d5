import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { shanghaiParts } from '../lib/time';
import { importWhileRunning } from './support';

/** Writes one new post (published now) into a fresh folder and imports it into the running portal. */
async function importNewPost(source: string, title: string) {
  const now = new Date();
  const p = shanghaiParts(now);
  const folder = mkdtempSync(path.join(tmpdir(), 'live-'));
  const code = `NW${p.year}${p.month}${p.day}${String(now.getTime()).slice(-10)}`;
  writeFileSync(
    path.join(folder, `${p.year}-${p.month}-${p.day}-${code}.md`),
    `---\nlayout: post\ntitle: "${title}"\ndate: ${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second} +0800\ncategories: ${source}\n---\n新消息的正文。\n`,
  );
  const run = await importWhileRunning(folder);
  expect(run.code, run.output).toBe(0);
}

/** The page polls every minute and when it becomes visible again: make it look now. */
const pollNow = (page: Page) =>
  page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));

for (const [name, pagePath, source] of [
  ['home', '/', 'emnews'],
  ['a source page', '/category/zqsb', 'zqsb'],
] as const) {
  test(`${name} shows "有 N 条新消息" and inserts them on a tap, without a reload`, async ({
    page,
  }) => {
    await page.goto(pagePath);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    const title = `实时测试 ${name} ${Date.now()}`;
    await importNewPost(source, title);
    await expect(async () => {
      await pollNow(page);
      await expect(page.getByRole('button', { name: /有 1 条新消息/ })).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 10_000 });
    await page.getByRole('button', { name: /有 1 条新消息/ }).click();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { marker: string }).marker)).toBe(
      'same page',
    );
    await expect(page.getByRole('button', { name: /条新消息/ })).toHaveCount(0);
  });
}

test('the live documents are small, cached and the same for everyone', async ({ request }) => {
  const site = await request.get('/latest.json');
  expect(site.status()).toBe(200);
  expect(site.headers()['content-type']).toContain('application/json');
  expect(site.headers()['cache-control']).toContain('s-maxage');
  const { articles } = (await site.json()) as { articles: { url: string }[] };
  expect(articles.length).toBeGreaterThan(0);
  expect(articles.length).toBeLessThanOrEqual(20);
  expect(site.headers().etag).toBeTruthy();
  const source = await request.get('/category/shamenwanbao/latest.json');
  expect(source.status()).toBe(200);
  const unknown = await request.get('/category/no-such-source/latest.json');
  expect(unknown.status()).toBe(404);
});
