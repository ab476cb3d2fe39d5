import { parseSearchQuery, type SearchQuery } from '../lib/search';
import { markdownTable } from './support';
import { textGenerator } from './synthetic-text';

/**
 * The search section of bench/explain.md: what the search page runs (its first page and its count,
 * through lib/db/articles/search.ts itself) for two-character queries drawn across the vocabulary
 * of the benchmark's bodies, from the commonest words to ones no article holds; their latency
 * (p50, p95, max), and the plans of representative queries.
 */
const NO_FILTERS = { sourceId: null, from: null, until: null };
const PAGE = 20;

/** Two-character words of the fill's vocabulary by frequency rank, and a few it never uses. */
function workload(): { band: string; words: string[] }[] {
  const vocabulary = textGenerator(42).vocabulary;
  const twoChar = (from: number, to: number, count: number) => {
    const words = vocabulary.slice(from, to).filter((w) => [...w].length === 2);
    const step = Math.max(1, Math.floor(words.length / count));
    return words.filter((_, i) => i % step === 0).slice(0, count);
  };
  return [
    { band: 'commonest (rank 1–50: in most long articles)', words: twoChar(0, 50, 20) },
    { band: 'common (rank 50–500)', words: twoChar(50, 500, 20) },
    { band: 'middling (rank 500–5,000)', words: twoChar(500, 5000, 20) },
    { band: 'rare (rank 5,000–30,000)', words: twoChar(5000, 30000, 20) },
    { band: 'absent (no article holds it)', words: ['火星', '熊猫', '冰川', '沙漠', '鲸鱼'] },
  ];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export async function benchSearch(url: string): Promise<string[]> {
  process.env.DATABASE_URL = url;
  const search = await import('../lib/db/articles/search');
  const { db } = await import('../lib/db/client');
  const { NEWEST } = await import('../lib/db/articles/views');
  const query = (text: string) => parseSearchQuery(text) as SearchQuery;
  // What the search page does for a query: its count, then its first page (which the count steers).
  const run = async (q: SearchQuery) => {
    const count = await search.countMatches(q, NO_FILTERS);
    return [await search.findArticles(q, NO_FILTERS, null, PAGE, count), count] as const;
  };

  // A running site has its table and indexes in memory: read them in once, as it would have.
  await db.$executeRaw`CREATE EXTENSION IF NOT EXISTS pg_prewarm`;
  await db.$queryRaw`SELECT pg_prewarm(relation::regclass) FROM (VALUES ('articles'), ('sources'),
    ('articles_search_idx'), ('articles_title_search_idx'),
    ('articles_status_published_at_id_idx')) AS r(relation)`;
  const [{ buffers } = { buffers: '' }] = await db.$queryRaw<{ buffers: string }[]>`
    SELECT current_setting('shared_buffers') AS buffers`;
  const bands = workload();
  // Warm the caches with every query once, as a running site would be; then measure.
  for (const { words } of bands) for (const word of words) await run(query(word));
  const rows = [['queries', 'n', 'p50 ms', 'p95 ms', 'max ms', 'results (median count)']];
  const all: number[] = [];
  const slowest: [string, number][] = [];
  for (const { band, words } of bands) {
    const times: number[] = [];
    const counts: number[] = [];
    for (const word of words) {
      const started = performance.now();
      const [, count] = await run(query(word));
      times.push(performance.now() - started);
      slowest.push([word, performance.now() - started]);
      counts.push(count.more ? Infinity : count.total);
    }
    all.push(...times);
    times.sort((a, b) => a - b);
    counts.sort((a, b) => a - b);
    const median = counts[Math.floor(counts.length / 2)] ?? 0;
    rows.push([
      band,
      String(words.length),
      percentile(times, 50).toFixed(1),
      percentile(times, 95).toFixed(1),
      (times.at(-1) ?? 0).toFixed(1),
      median === Infinity ? `> ${search.COUNT_CAP}` : String(median),
    ]);
  }
  all.sort((a, b) => a - b);
  slowest.sort((a, b) => b[1] - a[1]);
  rows.push([
    '**all two-character queries**',
    String(all.length),
    percentile(all, 50).toFixed(1),
    `**${percentile(all, 95).toFixed(1)}**`,
    (all.at(-1) ?? 0).toFixed(1),
    '',
  ]);

  // As the page runs them: the walk as it is, the index reads with sequential and plain index
  // scans off (lib/db/articles/search.ts).
  const explain = async (sql: { text: string; values: unknown[] }, bitmapOnly: boolean) => {
    // A count of one gram stops after about 5,000 matches (countMatches).
    const fuzzy = sql.text.includes('count(*)') ? 5 * search.COUNT_CAP : 0;
    const [, , , rows] = await db.$transaction([
      db.$executeRawUnsafe(`SET LOCAL enable_seqscan = ${bitmapOnly ? 'off' : 'on'}`),
      db.$executeRawUnsafe(`SET LOCAL enable_indexscan = ${bitmapOnly ? 'off' : 'on'}`),
      db.$executeRawUnsafe(`SET LOCAL gin_fuzzy_search_limit = ${fuzzy}`),
      db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`,
        ...sql.values,
      ),
    ]);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  };
  const common = bands[0]?.words[0] ?? '市场';
  const middling = bands[2]?.words[0] ?? '海沧';
  const [{ newest } = { newest: new Date() }] = await db.$queryRaw<{ newest: Date }[]>`
    SELECT max(published_at) AS newest FROM articles WHERE status = 'PUBLISHED'`;
  const month = search.publicationMonth(newest);
  const plans: [string, { text: string; values: unknown[] }, boolean][] = [
    [
      `Walk, body tier, a common word (${common}): the newest articles in order, until 21 match`,
      search.walkQuery(query(common), NO_FILTERS, 'body', NEWEST, PAGE),
      false,
    ],
    [
      `Title tier after the walk, a word in no title (${middling}): straight to the title index`,
      search.tierQuery(query(middling), NO_FILTERS, 'title', NEWEST, PAGE),
      true,
    ],
    [
      `Body tier, a middling word (${middling}): its matches of the newest month only`,
      search.tierQuery(query(middling), NO_FILTERS, 'body', NEWEST, PAGE, month),
      true,
    ],
    [
      'Body tier, a rare word (海沧, counted at most 1,000): all its matches, sorted',
      search.tierQuery(query('海沧'), NO_FILTERS, 'body', NEWEST, PAGE),
      true,
    ],
    [`Count, a common word (${common})`, search.countQuery(query(common), NO_FILTERS), true],
    ['Count, a rare word (海沧)', search.countQuery(query('海沧'), NO_FILTERS), true],
  ];
  const [{ size } = { size: '' }] = await db.$queryRaw<{ size: string }[]>`
    SELECT pg_size_pretty(pg_relation_size('articles_search_idx')) AS size`;

  const sections = [
    '## Search (titles and bodies)',
    '',
    `Wall-clock time of what the search page runs for a query — its count, then its first page of 20 (title matches, then body matches), which the count steers, through \`lib/db/articles/search.ts\` — for two-character words of the benchmark bodies’ vocabulary (bench/synthetic-text.ts: 30,000 words, Zipf-distributed), each run once to warm the caches and then measured. No result cache is involved. The server has shared_buffers = ${buffers} and the table and its search indexes read into it (pg_prewarm), as a database server sized for the archive would have them; the bodies (TOAST) are not prewarmed. The machine is shared (2 cores, other work running): figures vary by run.`,
    '',
    markdownTable(rows),
    '',
    `Slowest: ${slowest
      .slice(0, 5)
      .map(([word, ms]) => `${word} ${ms.toFixed(0)} ms`)
      .join(
        ', ',
      )}. The body index (\`articles_search_idx\`, GIN over the grams and month of each published article) is ${size}.`,
    '',
  ];
  for (const [title, sql, bitmapOnly] of plans) {
    sections.push(`### ${title}`, '', '```', await explain(sql, bitmapOnly), '```', '');
  }
  await db.$disconnect();
  return sections;
}
