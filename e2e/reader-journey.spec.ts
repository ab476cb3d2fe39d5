import { expect, test } from '@playwright/test';
import { sql } from './support';

const SEED = '/shamenwanbao/2021/12/21/NW202112212221212333.html';

test('a reader goes from the home page to a source, an article, its share link and back', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle('金融消息');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '最新消息' })).toBeVisible();

  // Each source box on the home page leads to its source page; so does the navigation.
  const boxes = page.getByRole('region', { name: '各媒体最新' });
  for (const href of await boxes
    .locator('h3 a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '')))
    expect(href).toMatch(/^\/category\/[^/]+$/);
  await page
    .getByRole('navigation', { name: '新闻来源' })
    .getByRole('link', { name: '厦门晚报', exact: true })
    .click();
  await expect(page).toHaveURL(/\/category\/shamenwanbao$/);
  await expect(page.getByRole('heading', { level: 1, name: '厦门晚报新闻' })).toBeVisible();

  await page.getByRole('link', { name: '创新社会治理 激发城市活力' }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('创新社会治理 激发城市活力');
  const article = page.getByRole('article');
  await expect(article.locator('time').first()).toHaveText('2021-12-21 15:37');
  await expect(article.locator('time').first()).toHaveAttribute(
    'datetime',
    '2021-12-21T15:37:38+08:00',
  );
  await expect(article).toContainText('海沧在全市率先获评福建省第四轮首批平安区。');
  await expect(article.getByText('厦门晚报新闻', { exact: true })).toBeVisible(); // the tag
  // The original-source block: 来源, 原标题 (and 原文链接 when the post had one).
  await expect(article.locator('dl')).toContainText('来源：厦门晚报');
  await expect(article.locator('dl')).toContainText('原标题：创新社会治理 激发城市活力');

  // Sharing: a WeChat QR code drawn on the server, Weibo, and the link to copy.
  const share = page.getByRole('region', { name: '分享' });
  await expect(share.getByRole('img', { name: '本文链接的二维码' })).toBeVisible();
  const weibo = await share.getByRole('link', { name: '分享到微博' }).getAttribute('href');
  expect(new URL(weibo ?? '').searchParams.get('url')).toBe(new URL(SEED, page.url()).href);
  await expect(share.getByRole('button', { name: '复制链接' })).toBeVisible();

  // The old share link still leads to the article.
  await page.goto('/html_News/NewsShare.html?infoCode=NW202112212221212333');
  await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));

  await page.getByRole('link', { name: '返回厦门晚报新闻' }).click();
  await expect(page).toHaveURL(/\/category\/shamenwanbao$/);
  await page.goto(SEED);
  await page
    .getByRole('navigation', { name: '面包屑' })
    .getByRole('link', { name: '首页' })
    .click();
  await expect(page).toHaveURL(/\/$/);
});

test('an article leads on: previous and next in its source, related articles, the latest news', async ({
  page,
}) => {
  await page.goto(SEED);
  const neighbours = page.getByRole('navigation', { name: '厦门晚报的上一篇和下一篇' });
  const previous = neighbours.getByRole('link', { name: /上一篇/ });
  const next = neighbours.getByRole('link', { name: /下一篇/ });
  await expect(previous).toContainText('厦门港集装箱吞吐量年内首次突破1100万标箱');
  await expect(next).toContainText('厦门今冬首批“冬游套餐”上线');
  await next.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('冬游套餐');
  await page
    .getByRole('navigation', { name: '厦门晚报的上一篇和下一篇' })
    .getByRole('link', { name: /上一篇/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));

  // The latest column comes from /latest.json, not from the page: it leaves the article out.
  const latest = page.getByRole('region', { name: '最新消息' });
  await expect(latest.getByRole('listitem').first()).toBeVisible();
  await expect(latest.getByRole('link', { name: '创新社会治理 激发城市活力' })).toHaveCount(0);

  // An article with a title much like others has related articles.
  await page.goto('/emnews/2021/12/08/202112082206768417.html');
  const related = page.getByRole('region', { name: '相关文章' });
  await expect(related.getByRole('listitem').first()).toBeVisible();
});

test('the article body is sanitised reposted HTML with no scripts or inline styles', async ({
  page,
}) => {
  await page.goto(SEED);
  const body = page.locator('.article-body');
  await expect(body.locator('p').first()).toHaveText('海沧在全市率先获评福建省第四轮首批平安区。');
  expect(await body.locator('script, style, [style], [class]').count()).toBe(0);
});

