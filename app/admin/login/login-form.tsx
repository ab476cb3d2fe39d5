'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton } from '@/components/admin/form-parts';
import { login, type LoginState } from './actions';

export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, { error: null });
  return (
    <form action={action} className="space-y-4">
      <label className="block">
        <span className="text-sm text-stone-700">邮箱</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
        />
      </label>
      <label className="block">
        <span className="text-sm text-stone-700">密码</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
        />
      </label>
      <FormAlert message={state.error} />
      <SubmitButton pending={pending} label="登录" pendingLabel="正在登录…" className="w-full" />
    </form>
  );
}
