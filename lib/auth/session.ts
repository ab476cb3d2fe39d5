import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { roleAtLeast } from './policy';
import { DEVICE_LIFETIME_MS } from '../db/login-devices';
import { hashToken, userForSession, type SessionUser } from '../db/sessions';
import { env } from '../env';
import type { Role } from '../generated/prisma/client';

/**
 * The signed-in editor, checked on the server by every admin page, action and route handler
 * (never by the proxy alone). Cookies: HttpOnly, SameSite=Lax, and on HTTPS Secure with the
 * __Host- prefix (bound to this host, path /, no Domain).
 */
const secure = env.SITE_URL.startsWith('https://');
export const SESSION_COOKIE = secure ? '__Host-finews_session' : 'finews_session';

export const cookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  secure,
  path: '/',
};

/** Marks a browser that signed in before (lib/db/login-devices.ts); it outlives sessions. */
export const DEVICE_COOKIE = secure ? '__Host-finews_device' : 'finews_device';

export const deviceCookieOptions = {
  ...cookieOptions,
  maxAge: DEVICE_LIFETIME_MS / 1000,
};

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? userForSession(token) : null;
});

/**
 * The signed-in user with at least `role`; otherwise to the login page (or the dashboard). Someone
 * still on a generated password is sent to choose their own first.
 */
export async function requireUser(role: Role = 'WRITER'): Promise<SessionUser> {
  const user = await requireSignedIn();
  if (user.mustChangePassword) redirect('/admin/account?first=1');
  if (!roleAtLeast(user.role, role)) redirect('/admin?notice=denied');
  return user;
}

/** Any signed-in user, even one who must still change a generated password (the account page). */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/admin/login');
  return user;
}

/** The SHA-256 of this request's session token: the session to keep when a password changes. */
export async function currentSessionTokenHash(): Promise<string | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? hashToken(token) : undefined;
}

/**
 * For route handlers, which answer with a status instead of redirecting: the signed-in user with
 * at least `role` (and their own password), else null.
 */
export async function userWithRole(role: Role): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  return user && !user.mustChangePassword && roleAtLeast(user.role, role) ? user : null;
}

/**
 * Whether a request that changes something came from one of this site's own pages: its Origin
 * names this host (browsers send Origin with every POST). Server actions check this themselves;
 * route handlers that accept uploads call this.
 */
export async function isSameOriginRequest(): Promise<boolean> {
  const list = await headers();
  const origin = list.get('origin');
  const host = list.get('x-forwarded-host') ?? list.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function hasRole(user: SessionUser, role: Role): boolean {
  return roleAtLeast(user.role, role);
}

/** The client address as the proxy in front reports it (first X-Forwarded-For hop), else null. */
export async function clientIp(): Promise<string | null> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || list.get('x-real-ip') || null;
}
