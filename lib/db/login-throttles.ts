import 'server-only';
import {
  ACCOUNT_FREE_FAILURES,
  FAILURE_MEMORY_MS,
  IP_FREE_FAILURES,
  blockDelayMs,
} from '../auth/throttle';
import { db } from './client';

/** When the first of these keys is blocked until, or null when none is blocked now. */
export async function blockedUntil(keys: (string | null)[]): Promise<Date | null> {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys.filter((k): k is string => k !== null) } },
  });
  const now = Date.now();
  const blocked = rows
    .map((row) => row.blockedUntil)
    .filter((until): until is Date => until !== null && until.getTime() > now);
  return blocked.length ? new Date(Math.max(...blocked.map((d) => d.getTime()))) : null;
}

/** Counts a failed sign-in against the account and the address; returns the account's new block. */
export async function recordFailure(
  accountKey: string,
  ipKey: string | null,
): Promise<Date | null> {
  let accountBlock: Date | null = null;
  for (const [key, free] of [
    [accountKey, ACCOUNT_FREE_FAILURES],
    [ipKey, IP_FREE_FAILURES],
  ] as const) {
    if (!key) continue;
    const now = new Date();
    const existing = await db.loginThrottle.findUnique({ where: { key } });
    const stale = existing && now.getTime() - existing.lastFailure.getTime() > FAILURE_MEMORY_MS;
    const failures = (stale || !existing ? 0 : existing.failures) + 1;
    const delay = blockDelayMs(failures, free);
    const until = delay ? new Date(now.getTime() + delay) : null;
    await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures, lastFailure: now, blockedUntil: until },
      update: { failures, lastFailure: now, blockedUntil: until },
    });
    if (key === accountKey) accountBlock = until;
  }
  return accountBlock;
}

export async function clearFailures(accountKey: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key: accountKey } });
}
