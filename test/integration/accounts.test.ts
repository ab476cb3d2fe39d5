import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

// Accounts, sessions and sign-in throttling against PostgreSQL.
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/db/sessions')),
  ...(await import('@/lib/auth/accounts')),
  ...(await import('@/lib/db/client')),
}));

describe('accounts and sessions', () => {
  it('creates the first admin once, with a generated password', async () => {
    const first = await lib.createFirstAdminIfNone('Admin@Example.com');
    expect(first?.email).toBe('admin@example.com');
    expect(first?.password.length).toBeGreaterThanOrEqual(12);
    expect(await lib.createFirstAdminIfNone('other@example.com')).toBeNull();
    const stored = await lib.db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(first?.password ?? '');
  });

  it('refuses a weak password', async () => {
    expect(await lib.createAccount('writer@example.com', 'WRITER', 'password1234')).toEqual({
      error: '这个密码太常见，请换一个',
    });
  });

  it('stores only a hash of the session token and ends sessions on logout and when disabled', async () => {
    const user = await lib.db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const token = await lib.createSession(user.id, '127.0.0.1', 'test');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await lib.db.session.count({ where: { tokenHash: token } })).toBe(0);
    expect(await lib.userForSession(token)).toMatchObject({
      email: 'admin@example.com',
      role: 'ADMIN',
    });
    await lib.deleteSession(token);
    expect(await lib.userForSession(token)).toBeNull();

    const second = await lib.createSession(user.id, null, null);
    await lib.db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await lib.userForSession(second)).toBeNull();
    await lib.db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
  });

  it('expires idle sessions', async () => {
    const user = await lib.db.user.findUniqueOrThrow({ where: { email: 'admin@example.com' } });
    const token = await lib.createSession(user.id, null, null);
    await lib.db.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - lib.IDLE_TIMEOUT_MS - 1000) },
    });
    expect(await lib.userForSession(token)).toBeNull();
  });
});
