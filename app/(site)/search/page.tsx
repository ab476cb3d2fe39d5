import { ArticleList } from '@/components/article-list';
import { SearchBox } from '@/components/search-box';
import { searchArticles } from '@/lib/db/articles/reader';
import { cursorParam } from '@/lib/params';
import { titleSearch } from '@/lib/search';
import { buildMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';
import Link from 'next/link';
import { z } from 'zod';

// Search results depend on the query string: rendered per request (each query's rows are cached
// for a few minutes in the data cache), and never indexed.
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

const query = z.object({
  q: z.string().max(200).catch('').default(''),
  before: z.string().optional().catch(undefined),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

async function readQuery(searchParams: Props['searchParams']) {
  const raw = await searchParams;
  const parsed = query.parse({
    q: typeof raw.q === 'string' ? raw.q : '',
    before: typeof raw.before === 'string' ? raw.before : undefined,
  });
  const cursor = parsed.before ? cursorParam.safeParse(parsed.before) : null;
  return { search: titleSearch(parsed.q), cursor: cursor?.success ? cursor.data : null };
}

export async function generateMetadata({ searchParams }: Props) {
  const { search } = await readQuery(searchParams);
  return buildMetadata({
    title: search ? `搜索：${search.text}` : '搜索',
    description: search ? `标题含“${search.text}”的新闻` : '按标题搜索新闻',
    path: urls.search(search?.text),
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const { search, cursor } = await readQuery(searchParams);
  const results = search
    ? await searchArticles(search, cursor, PAGE_SIZE).catch(() => 'timeout' as const)
    : null;
  return (
    <section className="rounded-lg bg-white px-4 py-3 shadow-sm">
      <h1 className="border-b-2 border-brand pb-2 text-xl font-bold text-brand">
        {search ? `搜索：${search.text}` : '搜索新闻'}
      </h1>
      <div className="mt-3">
        <SearchBox defaultValue={search?.text} />
      </div>
      {results === 'timeout' ? (
        <p role="alert" className="py-6 text-stone-600">
          这个搜索太宽泛，没能及时完成。请换一个更具体的词再试。
        </p>
      ) : results && results.articles.length ? (
        <>
          <ArticleList articles={results.articles} showSource />
          <nav
            aria-label="翻页"
            className="flex justify-between border-t border-stone-200 pt-3 text-sm"
          >
            {cursor && search ? (
              <Link href={urls.search(search.text)} className="text-brand hover:underline">
                « 最新
              </Link>
            ) : (
              <span />
            )}
            {results.nextCursor && search ? (
              <Link
                href={urls.search(search.text, results.nextCursor)}
                className="text-brand hover:underline"
              >
                更早的结果 »
              </Link>
            ) : null}
          </nav>
        </>
      ) : search ? (
        <p className="py-6 text-stone-600">没有标题含“{search.text}”的新闻。</p>
      ) : (
        <p className="py-6 text-stone-600">输入关键词，按标题搜索新闻；多个词用空格分开。</p>
      )}
    </section>
  );
}
