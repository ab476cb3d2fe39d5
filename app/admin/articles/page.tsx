import Link from 'next/link';
import { z } from 'zod';
import { changeArticleStatus } from './actions';
import { PageNotice } from '@/components/admin/notice';
import { SourcePicker } from '@/components/admin/source-picker';
import { StatusButtons } from '@/components/admin/status-buttons';
import { STATUS_NAMES, flagName } from '@/lib/admin/labels';
import { articleListAuthor, canEditArticle, canPublish } from '@/lib/auth/policy';
import { requireUser } from '@/lib/auth/session';
import { listArticlesForAdmin, type AdminSort } from '@/lib/db/articles/admin-list';
import { getSourceBySlug } from '@/lib/db/sources';
import { listBylineChoices } from '@/lib/db/users';
import { formatShanghaiDateTime, parseSiteDate } from '@/lib/time';

export const dynamic = 'force-dynamic';
export const metadata = { title: '文章' };

const PAGE = 50;

const SORTS: Record<AdminSort, string> = {
  time: '时间（新→旧，未定日期的在前）',
  'time-asc': '时间（旧→新）',
  updated: '最近修改',
};

const filters = z.object({
  status: z
    .enum(['PUBLISHED', 'DRAFT', 'PENDING', 'SCHEDULED', 'UNPUBLISHED', 'DELETED'])
    .optional()
    .catch(undefined),
  source: z.string().trim().min(1).max(200).optional().catch(undefined),
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  author: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  sort: z.enum(['time', 'time-asc', 'updated']).catch('time'),
  after: z
    .string()
    .regex(/^[0-9a-z-]{3,24}$/)
    .optional()
    .catch(undefined),
});

const TABS: { label: string; status?: keyof typeof STATUS_NAMES }[] = [
  { label: '全部' },
  { label: '草稿', status: 'DRAFT' },
  { label: '待审核', status: 'PENDING' },
  { label: '定时发布', status: 'SCHEDULED' },
  { label: '已发布', status: 'PUBLISHED' },
  { label: '已撤下', status: 'UNPUBLISHED' },
  { label: '已删除', status: 'DELETED' },
];

const cell = 'py-2 pr-3 align-top max-sm:block max-sm:py-0.5 max-sm:pr-0';
const labelled = `${cell} max-sm:before:mr-1 max-sm:before:text-stone-500 max-sm:before:content-[attr(data-label)]`;

