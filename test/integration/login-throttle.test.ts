import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

// Sign-in throttling against PostgreSQL: the counters hold under concurrency, expire, and cannot
// be used to keep the real user out.
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/auth/sign-in')),
  ...(await import('@/lib/auth/throttle')),
  ...(await import('@/lib/auth/accounts')),
  ...(await import('@/lib/db/login-throttles')),
  ...(await import('@/lib/db/login-devices')),
  ...(await import('@/lib/db/client')),
}));

const PASSWORD = 'Zq8#kLm2!vWp9x-throttle';

async function account(email: string): Promise<number> {
  const created = await lib.createAccount(email, 'EDITOR', PASSWORD);
  if ('error' in created) throw new Error(created.error);
  return created.user.id;
}

const row = (key: string) => lib.db.loginThrottle.findUnique({ where: { key } });

describe('sign-in throttling', () => {
  it('lets no more than 10 of 40 concurrent wrong passwords reach the password hash', async () => {
    await account('concurrent@example.com');
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        lib.checkSignIn({
          email: 'concurrent@example.com',
          password: `wrong-${i}`,
          ip: '198.51.100.7',
        }),
      ),
    );
    const checked = results.filter((r) => !r.ok && r.reason === 'invalid');
    const refused = results.filter((r) => !r.ok && r.reason === 'blocked');
    expect(checked).toHaveLength(10);
    expect(refused).toHaveLength(30);
    expect((await row('pair:concurrent@example.com|198.51.100.7'))?.failures).toBe(10);
    expect((await row('account:concurrent@example.com'))?.failures).toBe(10);
    expect((await row('ip:198.51.100.7'))?.failures).toBe(10);

    // Even the right password waits out the delay from that address …
    const blocked = await lib.checkSignIn({
      email: 'concurrent@example.com',
      password: PASSWORD,
      ip: '198.51.100.7',
    });
    expect(blocked).toMatchObject({ ok: false, reason: 'blocked' });
    if (!blocked.ok && blocked.reason === 'blocked')
      expect(blocked.blockedUntil.getTime() - Date.now()).toBeGreaterThan(25_000);
    // … but the account's owner elsewhere signs in, and that starts the account's counts again.
    const owner = await lib.checkSignIn({
      email: 'concurrent@example.com',
      password: PASSWORD,
      ip: '203.0.113.9',
    });
    expect(owner).toMatchObject({ ok: true });
    expect(await row('account:concurrent@example.com')).toBeNull();
    expect(await row('pair:concurrent@example.com|203.0.113.9')).toBeNull();
  });

  it('doubles the delay per attempt after the free ones, one attempt per delay', async () => {
    expect(lib.blockDelayMs(9, lib.PAIR_POLICY)).toBe(0);
    expect(lib.blockDelayMs(10, lib.PAIR_POLICY)).toBe(30_000);
    expect(lib.blockDelayMs(12, lib.PAIR_POLICY)).toBe(120_000);
    expect(lib.blockDelayMs(40, lib.PAIR_POLICY)).toBe(3_600_000);
    expect(lib.blockDelayMs(200, lib.ACCOUNT_POLICY)).toBe(300_000);

    const keys = lib.throttleKeys('doubling@example.com', '198.51.100.8');
    for (let i = 0; i < 10; i += 1)
      expect(await lib.reserveAttempt(keys)).toEqual({ allowed: true });
    const pair = 'pair:doubling@example.com|198.51.100.8';
    const first = await row(pair);
    expect((first?.blockedUntil?.getTime() ?? 0) - Date.now()).toBeGreaterThan(29_000);
    // The block ends: one more attempt is let through, and it doubles the delay.
    await lib.db.loginThrottle.update({ where: { key: pair }, data: { blockedUntil: new Date() } });
    expect(await lib.reserveAttempt(keys)).toEqual({ allowed: true });
    expect(await lib.reserveAttempt(keys)).toMatchObject({ allowed: false });
    const second = await row(pair);
    expect(second?.failures).toBe(11);
    expect((second?.blockedUntil?.getTime() ?? 0) - Date.now()).toBeGreaterThan(59_000);
  });

  it('does not let attempts spread over many addresses keep the owner out', async () => {
    const id = await account('spread@example.com');
    // 100 guesses from 100 addresses reach the account's global ceiling …
    for (let i = 0; i < 100; i += 1) {
      expect(
        await lib.reserveAttempt(lib.throttleKeys('spread@example.com', `10.9.0.${i}`)),
      ).toEqual({
        allowed: true,
      });
    }
    // … which holds a new address for a short while only (15 s, at most 5 minutes) …
    const stranger = await lib.checkSignIn({
      email: 'spread@example.com',
      password: PASSWORD,
      ip: '10.9.1.1',
    });
    expect(stranger).toMatchObject({ ok: false, reason: 'blocked' });
    if (!stranger.ok && stranger.reason === 'blocked')
      expect(stranger.blockedUntil.getTime() - Date.now()).toBeLessThanOrEqual(15_000);
    // … and not at all a browser that signed in to the account before.
    const device = await lib.rememberDevice(id);
    expect(
      await lib.checkSignIn({
        email: 'spread@example.com',
        password: PASSWORD,
        ip: '10.9.1.2',
        deviceToken: device,
      }),
    ).toMatchObject({ ok: true, knownDevice: true });
    // A device cookie of another account counts for nothing here.
    expect(await lib.isKnownDevice(device, 'concurrent@example.com')).toBe(false);
  });

  it('forgets counts once they expire, and deletes expired rows', async () => {
    const keys = lib.throttleKeys('expiry@example.com', '198.51.100.9');
    for (let i = 0; i < 10; i += 1) await lib.reserveAttempt(keys);
    expect(await lib.reserveAttempt(keys)).toMatchObject({ allowed: false });
    const pair = 'pair:expiry@example.com|198.51.100.9';
    expect((await row(pair))?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    // A day later (as far as the rows know): the count starts again from zero.
    await lib.db.loginThrottle.updateMany({
      where: { key: { in: keys.map((k) => k.key) } },
      data: { expiresAt: new Date(Date.now() - 120_000) },
    });
    expect(await lib.reserveAttempt(keys)).toEqual({ allowed: true });
    expect((await row(pair))?.failures).toBe(1);

    await lib.db.loginThrottle.updateMany({
      where: { key: { in: keys.map((k) => k.key) } },
      data: { expiresAt: new Date(Date.now() - 120_000) },
    });
    expect(await lib.deleteExpiredThrottles()).toBeGreaterThanOrEqual(keys.length);
    expect(await row(pair)).toBeNull();
  });

  it('gives a successful attempt back to the address it came from', async () => {
    await account('release@example.com');
    const ip = '198.51.100.10';
    await lib.checkSignIn({ email: 'release@example.com', password: 'wrong-one', ip });
    await lib.checkSignIn({ email: 'release@example.com', password: 'wrong-two', ip });
    expect((await row(`ip:${ip}`))?.failures).toBe(2);
    expect(
      await lib.checkSignIn({ email: 'release@example.com', password: PASSWORD, ip }),
    ).toMatchObject({
      ok: true,
    });
    expect((await row(`ip:${ip}`))?.failures).toBe(2);
    expect(await row(`pair:release@example.com|${ip}`)).toBeNull();
  });
});
