import { expect, test } from '@playwright/test';
import { createAccount } from './support';

const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';
const TITLE = '春运火车票开售时间公布 铁路部门推出候补购票服务';
const PERMALINK = '/zhongxinwang/2021/12/20/NW202112202218990035.html';

test('an editor unpublishes, deletes and republishes an article; readers see each change at once', async ({
  page,
  request,
}, testInfo) => {
  await createAccount('e2e-desk@example.com', 'editor', PASSWORD);
  await page.goto('/admin/login');
  await page.getByLabel('邮箱').fill('e2e-desk@example.com');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  expect((await request.get(PERMALINK)).status()).toBe(200);
  await page.goto(`/admin/articles?q=${encodeURIComponent('春运火车票')}`);
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('admin-articles.png'), fullPage: true });

  await page.getByRole('button', { name: `撤下 ${TITLE}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已撤下');
  expect((await request.get(PERMALINK)).status()).toBe(404);
  expect(await (await request.get('/category/zhongxinwang')).text()).not.toContain(TITLE);

  await page.getByRole('button', { name: `删除 ${TITLE}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已删除');
  expect((await request.get(PERMALINK)).status()).toBe(410);

  await page.getByRole('button', { name: `发布 ${TITLE}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已发布');
  expect((await request.get(PERMALINK)).status()).toBe(200);
  expect(await (await request.get('/category/zhongxinwang')).text()).toContain(TITLE);
});

test('a writer sees the article list but cannot change what readers see', async ({ page }) => {
  await createAccount('e2e-writer@example.com', 'writer', PASSWORD);
  await page.goto('/admin/login');
  await page.getByLabel('邮箱').fill('e2e-writer@example.com');
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/articles');
  await expect(page.getByRole('heading', { name: '文章' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^(发布|撤下|删除) / })).toHaveCount(0);
});
