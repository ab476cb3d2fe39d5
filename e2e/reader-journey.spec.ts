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

  // Each source block on the home page links to its source page.
  const sources = page.getByRole('region', { name: '各媒体最新' });
  await sources.getByRole('link', { name: '厦门晚报', exact: true }).click();
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
  await expect(article).toContainText('文章来源：厦门晚报');
  await expect(article).toContainText('海沧在全市率先获评福建省第四轮首批平安区。');
  await expect(article.getByText('厦门晚报新闻', { exact: true })).toBeVisible(); // the tag

  // The share link printed on the page leads back to this article.
  const shareHref = await article
    .getByRole('link', { name: /NewsShare\.html\?infoCode=NW202112212221212333$/ })
    .getAttribute('href');
  expect(shareHref).toBeTruthy();
  await page.goto(new URL(shareHref ?? '').pathname + new URL(shareHref ?? '').search);
  await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));

  await page
    .getByRole('navigation', { name: '返回' })
    .getByRole('link', { name: '返回厦门晚报新闻' })
    .click();
  await expect(page).toHaveURL(/\/category\/shamenwanbao$/);
  await page.goto(SEED);
  await page
    .getByRole('navigation', { name: '返回' })
    .getByRole('link', { name: '返回首页' })
    .click();
  await expect(page).toHaveURL(/\/$/);
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
  const firstPageTitles = await page.locator('main li h3').allTextContents();
  expect(firstPageTitles).toHaveLength(30);
  await page.getByRole('link', { name: '更早的新闻 »' }).click();
  await expect(page).toHaveURL(/\/category\/emnews\/before\/[0-9a-z]+-[0-9a-z]+$/);
  const secondPageTitles = await page.locator('main li h3').allTextContents();
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

test('a reader searches titles from the header, on a phone, and pages through the results', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: '搜索新闻标题' });
  await box.fill('社会治理');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=%E7%A4%BE%E4%BC%9A%E6%B2%BB%E7%90%86$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索：社会治理');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.screenshot({ path: test.info().outputPath('search-phone.png'), fullPage: true });
  await page.getByRole('link', { name: '创新社会治理 激发城市活力' }).click();
  await expect(page).toHaveURL(new RegExp(`${SEED.replace(/\./g, '\\.')}$`));

  // A single common character finds many titles; they page newest first without repeats.
  const [{ count } = { count: 0 }] = await sql<{ count: number }>(
    `SELECT count(*)::int AS count FROM articles WHERE status = 'PUBLISHED' AND title LIKE '%的%'`,
  );
  expect(count).toBeGreaterThan(0);
  await page.goto('/search?q=%E7%9A%84');
  const first = await page.locator('main ul h3 a').allTextContents();
  expect(first).toHaveLength(Math.min(count, 20));
  for (const title of first) expect(title).toContain('的');
  if (count > 20) {
    await page.getByRole('link', { name: '更早的结果 »' }).click();
    const second = await page.locator('main ul h3 a').allTextContents();
    expect(second).toHaveLength(Math.min(count - 20, 20));
    expect(second.filter((title) => first.includes(title))).toEqual([]);
  } else {
    await expect(page.getByRole('link', { name: '更早的结果 »' })).toHaveCount(0);
  }

  await page.goto('/search?q=%E6%B2%A1%E6%9C%89%E8%BF%99%E6%A0%B7%E7%9A%84%E6%A0%87%E9%A2%98');
  await expect(page.getByText('没有标题含“没有这样的标题”的新闻。')).toBeVisible();
});
