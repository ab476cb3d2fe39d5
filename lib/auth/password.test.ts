import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
  it('hashes with Argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong horse battery')).toBe(false);
    expect(await verifyPassword('not a hash', 'anything')).toBe(false);
  });

  it('requires 12 characters and refuses common passwords and the email name', () => {
    expect(passwordProblem('short')).toMatch(/至少需要 12/);
    expect(passwordProblem('password1234')).toMatch(/太常见/);
    expect(passwordProblem('qwertyuiopasdf')).toMatch(/太常见/);
    expect(passwordProblem('aaaaaaaaaaaaaa')).not.toBeNull();
    expect(passwordProblem('zhangwei-2021-news', 'zhangwei@example.com')).toMatch(/邮箱名/);
    expect(passwordProblem('Zq8#kLm2!vWp9x')).toBeNull();
  });

  it('generates passwords the policy accepts', () => {
    for (let i = 0; i < 20; i += 1) expect(passwordProblem(generatePassword())).toBeNull();
  });
});
