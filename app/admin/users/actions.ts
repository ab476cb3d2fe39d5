'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formFields } from '@/lib/admin/article-form';
import type { OneTimePasswordState } from '@/lib/admin/form-states';
import { withNotice, type NoticeCode } from '@/lib/admin/notices';
import { renameAccount } from '@/lib/admin/account-writes';
import { createAccount } from '@/lib/auth/accounts';
import { generatePassword, hashPassword } from '@/lib/auth/password';
import { removesLastAdmin } from '@/lib/auth/policy';
import { clientIp, requireUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { DISPLAY_NAME_MAX } from '@/lib/db/users';
import {
  countActiveAdmins,
  getUser,
  setPassword,
  setUserDisabled,
  setUserRole,
} from '@/lib/db/users';
import type { Role } from '@/lib/generated/prisma/client';

const role = z.enum(['ADMIN', 'EDITOR', 'WRITER']);
const back = (code: NoticeCode) => withNotice('/admin/users', code);

const displayName = z
  .string()
  .trim()
  .min(1, '显示名称不能为空')
  .max(DISPLAY_NAME_MAX, `显示名称最多 ${DISPLAY_NAME_MAX} 个字`);

const newUser = z.object({ email: z.email('邮箱格式不对').max(254), role, displayName });

/**
 * A new account with a generated password, shown once to the admin who hands it over; it must be
 * changed at first sign-in. Returned, not redirected, so the password never sits in a URL.
 */
export async function createUserAction(
  _previous: OneTimePasswordState,
  formData: FormData,
): Promise<OneTimePasswordState> {
  const admin = await requireUser('ADMIN');
  const parsed = newUser.safeParse(formFields(formData, ['email', 'role', 'displayName']));
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? '请求无效', created: null };
  const result = await createAccount(parsed.data.email, parsed.data.role, undefined, admin.id, {
    displayName: parsed.data.displayName,
    ip: await clientIp(),
  });
  if ('error' in result) return { error: result.error, created: null };
  // The list above the form shows the new account at once, not after a reload.
  refresh();
  return { error: null, created: { email: result.user.email, password: result.password } };
}

const userChange = z.object({
  id: z.coerce.number().int().positive(),
  change: z.enum(['role', 'disable', 'enable']),
  role: role.optional().catch(undefined),
});

/**
 * Role change, disable/enable: authorise → validate → refuse what would lock
 * everyone out (the last enabled admin) → write → audit → redirect.
 */
export async function changeUserAction(formData: FormData): Promise<void> {
  const admin = await requireUser('ADMIN');
  const parsed = userChange.safeParse(formFields(formData, ['id', 'change', 'role']));
  if (!parsed.success) redirect(back('invalid'));
  const target = await getUser(parsed.data.id);
  if (!target) redirect(back('user-missing'));
  const requested = {
    disable: parsed.data.change === 'disable',
    role: parsed.data.change === 'role' ? parsed.data.role : undefined,
  };
  if (removesLastAdmin(target, requested, await countActiveAdmins())) redirect(back('last-admin'));

  const ip = await clientIp();
  let done: NoticeCode;
  switch (parsed.data.change) {
    case 'role': {
      const next: Role | undefined = parsed.data.role;
      if (!next) redirect(back('invalid'));
      await setUserRole(target.id, next);
      await recordAudit({
        actorId: admin.id,
        action: 'user.role-changed',
        target: target.email,
        detail: { from: target.role, to: next },
        ip,
      });
      done = 'user-role-changed';
      break;
    }
    case 'disable':
    case 'enable': {
      const disabled = parsed.data.change === 'disable';
      await setUserDisabled(target.id, disabled);
      await recordAudit({
        actorId: admin.id,
        action: disabled ? 'user.disabled' : 'user.enabled',
        target: target.email,
        ip,
      });
      done = disabled ? 'user-disabled' : 'user-enabled';
      break;
    }
  }
  redirect(back(done));
}

const reset = z.object({ id: z.coerce.number().int().positive() });

/**
 * A new generated password for someone who lost theirs: their sessions end, and they must choose
 * their own at the next sign-in. Shown once to the admin, like a new account's.
 */
export async function resetPasswordAction(
  _previous: OneTimePasswordState,
  formData: FormData,
): Promise<OneTimePasswordState> {
  const admin = await requireUser('ADMIN');
  const parsed = reset.safeParse(formFields(formData, ['id']));
  const target = parsed.success ? await getUser(parsed.data.id) : null;
  if (!target) return { error: '账号不存在', created: null };
  const password = generatePassword();
  await setPassword(target.id, await hashPassword(password), { mustChange: true });
  await recordAudit({
    actorId: admin.id,
    action: 'user.password-reset',
    target: target.email,
    ip: await clientIp(),
  });
  refresh();
  return { error: null, created: { email: target.email, password } };
}

const renameForm = z.object({ id: z.coerce.number().int().positive(), displayName });

/**
 * The name an account signs its articles with: authorise → validate → write → invalidate the
 * signed articles' pages → audit → redirect.
 */
export async function renameUserAction(formData: FormData): Promise<void> {
  const admin = await requireUser('ADMIN');
  const parsed = renameForm.safeParse(formFields(formData, ['id', 'displayName']));
  if (!parsed.success) redirect(back('display-name-invalid'));
  if (!(await getUser(parsed.data.id))) redirect(back('user-missing'));
  await renameAccount(admin, parsed.data.id, parsed.data.displayName, await clientIp());
  redirect(back('user-updated'));
}
