import { z } from 'zod';
import { HighlightedText } from '@/components/highlighted-text';
import { ReaderPage } from '@/components/reader-page';
import { TimeStamp } from '@/components/time-stamp';
import {
  countSearchResults,
  decodeSearchCursor,
  searchArticles,
  searchSuggestions,
  type SearchCount,
  type SearchFilters,
} from '@/lib/db/articles/search';
import { getSourceByName, getSourceBySlug, type SourceView } from '@/lib/db/sources';
import { dayParam, searchQueryParam } from '@/lib/params';
import { parseSearchQuery } from '@/lib/search';
import { buildMetadata } from '@/lib/seo/metadata';
import { urls, type SearchUrlFilters } from '@/lib/urls';

// Search results depend on the query string: rendered per request (each query's rows are cached
// for a few minutes in the data cache), and never indexed.
export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

// Control characters (a NUL would fail the database query) become spaces, as in the query.
const text = (max: number) =>
  searchQueryParam
    .pipe(z.string().trim().max(max))
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);
const query = z.object({
  q: searchQueryParam.catch('').default(''),
  source: text(200),
  from: text(10),
  to: text(10),
  before: text(40),
});

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DAY = 86_400_000;

async function readQuery(searchParams: Props['searchParams']) {
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) =>
    typeof value === 'string' ? value : undefined;
  const parsed = query.parse({
    q: first(raw.q) ?? '',
    source: first(raw.source),
    from: first(raw.from),
    to: first(raw.to),
    before: first(raw.before),
  });
  const search = parseSearchQuery(parsed.q);
  const from = parsed.from ? dayParam.safeParse(parsed.from) : null;
  const to = parsed.to ? dayParam.safeParse(parsed.to) : null;
  // The source filter takes a slug (from links) or a name (typed in the form).
  const source: SourceView | null = parsed.source
    ? ((await getSourceBySlug(parsed.source)) ?? (await getSourceByName(parsed.source)))
    : null;
  const filters: SearchFilters = {
    sourceId: source?.id ?? (parsed.source ? -1 : null),
    from: from?.success ? from.data : null,
    until: to?.success ? new Date(to.data.getTime() + DAY) : null,
  };
  const urlFilters: SearchUrlFilters = {
    source: source?.slug ?? parsed.source ?? null,
    from: from?.success ? parsed.from : null,
    to: to?.success ? parsed.to : null,
  };
  const cursor = parsed.before && decodeSearchCursor(parsed.before) ? parsed.before : null;
  return {
    search,
    filters,
    urlFilters,
    source,
    unknownSource: parsed.source && !source ? parsed.source : null,
    cursor,
    badDates: Boolean((from && !from.success) || (to && !to.success)),
  };
}

export async function generateMetadata({ searchParams }: Props) {
  const { search } = await readQuery(searchParams);
  return buildMetadata({
    title: search ? `搜索：${search.text}` : '搜索',
    description: search ? `含“${search.text}”的新闻` : '搜索新闻标题和正文',
    path: urls.search(search?.text),
    noindex: true,
  });
}

function countLine(count: SearchCount): string {
  return count.more
    ? `找到超过 ${count.total.toLocaleString('zh-CN')} 条结果`
    : `找到 ${count.total.toLocaleString('zh-CN')} 条结果`;
}

