import Link from 'next/link';
import { mergeSourcesAction, updateSourceAction } from './actions';
import { listNotices } from '@/components/admin/list-notices';
import { Notice } from '@/components/admin/notice';
import { requireUser } from '@/lib/auth/session';
import { listSourcesForAdmin } from '@/lib/db/sources';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';
export const metadata = { title: '来源' };

const PAGE = 100;
const input = 'rounded border border-stone-300 px-2 py-1';
const button = 'rounded border border-stone-300 px-3 py-1 hover:border-brand';

export default async function AdminSources({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser('EDITOR');
  const query = listNotices.parse(await searchParams);
  const offset = query.offset ?? 0;
  const { rows, more } = await listSourcesForAdmin(query.q, offset, PAGE);
  const next = new URLSearchParams({
    ...(query.q ? { q: query.q } : {}),
    offset: String(offset + PAGE),
  });

  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">来源</h1>
      <p className="text-sm text-stone-600">
        改名只改显示名称；改 slug 或合并后，旧地址（来源页和文章链接）会永久重定向到新地址。
      </p>
      {query.done ? <Notice>{query.done}</Notice> : null}
      {query.error ? <Notice tone="error">{query.error}</Notice> : null}
      <form role="search" className="flex gap-2 text-sm">
        <input
          name="q"
          defaultValue={query.q}
          placeholder="名称或 slug"
          aria-label="搜索来源"
          className={input}
        />
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          搜索
        </button>
      </form>
      <ul className="divide-y divide-stone-100">
        {rows.map((source) => (
          <li key={source.id} className="py-2 text-sm">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Link href={urls.source(source.slug)} className="font-semibold hover:text-brand">
                {source.name}
              </Link>
              <code className="text-stone-600">{source.slug}</code>
              <span className="text-stone-500">{source.articles} 篇</span>
              {source.formerSlugs.length ? (
                <span className="text-stone-500">曾用 slug：{source.formerSlugs.join('、')}</span>
              ) : null}
            </div>
            <details className="mt-1">
              <summary className="cursor-pointer text-brand">修改 {source.name}</summary>
              <div className="mt-2 flex flex-col gap-3">
                <form action={updateSourceAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="id" value={source.id} />
                  <label>
                    <span className="block text-stone-700">名称</span>
                    <input name="name" defaultValue={source.name} required className={input} />
                  </label>
                  <label>
                    <span className="block text-stone-700">slug</span>
                    <input name="slug" defaultValue={source.slug} required className={input} />
                  </label>
                  <button type="submit" className={button}>
                    保存
                  </button>
                </form>
                <form action={mergeSourcesAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="id" value={source.id} />
                  <label>
                    <span className="block text-stone-700">并入来源（填 slug）</span>
                    <input name="into" required className={input} />
                  </label>
                  <button type="submit" className={button}>
                    合并
                  </button>
                </form>
              </div>
            </details>
          </li>
        ))}
      </ul>
      {rows.length === 0 ? <p className="text-sm text-stone-600">没有符合条件的来源。</p> : null}
      {more ? (
        <Link href={`/admin/sources?${next}`} className="text-sm text-brand hover:underline">
          更多来源 »
        </Link>
      ) : null}
    </section>
  );
}
