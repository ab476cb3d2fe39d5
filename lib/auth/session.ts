import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { userForSession, type SessionUser } from '../db/sessions';
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

const RANK: Record<Role, number> = { WRITER: 1, EDITOR: 2, ADMIN: 3 };

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? userForSession(token) : null;
});

/** The signed-in user with at least `role`; otherwise to the login page (or the dashboard). */
export async function requireUser(role: Role = 'WRITER'): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/admin/login');
  if (RANK[user.role] < RANK[role]) redirect('/admin?denied=1');
  return user;
}

export function hasRole(user: SessionUser, role: Role): boolean {
  return RANK[user.role] >= RANK[role];
}

/** The client address as the proxy in front reports it (first X-Forwarded-For hop), else null. */
export async function clientIp(): Promise<string | null> {
  const list = await headers();
  const forwarded = list.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || list.get('x-real-ip') || null;
}