export default async function SearchPage({ searchParams }: Props) {
  const { search, filters, urlFilters, source, unknownSource, cursor, badDates } =
    await readQuery(searchParams);
  // The count first: it tells the page's query how to read the matches (few, or very many).
  const found = search
    ? await countSearchResults(search, filters)
        .then(
          async (count) =>
            [await searchArticles(search, filters, cursor, PAGE_SIZE), count] as const,
        )
        .catch(() => 'timeout' as const)
    : null;
  const filtered = Boolean(urlFilters.source || urlFilters.from || urlFilters.to);
  const nothing = search && found !== 'timeout' && found && found[0].hits.length === 0;
  const suggestions =
    nothing && search ? await searchSuggestions(search, filters, parseSearchQuery) : null;

  return (
    <ReaderPage section={null}>
      <section className="rounded-lg bg-surface px-4 py-3 shadow-sm">
        <h1 className="border-b-2 border-brand pb-2 text-xl font-bold text-accent">
          {search ? `搜索：${search.text}` : '搜索新闻'}
        </h1>
        <form action={urls.search()} role="search" aria-label="搜索条件" className="mt-3 text-sm">
          <div className="flex gap-2">
            <label htmlFor="search-query" className="sr-only">
              关键词
            </label>
            <input
              id="search-query"
              type="search"
              name="q"
              defaultValue={search?.text}
              maxLength={50}
              enterKeyHint="search"
              placeholder="关键词，多个词用空格分开"
              className="h-10 min-w-0 flex-1 rounded border border-line bg-surface px-3 text-base"
            />
            <button
              type="submit"
              className="h-10 shrink-0 rounded bg-brand px-5 font-semibold whitespace-nowrap text-white"
            >
              搜索
            </button>
          </div>
          <details open={filtered} className="mt-2">
            <summary className="inline-block cursor-pointer py-1 text-accent">
              按来源和日期筛选{filtered ? '（已筛选）' : ''}
            </summary>
            <div className="mt-2 grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
              <label className="flex flex-col gap-1">
                <span className="text-muted">来源</span>
                <input
                  name="source"
                  defaultValue={source?.name ?? unknownSource ?? ''}
                  placeholder="来源名称，如：厦门晚报"
                  maxLength={200}
                  className="h-10 min-w-0 rounded border border-line bg-surface px-3 text-base"
                />
              </label>
              <label className="flex flex-col gap-1">
                <span className="text-muted">从（含）</span>
                <input
                  type="date"
                  name="from"
                  defaultValue={urlFilters.from ?? ''}
                  className="h-10 rounded border border-line bg-surface px-2"
                />
              </label>
              <label className="flex flex-col gap-1">
                <span className="text-muted">到（含）</span>
                <input
                  type="date"
                  name="to"
                  defaultValue={urlFilters.to ?? ''}
                  className="h-10 rounded border border-line bg-surface px-2"
                />
              </label>
            </div>
          </details>
        </form>
        {badDates ? (
          <p role="alert" className="mt-2 text-sm text-accent">
            日期格式应为 2021-12-21，已忽略无法识别的日期。
          </p>
        ) : null}
        {unknownSource ? (
          <p role="alert" className="mt-2 text-sm text-accent">
            没有名为“{unknownSource}”的来源。
          </p>
        ) : null}

        {!search ? (
          <p className="py-6 text-muted">
            输入关键词，搜索新闻标题和正文；多个词用空格分开，结果须包含每个词。
          </p>
        ) : found === 'timeout' ? (
          <p role="alert" className="py-6 text-muted">
            这个搜索太宽泛，没能及时完成。请换一个更具体的词再试。
          </p>
        ) : found && found[0].hits.length ? (
          <>
            <p className="mt-4 text-sm text-muted" aria-live="polite">
              {countLine(found[1])}
              {source ? `（来源：${source.name}）` : ''}，标题匹配的在前，各按时间从新到旧。
            </p>
            <ol className="divide-y divide-line">
              {found[0].hits.map((hit) => (
                <li key={hit.id} className="py-3">
                  <h2 className="text-[1.05rem] leading-snug font-semibold">
                    <a href={hit.url} className="hover:text-accent">
                      <HighlightedText text={hit.title} terms={search.terms} />
                    </a>
                  </h2>
                  {hit.snippet ? (
                    <p className="mt-1 text-sm leading-relaxed text-muted">
                      <HighlightedText text={hit.snippet} terms={search.terms} />
                    </p>
                  ) : null}
                  <p className="mt-1 flex flex-wrap gap-x-3 text-xs text-subtle">
                    <TimeStamp iso={hit.publishedAt} />
                    <a
                      href={urls.source(hit.source.slug)}
                      className="inline-block py-1 hover:text-accent"
                    >
                      {hit.source.name}
                    </a>
                    <span>{hit.tier === 'title' ? '标题匹配' : '正文匹配'}</span>
                  </p>
                </li>
              ))}
            </ol>
            <nav
              aria-label="翻页"
              className="flex justify-between border-t border-line pt-1 text-sm"
            >
              {cursor ? (
                <a
                  href={urls.search(search.text, null, urlFilters)}
                  className="inline-block py-2 text-accent hover:underline"
                >
                  « 第一页
                </a>
              ) : (
                <span />
              )}
              {found[0].nextCursor ? (
                <a
                  href={urls.search(search.text, found[0].nextCursor, urlFilters)}
                  rel="next"
                  className="inline-block py-2 text-accent hover:underline"
                >
                  更多结果 »
                </a>
              ) : null}
            </nav>
          </>
        ) : (
          <div className="py-6 text-muted">
            <p>没有找到含“{search.text}”的新闻。</p>
            {suggestions ? (
              <ul className="mt-3 space-y-2 text-sm">
                {suggestions.unfiltered ? (
                  <li>
                    去掉来源和日期的限制：
                    <a
                      href={urls.search(search.text)}
                      className="inline-block py-1 text-accent hover:underline"
                    >
                      搜索全部新闻（{countLine(suggestions.unfiltered)}）
                    </a>
                  </li>
                ) : null}
                {suggestions.terms.length ? (
                  <li>
                    分开搜索：
                    {suggestions.terms.map(({ term, count }) => (
                      <a
                        key={term}
                        href={urls.search(term, null, urlFilters)}
                        className="mr-3 inline-block py-1 text-accent hover:underline"
                      >
                        {term}（{count.more ? `${count.total}+` : count.total}）
                      </a>
                    ))}
                  </li>
                ) : null}
                {suggestions.sources.length ? (
                  <li>
                    相关来源：
                    {suggestions.sources.map((s) => (
                      <a
                        key={s.slug}
                        href={urls.source(s.slug)}
                        className="mr-3 inline-block py-1 text-accent hover:underline"
                      >
                        {s.name}
                      </a>
                    ))}
                  </li>
                ) : null}
                {suggestions.tags.length ? (
                  <li>
                    相关标签：
                    {suggestions.tags.map((tag) => (
                      <a
                        key={tag}
                        href={urls.tag(tag)}
                        className="mr-3 inline-block py-1 text-accent hover:underline"
                      >
                        {tag}
                      </a>
                    ))}
                  </li>
                ) : null}
                <li>试试更短或更常见的词，或检查有没有错别字。</li>
              </ul>
            ) : null}
          </div>
        )}
      </section>
    </ReaderPage>
  );
}
