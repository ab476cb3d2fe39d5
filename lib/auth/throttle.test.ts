import { describe, expect, it } from 'vitest';
import { ACCOUNT_FREE_FAILURES, blockDelayMs, throttleKeys } from './throttle';

describe('login throttle policy', () => {
  it('allows 10 failures on an account before the first delay, then doubles it up to an hour', () => {
    expect(ACCOUNT_FREE_FAILURES).toBe(10);
    expect(blockDelayMs(9, 10)).toBe(0);
    expect(blockDelayMs(10, 10)).toBe(30_000);
    expect(blockDelayMs(11, 10)).toBe(60_000);
    expect(blockDelayMs(12, 10)).toBe(120_000);
    expect(blockDelayMs(40, 10)).toBe(3_600_000);
  });

  it('keys accounts case-insensitively and addresses separately', () => {
    expect(throttleKeys(' Editor@Example.com ', '127.0.0.1')).toEqual({
      account: 'account:editor@example.com',
      ip: 'ip:127.0.0.1',
    });
    expect(throttleKeys('a@b.c', null).ip).toBeNull();
  });
});
