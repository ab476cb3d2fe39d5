import Link from 'next/link';
import { z } from 'zod';
import { changeArticleStatus } from './actions';
import { STATUS_NAMES } from '@/components/admin/labels';
import { PageNotice } from '@/components/admin/notice';
import { StatusButtons } from '@/components/admin/status-buttons';
import { articleListAuthor, canEditArticle, canPublish } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { listArticlesForAdmin } from '@/lib/db/articles/editorial';
import { formatShanghaiDateTime, parseSiteDate } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '文章' };

const filters = z.object({
  status: z
    .enum(['PUBLISHED', 'DRAFT', 'SCHEDULED', 'UNPUBLISHED', 'DELETED'])
    .optional()
    .catch(undefined),
  source: z.string().trim().min(1).max(200).optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export default async function AdminArticles({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('WRITER');
  const params = await searchParams;
  const query = filters.parse(params);
  const { rows, nextBeforeId } = await listArticlesForAdmin(
    {
      status: query.status,
      sourceSlug: query.source,
      text: query.q,
      publishedOn: query.date ? (parseSiteDate(query.date) ?? undefined) : undefined,
      authorId: articleListAuthor(user),
      beforeId: query.before,
    },
    50,
  );
  const publisher = canPublish(user);
  const kept = Object.entries({
    status: query.status,
    source: query.source,
    q: query.q,
    date: query.date,
  }).filter((e): e is [string, string] => Boolean(e[1]));
  const here = `/admin/articles?${new URLSearchParams([...kept, ...(query.before ? [['before', String(query.before)]] : [])])}`;
  const next = new URLSearchParams(kept);
  if (nextBeforeId) next.set('before', String(nextBeforeId));

  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <div className="flex items-center justify-between">
        <h1 className="text-lg font-bold">{publisher ? '文章' : '我的文章'}</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-brand px-3 py-1 text-sm font-semibold text-white"
        >
          写文章
        </Link>
      </div>
      <PageNotice params={params} />
      <form className="flex flex-wrap gap-2 text-sm" role="search">
        <input
          name="q"
          defaultValue={query.q}
          placeholder="标题包含…"
          aria-label="标题"
          className="rounded border border-stone-300 px-2 py-1"
        />
        <input
          name="source"
          defaultValue={query.source}
          placeholder="来源 slug"
          aria-label="来源"
          className="rounded border border-stone-300 px-2 py-1"
        />
        <input
          type="date"
          name="date"
          defaultValue={query.date}
          aria-label="发布日期"
          className="rounded border border-stone-300 px-2 py-1"
        />
        <select
          name="status"
          defaultValue={query.status ?? ''}
          aria-label="状态"
          className="rounded border border-stone-300 px-2 py-1"
        >
          <option value="">全部状态</option>
          {Object.entries(STATUS_NAMES).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          筛选
        </button>
      </form>
      {rows.length === 0 ? <p className="text-sm text-stone-600">没有符合条件的文章。</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-1 pr-2">标题</th>
              <th className="py-1 pr-2">来源</th>
              <th className="py-1 pr-2">状态</th>
              <th className="py-1 pr-2">发布时间</th>
              {publisher ? <th className="py-1">操作</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-100 align-top">
                <td className="py-1 pr-2">
                  {canEditArticle(user, row) ? (
                    <Link href={`/admin/articles/${row.id}`} className="hover:text-brand">
                      {row.title}
                    </Link>
                  ) : (
                    row.title
                  )}
                  {row.flags.length ? (
                    <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">
                      {row.flags.join(' ')}
                    </span>
                  ) : null}
                </td>
                <td className="py-1 pr-2 whitespace-nowrap">{row.source.name}</td>
                <td className="py-1 pr-2 whitespace-nowrap">{STATUS_NAMES[row.status]}</td>
                <td className="py-1 pr-2 whitespace-nowrap">
                  {row.publishedAt ? formatShanghaiDateTime(new Date(row.publishedAt)) : '—'}
                </td>
                {publisher ? (
                  <td className="py-1 whitespace-nowrap">
                    <StatusButtons article={row} back={here} action={changeArticleStatus} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBeforeId ? (
        <Link href={`/admin/articles?${next}`} className="text-sm text-brand hover:underline">
          更早的文章 »
        </Link>
      ) : null}
    </section>
  );
}