test('a source page walks back in time with keyset cursors', async ({ page }) => {
  // emnews has 49 fixture posts plus the sample ones: more than one page of 30.
  await page.goto('/category/emnews');
  const firstPageTitles = await page.locator('main li h2').allTextContents();
  expect(firstPageTitles).toHaveLength(30);
  await page.getByRole('link', { name: '更早的新闻 »' }).click();
  await expect(page).toHaveURL(/\/category\/emnews\/before\/[0-9a-z]+-[0-9a-z]+$/);
  const secondPageTitles = await page.locator('main li h2').allTextContents();
  expect(secondPageTitles.length).toBeGreaterThan(0);
  expect(secondPageTitles.filter((title) => firstPageTitles.includes(title))).toEqual([]);
  await expect(page.getByRole('link', { name: '« 最新' })).toBeVisible();
});

test('a reader follows an article’s tag and its date to the other news of that tag and day', async ({
  page,
}) => {
  await page.goto(SEED);
  const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';

  await page
    .getByRole('list', { name: '标签' })
    .getByRole('link', { name: '厦门晚报新闻' })
    .click();
  await expect(page).toHaveURL(/\/tag\/%E5%8E%A6%E9%97%A8%E6%99%9A%E6%8A%A5%E6%96%B0%E9%97%BB$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('厦门晚报新闻');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expect(page).toHaveTitle(/厦门晚报新闻/);

  await page.goto(SEED);
  await page.getByRole('link', { name: /2021-12-21 15:37/ }).click();
  await expect(page).toHaveURL(/\/date\/2021-12-21$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2021年12月21日新闻');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  // Every article listed was published that Beijing day.
  const times = await page
    .locator('main time')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
  expect(times.length).toBeGreaterThan(0);
  for (const time of times) expect(time).toMatch(/^2021-12-21T/);
  await page.screenshot({ path: test.info().outputPath('day-page.png'), fullPage: true });

  // Days and tags that have no articles are real 404s.
  for (const url of ['/date/1999-01-01', '/date/2021-02-30', '/tag/没有这个标签']) {
    expect((await page.request.get(url)).status(), url).toBe(404);
  }
});

test('a reader searches from the header, on a phone, and finds bodies too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const box = page
    .getByRole('search', { name: '站内搜索' })
    .getByRole('searchbox', { name: '搜索新闻' });
  await box.fill('海沧');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E6%B5%B7%E6%B2%A7$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索：海沧');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  // 海沧 is only in the body of the article about 创新社会治理: found, counted, highlighted.
  await expect(page.getByText(/找到 \d+ 条结果/)).toBeVisible();
  const result = page.locator('main ol > li').filter({ hasText: '创新社会治理 激发城市活力' });
  await expect(result).toContainText('正文匹配');
  await expect(result.locator('mark').first()).toHaveText('海沧');
  await page.screenshot({ path: test.info().outputPath('search-phone.png'), fullPage: true });
  await result.getByRole('link', { name: '创新社会治理 激发城市活力' }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));

  // The query is shown as typed, not lower-cased.
  await page.goto('/search?q=A%E8%82%A1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索：A股');
  await expect(page.getByRole('searchbox', { name: '关键词' })).toHaveValue('A股');

  // Title matches come first, then body matches; pages follow without repeats.
  const [{ count } = { count: 0 }] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM articles WHERE status = 'PUBLISHED' AND title LIKE '%的%'`,
  );
  expect(count).toBeGreaterThan(0);
  await page.goto('/search?q=%E7%9A%84');
  const first = await page.locator('main ol h2 a').allTextContents();
  expect(first).toHaveLength(20);
  for (const title of first.slice(0, Math.min(count, 20))) expect(title).toContain('的');
  await page.getByRole('link', { name: '更多结果 »' }).click();
  const second = await page.locator('main ol h2 a').allTextContents();
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((title) => first.includes(title))).toEqual([]);

  // Filters: a source and a day range; nothing found offers ways on.
  await page.goto('/search?q=%E6%B5%B7%E6%B2%A7&source=emnews');
  await expect(page.getByText('没有找到含“海沧”的新闻。')).toBeVisible();
  await page.getByRole('link', { name: /搜索全部新闻/ }).click();
  await expect(page.getByText(/找到 \d+ 条结果/)).toBeVisible();
  await page.goto('/search?q=%E6%B5%B7%E6%B2%A7&from=2021-12-21&to=2021-12-21');
  await expect(page.locator('main ol > li')).toHaveCount(1);
  await page.goto('/search?q=%E6%B5%B7%E6%B2%A7%20%E6%B2%A1%E6%9C%89%E8%BF%99%E4%B8%AA%E8%AF%8D');
  await expect(page.getByText('分开搜索：')).toBeVisible();
  await expect(page.getByRole('link', { name: /^海沧（\d+）$/ })).toBeVisible();
});
