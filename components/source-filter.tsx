'use client';

import { useState } from 'react';

/**
 * The all-sources page's filter box. The list itself is rendered by the server (2,000 sources
 * would double the page as client props); this only hides the entries, and the empty groups,
 * that do not match the name, slug or pinyin typed.
 */
export function SourceFilter({ listId }: { listId: string }) {
  const [shown, setShown] = useState<number | null>(null);
  const filter = (text: string) => {
    const list = document.getElementById(listId);
    if (!list) return;
    const needle = text.trim().toLowerCase();
    let count = 0;
    list.querySelectorAll<HTMLElement>('[data-group]').forEach((group) => {
      let visible = 0;
      group.querySelectorAll<HTMLElement>('[data-filter]').forEach((entry) => {
        const match = !needle || (entry.dataset.filter ?? '').includes(needle);
        entry.hidden = !match;
        if (match) visible++;
      });
      group.hidden = visible === 0;
      count += visible;
    });
    setShown(needle ? count : null);
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <label htmlFor="source-filter" className="text-sm text-muted">
        筛选来源
      </label>
      <input
        id="source-filter"
        type="search"
        placeholder="名称、拼音或 slug"
        onChange={(event) => filter(event.target.value)}
        className="h-10 w-64 max-w-full rounded border border-line bg-surface px-3"
      />
      <span aria-live="polite" className="text-sm text-subtle">
        {shown === null ? '' : `${shown} 个来源`}
      </span>
    </div>
  );
}
