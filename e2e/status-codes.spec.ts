import { expect, test } from '@playwright/test';

const SEED = '/shamenwanbao/2021/12/21/NW202112212221212333.html';

test.describe('legacy URLs answer with one 301 to the canonical URL', () => {
  for (const [from, to] of [
    ['/html_News/NewsShare.html?infoCode=NW202112212221212333', SEED],
    ['/category/shamenwanbao.html', '/category/shamenwanbao'],
    ['/shamenwanbao/', '/category/shamenwanbao'],
    ['/category/shamenwanbao/', '/category/shamenwanbao'],
    ['/shamenwanbao/2021/12/21/NW202112212221212333', SEED],
    ['/shamenwanbao/2021/12/21/NW202112212221212333.html/', SEED],
  ] as const) {
    test(`${from} → ${to}`, async ({ request, baseURL }) => {
      const first = await request.get(from, { maxRedirects: 0 });
      expect(first.status()).toBe(301);
      const location = new URL(first.headers().location ?? '', baseURL ?? 'http://127.0.0.1');
      expect(location.origin).toBe(new URL(baseURL ?? '').origin);
      expect(location.pathname).toBe(to);
      const final = await request.get(location.pathname, { maxRedirects: 0 });
      expect(final.status()).toBe(200);
    });
  }
});

test.describe('unknown things are real 404s', () => {
  for (const path of [
    '/category/no-such-source',
    '/no-such-source',
    '/shamenwanbao/2021/12/21/no-such-article.html',
    '/shamenwanbao/2021/12/22/NW202112212221212333.html', // right slug, wrong day
    '/no-such-source/2021/12/21/NW202112212221212333.html',
    '/shamenwanbao/2021/13/45/NW202112212221212333.html',
    '/category/emnews/before/not-a-cursor',
    '/html_News/NewsShare.html?infoCode=NW000000000000000000',
    '/html_News/NewsShare.html?infoCode=%3Cscript%3E',
    '/html_News/NewsShare.html?infoCode=https://evil.example/',
    '/html_News/NewsShare.html',
    '/%E0%A4%A',
  ]) {
    test(path, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
    });
  }

  test('an unknown source in a legacy category URL is redirected once, then 404', async ({
    request,
  }) => {
    // /category/<slug>.html is mapped without a database lookup (proxy.ts), so the 404 comes one hop later.
    const first = await request.get('/category/no-such-source.html', { maxRedirects: 0 });
    expect(first.status()).toBe(301);
    const final = await request.get(new URL(first.headers().location ?? '', 'http://x').pathname, {
      maxRedirects: 0,
    });
    expect(final.status()).toBe(404);
  });

  test('the 404 page is a page for readers', async ({ page }) => {
    const response = await page.goto('/category/no-such-source');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: '找不到这个来源' })).toBeVisible();
    await expect(page.getByRole('link', { name: '返回首页' })).toBeVisible();
  });
});

test('slugs with spaces, parentheses, upper case and Chinese work percent-encoded', async ({
  page,
  request,
}) => {
  const source = `/category/${encodeURIComponent('Xiamen Evening (厦门晚报)')}`;
  // Where Jekyll put it: categories split on spaces and lower-cased, the file name slugified.
  const article = `/xiamen/evening/(${encodeURIComponent('厦门晚报')})/2021/12/23/Spring-Festival-(${encodeURIComponent('春运')})-Update.html`;
  expect((await request.get(source)).status()).toBe(200);
  expect((await request.get(article)).status()).toBe(200);
  const share = await request.get('/html_News/NewsShare.html?infoCode=NW202112232230000001', {
    maxRedirects: 0,
  });
  expect(share.status()).toBe(301);
  expect(new URL(share.headers().location ?? '', 'http://x').pathname).toBe(article);

  await page.goto(source);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('厦门晚报英文版新闻');
  await page.getByRole('link', { name: '春运返乡高峰提前 多地加开夜间高铁' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    '春运返乡高峰提前 多地加开夜间高铁',
  );
});
