import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, PAIR_POLICY, blockDelayMs, throttleKeys } from './throttle';

describe('login throttle policy', () => {
  it('allows 10 attempts per account and address before the first delay, then doubles it up to an hour', () => {
    expect(blockDelayMs(9, PAIR_POLICY)).toBe(0);
    expect(blockDelayMs(10, PAIR_POLICY)).toBe(30_000);
    expect(blockDelayMs(11, PAIR_POLICY)).toBe(60_000);
    expect(blockDelayMs(40, PAIR_POLICY)).toBe(3_600_000);
  });

  it('holds an account from anywhere only briefly: at most 5 minutes', () => {
    expect(blockDelayMs(99, ACCOUNT_POLICY)).toBe(0);
    expect(blockDelayMs(100, ACCOUNT_POLICY)).toBe(15_000);
    expect(blockDelayMs(1000, ACCOUNT_POLICY)).toBe(300_000);
  });

  it('keys accounts case-insensitively, per address, and spares known devices the global ceiling', () => {
    expect(throttleKeys(' Editor@Example.com ', '127.0.0.1').map((k) => k.key)).toEqual([
      'pair:editor@example.com|127.0.0.1',
      'account:editor@example.com',
      'ip:127.0.0.1',
    ]);
    expect(throttleKeys('a@b.c', null).map((k) => k.key)).toEqual([
      'pair:a@b.c|unknown',
      'account:a@b.c',
    ]);
    expect(throttleKeys('a@b.c', '::1', { knownDevice: true }).map((k) => k.key)).toEqual([
      'pair:a@b.c|::1',
      'ip:::1',
    ]);
  });
});
