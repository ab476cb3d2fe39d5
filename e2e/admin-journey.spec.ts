import { expect, test, type Page } from '@playwright/test';
import { actionIds, callAction, createAccount, signIn, sql } from './support';

const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';

async function writeDraft(page: Page, title: string, body: string): Promise<number> {
  const [source] = await sql<{ name: string }>(
    `SELECT name FROM sources WHERE slug = 'shamenwanbao'`,
  );
  await page.goto('/admin/articles/new');
  // The source is chosen by typing its name.
  await page.getByRole('combobox', { name: '来源' }).fill(source!.name.slice(0, 2));
  await page
    .getByRole('option', { name: new RegExp(source!.name) })
    .first()
    .click();
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.getByLabel('标签（用逗号分隔）').fill('港口，夜班');
  await page.getByLabel('正文（Markdown 或 HTML）').fill(body);
  return Number(
    await test.step('live preview, then save', async () => {
      // The preview follows the text as it is typed, rendered by the readers' sanitiser.
      const preview = page.getByRole('region', { name: '预览' });
      await expect(preview.locator('strong')).toHaveText('码头');
      await expect(preview.getByRole('heading', { name: title })).toBeVisible();
      expect(await preview.locator('script, [onerror]').count()).toBe(0);
      await page.screenshot({ path: test.info().outputPath('new-article.png'), fullPage: true });
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await expect(page).toHaveURL(/\/admin\/articles\/\d+\?notice=created$/);
      await expect(page.getByText('草稿已保存。')).toBeVisible();
      return /\/admin\/articles\/(\d+)/.exec(page.url())?.[1];
    }),
  );
}

test('an editor writes a draft, schedules it, edits it, restores it and unpublishes it; readers follow each step', async ({
  page,
  request,
}) => {
  // A dozen steps and a wait for the scheduler: more than 30 s on a shared 2-core machine.
  test.slow();
  const TITLE = '记者手记：夜班码头的灯光';
  await createAccount('e2e-journey@example.com', 'editor', PASSWORD);
  await signIn(page, 'e2e-journey@example.com', PASSWORD);
  const id = await writeDraft(
    page,
    TITLE,
    '夜里十一点，**码头**依然灯火通明。\n\n<script>alert(1)</script><img src="x" onerror="alert(2)">',
  );
  expect(await (await request.get('/')).text()).not.toContain(TITLE);

  // Schedule a few seconds ahead (Beijing wall-clock time): the in-process scheduler publishes it.
  const at = new Date(Date.now() + 5000 + 8 * 3600_000).toISOString().slice(0, 19);
  await page.getByLabel('发布时间（北京时间）').fill(at);
  await page.getByRole('button', { name: '保存并定时发布' }).click();
  await expect(page.getByText('已定时发布：到时会自动出现在网站上。')).toBeVisible();
  await expect
    .poll(async () => (await request.get('/')).text(), { timeout: 20_000, intervals: [1000] })
    .toContain(TITLE);

  const [row] = await sql<{ slug: string; published_at: Date }>(
    `SELECT slug, published_at FROM articles WHERE id = $1`,
    [id],
  );
  const day = new Date(row!.published_at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  const permalink = `/shamenwanbao/${day.replaceAll('-', '/')}/${row?.slug}.html`;
  const published = await (await request.get(permalink)).text();
  expect(published).toContain('<strong>码头</strong>');
  expect(published).not.toContain('alert(');

  // Edit: readers see it at once.
  await page.goto(`/admin/articles/${id}`);
  await page.getByLabel('标题', { exact: true }).fill(`${TITLE}（更新）`);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect
    .poll(async () => (await request.get(permalink)).text(), { timeout: 5_000, intervals: [100] })
    .toContain(`${TITLE}（更新）`);

  // Restore the text from before the edit.
  await page.reload();
  await page
    .getByRole('button', { name: /^恢复版本/ })
    .first()
    .click();
  await expect(page).toHaveURL(/notice=restored&n=\d+/);
  await expect
    .poll(async () => (await request.get(permalink)).text(), { timeout: 5_000, intervals: [100] })
    .not.toContain('（更新）');

  // Unpublish (asked first): gone for readers, 410 at its address.
  await page.getByRole('button', { name: `撤下 ${TITLE}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认撤下' }).click();
  await expect(page).toHaveURL(/notice=unpublished/);
  expect((await request.get(permalink)).status()).toBe(410);
  await expect
    .poll(async () => (await request.get('/')).text(), { timeout: 5_000, intervals: [100] })
    .not.toContain(TITLE);

  const events = await sql<{ action: string }>(
    `SELECT e.action FROM audit_events e JOIN users u ON u.id = e.actor_id
     WHERE u.email = 'e2e-journey@example.com' ORDER BY e.id`,
  );
  expect(events.map((e) => e.action)).toEqual(
    expect.arrayContaining([
      'article.created',
      'article.scheduled',
      'article.edited',
      'article.restored',
      'article.unpublished',
    ]),
  );
});

test('a writer writes and corrects a draft but cannot publish it, nor touch anyone else’s article', async ({
  page,
  request,
}) => {
  test.slow();
  await createAccount('e2e-journey-writer@example.com', 'writer', PASSWORD);
  await signIn(page, 'e2e-journey-writer@example.com', PASSWORD);
  const TITLE = '作者来稿：**码头**夜景';
  const id = await writeDraft(page, TITLE, '夜里的**码头**。');
  await expect(page.getByText('写好后点“保存并提交审核”，编辑审核后发布。')).toBeVisible();
  await expect(page.getByRole('button', { name: /发布/ })).toHaveCount(0);
  await expect(page.getByLabel('发布时间（北京时间）')).toHaveCount(0);

  await page.getByLabel('正文（Markdown 或 HTML）').fill('夜里的**码头**，灯火通明。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  // Publishing or scheduling by calling the actions directly is refused; the draft stays a draft.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const ids = actionIds();
  for (const [action, fields] of [
    ['changeArticleStatus', { id: String(id), status: 'PUBLISHED', back: '/admin/articles' }],
    ['datePublishAction', { id: String(id), at: '2030-01-01T08:00:00' }],
  ] as const) {
    const refused = await callAction(request, ids.get(action) ?? '', ['$K1'], fields, { cookie });
    expect(refused.redirect, action).toMatch(/^\/admin\?notice=denied/);
  }
  const [draft] = await sql<{ status: string }>(`SELECT status FROM articles WHERE id = $1`, [id]);
  expect(draft?.status).toBe('DRAFT');

  // Someone else's article: not shown, and an edit sent anyway is refused and writes nothing.
  const [seed] = await sql<{ id: number; title: string; version: number }>(
    `SELECT id, title, version FROM articles WHERE info_code = 'NW202112212221212333'`,
  );
  expect((await page.goto(`/admin/articles/${seed?.id}`))?.status()).toBe(404);
  const edit = await callAction(
    request,
    ids.get('editArticle') ?? '',
    [{ kind: 'idle' }, '$K1'],
    {
      id: String(seed?.id),
      version: String(seed?.version),
      title: '作者改的标题',
      tags: '',
      body: '作者改的正文',
    },
    { cookie },
  );
  expect(edit.body).toContain('你只能修改自己的草稿');
  const [after] = await sql<{ title: string }>(`SELECT title FROM articles WHERE id = $1`, [
    seed?.id,
  ]);
  expect(after?.title).toBe(seed?.title);
});
