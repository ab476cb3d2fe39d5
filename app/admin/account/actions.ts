'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formFields } from '@/lib/admin/article-form';
import type { PasswordState } from '@/lib/admin/form-states';
import { withNotice } from '@/lib/admin/notices';
import { hashPassword, passwordProblem, verifyPassword } from '@/lib/auth/password';
import { renameAccount } from '@/lib/admin/account-writes';
import {
  clientIp,
  currentSessionTokenHash,
  requireSignedIn,
  requireUser,
} from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { DISPLAY_NAME_MAX, getPasswordHash, setPassword } from '@/lib/db/users';

const form = z.object({
  current: z.string().min(1, '请输入当前密码').max(256),
  next: z.string().max(256, '密码太长'),
  repeat: z.string().max(256),
});

/**
 * Change one's own password: authorise (any signed-in user, also one still on a generated
 * password) → validate (current password, policy, repeated) → write (other sessions end) → audit.
 */
export async function changePasswordAction(
  _previous: PasswordState,
  formData: FormData,
): Promise<PasswordState> {
  const user = await requireSignedIn();
  const parsed = form.safeParse(formFields(formData, ['current', 'next', 'repeat']));
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? '请求无效' };
  const { current, next, repeat } = parsed.data;
  const hash = await getPasswordHash(user.id);
  if (!hash || !(await verifyPassword(hash, current))) {
    await recordAudit({
      actorId: user.id,
      action: 'password.change-failed',
      target: user.email,
      ip: await clientIp(),
    });
    return { error: '当前密码不正确' };
  }
  if (next !== repeat) return { error: '两次输入的新密码不一致' };
  if (next === current) return { error: '新密码不能与当前密码相同' };
  const problem = passwordProblem(next, user.email);
  if (problem) return { error: problem };
  await setPassword(user.id, await hashPassword(next), {
    mustChange: false,
    keepTokenHash: await currentSessionTokenHash(),
  });
  await recordAudit({
    actorId: user.id,
    action: 'password.changed',
    target: user.email,
    ip: await clientIp(),
  });
  redirect(withNotice('/admin', 'password-changed'));
}

const nameForm = z.object({
  displayName: z.string().trim().min(1).max(DISPLAY_NAME_MAX),
});

/** One's own byline: authorise → validate → write → invalidate one's articles' pages → audit. */
export async function changeDisplayNameAction(formData: FormData): Promise<void> {
  const user = await requireUser('WRITER');
  const parsed = nameForm.safeParse(formFields(formData, ['displayName']));
  if (!parsed.success) redirect(withNotice('/admin/account', 'display-name-invalid'));
  await renameAccount(user, user.id, parsed.data.displayName, await clientIp());
  redirect(withNotice('/admin/account', 'user-updated'));
}
