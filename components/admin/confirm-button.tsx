'use client';

import { useRef, useState } from 'react';

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
  tone = 'danger',
  className = 'rounded border border-stone-300 px-2 py-1 text-red-700 hover:border-red-700',
}: {
  label: string;
  confirmLabel?: string;
  title: string;
  /** What the action does, said plainly. */
  children: React.ReactNode;
  ariaLabel?: string;
  /** `neutral` for a confirmation that takes nothing away (sending a draft back). */
  tone?: 'danger' | 'neutral';
  className?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [unsaved, setUnsaved] = useState(false);
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
          // An editor with unsaved changes on the page (the article editor marks its form).
          setUnsaved(Boolean(document.querySelector('form[data-dirty="true"]')));
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
          {unsaved ? (
            <p className="rounded bg-amber-50 px-3 py-2 text-amber-900">
              编辑器里还有未保存的修改：继续的话，这些修改会丢失。
            </p>
          ) : null}
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
              className={`rounded px-4 py-2 font-semibold text-white ${tone === 'danger' ? 'bg-red-700' : 'bg-stone-800'}`}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
