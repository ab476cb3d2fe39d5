import Link from 'next/link';
import { mergeSourcesAction, setNavPositionAction, updateSourceAction } from './actions';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { LIST_PAGE, SearchableList, listQuery } from '@/components/admin/searchable-list';
import { SourcePicker } from '@/components/admin/source-picker';
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
  const params = await searchParams;
  const query = listQuery.parse(params);
  const { rows, more } = await listSourcesForAdmin(query.q, query.offset ?? 0, LIST_PAGE);
  return (
    <SearchableList
      title="来源"
      intro="改名只改显示名称；改 slug 或合并后，旧地址（来源页和文章链接）会永久重定向到新地址。填了“导航位置”的来源按位置显示在读者页顶部的导航里（一个都没填时，显示文章最多的 12 个）。"
      path="/admin/sources"
      query={query}
      params={params}
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
            {source.navPosition ? (
              <span className="text-brand">导航第 {source.navPosition} 位</span>
            ) : null}
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
              <form action={setNavPositionAction} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={source.id} />
                <label>
                  <span className="block text-stone-700">导航位置（1–99，留空则不在导航中）</span>
                  <input
                    name="position"
                    type="number"
                    min={1}
                    max={99}
                    defaultValue={source.navPosition ?? ''}
                    className={input}
                  />
                </label>
                <button type="submit" className={button}>
                  设定
                </button>
              </form>
              <form action={mergeSourcesAction} className="flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={source.id} />
                <SourcePicker name="into" label="并入来源" required className="w-64" />
                <ConfirmButton
                  label="合并"
                  confirmLabel="确认合并"
                  title={`把“${source.name}”并入另一个来源？`}
                  ariaLabel={`合并 ${source.name}`}
                  className={button}
                >
                  <p>
                    “{source.name}”的 {source.articles}{' '}
                    篇文章会移到所选来源，它的地址（来源页、文章链接、订阅）会永久重定向过去，“
                    {source.name}”随后被删除。
                  </p>
                  <p className="font-semibold">合并不能撤销。</p>
                </ConfirmButton>
              </form>
            </div>
          </details>
        </li>
      ))}
    </SearchableList>
  );
}
