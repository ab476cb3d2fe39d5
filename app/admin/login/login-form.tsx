'use client';

import { useActionState, useState } from 'react';
import { FormAlert, SubmitButton } from '@/components/admin/form-parts';
import { login, type LoginState } from './actions';

export function LoginForm() {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {
    error: null,
    email: '',
  });
  // Controlled: React resets uncontrolled fields after an action, which would empty the email
  // after a refused sign-in. The password is typed again on purpose.
  const [email, setEmail] = useState(state.email);
  return (
    <form action={action} className="space-y-4">
      <label className="block">
        <span className="text-sm text-stone-700">邮箱</span>
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
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
