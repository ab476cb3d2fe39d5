/**
 * Brute-force protection for sign-in: failures are counted per account and per IP address in the
 * database (so limits hold across restarts and instances). An account may fail 10 times freely;
 * after that each further failure blocks it for a doubling delay (30 s, 1 min, 2 min … at most 1 h).
 * An address gets 50 free failures (many editors may share an office IP). Pure policy here; the
 * storage is lib/db/login-throttles.ts.
 */
export const ACCOUNT_FREE_FAILURES = 10;
export const IP_FREE_FAILURES = 50;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 3_600_000;
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;

export function throttleKeys(
  email: string,
  ip: string | null,
): { account: string; ip: string | null } {
  return { account: `account:${email.trim().toLowerCase()}`, ip: ip ? `ip:${ip}` : null };
}

/** How long to block after the `failures`-th failure, given how many are free. */
export function blockDelayMs(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - freeFailures));
}
