import { expect, test } from '@playwright/test';
import { createAccount, signIn, sql } from './support';

const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';
const TITLE = '春运火车票开售时间公布 铁路部门推出候补购票服务';
const PERMALINK = '/zhongxinwang/2021/12/20/NW202112202218990035.html';

test('an editor unpublishes, deletes and republishes an article; readers see each change at once', async ({
  page,
  request,
}, testInfo) => {
  await createAccount('e2e-desk@example.com', 'editor', PASSWORD);
  await signIn(page, 'e2e-desk@example.com', PASSWORD);

  expect((await request.get(PERMALINK)).status()).toBe(200);
  await page.goto(`/admin/articles?q=${encodeURIComponent('春运火车票')}`);
  await expect(page.getByRole('link', { name: TITLE, exact: true })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('admin-articles.png'), fullPage: true });

  // Taking an article off the site asks first, saying what readers will get.
  await page.getByRole('button', { name: `撤下 ${TITLE}` }).click();
  await expect(page.getByRole('dialog')).toContainText('返回 410');
  await page.getByRole('dialog').getByRole('button', { name: '确认撤下' }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已撤下');
  await expect(page.getByRole('status').filter({ hasText: '已撤下' })).toBeVisible();
  // Withdrawn for good unless republished: 410, so search engines drop it.
  expect((await request.get(PERMALINK)).status()).toBe(410);
  await expect
    .poll(async () => (await request.get('/category/zhongxinwang')).text(), {
      timeout: 1_000,
      intervals: [100],
    })
    .not.toContain(TITLE);

  await page.getByRole('button', { name: `删除 ${TITLE}` }).click();
  // Cancelling changes nothing.
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已撤下');
  await page.getByRole('button', { name: `删除 ${TITLE}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已删除');
  expect((await request.get(PERMALINK)).status()).toBe(410);

  await page.getByRole('button', { name: `发布 ${TITLE}` }).click();
  await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('已发布');
  expect((await request.get(PERMALINK)).status()).toBe(200);
  await expect
    .poll(async () => (await request.get('/category/zhongxinwang')).text(), {
      timeout: 1_000,
      intervals: [100],
    })
    .toContain(TITLE);
});

test('a writer sees only their own articles and cannot change what readers see', async ({
  page,
}) => {
  await createAccount('e2e-writer@example.com', 'writer', PASSWORD);
  await signIn(page, 'e2e-writer@example.com', PASSWORD);
  await page.goto('/admin/articles');
  await expect(page.getByRole('heading', { name: '我的文章' })).toBeVisible();
  await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^(发布|撤下|删除) / })).toHaveCount(0);
});

test('an editor edits an article with a live preview, meets a conflict without losing text, and restores the earlier revision', async ({
  page,
  request,
  browser,
}) => {
  const ARTICLE = '/shzqb/2021/12/21/NW202112212225830019.html';
  await createAccount('e2e-copyeditor@example.com', 'editor', PASSWORD);
  await signIn(page, 'e2e-copyeditor@example.com', PASSWORD);
  await page.goto(`/admin/articles?q=${encodeURIComponent('绿色债券')}`);
  await page.getByRole('link', { name: '年内新发绿色债券规模创新高', exact: true }).click();
  await expect(page.getByRole('heading', { name: '修订记录' })).toBeVisible();

  // A second editor opens the same article before the first one saves.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'e2e-copyeditor@example.com', PASSWORD);
  await other.goto(page.url());

  await page.getByLabel('标题', { exact: true }).fill('年内新发绿色债券规模创新高（更正）');
  await page
    .getByLabel('正文（Markdown 或 HTML）')
    .fill('<p>更正后的正文。</p><script>alert(1)</script>');
  // The preview follows the text as it is typed: no button to press.
  const preview = page.getByRole('region', { name: '预览' });
  await expect(preview).toContainText('更正后的正文。');
  expect(await preview.locator('script').count()).toBe(0);
  await page.screenshot({ path: test.info().outputPath('admin-editor.png'), fullPage: true });
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  // Readers see the correction at once.
  await expect
    .poll(async () => (await request.get(ARTICLE)).text(), { timeout: 1_000, intervals: [100] })
    .toContain('年内新发绿色债券规模创新高（更正）');
  const html = await (await request.get(ARTICLE)).text();
  expect(html).toContain('更正后的正文。');

  // The second editor's save is refused as a conflict, with both texts shown.
  await other.getByLabel('标题', { exact: true }).fill('另一位编辑的标题');
  await other.getByRole('button', { name: '保存', exact: true }).click();
  const conflict = other.getByRole('alert').filter({ hasText: '保存冲突' });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText('更正后的正文。');
  expect(await (await request.get(ARTICLE)).text()).not.toContain('另一位编辑的标题');

  // Restore the original text from the revisions.
  await page.reload();
  await page.getByRole('button', { name: '恢复版本 1' }).first().click();
  await expect(page).toHaveURL(/notice=restored&n=1/);
  const restored = await (await request.get(ARTICLE)).text();
  expect(restored).toContain('<h1');
  expect(restored).toContain('今年以来，绿色债券发行提速。');
  expect(restored).not.toContain('（更正）');
});

test('an editor schedules a draft; it appears on the home page at its time, with no cron', async ({
  page,
  request,
}) => {
  await createAccount('e2e-scheduler@example.com', 'editor', PASSWORD);
  await signIn(page, 'e2e-scheduler@example.com', PASSWORD);

  // The fixture without a date was imported as a draft with a derived title.
  await page.goto('/admin/articles?status=DRAFT');
  const title =
    '据霍尼韦尔官网消息，5月24日，霍尼韦尔宣布为蔚来旗下ET7新能源汽车提供HFO-1234yf(四氟丙烯)制冷剂';
  await page.getByRole('link', { name: title }).click();
  // A few seconds ahead, in Beijing wall-clock time; no cron is needed.
  const at = new Date(Date.now() + 6000 + 8 * 3600_000).toISOString().slice(0, 19);
  await page.getByLabel('发布时间（北京时间）').fill(at);
  await page.getByRole('button', { name: '保存并定时发布' }).click();
  await expect(page.getByText('已定时发布：到时会自动出现在网站上。')).toBeVisible();
  await expect(page.getByText(/定时发布：将于 .*（北京时间）自动出现在网站上/)).toBeVisible();
  expect(await (await request.get('/')).text()).not.toContain(title);

  await expect
    .poll(async () => (await request.get('/')).text(), { timeout: 20_000, intervals: [1000] })
    .toContain(title);
  // The scheduler's publication is in the audit log, as the system's.
  const events = await sql<{ actor_id: number | null }>(
    `SELECT actor_id FROM audit_events WHERE action = 'article.published-on-schedule' AND target LIKE $1`,
    [`% ${title}`],
  );
  expect(events).toEqual([{ actor_id: null }]);
});
