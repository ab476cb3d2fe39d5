import 'server-only';
import { TAGS } from '../../cache-tags';
import { htmlToText } from '../../content/render';
import { snippet, type SearchQuery } from '../../search';
import { decodeCursor, encodeCursor, type Cursor } from '../../urls';
import { cachedRead } from '../cached';
import { db } from '../client';
import { ARTICLES_WITH_SOURCE, SUMMARY_COLUMNS } from '../sql';
import { Prisma } from '../../generated/prisma/client';
import { NEWEST, toSummary, type ArticleSummary, type SummaryRow } from './views';

/**
 * Reader search (lib/search.ts says how texts are indexed). Results come in two tiers, each newest
 * first: articles whose title holds the query (through the GIN index on title_bigrams(title)),
 * then articles whose body holds it (through the GIN index on search_grams). The planner walks the
 * publication-time index instead when a query matches so many articles that the newest matches
 * come first anyway. Pages are keyset pages over (tier, published_at, id). A search running past
 * 2 s is cut short (it rejects) rather than holding a connection.
 */

export interface SearchFilters {
  /** Only this source's articles. */
  sourceId: number | null;
  /** Published at or after this instant. */
  from: Date | null;
  /** Published before this instant. */
  until: Date | null;
}

export type SearchTier = 'title' | 'body';

export interface SearchHit extends ArticleSummary {
  tier: SearchTier;
  /** About 110 characters of the body around the first match. */
  snippet: string;
}

export interface SearchPage {
  hits: SearchHit[];
  nextCursor: string | null;
}

export interface SearchCount {
  /** Matching articles, counted up to `COUNT_CAP`. */
  total: number;
  /** More than COUNT_CAP match: `total` is the cap. */
  more: boolean;
}

/** How far a search counts its matches (a larger count costs a visit to every matching row). */
export const COUNT_CAP = 1000;
// Above COUNT_CAP, with room: GIN returns a random subset of about this many for a larger set.
const FUZZY_LIMIT = 5 * COUNT_CAP;

/** `t<cursor>` / `b<cursor>`: a keyset position within a tier. */
export function encodeSearchCursor(tier: SearchTier, cursor: Cursor): string {
  return `${tier === 'title' ? 't' : 'b'}${encodeCursor(cursor)}`;
}

export function decodeSearchCursor(value: string): { tier: SearchTier; cursor: Cursor } | null {
  const tier = value[0] === 't' ? 'title' : value[0] === 'b' ? 'body' : null;
  const cursor = tier ? decodeCursor(value.slice(1)) : null;
  return tier && cursor ? { tier, cursor } : null;
}

const filterKey = (f: SearchFilters) =>
  `${f.sourceId ?? ''}:${f.from?.toISOString() ?? ''}:${f.until?.toISOString() ?? ''}`;

/** One page of results, cached for 5 minutes per query, filters and position. */
export function searchArticles(
  search: SearchQuery,
  filters: SearchFilters,
  after: string | null,
  limit: number,
): Promise<SearchPage> {
  return cachedRead(
    ['search', search.terms.join(' '), filterKey(filters), after ?? 'first', String(limit)],
    [TAGS.articleLists],
    async () =>
      findArticles(
        search,
        filters,
        after ? decodeSearchCursor(after) : null,
        limit,
        await countSearchResults(search, filters),
      ),
    300,
  );
}

/** How many articles match, up to COUNT_CAP; cached like the results. */
export function countSearchResults(
  search: SearchQuery,
  filters: SearchFilters,
): Promise<SearchCount> {
  return cachedRead(
    ['search-count', search.terms.join(' '), filterKey(filters)],
    [TAGS.articleLists],
    () => countMatches(search, filters),
    300,
  );
}

// Terms of one or two characters match exactly through their grams; longer ones are checked whole.
const longPatterns = (search: SearchQuery) =>
  search.terms.flatMap((term, i) => ([...term].length > 2 ? [search.patterns[i] as string] : []));

function filterSql(filters: SearchFilters): Prisma.Sql {
  return Prisma.join(
    [
      Prisma.sql`a.status = 'PUBLISHED'`,
      filters.sourceId === null ? Prisma.empty : Prisma.sql`a.source_id = ${filters.sourceId}`,
      filters.from ? Prisma.sql`a.published_at >= ${filters.from}` : Prisma.empty,
      filters.until ? Prisma.sql`a.published_at < ${filters.until}` : Prisma.empty,
    ].filter((part) => part !== Prisma.empty),
    ' AND ',
  );
}

// The cheap test first: inside NOT (body tier) it is evaluated in this order, and most titles
// fail it before their grams need computing.
function titleMatch(search: SearchQuery): Prisma.Sql {
  return Prisma.sql`(a.title ILIKE ALL(${search.patterns}::text[])
    AND title_bigrams(a.title) @@ ${search.tsquery}::tsquery)`;
}

function documentMatch(search: SearchQuery): Prisma.Sql {
  const long = longPatterns(search);
  return Prisma.sql`(a.search_grams @@ ${search.tsquery}::tsquery${
    long.length
      ? Prisma.sql` AND (a.title || ' ' || a.body_html) ILIKE ALL(${long}::text[])`
      : Prisma.empty
  })`;
}

