import { expect, test } from '@playwright/test';
import { sql } from './support';

const SEED = '/shamenwanbao/2021/12/21/NW202112212221212333.html';

test('every source is on /category, by pinyin initial, with counts, latest time and a filter', async ({
  page,
}) => {
  const [{ n } = { n: 0 }] = await sql<{ n: number }>(
    `SELECT count(DISTINCT source_id)::int AS n FROM articles WHERE status = 'PUBLISHED'`,
  );
  await page.goto('/category');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`全部来源（${n} 个）`);
  const x = page.getByRole('region', { name: 'X' });
  await expect(x.getByRole('link', { name: '厦门晚报', exact: true })).toBeVisible();
  await expect(x.getByRole('listitem').filter({ hasText: '厦门晚报' }).first()).toContainText(
    /\d+ 篇 · 最新 \d{4}-\d\d-\d\d \d\d:\d\d/,
  );
  await page.getByRole('searchbox', { name: '筛选来源' }).fill('xiamen');
  await expect(page.getByText('2 个来源')).toBeVisible();
  const directory = page.locator('#source-directory');
  await expect(directory.getByRole('link', { name: '东财滚动', exact: true })).toBeHidden();
  await expect(directory.getByRole('link', { name: '厦门晚报', exact: true })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '新闻来源' }).getByRole('link', { name: '全部来源 ›' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('the home page goes on past its first 20 and its boxes do not repeat the list above', async ({
  page,
}) => {
  await page.goto('/');
  const latest = page.getByRole('region', { name: '最新消息' });
  const top = await latest.locator('h3 a').allTextContents();
  expect(top).toHaveLength(20);
  const boxes = await page
    .getByRole('region', { name: '各媒体最新' })
    .locator('li a')
    .allTextContents();
  expect(boxes.filter((title) => top.includes(title))).toEqual([]);
  await expect(
    page.getByRole('region', { name: '7×24 快讯' }).getByRole('listitem').first(),
  ).toBeVisible();
  await latest.getByRole('link', { name: '更多新闻 »' }).click();
  await expect(page).toHaveURL(/\/latest\/before\/[0-9a-z]+-[0-9a-z]+$/);
  const more = await page.locator('main li h2').allTextContents();
  expect(more.length).toBeGreaterThan(0);
  expect(more.filter((title) => top.includes(title))).toEqual([]);
});

test('icons, manifest and social images are there', async ({ request, page }) => {
  expect((await request.get('/favicon.ico')).status()).toBe(200);
  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.status()).toBe(200);
  const { icons, name } = (await manifest.json()) as { icons: { src: string }[]; name: string };
  expect(name).toBe('金融消息');
  for (const icon of icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);

  await page.goto('/');
  const iconHref = await page.locator('link[rel="icon"][type="image/png"]').getAttribute('href');
  expect((await request.get(iconHref ?? '')).status()).toBe(200);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveCount(1);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
    'href',
    '/manifest.webmanifest',
  );
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toMatch(/\/og-default\.png$/);
  expect((await request.get(new URL(ogImage ?? '').pathname)).status()).toBe(200);

  // An article with a picture has that picture as its card.
  await page.goto('/zqsb/2021/12/22/NW202112222231000001.html');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    'https://dfscdn.dfcfw.com/download/D25183467508852035766_w800h192.jpg',
  );
});

test('dateModified is the last real change, not the import time', async ({ page }) => {
  await page.goto(SEED);
  const data = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? '[]',
  ) as { '@type': string; dateModified?: string; datePublished?: string }[];
  const article = data.find((d) => d['@type'] === 'NewsArticle');
  expect(article?.datePublished).toBe('2021-12-21T15:37:38+08:00');
  expect(article?.dateModified).toBe('2021-12-21T15:37:38+08:00');
  await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute(
    'content',
    '2021-12-21T15:37:38+08:00',
  );
});

test('a day page names the neighbouring days it links to', async ({ page }) => {
  await page.goto('/date/2021-12-21');
  await expect(
    page.getByRole('link', { name: /上一个有新闻的日子：2021年12月\d+日/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /下一个有新闻的日子：2021年12月\d+日/ }),
  ).toBeVisible();
});
