import { expect, test, type Page } from '@playwright/test';
import { createAccount, sql } from './support';

const PASSWORD = 'Zq8#kLm2!vWp9x-e2e';

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/admin/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

test('an editor signs in, sees the dashboard, and signs out; the session ends on the server', async ({
  page,
  request,
}) => {
  await createAccount('e2e-editor@example.com', 'editor', PASSWORD);

  const anonymous = await request.get('/admin', { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers().location).toContain('/admin/login');

  await signIn(page, 'e2e-editor@example.com', 'not the password at all');
  await expect(page.locator('form').getByRole('alert')).toHaveText('邮箱或密码不正确');

  await signIn(page, 'E2E-Editor@example.com', PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText('e2e-editor@example.com · 编辑')).toBeVisible();
  await expect(page.getByRole('heading', { name: '文章' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('finews_session'));
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  const adminResponse = await page.request.get('/admin');
  expect(adminResponse.headers()['cache-control']).toMatch(/no-store/);

  // Editors cannot open the admins' audit log.
  await page.goto('/admin/audit');
  await expect(page).toHaveURL(/\/admin\?notice=denied$/);

  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  // The old cookie no longer opens anything: the session was deleted, not just forgotten.
  const replay = await request.get('/admin', {
    maxRedirects: 0,
    headers: { cookie: `${cookie?.name}=${cookie?.value}` },
  });
  expect(replay.status()).toBe(307);
});

test('after 10 failed sign-ins even the right password is refused, and it is in the audit log', async ({
  page,
}) => {
  const email = 'e2e-throttled@example.com';
  await createAccount(email, 'writer', PASSWORD);
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await signIn(page, email, `wrong-password-${attempt}`);
    await expect(page.locator('form').getByRole('alert')).toBeVisible();
  }
  await signIn(page, email, PASSWORD);
  await expect(page.locator('form').getByRole('alert')).toContainText('登录失败次数过多');
  await expect(page).toHaveURL(/\/admin\/login$/);

  const events = await sql<{ action: string; actor_id: number | null }>(
    `SELECT action, actor_id FROM audit_events WHERE target = $1 AND action LIKE 'login.%' ORDER BY id`,
    [email],
  );
  expect(events.filter((e) => e.action === 'login.failed')).toHaveLength(10);
  // Whoever failed is unknown: the account they tried is the target, never the actor.
  expect(events.every((e) => e.actor_id === null)).toBe(true);
  expect(events.at(-1)?.action).toBe('login.blocked');
  // Held for this account from this address (lib/auth/throttle.ts).
  const throttle = await sql<{ blocked_until: Date | null }>(
    `SELECT blocked_until FROM login_throttles WHERE key LIKE $1`,
    [`pair:${email}|%`],
  );
  expect(throttle[0]?.blocked_until?.getTime() ?? 0).toBeGreaterThan(Date.now());
});

test('an admin reads the audit log', async ({ page }) => {
  await createAccount('e2e-admin@example.com', 'admin', PASSWORD);
  await signIn(page, 'e2e-admin@example.com', PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/audit');
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '登录', exact: true }).first()).toBeVisible();
});
