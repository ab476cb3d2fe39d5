import { deleteTagAction, renameTagAction } from './actions';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { LIST_PAGE, SearchableList, listQuery } from '@/components/admin/searchable-list';
import { requireUser } from '@/lib/auth/session';
import { listTagsForAdmin } from '@/lib/db/tags';

export const dynamic = 'force-dynamic';
export const metadata = { title: '标签' };

const input = 'rounded border border-stone-300 px-2 py-1';

export default async function AdminTags({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser('EDITOR');
  const params = await searchParams;
  const query = listQuery.parse(params);
  const { rows, more } = await listTagsForAdmin(query.q, query.offset ?? 0, LIST_PAGE);
  return (
    <SearchableList
      title="标签"
      intro="改成一个已有的标签名，两个标签就会合并。"
      path="/admin/tags"
      query={query}
      params={params}
      searchLabel="搜索标签"
      placeholder="标签包含…"
      empty={rows.length === 0}
      more={more}
    >
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
            <ConfirmButton
              label="改名"
              confirmLabel="确认改名"
              title={`给标签“${tag.name}”改名？`}
              ariaLabel={`给标签 ${tag.name} 改名`}
              tone="neutral"
              className="rounded border border-stone-300 px-2 py-1 hover:border-brand"
            >
              <p>{tag.articles} 篇文章会带上新名称，旧的标签页会永久重定向到新名称。</p>
              <p className="font-semibold">
                如果新名称已是另一个标签，两个标签会合并，合并不能撤销。
              </p>
            </ConfirmButton>
          </form>
          <form action={deleteTagAction}>
            <input type="hidden" name="id" value={tag.id} />
            <ConfirmButton
              label="删除"
              confirmLabel="确认删除"
              title={`删除标签“${tag.name}”？`}
              ariaLabel={`删除标签 ${tag.name}`}
            >
              <p>{tag.articles} 篇文章将不再带有这个标签，它的标签页会变成 404。删除不能撤销。</p>
              <p>只想换个名字或并入另一个标签，请用“改名”。</p>
            </ConfirmButton>
          </form>
        </li>
      ))}
    </SearchableList>
  );
}