const tierMatch = (search: SearchQuery, tier: SearchTier) =>
  tier === 'title'
    ? titleMatch(search)
    : Prisma.sql`${documentMatch(search)} AND NOT ${titleMatch(search)}`;

type HitRow = SummaryRow & { body_html: string };

// How many of the newest articles a page first reads in order, matching as it goes: a query that
// holds in more than one in 25 of them finds its page there, and most of its matches need not be
// read. Rarer queries go through the gram index, whose matches are few enough to sort.
const WALK = 500;

/** One tier's page read from the newest WALK articles older than `before`, in order. */
export function walkQuery(
  search: SearchQuery,
  filters: SearchFilters,
  tier: SearchTier,
  before: Cursor,
  limit: number,
): Prisma.Sql {
  return Prisma.sql`
    SELECT ${SUMMARY_COLUMNS}, a.body_html FROM (
      SELECT a.* FROM articles a
      WHERE ${filterSql(filters)}
        AND (a.published_at, a.id) < (${before.publishedAt}::timestamptz, ${before.id}::int)
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${WALK}
    ) a JOIN sources s ON s.id = a.source_id
    WHERE ${tierMatch(search, tier)}
    ORDER BY a.published_at DESC, a.id DESC
    LIMIT ${limit + 1}`;
}

/**
 * One tier's page: its matches older than `before`, newest first, one more than `limit`; only
 * those published in month `fromMonth` or later when given (see publicationMonth).
 */
export function tierQuery(
  search: SearchQuery,
  filters: SearchFilters,
  tier: SearchTier,
  before: Cursor,
  limit: number,
  fromMonth: number | null = null,
): Prisma.Sql {
  const window =
    fromMonth === null
      ? Prisma.empty
      : Prisma.sql`AND publication_month(a.published_at) >= ${fromMonth}::int`;
  return Prisma.sql`
    SELECT ${SUMMARY_COLUMNS}, a.body_html ${ARTICLES_WITH_SOURCE}
    WHERE ${filterSql(filters)} AND ${tierMatch(search, tier)} ${window}
      AND (a.published_at, a.id) < (${before.publishedAt}::timestamptz, ${before.id}::int)
    ORDER BY a.published_at DESC, a.id DESC
    LIMIT ${limit + 1}`;
}

/** The month of an instant (UTC) as the SQL function publication_month numbers it. */
export function publicationMonth(at: Date): number {
  return at.getUTCFullYear() * 12 + at.getUTCMonth();
}

// A query too rare for the walk reads its matches month by month through the indexes, which hold
// the month beside the grams: the newest month, then a quarter, a year, then everything. Only the
// window's matches reach the table, so a query held by one article in fifty costs what one held by
// a handful does.
const WINDOWS = [1, 3, 12, null] as const;

