/**
 * Brute-force protection for sign-in, counted in the database (so limits hold across restarts and
 * instances). Every attempt is counted *before* the password is checked, in one atomic statement
 * (lib/db/login-throttles.ts), so concurrent attempts cannot slip past a limit; a successful
 * sign-in gives its attempt back.
 *
 * - An account from one address ("pair"): 10 free attempts, then one per doubling delay (30 s,
 *   1 min, 2 min … at most 1 h). This is what stops a guesser: it locks only their own address.
 * - An account from anywhere: 100 free attempts a day, then a shorter doubling delay capped at
 *   5 minutes. It slows a guesser spread over many addresses, and cannot shut the real user out
 *   for long; a browser that has signed in to the account before is not held by it at all.
 * - An address: 50 free attempts (many editors may share an office address), then as a pair.
 *
 * Counts are forgotten a day after the last attempt (the row expires and is deleted).
 */
export interface ThrottlePolicy {
  /** Attempts allowed before the first delay. */
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const PAIR_POLICY: ThrottlePolicy = {
  free: 10,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
};
export const ACCOUNT_POLICY: ThrottlePolicy = {
  free: 100,
  baseDelayMs: 15_000,
  maxDelayMs: 300_000,
};
export const ADDRESS_POLICY: ThrottlePolicy = {
  free: 50,
  baseDelayMs: 30_000,
  maxDelayMs: 3_600_000,
};

/** Counts are forgotten this long after the last attempt. */
export const FAILURE_MEMORY_MS = 24 * 3_600_000;

export interface ThrottleKey extends ThrottlePolicy {
  key: string;
}

/**
 * The counters one attempt to sign in to `email` from `ip` is held to. `knownDevice`: the browser
 * signed in to this account before, so the account-wide ceiling does not apply to it.
 */
export function throttleKeys(
  email: string,
  ip: string | null,
  { knownDevice = false } = {},
): ThrottleKey[] {
  const account = email.trim().toLowerCase();
  const address = ip ?? 'unknown';
  return [
    { key: `pair:${account}|${address}`, ...PAIR_POLICY },
    ...(knownDevice ? [] : [{ key: `account:${account}`, ...ACCOUNT_POLICY }]),
    ...(ip ? [{ key: `ip:${ip}`, ...ADDRESS_POLICY }] : []),
  ];
}

/** How long an attempt blocks the next one, once `attempts` have been counted. */
export function blockDelayMs(attempts: number, policy: ThrottlePolicy): number {
  if (attempts < policy.free) return 0;
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempts - policy.free));
}
