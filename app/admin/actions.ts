'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE, clientIp, getCurrentUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { deleteSession } from '@/lib/db/sessions';

/** Sign out: the session is deleted on the server, not just the cookie. */
export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(token);
  jar.delete(SESSION_COOKIE);
  if (user)
    await recordAudit({
      actorId: user.id,
      action: 'logout',
      target: user.email,
      ip: await clientIp(),
    });
  redirect('/admin/login');
}
