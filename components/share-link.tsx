'use client';

import { useState } from 'react';

/** Copies the article's link; says so where the clipboard is unavailable. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      aria-live="polite"
      className="inline-flex min-h-9 items-center rounded border border-line px-3 text-sm hover:border-brand hover:text-accent"
      onClick={() =>
        navigator.clipboard
          .writeText(url)
          .then(() => setState('copied'))
          .catch(() => setState('failed'))
      }
    >
      {state === 'copied' ? '已复制链接' : state === 'failed' ? '请手动复制' : '复制链接'}
    </button>
  );
}
