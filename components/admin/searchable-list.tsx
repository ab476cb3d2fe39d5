import Link from 'next/link';
import { z } from 'zod';
import { PageNotice } from './notice';

/** The query of a searchable admin list (its actions' notices are read by PageNotice). */
export const listQuery = z.object({
  q: z.string().trim().min(1).max(100).optional().catch(undefined),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional().catch(undefined),
});

export const LIST_PAGE = 100;

/**
 * An admin list page (sources, tags): heading, what it is for, the outcome of the last action, a
 * search box, the rows, and a link to the next page.
 */
export function SearchableList({
  title,
  intro,
  path,
  query,
  params,
  searchLabel,
  placeholder,
  empty,
  more,
  children,
}: {
  title: string;
  intro: string;
  path: string;
  query: z.infer<typeof listQuery>;
  /** The page's search params, for the notice an action left. */
  params: Record<string, unknown>;
  searchLabel: string;
  placeholder: string;
  empty: boolean;
  more: boolean;
  children: React.ReactNode;
}) {
  const next = new URLSearchParams({
    ...(query.q ? { q: query.q } : {}),
    offset: String((query.offset ?? 0) + LIST_PAGE),
  });
  return (
    <section className="space-y-4 rounded-lg bg-white p-4 shadow-sm">
      <h1 className="text-lg font-bold">{title}</h1>
      <p className="text-sm text-stone-600">{intro}</p>
      <PageNotice params={params} />
      <form role="search" className="flex gap-2 text-sm">
        <input
          name="q"
          defaultValue={query.q}
          placeholder={placeholder}
          aria-label={searchLabel}
          className="rounded border border-stone-300 px-2 py-1"
        />
        <button type="submit" className="rounded bg-stone-800 px-3 py-1 text-white">
          搜索
        </button>
      </form>
      <ul className="divide-y divide-stone-100">{children}</ul>
      {empty ? <p className="text-sm text-stone-600">没有符合条件的{title}。</p> : null}
      {more ? (
        <Link href={`${path}?${next}`} className="text-sm text-brand hover:underline">
          更多{title} »
        </Link>
      ) : null}
    </section>
  );
}
