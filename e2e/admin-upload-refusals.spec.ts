import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { createAccount, signIn } from './support';

/**
 * Uploads that once answered 500 with Next's English error screen (issue #12) are refused with a
 * reason in the import form, and forged notice text in an admin URL is never shown.
 */
const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';
const MB = 1024 * 1024;

const post = (title: string) =>
  strToU8(
    `---\nlayout: post\ntitle: ${title}\ndate: 2021-12-22 10:00:00 +0800\ncategories: e2erefusal\n---\n<p>${title}</p>\n`,
  );

/** Chooses the file on the import page (from disk: large buffers are slow to hand over). */
async function upload(page: Page, name: string, buffer: Buffer) {
  const file = test.info().outputPath(name);
  writeFileSync(file, buffer);
  await page.goto('/admin/import');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: '导入' }).click();
}

test.beforeEach(async ({ page }) => {
  await createAccount('e2e-uploads@example.com', 'editor', PASSWORD);
  await signIn(page, 'e2e-uploads@example.com', PASSWORD);
});

test('a zip holding a.md and a.md/b.md, and an over-long entry name, are refused entry by entry', async ({
  page,
}) => {
  const long = `${'n'.repeat(300)}.md`;
  const zip = zipSync({
    'clash/2021-12-22-a.md': post('冲突测试甲'),
    'clash/2021-12-22-a.md/b.md': post('冲突测试乙'),
    [`clash/${long}`]: post('长名字'),
  });
  await upload(page, 'clash.zip', Buffer.from(zip));
  const report = page.getByRole('region', { name: '导入报告' });
  await expect(report).toContainText('新增1', { timeout: 30_000 });
  await expect(report).toContainText('clash.zip:clash/2021-12-22-a.md/b.md');
  await expect(report).toContainText('冲突（同名的文件和文件夹）');
  await expect(report).toContainText('文件名太长（超过 255 字节）');
  await expect(page.getByText('Application error')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('upload-refusals.png'), fullPage: true });
});

test('a damaged zip is refused in words', async ({ page }) => {
  const zip = zipSync({ 'a.md': post('损坏') });
  await upload(page, 'damaged.zip', Buffer.from(zip.slice(0, zip.byteLength - 40)));
  const report = page.getByRole('region', { name: '导入报告' });
  await expect(report).toContainText('damaged.zip：无法解压：不是有效的 zip 文件，或文件已损坏');
});

test('a file over 32 MB is refused in the form before it is sent, and by the server if sent anyway', async ({
  page,
}) => {
  await upload(page, 'huge.zip', Buffer.alloc(33 * MB));
  await expect(page.locator('main').getByRole('alert')).toContainText('超过了 32 MB 的上限');

  // Sent anyway, as a script would: refused by its declared size, before the body is read.
  const refused = await page.evaluate(async () => {
    const form = new FormData();
    form.append('files', new File([new Uint8Array(33 * 1024 * 1024)], 'huge.zip'));
    const response = await fetch('/admin/import/upload', { method: 'POST', body: form });
    return { status: response.status, body: (await response.json()) as { error: string } };
  });
  expect(refused.status).toBe(413);
  expect(refused.body.error).toContain('超过 32 MB');
});

test('the upload route refuses anonymous and cross-site requests', async ({ page, request }) => {
  const anonymous = await request.post('/admin/import/upload', {
    multipart: {
      files: { name: 'a.md', mimeType: 'text/markdown', buffer: Buffer.from(post('x')) },
    },
  });
  expect(anonymous.status()).toBe(401);
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const crossSite = await request.post('/admin/import/upload', {
    headers: { cookie, origin: 'https://evil.example' },
    multipart: {
      files: { name: 'a.md', mimeType: 'text/markdown', buffer: Buffer.from(post('x')) },
    },
  });
  expect(crossSite.status()).toBe(403);
});

test('admin pages show no text passed in the URL, only their own notices', async ({ page }) => {
  // Fifteen page loads.
  test.slow();
  const forged = '会话已过期，请到 http://evil.example 重新登录';
  for (const path of [
    '/admin',
    '/admin/articles',
    '/admin/sources',
    '/admin/tags',
    '/admin/articles/1',
  ]) {
    for (const query of [`error=${forged}`, `done=${forged}`, `notice=${forged}`]) {
      await page.goto(`${path}?${query.replace(forged, encodeURIComponent(forged))}`);
      await expect(page.locator('main')).not.toContainText('evil.example');
    }
  }
  await page.goto('/admin/sources?notice=source-updated');
  await expect(page.getByRole('status')).toHaveText('来源已更新。');
});
