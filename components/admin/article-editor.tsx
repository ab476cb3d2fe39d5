'use client';

import { useActionState } from 'react';
import { FormAlert, SubmitButton } from '@/components/admin/form-parts';
import type { EditState } from '@/lib/admin/form-states';
import { ArticleFields, type ArticleDraft } from './article-fields';

/** Edits an article's text with a live preview; a save conflict shows both texts, losing neither. */
export function ArticleEditor({
  id,
  version,
  initial,
  save,
  preview,
}: {
  id: number;
  version: number;
  initial: ArticleDraft;
  save: (state: EditState, form: FormData) => Promise<EditState>;
  preview: (body: string) => Promise<string>;
}) {
  const [state, action, pending] = useActionState(save, { kind: 'idle' } as EditState);
  const currentVersion =
    state.kind === 'saved'
      ? state.version
      : state.kind === 'conflict'
        ? state.theirs.version
        : version;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={currentVersion} />
      <ArticleFields
        initial={initial}
        preview={preview}
        errors={state.kind === 'invalid' ? state.errors : {}}
      />
      <FormAlert message={state.kind === 'invalid' ? state.errors.id : null} />
      <SubmitButton pending={pending} label="保存" pendingLabel="保存中…" />
      <div role="status">
        {state.kind === 'saved' ? (
          <p className="rounded bg-green-50 px-3 py-2 text-green-900">
            已保存（版本 {state.version}）。
          </p>
        ) : null}
        {state.kind === 'conflict' ? (
          <div className="space-y-2 rounded bg-amber-50 px-3 py-2 text-amber-900">
            <p>
              保存冲突：在你编辑期间，另一位编辑已保存了版本 {state.theirs.version}
              。你的修改没有丢失，两份文本都在下面；确认后再次保存将覆盖对方的版本（对方的版本会保留在修订记录中）。
            </p>
            <details open>
              <summary>对方的版本：{state.theirs.title}</summary>
              <pre className="whitespace-pre-wrap text-xs">{state.theirs.bodySource}</pre>
            </details>
            <details>
              <summary>你的版本：{state.mine.title}</summary>
              <pre className="whitespace-pre-wrap text-xs">{state.mine.bodySource}</pre>
            </details>
          </div>
        ) : null}
      </div>
    </form>
  );
}
