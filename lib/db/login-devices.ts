import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from './client';
import { hashToken } from './sessions';

/**
 * Browsers that have signed in to an account (lib/auth/throttle.ts: they are not held by the
 * account's global failure ceiling). The cookie holds a random token; only its SHA-256 is stored.
 */
export const DEVICE_LIFETIME_MS = 180 * 24 * 3_600_000;

export async function rememberDevice(userId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.loginDevice.deleteMany({ where: { userId, expiresAt: { lt: new Date() } } });
  await db.loginDevice.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + DEVICE_LIFETIME_MS),
    },
  });
  return token;
}

/** Whether `token` is a live device cookie of the account `email`. */
export async function isKnownDevice(token: string | undefined, email: string): Promise<boolean> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const device = await db.loginDevice.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { expiresAt: true, user: { select: { email: true } } },
  });
  return Boolean(
    device &&
    device.expiresAt.getTime() > Date.now() &&
    device.user.email === email.trim().toLowerCase(),
  );
}
