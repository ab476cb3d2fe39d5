import 'server-only';
import { FAILURE_MEMORY_MS, type ThrottleKey } from '../auth/throttle';
import { db } from './client';

/**
 * The sign-in counters (policy: lib/auth/throttle.ts). An attempt is counted before the password
 * is checked, by one UPDATE that locks the attempt's rows in key order, so that of any number of
 * concurrent attempts no more than a limit allows reach the password hash.
 */
export type Reservation = { allowed: true } | { allowed: false; blockedUntil: Date };

/**
 * Counts one attempt against every key, or against none when any key is blocked now (a refused
 * attempt does not lengthen a block). Each key's row is blocked as if this attempt fails, so a
 * parallel attempt waits out the delay; `release` gives the attempt back when it succeeds.
 */
export async function reserveAttempt(keys: ThrottleKey[]): Promise<Reservation> {
  const names = keys.map((k) => k.key);
  await db.$executeRaw`
    INSERT INTO login_throttles (key, failures, last_failure, blocked_until, expires_at)
    SELECT key, 0, now(), NULL, now() FROM unnest(${names}::text[]) AS key
    ON CONFLICT (key) DO NOTHING`;
  const rows = await db.$queryRawUnsafe<{ allowed: boolean; blocked_until: Date | null }[]>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::int[], $3::float8[], $4::float8[])
         AS i(key, free, base_ms, max_ms)
     ), locked AS (
       SELECT t.key, i.free, i.base_ms, i.max_ms,
              CASE WHEN t.expires_at <= now() THEN 0 ELSE t.failures END AS failures,
              CASE WHEN t.expires_at <= now() THEN NULL ELSE t.blocked_until END AS blocked_until
       FROM login_throttles t JOIN input i ON i.key = t.key
       ORDER BY t.key
       FOR UPDATE OF t
     ), verdict AS (
       SELECT bool_and(blocked_until IS NULL OR blocked_until <= now()) AS allowed,
              max(blocked_until) AS blocked_until
       FROM locked
     )
     UPDATE login_throttles t SET
       failures = l.failures + 1,
       last_failure = now(),
       blocked_until = CASE WHEN l.failures + 1 >= l.free
         THEN now() + least(l.max_ms, l.base_ms * power(2, l.failures + 1 - l.free))
                      * interval '1 millisecond'
         END,
       expires_at = now() + $5::float8 * interval '1 millisecond'
     FROM locked l, verdict v
     WHERE t.key = l.key AND v.allowed
     RETURNING true AS allowed, NULL::timestamptz AS blocked_until`,
    names,
    keys.map((k) => k.free),
    keys.map((k) => k.baseDelayMs),
    keys.map((k) => k.maxDelayMs),
    FAILURE_MEMORY_MS,
  );
  if (rows.length === keys.length) return { allowed: true };
  const blocked = await db.loginThrottle.findMany({
    where: { key: { in: names }, blockedUntil: { gt: new Date() } },
    select: { blockedUntil: true },
  });
  const until = Math.max(Date.now(), ...blocked.map((row) => row.blockedUntil?.getTime() ?? 0));
  return { allowed: false, blockedUntil: new Date(until) };
}

/**
 * A successful sign-in: the account's counters (its own address, and from anywhere) start again;
 * the address keeps its count of others' attempts, less this one.
 */
export async function release(keys: ThrottleKey[]): Promise<void> {
  const [accountKeys, addressKeys] = [
    keys.filter((k) => !k.key.startsWith('ip:')),
    keys.filter((k) => k.key.startsWith('ip:')),
  ];
  await db.$transaction([
    db.loginThrottle.deleteMany({ where: { key: { in: accountKeys.map((k) => k.key) } } }),
    ...addressKeys.map(
      (k) =>
        db.$executeRaw`
        UPDATE login_throttles SET
          failures = greatest(failures - 1, 0),
          blocked_until = CASE WHEN failures - 1 < ${k.free} THEN NULL ELSE blocked_until END
        WHERE key = ${k.key}`,
    ),
  ]);
}

/**
 * Deletes rows whose counts have expired, a few at a time (called after failed attempts). A row
 * gets a minute's grace: reserveAttempt counts a row it has just made or found between two
 * statements, and must find it still there.
 */
export async function deleteExpiredThrottles(limit = 500): Promise<number> {
  return db.$executeRaw`
    DELETE FROM login_throttles WHERE key IN (
      SELECT key FROM login_throttles WHERE expires_at < now() - interval '1 minute' LIMIT ${limit}
    )`;
}
