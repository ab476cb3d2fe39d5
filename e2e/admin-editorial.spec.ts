import sharp from 'sharp';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createAccount, signIn, sql } from './support';

/**
 * The editors' journeys of issue #13, on a desktop and on a phone: dating imported drafts,
 * saving and publishing in one click, autosave and the unsaved-changes warning, the Markdown
 * toolbar and images, slug, summary, cover, SEO fields and bylines, review by an editor, the
 * sortable list and the filtered audit log, revisions that show what changed and who changed it.
 * Screenshots of every page are kept with the test results.
 */
const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';
const PHONE = { width: 390, height: 844 };

/** A screenshot for review; of the viewport only while a modal dialog is open (a full-page one
 * resizes the page under the dialog, which then stops taking clicks). */
async function shoot(page: Page, name: string, { fullPage = true } = {}) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage });
}

async function editor(page: Page, email = 'e2e-desk-editor@example.com') {
  await createAccount(email, 'editor', PASSWORD);
  await sql(`UPDATE users SET display_name = '王编辑' WHERE email = $1`, [email]);
  await signIn(page, email, PASSWORD);
}

async function chooseSource(page: Page, name: string) {
  await page.getByRole('combobox', { name: '来源' }).fill(name.slice(0, 2));
  await page
    .getByRole('option', { name: new RegExp(name) })
    .first()
    .click();
}

/** A photo as a phone takes it: with its GPS position and camera in the EXIF block. */
async function phonePhoto(): Promise<string> {
  const file = test.info().outputPath('harbour.jpg');
  await sharp({
    create: { width: 2400, height: 1600, channels: 3, background: { r: 30, g: 90, b: 160 } },
  })
    .composite([
      {
        input: Buffer.from(
          '<svg width="2400" height="1600"><rect x="300" y="900" width="1800" height="300" fill="#e8b04a"/></svg>',
        ),
      },
    ])
    .jpeg()
    .withExif({
      IFD0: { Make: 'E2EPhone', Model: 'Harbour' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '24/1 27/1 0/1' },
    })
    .toFile(file);
  return file;
}

// Chinese browser chrome (date fields, file pickers) in the screenshots, as editors see it.
test.use({ locale: 'zh-CN' });

