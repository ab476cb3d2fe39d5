'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { SESSION_COOKIE, clientIp, cookieOptions } from '@/lib/auth/session';
import { throttleKeys } from '@/lib/auth/throttle';
import { recordAudit } from '@/lib/db/audit';
import { blockedUntil, clearFailures, recordFailure } from '@/lib/db/login-throttles';
import { createSession } from '@/lib/db/sessions';
import { findUserForLogin } from '@/lib/db/users';

export interface LoginState {
  error: string | null;
}

const form = z.object({ email: z.email().max(254), password: z.string().min(1).max(256) });

// A hash to verify against when the account does not exist, so the time taken does not reveal
// which emails have accounts (Argon2id of a random password, computed once per process).
let dummyHash: Promise<string> | null = null;
const unknownAccountHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

/** Sign in: validate → throttle → verify → new session → audit → redirect. */
export async function login(_previous: LoginState, formData: FormData): Promise<LoginState> {
  const parsed = form.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
  });
  if (!parsed.success) return { error: '请输入邮箱和密码' };
  const { email, password } = parsed.data;
  const ip = await clientIp();
  const keys = throttleKeys(email, ip);

  const blocked = await blockedUntil([keys.account, keys.ip]);
  if (blocked) {
    await recordAudit({ actorId: null, action: 'login.blocked', target: email.toLowerCase(), ip });
    return {
      error: `登录失败次数过多，请在 ${Math.ceil((blocked.getTime() - Date.now()) / 1000)} 秒后再试`,
    };
  }

  const user = await findUserForLogin(email);
  const valid = await verifyPassword(user?.passwordHash ?? (await unknownAccountHash()), password);
  if (!user || !valid || user.disabledAt) {
    const until = await recordFailure(keys.account, keys.ip);
    await recordAudit({
      actorId: user?.id ?? null,
      action: 'login.failed',
      target: email.toLowerCase(),
      ip,
      detail: { blockedUntil: until?.toISOString() ?? null },
    });
    return { error: until ? '登录失败次数过多，账号已被暂时锁定' : '邮箱或密码不正确' };
  }

  await clearFailures(keys.account);
  const token = await createSession(user.id, ip, (await headers()).get('user-agent'));
  (await cookies()).set(SESSION_COOKIE, token, cookieOptions);
  await recordAudit({ actorId: user.id, action: 'login.succeeded', target: user.email, ip });
  redirect('/admin');
}
