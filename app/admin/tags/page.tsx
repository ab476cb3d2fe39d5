import Link from 'next/link';
import { deleteTagAction, renameTagAction } from './actions';
import { listNotices } from '@/components/admin/list-notices';
import { Notice } from '@/components/admin/notice';
import { requireUser } from '@/lib/auth/session';
import { listTagsForAdmin } from '@/lib/db/tags';

export const dynamic = 'force-dynamic';
export const metadata = { title: '标签' };

const PAGE = 100;
const input = 'rounded border border-stone-300 px-2 py-1';

export default async function AdminTags({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser('EDITOR');
  const query = listNotices.parse(await searchParams);
  const offset = query.offset ?? 0;
  const { rows, more } = await listTagsForAdmin(query.q, offset, PAGE);
  const next = new URLSearchParams({
    ...(query.q ? { q: query.q } : {}),
    offset: String(offset + PAGE),
  });

  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">标签</h1>
      <p className="text-sm text-stone-600">改成一个已有的标签名，两个标签就会合并。</p>
      {query.done ? <Notice>{query.done}</Notice> : null}
      {query.error ? <Notice tone="error">{query.error}</Notice> : null}
      <form role="search" className="flex gap-2 text-sm">
        <input
          name="q"
          defaultValue={query.q}
          placeholder="标签包含…"
          aria-label="搜索标签"
          className={input}
        />
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          搜索
        </button>
      </form>
      <ul className="divide-y divide-stone-100">
        {rows.map((tag) => (
          <li key={tag.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
            <span className="min-w-32 font-semibold">{tag.name}</span>
            <span className="text-stone-500">{tag.articles} 篇</span>
            <form action={renameTagAction} className="flex gap-1">
              <input type="hidden" name="id" value={tag.id} />
              <input
                name="name"
                defaultValue={tag.name}
                required
                aria-label={`${tag.name} 的新名称`}
                className={input}
              />
              <button
                type="submit"
                className="rounded border border-stone-300 px-2 py-1 hover:border-brand"
              >
                改名
              </button>
            </form>
            <form action={deleteTagAction}>
              <input type="hidden" name="id" value={tag.id} />
              <button
                type="submit"
                aria-label={`删除标签 ${tag.name}`}
                className="rounded border border-stone-300 px-2 py-1 text-red-700 hover:border-red-700"
              >
                删除
              </button>
            </form>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? <p className="text-sm text-stone-600">没有符合条件的标签。</p> : null}
      {more ? (
        <Link href={`/admin/tags?${next}`} className="text-sm text-brand hover:underline">
          更多标签 »
        </Link>
      ) : null}
    </section>
  );
}