test.describe('on a desktop', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('an imported draft without a date is dated and published in one step', async ({
    page,
    request,
  }) => {
    await editor(page);
    await page.goto('/admin');
    await page.getByRole('link', { name: /待定日期：\d+ 篇/ }).click();
    await expect(page.getByRole('heading', { name: /待定日期/ })).toBeVisible();
    const title = '厦门港集装箱吞吐量创年内新高';
    const row = page.getByRole('listitem').filter({ hasText: title });
    await expect(row).toBeVisible();
    await shoot(page, 'undated-queue');
    await row.getByLabel(`${title} 的发布时间`).fill('2021-12-30T09:30');
    await row.getByRole('button', { name: `定日期并发布 ${title}` }).click();
    await expect(page.getByRole('status')).toHaveText('已定日期并发布 1 篇文章。');
    await expect(page.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
    const reader = await request.get('/shamenwanbao/2021/12/30/202112302299000001.html');
    expect(reader.status()).toBe(200);
    expect(await reader.text()).toContain(title);
  });

  test('an editor writes with the toolbar, an image, a cover, a slug, SEO fields and a byline, and publishes what is on screen', async ({
    page,
    request,
  }) => {
    test.slow();
    // What an earlier attempt against a kept server left.
    await sql(`DELETE FROM articles WHERE slug = 'matou-nianhuo'`);
    await editor(page);
    await page.goto('/admin/articles/new');
    await chooseSource(page, '厦门晚报');
    await page.getByLabel('标题', { exact: true }).fill('夜班码头：集装箱里的年货');
    const body = page.getByLabel('正文（Markdown 或 HTML）');
    await body.fill('年货从这里出发。');
    // The toolbar writes Markdown around the selection.
    await body.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(0, 2));
    await page.getByRole('button', { name: '粗体（Ctrl+B）' }).click();
    await expect(body).toHaveValue('**年货**从这里出发。');
    await body.press('End');
    await page.getByRole('button', { name: '小标题' }).click();
    await expect(body).toHaveValue('## **年货**从这里出发。');

    // An image from the phone: uploaded into the library, scaled, stripped, inserted with its size.
    await page.getByRole('button', { name: '图片' }).click();
    const library = page.getByRole('dialog', { name: '插入图片' });
    await library.locator('input[type=file]').setInputFiles(await phonePhoto());
    await expect(library.getByRole('status')).toContainText('已上传 1 张图片');
    await shoot(page, 'media-picker', { fullPage: false });
    await library
      .getByRole('button', { name: /^选择 harbour/ })
      .first()
      .click();
    await expect(body).toHaveValue(
      /^## \*\*年货\*\*从这里出发。\n\n<img src="\/media\/[0-9a-f]{32}\.jpg" alt="harbour" width="1600" height="1067">\n\n$/,
    );
    const preview = page.getByRole('region', { name: '预览' });
    await expect(preview.locator('strong')).toHaveText('年货');
    await expect(preview.locator('img[src^="/media/"]')).toBeVisible();

    // Cover, slug, summary, byline, SEO.
    await page.getByRole('button', { name: '选择封面' }).click();
    const covers = page.getByRole('dialog', { name: '选择封面图片' });
    await covers
      .getByRole('button', { name: /^选择 harbour/ })
      .first()
      .click();
    await expect(page.getByAltText('封面预览')).toBeVisible();
    await page.getByLabel('地址中的 slug').fill('matou-nianhuo');
    await page.getByLabel('摘要（留空则取正文开头）').fill('一个集装箱里的年货故事。');
    await page.getByLabel('署名作者').selectOption({ label: '王编辑' });
    await page.getByText('搜索引擎与分享').click();
    await page.getByLabel('SEO 标题（留空用文章标题）').fill('年货出港记');
    await page.getByLabel('SEO 描述（留空用摘要）').fill('厦门港夜班码头的年货运输。');
    await page.getByLabel('发布时间（北京时间）').fill('2021-12-28T20:00:00');
    await shoot(page, 'editor-desktop');
    await page.getByRole('button', { name: '保存并发布' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已发布。' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '已已' })).toHaveCount(0);

    const url = '/shamenwanbao/2021/12/28/matou-nianhuo.html';
    const html = await (await request.get(url)).text();
    expect(html).toContain('<title>年货出港记 - 金融消息</title>');
    expect(html).toContain('<meta name="description" content="厦门港夜班码头的年货运输。"/>');
    expect(html).toMatch(
      /<meta property="og:image" content="http:\/\/127\.0\.0\.1:\d+\/media\/[0-9a-f]{32}\.jpg"\/>/,
    );
    expect(html).toMatch(/作者：(<!-- -->)?王编辑/);
    expect(html).toContain('"author":{"@type":"Person","name":"王编辑"}');
    expect(html).toContain('<strong>年货</strong>');

    // The image is served for a year, never sniffed, and carries no EXIF (no GPS, no camera).
    const src = /<img src="(\/media\/[0-9a-f]{32}\.jpg)"/.exec(html)?.[1];
    const image = await request.get(src ?? '/media/missing.jpg');
    expect(image.status()).toBe(200);
    expect(image.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(image.headers()['content-type']).toBe('image/jpeg');
    const meta = await sharp(await image.body()).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([1600, 1067, undefined]);
    expect((await image.body()).includes(Buffer.from('E2EPhone'))).toBe(false);

    // The listing shows the editor's summary.
    await expect
      .poll(async () => (await request.get('/category/shamenwanbao')).text(), { timeout: 2_000 })
      .toContain('一个集装箱里的年货故事。');
  });

  test('publishing saves what is on screen first; unsaved work is autosaved and offered back, and leaving asks', async ({
    page,
    request,
  }) => {
    test.slow();
    await editor(page);
    const [article] = await sql<{ id: number }>(
      `SELECT id FROM articles WHERE info_code = 'NW202112222228431877'`,
    );
    // A published article, taken back to a draft by SQL so the journey starts from a draft.
    await sql(`UPDATE articles SET status = 'DRAFT' WHERE id = $1`, [article!.id]);
    await page.goto(`/admin/articles/${article!.id}`);
    const title = page.getByLabel('标题', { exact: true });
    const original = await title.inputValue();
    await title.fill(`${original}（屏幕上的新标题）`);

    // Leaving by a link asks first; staying keeps the work.
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('有未保存的修改');
      void dialog.dismiss();
    });
    await page
      .getByRole('navigation', { name: '后台' })
      .getByRole('link', { name: '来源' })
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${article!.id}$`));
    await expect(title).toHaveValue(`${original}（屏幕上的新标题）`);

    // Autosaved a few seconds after typing stops; after a reload it is offered back.
    await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible({
      timeout: 10_000,
    });
    await page.reload();
    await expect(title).toHaveValue(original);
    await expect(page.getByText(/自动保存、尚未保存的修改/)).toBeVisible();
    await shoot(page, 'autosave-offer');
    await page.getByRole('button', { name: '恢复', exact: true }).click();
    await expect(title).toHaveValue(`${original}（屏幕上的新标题）`);

    // One click: the new title is saved and goes live, not the stored one.
    await page.getByRole('button', { name: '保存并发布' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已发布。' })).toBeVisible();
    const [row] = await sql<{ url: string }>(
      `SELECT '/' || s.slug || '/' || to_char(a.published_at AT TIME ZONE 'Asia/Shanghai', 'YYYY/MM/DD') || '/' || a.slug || '.html' AS url
       FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = $1`,
      [article!.id],
    );
    await expect
      .poll(async () => (await request.get(row!.url)).text(), { timeout: 2_000 })
      .toContain('（屏幕上的新标题）');
    // The autosave is gone once saved.
    const left = await sql(`SELECT 1 FROM article_autosaves WHERE article_id = $1`, [article!.id]);
    expect(left).toEqual([]);
  });

  test('a writer submits a draft for review; an editor sends it back with a note, then publishes it', async ({
    page,
    browser,
    request,
  }) => {
    // Two people, a dozen steps: more than the default 30 s on a shared 2-core machine.
    test.slow();
    await sql(`DELETE FROM articles WHERE title = '来稿：渡轮上的早班人'`);
    await createAccount('e2e-review-writer@example.com', 'writer', PASSWORD);
    await sql(
      `UPDATE users SET display_name = '李作者' WHERE email = 'e2e-review-writer@example.com'`,
    );
    await signIn(page, 'e2e-review-writer@example.com', PASSWORD);
    await page.goto('/admin/articles/new');
    await chooseSource(page, '厦门晚报');
    await page.getByLabel('标题', { exact: true }).fill('来稿：渡轮上的早班人');
    await page.getByLabel('正文（Markdown 或 HTML）').fill('清晨六点，第一班渡轮离港。');
    await expect(page.getByLabel('发布时间（北京时间）')).toHaveCount(0);
    await page.getByRole('button', { name: '保存并提交审核' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();
    const id = Number(/\/admin\/articles\/(\d+)/.exec(page.url())?.[1]);

    const desk = await (
      await browser.newContext({ viewport: { width: 1366, height: 900 } })
    ).newPage();
    await editor(desk, 'e2e-review-editor@example.com');
    await desk.getByRole('link', { name: /审核队列：\d+ 篇待审核/ }).click();
    await expect(desk).toHaveURL(/status=PENDING/);
    await desk.getByRole('link', { name: '来稿：渡轮上的早班人' }).click();
    // The list has the same buttons: wait for the article's own page.
    await expect(desk).toHaveURL(/\/admin\/articles\/\d+$/);
    await desk.getByRole('button', { name: '退回修改 来稿：渡轮上的早班人' }).click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel(/告诉作者需要修改什么/).fill('请补上渡轮的航线名称。');
    await shoot(desk, 'review-return', { fullPage: false });
    await dialog.getByRole('button', { name: '退回给作者' }).click();
    await expect(desk.getByRole('status').filter({ hasText: '已退回给作者修改' })).toBeVisible();

    // The writer opens it again (without the earlier notice in the address).
    await page.goto(`/admin/articles/${id}`);
    await expect(page.getByText('编辑退回的意见：请补上渡轮的航线名称。')).toBeVisible();
    await page
      .getByLabel('正文（Markdown 或 HTML）')
      .fill('清晨六点，第一班“鼓浪屿—厦门”渡轮离港。');
    await page.getByRole('button', { name: '保存并提交审核' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已提交审核' })).toBeVisible();

    await desk.reload();
    await desk.getByRole('button', { name: '保存并发布' }).click();
    await expect(desk.getByRole('status').filter({ hasText: '已发布。' })).toBeVisible();
    const [row] = await sql<{ status: string; author: string }>(
      `SELECT a.status, u.display_name AS author FROM articles a JOIN users u ON u.id = a.author_id WHERE a.id = $1`,
      [id],
    );
    expect(row).toEqual({ status: 'PUBLISHED', author: '李作者' });
    const events = await sql<{ action: string }>(
      `SELECT action FROM audit_events WHERE target LIKE $1 ORDER BY id`,
      [`${id} %`],
    );
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['article.submitted', 'article.draft', 'article.published']),
    );
    expect((await request.get('/')).status()).toBe(200);
  });

  test('revisions show what changed in the title and each paragraph, and who wrote each version', async ({
    page,
  }) => {
    await editor(page, 'e2e-revisions@example.com');
    const [article] = await sql<{ id: number }>(
      `SELECT id FROM articles WHERE info_code = 'NW202112222229015542'`,
    );
    await page.goto(`/admin/articles/${article!.id}`);
    const title = page.getByLabel('标题', { exact: true });
    await title.fill(`${await title.inputValue()}（二稿）`);
    await page.getByLabel('正文（Markdown 或 HTML）').fill('全新的第一段。\n\n另外一段补充。');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    const revision = page
      .getByRole('listitem')
      .filter({ hasText: /^版本 1/ })
      .first();
    await expect(revision).toContainText('导入');
    await expect(revision).toContainText('被编辑替换');
    await revision.getByText('与当前版本的差异').click();
    await expect(revision.locator('ins', { hasText: '（二稿）' })).toBeVisible();
    await expect(revision.locator('ins', { hasText: '另外一段补充。' })).toBeVisible();
    await expect(page.getByText(/^当前版本 \d+：王编辑$/)).toBeVisible();
    await shoot(page, 'revisions');
  });

  test('the article list sorts by time, filters by a source typed by name, and counts; the audit log filters by who, what and when', async ({
    page,
  }) => {
    test.slow();
    await createAccount('e2e-lists-admin@example.com', 'admin', PASSWORD);
    await signIn(page, 'e2e-lists-admin@example.com', PASSWORD);
    await page.goto('/admin/articles');
    await expect(page.getByRole('heading', { name: /文章\s*共 \d+ 篇/ })).toBeVisible();
    await chooseSource(page, '上海证券报');
    await page.getByLabel('排序').selectOption('time-asc');
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page).toHaveURL(/source=shzqb/);
    const total = Number(
      /共 (\d+) 篇/.exec((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')?.[1],
    );
    const [count] = await sql<{ n: string }>(
      `SELECT count(*) AS n FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.slug = 'shzqb'`,
    );
    expect(total).toBe(Number(count?.n));
    const times = await page.locator('tbody td[data-label="时间："]').allTextContents();
    expect(times.length).toBeGreaterThan(1);
    expect([...times].sort()).toEqual(times);
    await expect(page.getByRole('columnheader', { name: '作者' })).toBeVisible();
    await shoot(page, 'article-list-desktop');

    await page.goto('/admin/audit');
    await page.getByLabel('动作').selectOption({ label: '登录' });
    await page.getByLabel('操作者').selectOption({ label: 'e2e-lists-admin@example.com' });
    await page.getByRole('button', { name: '筛选' }).click();
    const cells = page.locator('tbody tr td:nth-child(2)');
    await expect(cells.first()).toHaveText('登录');
    expect(new Set(await cells.allTextContents())).toEqual(new Set(['登录']));
    await expect(page.locator('body')).not.toContainText('login.succeeded');
    await shoot(page, 'audit-desktop');
  });

  test('forms keep what was typed when they refuse it', async ({ page }) => {
    await page.goto('/admin/login');
    await page.getByLabel('邮箱').fill('e2e-keep@example.com');
    await page.getByLabel('密码').fill('not the password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('邮箱或密码不正确');
    await expect(page.getByLabel('邮箱')).toHaveValue('e2e-keep@example.com');

    await createAccount('e2e-keep@example.com', 'writer', PASSWORD);
    await signIn(page, 'e2e-keep@example.com', PASSWORD);
    await page.goto('/admin/account');
    await page.getByLabel('当前密码').fill(PASSWORD);
    await page.getByLabel('新密码（至少 12 个字符）').fill('Harbour-lights-2021!');
    await page.getByLabel('再输入一次新密码').fill('Harbour-lights-2022!');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect(page.locator('form').getByRole('alert')).toHaveText('两次输入的新密码不一致');
    await expect(page.getByLabel('当前密码')).toHaveValue(PASSWORD);
    await expect(page.getByLabel('新密码（至少 12 个字符）')).toHaveValue('Harbour-lights-2021!');
    await expect(page.getByLabel('再输入一次新密码')).toHaveValue('Harbour-lights-2022!');
  });
});

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  return context.newPage();
}

test.describe('on a phone', () => {
  test('the article list keeps titles and actions usable; the editor, media library and audit log fit', async ({
    browser,
  }) => {
    test.slow();
    const page = await phonePage(browser);
    await createAccount('e2e-phone-admin@example.com', 'admin', PASSWORD);
    await signIn(page, 'e2e-phone-admin@example.com', PASSWORD);
    await shoot(page, 'dashboard-phone');

    await page.goto('/admin/articles?status=PUBLISHED');
    // Nothing wider than the screen: titles wrap, buttons stay on it.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(PHONE.width);
    const firstTitle = page.locator('tbody tr').first().locator('td').first();
    expect((await firstTitle.boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.7);
    const unpublish = page.getByRole('button', { name: /^撤下 / }).first();
    const box = (await unpublish.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await shoot(page, 'article-list-phone');

    await unpublish.click();
    await expect(page.getByRole('dialog')).toBeVisible();
    const dialogBox = (await page.getByRole('dialog').boundingBox())!;
    expect(dialogBox.width).toBeLessThanOrEqual(PHONE.width);
    await shoot(page, 'confirm-phone', { fullPage: false });
    await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

    await page.goto('/admin/articles/new');
    await expect(page.getByRole('toolbar', { name: '格式' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await shoot(page, 'editor-phone');

    for (const [path, name] of [
      ['/admin/media', 'media-phone'],
      ['/admin/audit', 'audit-phone'],
      ['/admin/articles/undated', 'undated-phone'],
    ] as const) {
      await page.goto(path);
      await shoot(page, name);
    }
    await page.context().close();
  });

  test('an editor corrects and republishes an article from a phone; the confirmation fits the screen', async ({
    browser,
    request,
  }) => {
    test.slow();
    const page = await phonePage(browser);
    await editor(page, 'e2e-phone-editor@example.com');
    const [article] = await sql<{ id: number; permalink: string }>(
      `SELECT id, permalink FROM articles WHERE info_code = 'NW202112222229460871'`,
    );
    await page.goto(`/admin/articles/${article!.id}`);
    const title = page.getByLabel('标题', { exact: true });
    await title.fill('冬至将至 多地汤圆、水饺销售迎来高峰（手机更正）');
    // The save bar stays on screen while the form scrolls.
    const save = page.getByRole('button', { name: '保存', exact: true });
    await page.getByLabel('标签（用逗号分隔）').scrollIntoViewIfNeeded();
    await expect(save).toBeInViewport();
    await shoot(page, 'edit-phone', { fullPage: false });
    await save.click();
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    const url = encodeURI(article!.permalink);
    await expect
      .poll(async () => (await request.get(url)).text(), { timeout: 2_000 })
      .toContain('（手机更正）');

    await page.getByRole('button', { name: /^撤下 / }).click();
    const dialog = page.getByRole('dialog');
    const box = (await dialog.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    await dialog.getByRole('button', { name: '确认撤下' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已撤下' })).toBeVisible();
    expect((await request.get(url)).status()).toBe(410);
    await page.context().close();
  });
});
