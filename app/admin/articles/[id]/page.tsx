import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { autosaveArticle, discardAutosave, editArticle, restoreRevision } from './actions';
import { changeArticleStatus, withdrawSubmission } from '../actions';
import { previewArticle } from '../preview';
import { ArticleEditor, type EditorValues } from '@/components/admin/article-editor';
import { PageNotice } from '@/components/admin/notice';
import { RevisionList } from '@/components/admin/revision-list';
import { StatusButtons } from '@/components/admin/status-buttons';
import { STATUS_NAMES, flagName } from '@/lib/admin/labels';
import { canEditArticle, canPublish } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { getArticleForEditing, type EditableArticle } from '@/lib/db/articles/editing';
import { readAutosave } from '@/lib/db/autosaves';
import { listBylineChoices } from '@/lib/db/users';
import { formatShanghaiDateTime, shanghaiDateTimeInput } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '编辑文章' };

function editorValues(article: EditableArticle): EditorValues {
  return {
    title: article.title,
    tags: article.tags.join(', '),
    body: article.bodySource,
    slug: article.slug,
    excerpt: article.customExcerpt ?? '',
    publishedAt: article.publishedAt ? shanghaiDateTimeInput(new Date(article.publishedAt)) : '',
    seoTitle: article.seoTitle ?? '',
    seoDescription: article.seoDescription ?? '',
    coverMediaId: article.cover ? String(article.cover.id) : '',
    coverThumbUrl: article.cover?.thumbUrl ?? '',
    authorId: article.authorId ? String(article.authorId) : '',
    sourceId: String(article.source.id),
    sourceName: article.source.name,
  };
}

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
    .max(2_147_483_647)
    .safeParse((await params).id);
  const article = id.success ? await getArticleForEditing(id.data) : null;
  // A writer's view of someone else's article, or of their own once published, is no view at all.
  if (!article || !canEditArticle(user, article)) notFound();
  const editor = canPublish(user);
  const [authors, autosave] = await Promise.all([
    editor ? listBylineChoices() : Promise.resolve([]),
    readAutosave(user.id, article.id, new Date(article.updatedAt)),
  ]);
  const here = `/admin/articles/${article.id}`;
  const publishedAt = article.publishedAt ? new Date(article.publishedAt) : null;

  return (
    <div className="space-y-6">
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h1 className="mb-1 text-lg font-bold break-words">{article.title}</h1>
        <p className="mb-3 flex flex-wrap gap-x-3 gap-y-1 text-sm text-stone-600">
          <span>{article.source.name}</span>
          <span className="font-semibold text-stone-800">{STATUS_NAMES[article.status]}</span>
          <span>版本 {article.version}</span>
          {article.author ? <span>署名：{article.author}</span> : null}
          {article.editedBy ? <span>最后修改：{article.editedBy}</span> : null}
          {article.permalink && article.status === 'PUBLISHED' ? (
            <Link href={article.permalink} className="text-brand hover:underline">
              查看文章
            </Link>
          ) : null}
        </p>
        {article.status === 'SCHEDULED' && publishedAt ? (
          <p className="mb-3 rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">
            定时发布：将于 {formatShanghaiDateTime(publishedAt)}（北京时间）自动出现在网站上。
          </p>
        ) : null}
        {article.status === 'PENDING' ? (
          <p className="mb-3 rounded bg-violet-50 px-3 py-2 text-sm text-violet-900">
            {editor
              ? '作者已提交审核：可以修改后发布，或退回作者修改。'
              : '已提交审核，等待编辑处理。撤回后可以继续修改再提交。'}
          </p>
        ) : null}
        {article.reviewNote && article.status === 'DRAFT' ? (
          <p className="mb-3 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900">
            编辑退回的意见：{article.reviewNote}
          </p>
        ) : null}
        {article.flags.length ? (
          <p className="mb-3 flex flex-wrap gap-1 text-xs">
            {article.flags.map((flag) => (
              <span key={flag} className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
                {flagName(flag)}
              </span>
            ))}
          </p>
        ) : null}
        <PageNotice params={query} />
        <div className="mb-4 flex flex-wrap items-center gap-1 text-sm">
          {editor ? (
            <StatusButtons
              article={article}
              back={here}
              action={changeArticleStatus}
              exclude={['PUBLISHED']}
            />
          ) : article.status === 'PENDING' ? (
            <form action={withdrawSubmission}>
              <input type="hidden" name="id" value={article.id} />
              <button
                type="submit"
                className="rounded border border-stone-300 px-2 py-1 text-xs hover:border-brand"
              >
                撤回审核
              </button>
            </form>
          ) : (
            <p className="text-stone-600">写好后点“保存并提交审核”，编辑审核后发布。</p>
          )}
        </div>
        <ArticleEditor
          id={article.id}
          version={article.version}
          status={article.status}
          initial={editorValues(article)}
          editor={editor}
          addressLocked={article.addressLocked}
          authors={authors}
          autosave={autosave ? { data: autosave.data, savedAt: autosave.savedAt } : null}
          save={editArticle}
          preview={previewArticle}
          autosaveAction={autosaveArticle}
          discardAutosave={discardAutosave}
        />
      </section>
      <section className="rounded-lg bg-white p-4 shadow-sm">
        <h2 className="mb-3 text-lg font-bold">修订记录</h2>
        <RevisionList article={article} restore={restoreRevision} />
      </section>
    </div>
  );
}
