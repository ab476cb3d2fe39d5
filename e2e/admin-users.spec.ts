import { expect, test } from '@playwright/test';
import { createAccount, signIn, sql } from './support';

const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';
const NEW_PASSWORD = 'Harbour-lights-2021!';

test('an admin creates an account; its generated password must be changed at first sign-in; disabling it ends its session', async ({
  page,
  browser,
}) => {
  test.slow();
  const email = `e2e-newcomer-${Date.now()}@example.com`;
  await createAccount('e2e-useradmin@example.com', 'admin', PASSWORD);
  await signIn(page, 'e2e-useradmin@example.com', PASSWORD);
  await page.goto('/admin/users');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('显示名称（文章署名）').fill('新来的作者');
  await page.getByRole('combobox', { name: '角色' }).last().selectOption('WRITER');
  await page.getByRole('button', { name: '创建' }).click();
  const shown = page.getByRole('status').filter({ hasText: '临时密码' });
  await expect(shown).toBeVisible();
  // The list above shows the new account at once, without a reload.
  await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('新来的作者');
  const temporary = (await shown.locator('code').textContent()) ?? '';
  expect(temporary.length).toBeGreaterThanOrEqual(16);
  await page.screenshot({ path: test.info().outputPath('admin-users.png'), fullPage: true });

  // First sign-in: nothing else opens until the password is changed.
  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto('/admin/login');
  await newcomer.getByLabel('邮箱').fill(email);
  await newcomer.getByLabel('密码').fill(temporary);
  await newcomer.getByRole('button', { name: '登录' }).click();
  await expect(newcomer).toHaveURL(/\/admin\/account\?first=1$/);
  await newcomer.goto('/admin/articles');
  await expect(newcomer).toHaveURL(/\/admin\/account/);
  await newcomer.getByLabel('当前密码').fill(temporary);
  await newcomer.getByLabel('新密码（至少 12 个字符）').fill('password1234');
  await newcomer.getByLabel('再输入一次新密码').fill('password1234');
  await newcomer.getByRole('button', { name: '修改密码' }).click();
  await expect(newcomer.locator('form').getByRole('alert')).toBeVisible();
  await newcomer.getByLabel('当前密码').fill(temporary);
  await newcomer.getByLabel('新密码（至少 12 个字符）').fill(NEW_PASSWORD);
  await newcomer.getByLabel('再输入一次新密码').fill(NEW_PASSWORD);
  await newcomer.getByRole('button', { name: '修改密码' }).click();
  await expect(newcomer).toHaveURL(/\/admin\?notice=password-changed$/);
  await newcomer.goto('/admin/articles');
  await expect(newcomer.getByRole('heading', { name: '我的文章' })).toBeVisible();

  // Disabled: the session ends at once, and signing in again is refused.
  await page.reload();
  await page.getByRole('button', { name: `停用 ${email}` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认停用' }).click();
  await expect(page.getByRole('status')).toContainText('账号已停用');
  await expect(page.getByRole('listitem').filter({ hasText: email })).toContainText('已停用');
  await newcomer.goto('/admin/articles');
  await expect(newcomer).toHaveURL(/\/admin\/login$/);
  await newcomer.getByLabel('邮箱').fill(email);
  await newcomer.getByLabel('密码').fill(NEW_PASSWORD);
  await newcomer.getByRole('button', { name: '登录' }).click();
  await expect(newcomer.locator('form').getByRole('alert')).toContainText('邮箱或密码不正确');

  const events = await sql<{ action: string }>(
    `SELECT action FROM audit_events WHERE target = $1 ORDER BY id`,
    [email],
  );
  expect(events.map((e) => e.action)).toEqual(
    expect.arrayContaining(['user.created', 'password.changed', 'user.disabled', 'login.failed']),
  );
});
