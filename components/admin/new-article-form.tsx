'use client';

import { useActionState, useState } from 'react';
import { SubmitButton } from '@/components/admin/form-parts';
import type { CreateState } from '@/lib/admin/form-states';
import { ArticleFields } from './article-fields';

/** Writes a new draft: source, title, tags and body, with the live preview. */
export function NewArticleForm({
  sources,
  create,
  preview,
}: {
  sources: { id: number; name: string; slug: string }[];
  create: (state: CreateState, form: FormData) => Promise<CreateState>;
  preview: (body: string) => Promise<string>;
}) {
  const [state, action, pending] = useActionState(create, { errors: {} });
  // Controlled, like the text fields: a failed save must not reset the choice.
  const [sourceId, setSourceId] = useState('');
  return (
    <form action={action} className="space-y-3">
      <label className="block max-w-md">
        <span className="text-sm text-stone-700">来源</span>
        <select
          name="sourceId"
          required
          value={sourceId}
          onChange={(event) => setSourceId(event.target.value)}
          className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
        >
          <option value="" disabled>
            选择来源…
          </option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.name}（{source.slug}）
            </option>
          ))}
        </select>
      </label>
      {state.errors.sourceId ? (
        <p className="text-sm text-red-700">{state.errors.sourceId}</p>
      ) : null}
      <ArticleFields
        initial={{ title: '', tags: '', body: '' }}
        preview={preview}
        errors={state.errors}
      />
      <SubmitButton pending={pending} label="保存草稿" pendingLabel="保存中…" />
    </form>
  );
}
