'use client';

import { useActionState } from 'react';

/** Current password, new password twice. Fields are uncontrolled on purpose: a refused change clears them. */
export function PasswordForm({
  action,
}: {
  action: (state: { error: string | null }, form: FormData) => Promise<{ error: string | null }>;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null });
  const field = 'mt-1 block w-full rounded border border-stone-300 px-3 py-2';
  return (
    <form action={formAction} className="max-w-sm space-y-3">
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
      {state.error ? (
        <p role="alert" className="text-sm text-red-700">
          {state.error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        修改密码
      </button>
    </form>
  );
}
