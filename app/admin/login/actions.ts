'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  DEVICE_COOKIE,
  SESSION_COOKIE,
  clientIp,
  cookieOptions,
  deviceCookieOptions,
} from '@/lib/auth/session';
import { checkSignIn } from '@/lib/auth/sign-in';
import { recordAudit } from '@/lib/db/audit';
import { rememberDevice } from '@/lib/db/login-devices';
import { createSession } from '@/lib/db/sessions';

export interface LoginState {
  error: string | null;
  /** What was typed, so a refused sign-in does not empty the field. */
  email: string;
}

const form = z.object({ email: z.email().max(254), password: z.string().min(1).max(256) });

/** Sign in: validate → throttle and verify (lib/auth/sign-in.ts) → new session → audit → redirect. */
export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const typed = formData.get('email');
  const email = typeof typed === 'string' ? typed.slice(0, 254) : '';
  const parsed = form.safeParse({ email: typed, password: formData.get('password') });
  if (!parsed.success) return { error: '请输入邮箱和密码', email };
  const ip = await clientIp();
  const jar = await cookies();
  const check = await checkSignIn({
    email: parsed.data.email,
    password: parsed.data.password,
    ip,
    deviceToken: jar.get(DEVICE_COOKIE)?.value,
  });
  const target = parsed.data.email.toLowerCase();

  if (!check.ok) {
    // No actor: whoever tried is unknown; the account they tried is the target.
    await recordAudit({
      actorId: null,
      action: check.reason === 'blocked' ? 'login.blocked' : 'login.failed',
      target,
      ip,
    });
    if (check.reason === 'invalid') return { error: '邮箱或密码不正确', email };
    const seconds = Math.max(1, Math.ceil((check.blockedUntil.getTime() - Date.now()) / 1000));
    return { error: `登录失败次数过多，请在 ${seconds} 秒后再试`, email };
  }

  const token = await createSession(check.user.id, ip, (await headers()).get('user-agent'));
  jar.set(SESSION_COOKIE, token, cookieOptions);
  if (!check.knownDevice)
    jar.set(DEVICE_COOKIE, await rememberDevice(check.user.id), deviceCookieOptions);
  await recordAudit({
    actorId: check.user.id,
    action: 'login.succeeded',
    target: check.user.email,
    ip,
  });
  redirect('/admin');
}
