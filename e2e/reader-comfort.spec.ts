import { expect, test } from '@playwright/test';

const SEED = '/shamenwanbao/2021/12/21/NW202112212221212333.html';

test('dark mode follows the system until the reader chooses, and the choice persists', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(SEED);
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).not.toHaveClass(/dark/);

  await page.getByLabel('阅读设置').click();
  await page.getByRole('group', { name: '外观' }).getByRole('button', { name: '深色' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.reload();
  // Set before the first paint by the inline script: no flash of the light page.
  await expect(page.locator('html')).toHaveClass(/dark/);
  const background = await page
    .locator('.reader')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(12, 10, 9)');
  await page.screenshot({ path: test.info().outputPath('article-dark.png') });
  // Also where Next renders the document in the browser (its 404 shell for unknown paths).
  await page.goto('/no-such-page');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.goto(SEED);

  await page.getByLabel('阅读设置').click();
  await page.getByRole('group', { name: '外观' }).getByRole('button', { name: '跟随系统' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
});

test('the font size control scales the page and is remembered', async ({ page }) => {
  await page.goto(SEED);
  const size = () =>
    page
      .locator('.article-body p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.getByLabel('阅读设置').click();
  await page.getByRole('group', { name: '字号' }).getByRole('button', { name: '特大' }).click();
  expect(await size()).toBeCloseTo(before * 1.25, 0);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-font-size', 'x-large');
});

test('简/繁: the page converts to traditional characters in the browser, and back', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(SEED);
  await page.getByLabel('阅读设置').click();
  await page.getByRole('group', { name: '文字' }).getByRole('button', { name: '繁體' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('創新社會治理 激發城市活力');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');

  // Remembered: the next page arrives converted (hidden until then, never shown twice).
  await page.goto('/category/shamenwanbao');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('廈門晚報新聞');
  await expect(page.locator('html')).not.toHaveClass(/script-pending/);

  await page.getByLabel('閱讀設置').click();
  await page
    .getByRole('group', { name: '文字' })
    .getByRole('button', { name: /简体|簡體/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('厦门晚报新闻');
  expect(errors).toEqual([]);
});

test('the same HTML is sent to every reader: no cookies read, preferences in the browser', async ({
  request,
}) => {
  const plain = await (await request.get(SEED)).text();
  const withCookie = await (
    await request.get(SEED, { headers: { cookie: 'finews:theme=dark' } })
  ).text();
  expect(withCookie).toBe(plain);
  // The only inline script besides structured data and Next's payload is the constant preferences one.
  const inline = [...plain.matchAll(/<script>(.*?)<\/script>/gs)]
    .map((m) => m[1] ?? '')
    .filter((script) => !script.includes('self.__next_f'));
  expect(inline).toHaveLength(1);
  expect(plain).not.toMatch(/\son[a-z]+="/);
});
