'use client';

import { useRef } from 'react';

/**
 * A submit button for a destructive action: it first asks, in a dialog that says what will happen,
 * and submits its form only when confirmed. The form's own validation runs before the question.
 */
export function ConfirmButton({
  label,
  confirmLabel = label,
  title,
  children,
  ariaLabel,
  className = 'rounded border border-stone-300 px-2 py-1 text-red-700 hover:border-red-700',
}: {
  label: string;
  confirmLabel?: string;
  title: string;
  /** What the action does, said plainly. */
  children: React.ReactNode;
  ariaLabel?: string;
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        className={className}
        onClick={(event) => {
          const form = event.currentTarget.form;
          if (form && !form.reportValidity()) return;
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-label={title}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-left text-sm text-stone-900 shadow-xl backdrop:bg-stone-900/50"
      >
        <div className="space-y-3 p-5">
          <h2 className="text-base font-bold">{title}</h2>
          <div className="space-y-2 leading-relaxed whitespace-normal text-stone-700">
            {children}
          </div>
          <div className="flex justify-end gap-2 pt-2">
            <button
              type="button"
              autoFocus
              onClick={() => dialog.current?.close()}
              className="rounded border border-stone-300 px-4 py-2"
            >
              取消
            </button>
            <button
              type="submit"
              onClick={() => dialog.current?.close()}
              className="rounded bg-red-700 px-4 py-2 font-semibold text-white"
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
