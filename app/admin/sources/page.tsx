import Link from 'next/link';
import { mergeSourcesAction, updateSourceAction } from './actions';
import { LIST_PAGE, SearchableList, listQuery } from '@/components/admin/searchable-list';
import { requireUser } from '@/lib/auth/session';
import { listSourcesForAdmin } from '@/lib/db/sources';
import { urls } from '@/lib/urls';

export const dynamic = 'force-dynamic';
export const metadata = { title: '来源' };

const input = 'rounded border border-stone-300 px-2 py-1';
const button = 'rounded border border-stone-300 px-3 py-1 hover:border-brand';

export default async function AdminSources({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser('EDITOR');
  const query = listQuery.parse(await searchParams);
  const { rows, more } = await listSourcesForAdmin(query.q, query.offset ?? 0, LIST_PAGE);
  return (
    <SearchableList
      title="来源"
      intro="改名只改显示名称；改 slug 或合并后，旧地址（来源页和文章链接）会永久重定向到新地址。"
      path="/admin/sources"
      query={query}
      searchLabel="搜索来源"
      placeholder="名称或 slug"
      empty={rows.length === 0}
      more={more}
    >
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
    </SearchableList>
  );
}
