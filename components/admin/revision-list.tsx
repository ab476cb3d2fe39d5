import { diffRevision, type DiffPart } from '@/lib/admin/revision-diff';
import { revisionReasonName } from '@/lib/admin/labels';
import type { EditableArticle } from '@/lib/db/articles/editing';
import { formatShanghaiDateTime } from '@/lib/time';

function Parts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'added' ? (
          <ins key={index} className="bg-green-100 no-underline">
            {part.text}
          </ins>
        ) : part.change === 'removed' ? (
          <del key={index} className="bg-red-100">
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}

/**
 * An article's earlier versions, newest first: who wrote each, when and why it was replaced, and
 * what differs from the current text — the title, and the body paragraph by paragraph — with a
 * button to restore it.
 */
export function RevisionList({
  article,
  restore,
}: {
  article: EditableArticle;
  restore: (form: FormData) => Promise<void>;
}) {
  if (article.revisions.length === 0)
    return <p className="text-sm text-stone-600">还没有修订：这是文章的第一个版本。</p>;
  return (
    <ol className="space-y-3">
      <li className="text-sm text-stone-600">
        当前版本 {article.version}：{article.editedBy ?? '导入'}
      </li>
      {article.revisions.map((revision) => {
        const diff = diffRevision(
          { title: revision.title, bodyHtml: revision.bodyHtml },
          { title: article.title, bodyHtml: article.bodyHtml },
        );
        return (
          <li key={revision.id} className="rounded border border-stone-200 p-3">
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <p>
                <span className="font-semibold">版本 {revision.version}</span> ·{' '}
                {revision.editedBy ?? '导入'} ·{' '}
                {formatShanghaiDateTime(new Date(revision.createdAt))}{' '}
                {revisionReasonName(revision.reason)}
              </p>
              <form action={restore}>
                <input type="hidden" name="id" value={article.id} />
                <input type="hidden" name="version" value={article.version} />
                <input type="hidden" name="revision" value={revision.id} />
                <button
                  type="submit"
                  className="rounded border border-stone-300 px-2 py-1 text-xs hover:border-brand"
                >
                  恢复版本 {revision.version}
                </button>
              </form>
            </div>
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer">
                与当前版本的差异{diff.unchanged ? '：文字相同（只改了设置或标签）' : ''}
              </summary>
              <div className="mt-2 space-y-2 leading-relaxed">
                {diff.title ? (
                  <p>
                    <span className="text-stone-500">标题：</span>
                    <Parts parts={diff.title} />
                  </p>
                ) : null}
                {diff.paragraphs.map((paragraph, index) =>
                  paragraph.kind === 'same' ? (
                    <p key={index} className="text-stone-500">
                      {paragraph.text}
                    </p>
                  ) : paragraph.kind === 'changed' ? (
                    <p key={index}>
                      <Parts parts={paragraph.parts} />
                    </p>
                  ) : paragraph.kind === 'added' ? (
                    <p key={index} className="border-l-4 border-green-400 bg-green-50 pl-2">
                      <ins className="no-underline">{paragraph.text}</ins>
                    </p>
                  ) : (
                    <p key={index} className="border-l-4 border-red-300 bg-red-50 pl-2">
                      <del>{paragraph.text}</del>
                    </p>
                  ),
                )}
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
