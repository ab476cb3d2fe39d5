import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';

/**
 * Passwords: Argon2id (OWASP's recommended parameters: 19 MiB, 2 iterations, parallelism 1), at
 * least 12 characters, and never one of the most common passwords.
 */
// algorithm 2 = Argon2id (the package exports it as a const enum, which isolated modules cannot use).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Why a password is not acceptable, or null when it is. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (password.length > 256) return '密码太长';
  const lowered = password.toLowerCase();
  if (isCommonPassword(password)) return '这个密码太常见，请换一个';
  if (/^(.)\1+$/.test(password)) return '密码不能是同一个字符的重复';
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lowered.includes(local)) return '密码不能包含邮箱名';
  return null;
}

/** A random password for accounts created from the command line (about 120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url').replace(/[-_]/g, 'x').slice(0, 20);
}

// Mozilla's list of common passwords (from the 10 million password list), as Firefox Accounts uses.
const commonPasswords = createRequire(import.meta.url)('fxa-common-password-list') as {
  test: (password: string) => boolean;
};

export function isCommonPassword(password: string): boolean {
  return commonPasswords.test(password) || commonPasswords.test(password.toLowerCase());
}
