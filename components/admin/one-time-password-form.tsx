'use client';

import { useActionState, useEffect, useRef } from 'react';
import { submitKeepingValues } from '@/components/admin/keep-values';
import type { OneTimePasswordState } from '@/lib/admin/form-states';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { FormAlert, SubmitButton } from '@/components/admin/form-parts';

/**
 * A form whose action answers with a generated password (a new account, a reset). The password is
 * shown here once, to hand over in person; it is in no URL and no log.
 */
export function OneTimePasswordForm({
  action,
  submitLabel,
  confirm,
  children,
  className,
}: {
  action: (state: OneTimePasswordState, form: FormData) => Promise<OneTimePasswordState>;
  submitLabel: string;
  /** Ask first (a password reset signs the account out everywhere). */
  confirm?: { title: string; text: string; label: string; ariaLabel?: string };
  children?: React.ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { error: null, created: null });
  const form = useRef<HTMLFormElement>(null);
  // Emptied once the account exists; kept as typed when it was refused.
  useEffect(() => {
    if (state.created) form.current?.reset();
  }, [state.created]);
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={submitKeepingValues(formAction)}
      className={className}
    >
      {children}
      {confirm ? (
        <ConfirmButton
          label={submitLabel}
          confirmLabel={confirm.label}
          title={confirm.title}
          ariaLabel={confirm.ariaLabel}
          tone="neutral"
          className="rounded border border-stone-300 px-3 py-1 hover:border-brand disabled:opacity-60"
        >
          <p>{confirm.text}</p>
        </ConfirmButton>
      ) : (
        <SubmitButton pending={pending} label={submitLabel} variant="secondary" />
      )}
      <FormAlert message={state.error} />
      {state.created ? (
        <p role="status" className="w-full rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {state.created.email} 的临时密码（只显示这一次，首次登录后须修改）：{' '}
          <code className="select-all font-mono font-semibold">{state.created.password}</code>
        </p>
      ) : null}
    </form>
  );
}
