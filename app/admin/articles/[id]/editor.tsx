'use client';

import { useActionState, useState } from 'react';
import { editArticle, type EditState } from './actions';

/** Title and body (Markdown or HTML, as the archive has it), with a preview rendered by the server. */
export function ArticleEditor({
  id,
  version,
  title,
  body,
}: {
  id: number;
  version: number;
  title: string;
  body: string;
}) {
  const [state, action, pending] = useActionState<EditState, FormData>(editArticle, {
    kind: 'idle',
  });
  // Controlled fields: React resets uncontrolled ones after every form action, which would throw
  // the editor's text away after a preview.
  const [draftTitle, setDraftTitle] = useState(title);
  const [draftBody, setDraftBody] = useState(body);
  const currentVersion = state.kind === 'saved' ? state.version : version;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="id" value={id} />
      <input
        type="hidden"
        name="version"
        value={state.kind === 'conflict' ? state.theirs.version : currentVersion}
      />
      <label className="block">
        <span className="text-sm text-stone-700">标题</span>
        <input
          name="title"
          value={draftTitle}
          onChange={(event) => setDraftTitle(event.target.value)}
          className="mt-1 block w-full rounded border border-stone-300 px-3 py-2"
        />
      </label>
      {state.kind === 'invalid' && state.errors.title ? (
        <p className="text-sm text-red-700">{state.errors.title}</p>
      ) : null}
      <label className="block">
        <span className="text-sm text-stone-700">正文（Markdown 或 HTML）</span>
        <textarea
          name="body"
          value={draftBody}
          onChange={(event) => setDraftBody(event.target.value)}
          rows={14}
          className="mt-1 block w-full rounded border border-stone-300 px-3 py-2 font-mono text-sm"
        />
      </label>
      {state.kind === 'invalid' && state.errors.body ? (
        <p className="text-sm text-red-700">{state.errors.body}</p>
      ) : null}
      <div className="flex gap-2">
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className="rounded border border-stone-300 px-4 py-2"
        >
          预览
        </button>
        <button
          type="submit"
          name="intent"
          value="save"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white"
        >
          保存
        </button>
      </div>
      <div role="status">
        {state.kind === 'saved' ? (
          <p className="rounded bg-green-50 px-3 py-2 text-green-900">
            已保存（版本 {state.version}），读者已能看到。
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
      {state.kind === 'preview' ? (
        <section aria-label="预览" className="rounded border border-dashed border-stone-400 p-4">
          <div
            className="article-body prose prose-stone max-w-none"
            dangerouslySetInnerHTML={{ __html: state.html }}
          />
        </section>
      ) : null}
    </form>
  );
}
