'use client';

import { useActionState } from 'react';
import { submitKeepingValues } from '@/components/admin/keep-values';
import type { PasswordState } from '@/lib/admin/form-states';
import { FormAlert, SubmitButton } from '@/components/admin/form-parts';

/** Current password, new password twice; a refused change keeps what was typed, to correct it. */
export function PasswordForm({
  action,
}: {
  action: (state: PasswordState, form: FormData) => Promise<PasswordState>;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const field = 'mt-1 block w-full rounded border border-stone-300 px-3 py-2';
  return (
    <form
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      className="max-w-sm space-y-3"
    >
      <label className="block">
        <span className="text-sm text-stone-700">当前密码</span>
        <input
          type="password"
          name="current"
          autoComplete="current-password"
          required
          className={field}
        />
      </label>
      <label className="block">
        <span className="text-sm text-stone-700">新密码（至少 12 个字符）</span>
        <input
          type="password"
          name="next"
          autoComplete="new-password"
          minLength={12}
          required
          className={field}
        />
      </label>
      <label className="block">
        <span className="text-sm text-stone-700">再输入一次新密码</span>
        <input
          type="password"
          name="repeat"
          autoComplete="new-password"
          required
          className={field}
        />
      </label>
      <FormAlert message={state.error} />
      <SubmitButton pending={pending} label="修改密码" />
    </form>
  );
}
