import { diffWords } from 'diff';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { restoreRevision, editArticle, scheduleArticleAction } from './actions';
import { changeArticleStatus } from '../actions';
import { previewArticle } from '../preview';
import { ArticleEditor } from '@/components/admin/article-editor';
import { PageNotice } from '@/components/admin/notice';
import { STATUS_NAMES } from '@/components/admin/labels';
import { StatusButtons } from '@/components/admin/status-buttons';
import { canEditArticle, canPublish } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { htmlToText } from '@/lib/content/render';
import { getArticleForEditing } from '@/lib/db/articles/editorial';
import { formatShanghaiDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '编辑文章' };

export default async function EditArticlePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('WRITER');
  const query = await searchParams;
  const id = z.coerce
    .number()
    .int()
    .positive()
    .safeParse((await params).id);
  const article = id.success ? await getArticleForEditing(id.data) : null;
  // A writer's view of someone else's article, or of their own once published, is no view at all.
  if (!article || !canEditArticle(user, article)) notFound();
  const currentText = htmlToText(article.bodyHtml);
  const publisher = canPublish(user);
  const here = `/admin/articles/${article.id}`;

  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h1 className="mb-1 text-lg font-bold">{article.title}</h1>
        <p className="mb-4 text-sm text-stone-600">
          {article.sourceName} · {STATUS_NAMES[article.status]} · 版本 {article.version}
          {article.permalink && article.status === 'PUBLISHED' ? (
            <>
              {' · '}
              <Link href={article.permalink} className="text-brand hover:underline">
                查看文章
              </Link>
            </>
          ) : null}
        </p>
        <PageNotice params={query} />
        {publisher ? (
          <div className="mb-4 flex flex-wrap items-end gap-3 text-sm">
            <div>
              <StatusButtons article={article} back={here} action={changeArticleStatus} />
            </div>
            {article.status !== 'PUBLISHED' ? (
              <form action={scheduleArticleAction} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={article.id} />
                <label>
                  <span className="block text-stone-700">定时发布（北京时间）</span>
                  <input
                    type="datetime-local"
                    name="at"
                    step={1}
                    required
                    className="rounded border border-stone-300 px-2 py-1"
                  />
                </label>
                <button
                  type="submit"
                  className="rounded border border-stone-300 px-3 py-1 hover:border-brand"
                >
                  定时发布
                </button>
              </form>
            ) : null}
          </div>
        ) : (
          <p className="mb-4 text-sm text-stone-600">作者只能编辑草稿；发布由编辑完成。</p>
        )}
        <ArticleEditor
          id={article.id}
          version={article.version}
          initial={{
            title: article.title,
            tags: article.tags.join(', '),
            body: article.bodySource,
          }}
          save={editArticle}
          preview={previewArticle}
        />
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h2 className="mb-3 text-lg font-bold">修订记录</h2>
        {article.revisions.length === 0 ? (
          <p className="text-sm text-stone-600">还没有修订。</p>
        ) : null}
        <ol className="space-y-3">
          {article.revisions.map((revision) => (
            <li key={revision.id} className="rounded border border-stone-200 p-3">
              <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
                <span>
                  版本 {revision.version} · {revision.title} ·{' '}
                  {formatShanghaiDateTime(new Date(revision.createdAt))} · {revision.reason}
                </span>
                <form action={restoreRevision}>
                  <input type="hidden" name="id" value={article.id} />
                  <input type="hidden" name="version" value={article.version} />
                  <input type="hidden" name="revision" value={revision.id} />
                  <button
                    type="submit"
                    className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:border-brand"
                  >
                    恢复版本 {revision.version}
                  </button>
                </form>
              </div>
              <details className="mt-2 text-sm">
                <summary>与当前版本的差异</summary>
                <p className="mt-1 leading-relaxed">
                  {diffWords(htmlToText(revision.bodyHtml), currentText).map((part, index) =>
                    part.added ? (
                      <ins key={index} className="bg-green-100 no-underline">
                        {part.value}
                      </ins>
                    ) : part.removed ? (
                      <del key={index} className="bg-red-100">
                        {part.value}
                      </del>
                    ) : (
                      <span key={index}>{part.value}</span>
                    ),
                  )}
                </p>
              </details>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
