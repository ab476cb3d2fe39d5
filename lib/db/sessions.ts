import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../generated/prisma/client';
import { db } from './client';

/**
 * Server-side sessions. The browser holds a random 256-bit token; the database holds only its
 * SHA-256, so a leaked table grants nothing. Sessions end after 2 hours idle or 12 hours in all,
 * at logout, and when the account is disabled.
 */
export const IDLE_TIMEOUT_MS = 2 * 3_600_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3_600_000;
const TOUCH_EVERY_MS = 60_000;

export interface SessionUser {
  id: number;
  email: string;
  displayName: string | null;
  role: Role;
  /** Signed in with a generated password: must choose their own before anything else. */
  mustChangePassword: boolean;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(
  userId: number,
  ip: string | null,
  userAgent: string | null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.session.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
      ip,
      userAgent: userAgent?.slice(0, 300) ?? null,
    },
  });
  return token;
}

/** The signed-in user for a session token, or null (unknown, expired, idle too long, disabled). */
export async function userForSession(token: string): Promise<SessionUser | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const tokenHash = hashToken(token);
  const session = await db.session.findUnique({ where: { tokenHash }, include: { user: true } });
  if (!session) return null;
  const now = Date.now();
  if (
    session.expiresAt.getTime() <= now ||
    session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS <= now ||
    session.user.disabledAt
  ) {
    await db.session.delete({ where: { tokenHash } }).catch(() => undefined);
    return null;
  }
  if (now - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session
      .update({ where: { tokenHash }, data: { lastSeenAt: new Date(now) } })
      .catch(() => undefined);
  }
  return {
    id: session.user.id,
    email: session.user.email,
    displayName: session.user.displayName,
    role: session.user.role,
    mustChangePassword: session.user.mustChangePassword,
  };
}

export async function deleteSession(token: string): Promise<void> {
  await db.session.deleteMany({ where: { tokenHash: hashToken(token) } });
}

export async function deleteUserSessions(userId: number): Promise<void> {
  await db.session.deleteMany({ where: { userId } });
}
