import { expect, test } from '@playwright/test';

// Every 404 is a page for readers, rendered on the server: zh-CN, the site's header once, a
// heading, and ways on (home, search, the source when known); never Next's empty error shell.
const MISSING: [string, string][] = [
  ['unknown article', '/emnews/2021/12/08/no-such-article.html'],
  [
    'unknown article under several categories',
    '/21shijijingjibaodao/21caijingapp/2021/11/20/x.html',
  ],
  ['unknown source', '/category/no-such-source'],
  ['older page of an unknown source', '/category/no-such-source/before/kx0qbxs0-1'],
  ['unknown tag', '/tag/no-such-tag'],
  ['older page of an unknown tag', '/tag/no-such-tag/before/kx0qbxs0-1'],
  ['day without news', '/date/2001-01-01'],
  ['impossible day', '/date/2021-02-30'],
  ['unknown share code', '/html_News/NewsShare.html?infoCode=NW000000000000000000'],
  ['share URL without a code', '/html_News/NewsShare.html'],
  ['unknown archive page', '/old_post/2021-11-10-no-such-post.html'],
  ['unknown front-matter-less address', '/2021/11/15/no-such-post.html'],
  ['unmatched path', '/no/such/page'],
];

// Malformed input in any reader route's parameters is a 404 too, never a 500.
const LONG = 'x'.repeat(3000);
const MALFORMED = [
  '/category/a%00b',
  '/category/a%00b/before/kx0qbxs0-1',
  '/category/a%00b/feed.xml',
  '/tag/a%00b',
  '/tag/a%00b/before/kx0qbxs0-1',
  '/date/2021-12-0%00',
  '/emnews%00/2021/12/08/202112082206672930.html',
  '/emnews/2021/12/08/20211208220667%002930.html',
  '/old_post/a%00.html',
  '/html_News/NewsShare.html?infoCode=NW%00',
  `/category/${LONG}`,
  `/tag/${LONG}`,
  `/${LONG}/2021/12/08/x.html`,
  `/emnews/2021/12/08/${LONG}.html`,
  `/old_post/${LONG}.html`,
  '/category/%E0%A4%A',
  '/emnews/2021/12/08/%E0%A4%A.html',
  `/${'a/'.repeat(40)}2021/12/08/x.html`,
];

test.describe('404 pages are rendered on the server', () => {
  for (const [what, path] of MISSING) {
    test(what, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      const html = await response.text();
      expect(html).not.toContain('__next_error__');
      expect(html).toContain('<html lang="zh-CN"');
      expect(html.match(/<header[\s>]/g)).toHaveLength(1);
      expect(html).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
      expect(html).toContain('href="/"');
      expect(html).toContain('href="/search"');
      expect(html).toMatch(/<meta name="robots" content="noindex"/);
    });
  }

  test('a missing article names its source when its address does', async ({ request }) => {
    const html = await (await request.get('/wind/2021/11/21/no-such-post.html')).text();
    expect(html).toContain('href="/category/Wind"');
  });

  for (const path of MALFORMED) {
    test(`malformed: ${path.slice(0, 60)}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain('__next_error__');
    });
  }
});

test('malformed search filters are ignored, never a 500', async ({ request }) => {
  for (const query of ['q=x&source=a%00b', 'q=%00', 'q=x&from=2021-01-0%00', 'q=x&before=%00']) {
    const response = await request.get(`/search?${query}`);
    expect(response.status(), query).toBe(200);
  }
});

test('in the browser a 404 page stays as the server sent it', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  for (const [path, heading] of [
    ['/category/no-such-source', '找不到这个来源'],
    ['/emnews/2021/12/08/no-such-article.html', '找不到这个页面'],
    ['/tag/no-such-tag', '找不到这个标签'],
    ['/html_News/NewsShare.html?infoCode=NW000000000000000000', '找不到这个页面'],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('header')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    await expect(page).toHaveTitle('页面不存在 - 金融消息');
    await expect(page.getByRole('link', { name: '搜索新闻' })).toBeVisible();
  }
  expect(errors).toEqual([]);
});
