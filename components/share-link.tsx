'use client';

import { useState } from 'react';

/** Copies the article's share URL; falls back to showing it where the clipboard is unavailable. */
export function ShareLink({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-500">分享链接：</span>
      <a href={url} className="max-w-full truncate text-brand hover:underline">
        {url}
      </a>
      <button
        type="button"
        className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:border-brand hover:text-brand"
        onClick={() =>
          navigator.clipboard
            .writeText(url)
            .then(() => setState('copied'))
            .catch(() => setState('failed'))
        }
      >
        {state === 'copied' ? '已复制' : state === 'failed' ? '请手动复制' : '复制'}
      </button>
    </div>
  );
}
