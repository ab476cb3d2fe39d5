import Link from 'next/link';
import { STATUS_NAMES } from '@/components/admin/labels';
import { z } from 'zod';
import { changeArticleStatus } from './actions';
import { hasRole, requireUser } from '@/lib/auth/session';
import { listArticlesForAdmin } from '@/lib/db/articles';
import { formatShanghaiDateTime } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '文章' };

const filters = z.object({
  status: z
    .enum(['PUBLISHED', 'DRAFT', 'SCHEDULED', 'UNPUBLISHED', 'DELETED'])
    .optional()
    .catch(undefined),
  source: z.string().trim().min(1).max(200).optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  before: z.coerce.number().int().positive().optional().catch(undefined),
  error: z.string().max(200).optional().catch(undefined),
});

export default async function AdminArticles({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('WRITER');
  const query = filters.parse(await searchParams);
  const { rows, nextBeforeId } = await listArticlesForAdmin(
    { status: query.status, sourceSlug: query.source, text: query.q, beforeId: query.before },
    50,
  );
  const canPublish = hasRole(user, 'EDITOR');
  const here = `/admin/articles?${new URLSearchParams(Object.entries({ status: query.status, source: query.source, q: query.q, before: query.before?.toString() }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const next = new URLSearchParams(
    Object.entries({ status: query.status, source: query.source, q: query.q }).filter(
      (e): e is [string, string] => Boolean(e[1]),
    ),
  );
  if (nextBeforeId) next.set('before', String(nextBeforeId));

  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">文章</h1>
      {query.error ? (
        <p role="status" className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">
          {query.error === 'invalid' ? '请求无效' : query.error}
        </p>
      ) : null}
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
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b">
              <th className="py-1 pr-2">标题</th>
              <th className="py-1 pr-2">来源</th>
              <th className="py-1 pr-2">状态</th>
              <th className="py-1 pr-2">发布时间</th>
              {canPublish ? <th className="py-1">操作</th> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-100 align-top">
                <td className="py-1 pr-2">
                  {canPublish ? (
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
                {canPublish ? (
                  <td className="py-1 whitespace-nowrap">
                    {(['PUBLISHED', 'UNPUBLISHED', 'DELETED'] as const)
                      .filter((status) => status !== row.status)
                      .map((status) => (
                        <form key={status} action={changeArticleStatus} className="inline">
                          <input type="hidden" name="id" value={row.id} />
                          <input type="hidden" name="status" value={status} />
                          <input type="hidden" name="back" value={here} />
                          <button
                            type="submit"
                            aria-label={`${{ PUBLISHED: '发布', UNPUBLISHED: '撤下', DELETED: '删除' }[status]} ${row.title}`}
                            className="mr-1 rounded border border-stone-300 px-2 py-0.5 text-xs hover:border-brand"
                          >
                            {{ PUBLISHED: '发布', UNPUBLISHED: '撤下', DELETED: '删除' }[status]}
                          </button>
                        </form>
                      ))}
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
