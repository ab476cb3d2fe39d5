import Link from 'next/link';
import { z } from 'zod';
import { datePublishAction } from '../actions';
import { PageNotice } from '@/components/admin/notice';
import { requireUser } from '@/lib/auth/session';
import { countUndatedDrafts, listUndatedDrafts } from '@/lib/db/articles/admin-list';

export const dynamic = 'force-dynamic';
export const metadata = { title: '待定日期' };

const query = z.object({
  after: z.coerce.number().int().min(0).max(2_147_483_647).optional().catch(undefined),
});

/**
 * Imported posts that lost their date (neither their front matter nor their file name has one):
 * drafts until an editor dates them. Each row dates and publishes in one step.
 */
export default async function UndatedQueue({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser('EDITOR');
  const params = await searchParams;
  const { after } = query.parse(params);
  const [total, page] = await Promise.all([countUndatedDrafts(), listUndatedDrafts(50, after)]);
  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">
        待定日期
        <span className="ml-2 text-sm font-normal text-stone-600">共 {total} 篇</span>
      </h1>
      <p className="text-sm text-stone-600">
        这些文章导入时没有日期（文件里和文件名里都没有），所以还不能发布：文章地址里要有日期。填上它原来的发布时间（北京时间），一步发布；填将来的时间则定时发布。
      </p>
      <PageNotice params={params} />
      {page.rows.length === 0 ? (
        <p className="text-sm text-stone-600">没有待定日期的文章。</p>
      ) : null}
      <ul className="divide-y divide-stone-100">
        {page.rows.map((row) => (
          <li key={row.id} className="space-y-2 py-3 text-sm">
            <p>
              <Link href={`/admin/articles/${row.id}`} className="font-medium hover:text-brand">
                {row.title}
              </Link>
              <span className="ml-2 text-stone-500">{row.source}</span>
              {row.sourcePath ? (
                <code className="ml-2 text-xs break-all text-stone-500">{row.sourcePath}</code>
              ) : null}
            </p>
            <form action={datePublishAction} className="flex flex-wrap items-end gap-2">
              <input type="hidden" name="id" value={row.id} />
              <label>
                <span className="block text-stone-700">发布时间（北京时间）</span>
                <input
                  type="datetime-local"
                  name="at"
                  step={60}
                  required
                  aria-label={`${row.title} 的发布时间`}
                  className="rounded border border-stone-300 px-2 py-1"
                />
              </label>
              <button
                type="submit"
                aria-label={`定日期并发布 ${row.title}`}
                className="rounded bg-brand px-3 py-1 font-semibold text-white"
              >
                定日期并发布
              </button>
            </form>
          </li>
        ))}
      </ul>
      {page.next ? (
        <Link
          href={`/admin/articles/undated?after=${page.next}`}
          className="text-sm text-brand hover:underline"
        >
          更多 »
        </Link>
      ) : null}
    </section>
  );
}
