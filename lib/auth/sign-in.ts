import 'server-only';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from './password';
import { throttleKeys } from './throttle';
import { isKnownDevice } from '../db/login-devices';
import { deleteExpiredThrottles, release, reserveAttempt } from '../db/login-throttles';
import { findUserForLogin } from '../db/users';

export type SignInCheck =
  | { ok: true; user: { id: number; email: string }; knownDevice: boolean }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'blocked'; blockedUntil: Date };

// A hash to verify against when the account does not exist, so the time taken does not reveal
// which emails have accounts (Argon2id of a random password, computed once per process).
let dummyHash: Promise<string> | null = null;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/**
 * Checks a sign-in: the attempt is counted first (refused without touching the password when a
 * limit is reached: lib/auth/throttle.ts), then the password is verified; a success gives the
 * attempt back. Unknown, disabled and wrong-password accounts are told apart by no one.
 */
export async function checkSignIn(input: {
  email: string;
  password: string;
  ip: string | null;
  deviceToken?: string;
}): Promise<SignInCheck> {
  const [account, knownDevice] = await Promise.all([
    findUserForLogin(input.email),
    isKnownDevice(input.deviceToken, input.email),
  ]);
  const keys = throttleKeys(input.email, input.ip, { knownDevice });
  const reservation = await reserveAttempt(keys);
  if (!reservation.allowed)
    return { ok: false, reason: 'blocked', blockedUntil: reservation.blockedUntil };

  const valid = await verifyPassword(
    account?.passwordHash ?? (await unknownAccountHash()),
    input.password,
  );
  if (!account || !valid || account.disabledAt) {
    await deleteExpiredThrottles();
    return { ok: false, reason: 'invalid' };
  }
  await release(keys);
  return { ok: true, user: { id: account.id, email: account.email }, knownDevice };
}
