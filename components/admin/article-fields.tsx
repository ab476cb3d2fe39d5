'use client';

import { useEffect, useState, useTransition } from 'react';
import { ArticleBody } from '@/components/article-body';

export interface ArticleDraft {
  title: string;
  tags: string;
  body: string;
}

const PREVIEW_DELAY_MS = 400;

/**
 * Title, tags and body (Markdown or HTML, as the archive has it) beside a live preview that the
 * server renders with the same renderer and sanitiser readers get, a moment after typing stops.
 * The fields are controlled: React resets uncontrolled fields after every form action, which would
 * throw an editor's text away after a failed save.
 */
export function ArticleFields({
  initial,
  preview,
  errors = {},
}: {
  initial: ArticleDraft;
  preview: (body: string) => Promise<string>;
  errors?: Record<string, string>;
}) {
  const [draft, setDraft] = useState(initial);
  const [html, setHtml] = useState<string | null>(null);
  const [rendering, startRendering] = useTransition();

  useEffect(() => {
    const timer = setTimeout(() => {
      startRendering(async () => {
        setHtml(await preview(draft.body));
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft.body, preview]);

  const field = (name: keyof ArticleDraft) => ({
    name,
    value: draft[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setDraft((current) => ({ ...current, [name]: event.target.value })),
    'aria-invalid': errors[name] ? true : undefined,
  });

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div className="space-y-3">
        <label className="block">
          <span className="text-sm text-stone-700">标题</span>
          <input
            {...field('title')}
            className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
          />
        </label>
        {errors.title ? <p className="text-sm text-red-700">{errors.title}</p> : null}
        <label className="block">
          <span className="text-sm text-stone-700">标签（用逗号分隔）</span>
          <input
            {...field('tags')}
            className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
          />
        </label>
        {errors.tags ? <p className="text-sm text-red-700">{errors.tags}</p> : null}
        <label className="block">
          <span className="text-sm text-stone-700">正文（Markdown 或 HTML）</span>
          <textarea
            {...field('body')}
            rows={16}
            className="mt-1 block w-full rounded border border-stone-300 px-3 py-2 font-mono text-sm"
          />
        </label>
        {errors.body ? <p className="text-sm text-red-700">{errors.body}</p> : null}
      </div>
      <section
        aria-label="预览"
        aria-busy={rendering}
        className="min-h-40 rounded border border-dashed border-stone-400 bg-white p-4"
      >
        <p className="mb-2 text-xs text-stone-500">
          预览：读者看到的样子{rendering ? '（更新中…）' : ''}
        </p>
        <h2 className="mb-3 text-xl font-bold leading-snug">{draft.title || '（无标题）'}</h2>
        {html === null ? null : <ArticleBody html={html} />}
      </section>
    </div>
  );
}