/** The matches, counted up to one past COUNT_CAP. */
export function countQuery(search: SearchQuery, filters: SearchFilters): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM articles a WHERE ${filterSql(filters)} AND ${documentMatch(search)}
      LIMIT ${COUNT_CAP + 1}
    ) matches`;
}

// Through the gram index only: PostgreSQL cannot know how many articles hold a gram it has no
// statistics for, and would otherwise walk the whole table in time order looking for one.
const noSeqScan = () => db.$executeRaw`SET LOCAL enable_seqscan = off`;
const noIndexScan = () => db.$executeRaw`SET LOCAL enable_indexscan = off`;

/**
 * A tier's page. A query that few articles match (`sparse`: at most COUNT_CAP, as its count
 * found) reads its matches through the gram index and sorts them; a common one first walks the
 * newest articles, then (the body tier) reads its matches month by month. Titles are short and
 * their matches fewer: they go from the walk straight to the index.
 */
async function tierPage(
  search: SearchQuery,
  filters: SearchFilters,
  tier: SearchTier,
  before: Cursor,
  limit: number,
  sparse: boolean,
): Promise<HitRow[]> {
  if (!sparse) {
    const [, walked] = await db.$transaction([
      db.$executeRaw`SET LOCAL statement_timeout = '2s'`,
      db.$queryRaw<HitRow[]>(walkQuery(search, filters, tier, before, limit)),
    ]);
    if (walked.length > limit) return walked;
  }
  const windows = sparse || tier === 'title' ? [null] : WINDOWS;
  const newest = windows.length > 1 ? await newestPublication(before) : null;
  for (const months of windows) {
    const fromMonth = months === null || !newest ? null : publicationMonth(newest) - months + 1;
    const [, , , rows] = await db.$transaction([
      db.$executeRaw`SET LOCAL statement_timeout = '2s'`,
      noSeqScan(),
      noIndexScan(),
      db.$queryRaw<HitRow[]>(tierQuery(search, filters, tier, before, limit, fromMonth)),
    ]);
    if (rows.length > limit || fromMonth === null) return rows;
  }
  return [];
}

/** When the newest published article older than `before` appeared (an index probe), or null. */
async function newestPublication(before: Cursor): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ published_at: Date }[]>`
    SELECT a.published_at FROM articles a
    WHERE a.status = 'PUBLISHED'
      AND (a.published_at, a.id) < (${before.publishedAt}::timestamptz, ${before.id}::int)
    ORDER BY a.published_at DESC, a.id DESC LIMIT 1`;
  return row?.published_at ?? null;
}

/** searchArticles without the cache (what the integration test runs); `count` when known. */
export async function findArticles(
  search: SearchQuery,
  filters: SearchFilters,
  after: { tier: SearchTier; cursor: Cursor } | null,
  limit: number,
  count?: SearchCount,
): Promise<SearchPage> {
  const matches = count ?? (await countMatches(search, filters));
  if (matches.total === 0) return { hits: [], nextCursor: null };
  const sparse = !matches.more;
  const hits: { row: HitRow; tier: SearchTier }[] = [];
  let more = false;
  if (!after || after.tier === 'title') {
    const rows = await tierPage(search, filters, 'title', after?.cursor ?? NEWEST, limit, sparse);
    hits.push(...rows.slice(0, limit).map((row) => ({ row, tier: 'title' as const })));
    more = rows.length > limit;
  }
  if (!more) {
    const from = after?.tier === 'body' ? after.cursor : NEWEST;
    const room = limit - hits.length;
    const rows = await tierPage(search, filters, 'body', from, room, sparse);
    hits.push(...rows.slice(0, room).map((row) => ({ row, tier: 'body' as const })));
    more = rows.length > room;
  }
  const last = hits.at(-1);
  return {
    hits: hits.map(({ row, tier }) => ({
      ...toSummary(row),
      tier,
      snippet: snippet(htmlToText(row.body_html), search.terms),
    })),
    nextCursor:
      more && last
        ? encodeSearchCursor(last.tier, { publishedAt: last.row.published_at, id: last.row.id })
        : null,
  };
}

/** countSearchResults without the cache. */
export async function countMatches(
  search: SearchQuery,
  filters: SearchFilters,
): Promise<SearchCount> {
  // A single gram (a query of one or two characters) may stop reading the index after about
  // 5,000 matches: enough to say "more than COUNT_CAP", and exact below it. Several grams must be
  // read whole, or their intersection would be a sample.
  const singleGram = search.terms.length === 1 && [...(search.terms[0] ?? '')].length <= 2;
  const [, , , , rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL statement_timeout = '2s'`,
    noSeqScan(),
    noIndexScan(),
    db.$executeRawUnsafe(`SET LOCAL gin_fuzzy_search_limit = ${singleGram ? FUZZY_LIMIT : 0}`),
    db.$queryRaw<{ n: number }[]>(countQuery(search, filters)),
  ]);
  const n = rows[0]?.n ?? 0;
  return { total: Math.min(n, COUNT_CAP), more: n > COUNT_CAP };
}

export interface SearchSuggestions {
  /** Each term of a several-term query on its own, with its count, when it finds something. */
  terms: { term: string; count: SearchCount }[];
  /** The same query without its filters, when that finds something. */
  unfiltered: SearchCount | null;
  /** Sources and tags whose names hold a term. */
  sources: { slug: string; name: string }[];
  tags: string[];
}

/** What to offer when a search finds nothing. */
export async function searchSuggestions(
  search: SearchQuery,
  filters: SearchFilters,
  split: (term: string) => SearchQuery | null,
): Promise<SearchSuggestions> {
  const filtered = filters.sourceId !== null || filters.from !== null || filters.until !== null;
  const none: SearchFilters = { sourceId: null, from: null, until: null };
  const [unfiltered, terms, sources, tags] = await Promise.all([
    filtered ? countSearchResults(search, none) : Promise.resolve(null),
    search.terms.length > 1
      ? Promise.all(
          search.terms.map(async (term) => {
            const single = split(term);
            return { term, count: single ? await countSearchResults(single, filters) : null };
          }),
        )
      : Promise.resolve([]),
    matchingNames('sources', search.patterns),
    matchingNames('tags', search.patterns),
  ]);
  return {
    unfiltered: unfiltered && unfiltered.total > 0 ? unfiltered : null,
    terms: terms.flatMap(({ term, count }) => (count && count.total > 0 ? [{ term, count }] : [])),
    sources: sources.map((s) => ({ slug: s.slug ?? '', name: s.name })),
    tags: tags.map((t) => t.name),
  };
}

function matchingNames(
  table: 'sources' | 'tags',
  patterns: string[],
): Promise<{ name: string; slug?: string }[]> {
  return cachedRead(
    ['search-names', table, ...patterns],
    [table === 'sources' ? TAGS.sources : TAGS.articleLists],
    () =>
      table === 'sources'
        ? db.$queryRaw<{ name: string; slug: string }[]>`
            SELECT name, slug FROM sources WHERE name ILIKE ANY(${patterns}::text[])
            ORDER BY length(name), name LIMIT 8`
        : db.$queryRaw<{ name: string }[]>`
            SELECT name FROM tags WHERE name ILIKE ANY(${patterns}::text[])
            ORDER BY length(name), name LIMIT 8`,
    300,
  );
}