export default async function AdminArticles({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser('WRITER');
  const params = await searchParams;
  const query = filters.parse(params);
  const publisher = canPublish(user);
  const [page, authors, source] = await Promise.all([
    listArticlesForAdmin(
      {
        status: query.status,
        sourceSlug: query.source,
        text: query.q,
        publishedOn: query.date ? (parseSiteDate(query.date) ?? undefined) : undefined,
        authorId: articleListAuthor(user) ?? query.author,
      },
      query.sort,
      query.after ?? null,
      PAGE,
    ),
    publisher ? listBylineChoices() : Promise.resolve([]),
    query.source ? getSourceBySlug(query.source) : Promise.resolve(null),
  ]);

  const kept = (overrides: Record<string, string | undefined>) => {
    const entries = Object.entries({
      status: query.status,
      source: query.source,
      q: query.q,
      date: query.date,
      author: query.author ? String(query.author) : undefined,
      sort: query.sort === 'time' ? undefined : query.sort,
      ...overrides,
    }).filter((e): e is [string, string] => Boolean(e[1]));
    return `/admin/articles${entries.length ? `?${new URLSearchParams(entries)}` : ''}`;
  };
  const here = kept({ after: query.after });
  const control = 'rounded border border-stone-300 px-2 py-1';

  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-bold">
          {publisher ? '文章' : '我的文章'}
          <span className="ml-2 text-sm font-normal text-stone-600">共 {page.total} 篇</span>
        </h1>
        <div className="flex gap-2 text-sm">
          {publisher ? (
            <Link
              href="/admin/articles/undated"
              className="rounded border border-stone-300 px-3 py-1 hover:border-brand"
            >
              待定日期
            </Link>
          ) : null}
          <Link
            href="/admin/articles/new"
            className="rounded bg-brand px-3 py-1 font-semibold text-white"
          >
            写文章
          </Link>
        </div>
      </div>
      <PageNotice params={params} />
      <nav aria-label="按状态" className="-mx-1 overflow-x-auto">
        <ul className="flex gap-1 px-1 text-sm whitespace-nowrap">
          {TABS.map((tab) => (
            <li key={tab.label}>
              <Link
                href={kept({ status: tab.status, after: undefined })}
                aria-current={query.status === tab.status ? 'page' : undefined}
                className="block rounded-full px-3 py-1 hover:bg-stone-100 aria-[current=page]:bg-stone-800 aria-[current=page]:text-white"
              >
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        role="search"
        aria-label="筛选文章"
        className="grid grid-cols-2 items-end gap-2 text-sm sm:flex sm:flex-wrap [&_input]:max-sm:w-full [&_select]:max-sm:w-full"
      >
        {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
        <label>
          <span className="block text-stone-700">标题</span>
          <input name="q" defaultValue={query.q} placeholder="标题包含…" className={control} />
        </label>
        <SourcePicker
          name="source"
          label="来源"
          submit="slug"
          initial={source}
          placeholder="输入来源名称…"
          className="sm:w-48"
        />
        <label>
          <span className="block text-stone-700">发布日期</span>
          <input type="date" name="date" defaultValue={query.date} className={control} />
        </label>
        {publisher ? (
          <label>
            <span className="block text-stone-700">作者</span>
            <select name="author" defaultValue={query.author ?? ''} className={control}>
              <option value="">全部作者</option>
              {authors.map((author) => (
                <option key={author.id} value={author.id}>
                  {author.label}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label>
          <span className="block text-stone-700">排序</span>
          <select name="sort" defaultValue={query.sort} className={control}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          筛选
        </button>
        <Link href="/admin/articles" className="px-1 py-1 text-stone-600 underline">
          清除
        </Link>
      </form>
      {page.rows.length === 0 ? (
        <p className="text-sm text-stone-600">没有符合条件的文章。</p>
      ) : null}
      <table className="w-full text-left text-sm max-sm:block">
        <thead className="max-sm:hidden">
          <tr className="border-b">
            <th className="py-1 pr-3">标题</th>
            <th className="py-1 pr-3">来源</th>
            <th className="py-1 pr-3">作者</th>
            <th className="py-1 pr-3">状态</th>
            <th className="py-1 pr-3">{query.sort === 'updated' ? '修改时间' : '发布时间'}</th>
            {publisher ? <th className="py-1">操作</th> : null}
          </tr>
        </thead>
        <tbody className="max-sm:block max-sm:space-y-2">
          {page.rows.map((row) => {
            const time = query.sort === 'updated' ? row.updatedAt : row.publishedAt;
            return (
              <tr
                key={row.id}
                className="border-b border-stone-100 max-sm:block max-sm:rounded max-sm:border max-sm:border-stone-200 max-sm:p-3"
              >
                <td className={`${cell} max-sm:mb-1 max-sm:text-base`}>
                  {canEditArticle(user, row) ? (
                    <Link
                      href={`/admin/articles/${row.id}`}
                      className="font-medium hover:text-brand"
                    >
                      {row.title}
                    </Link>
                  ) : (
                    row.title
                  )}
                  {row.flags.map((flag) => (
                    <span
                      key={flag}
                      className="ml-1 inline-block rounded bg-amber-100 px-1 text-xs whitespace-nowrap text-amber-900"
                    >
                      {flagName(flag)}
                    </span>
                  ))}
                </td>
                <td className={`${labelled} whitespace-nowrap`} data-label="来源：">
                  {row.source.name}
                </td>
                <td className={`${labelled} whitespace-nowrap`} data-label="作者：">
                  {row.author ?? '—'}
                </td>
                <td className={`${labelled} whitespace-nowrap`} data-label="状态：">
                  {STATUS_NAMES[row.status]}
                </td>
                <td className={`${labelled} whitespace-nowrap`} data-label="时间：">
                  {time ? formatShanghaiDateTime(new Date(time)) : '未定'}
                  {row.status === 'SCHEDULED' ? (
                    <span className="text-sky-800">（定时）</span>
                  ) : null}
                </td>
                {publisher ? (
                  <td className={`${cell} max-sm:mt-2`}>
                    <div className="flex flex-wrap gap-1">
                      <StatusButtons article={row} back={here} action={changeArticleStatus} />
                    </div>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      <nav aria-label="翻页" className="flex gap-4 text-sm">
        {query.after ? (
          <Link href={kept({ after: undefined })} className="text-brand hover:underline">
            « 第一页
          </Link>
        ) : null}
        {page.next ? (
          <Link href={kept({ after: page.next })} className="text-brand hover:underline">
            下一页 »
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
