import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';
import { documentGrams, parseSearchQuery, type SearchQuery } from '@/lib/search';

// Full-text search against PostgreSQL: the gram functions, the trigger, the indexes and the queries.
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/db/articles/search')),
  ...(await import('@/lib/db/client')),
  ...(await import('@/lib/db/imports')),
  ...(await import('@/lib/content/import')),
}));

beforeAll(async () => {
  await lib.importContent(['test/fixtures/finews', 'test/fixtures/seed-NW202112212221212333.md'], {
    store: lib.importStore,
  });
});

const SEED = '创新社会治理 激发城市活力';
const NO_FILTERS: { sourceId: number | null; from: Date | null; until: Date | null } = {
  sourceId: null,
  from: null,
  until: null,
};

function query(text: string): SearchQuery {
  const search = parseSearchQuery(text);
  if (!search) throw new Error(`nothing to search in ${text}`);
  return search;
}

async function hits(text: string, limit = 50, filters = NO_FILTERS) {
  return (await lib.findArticles(query(text), filters, null, limit)).hits;
}
const titles = async (text: string, limit = 50) => (await hits(text, limit)).map((h) => h.title);

describe('full-text search', () => {
  it('stores the grams the importer computes, which the database computes the same', async () => {
    const rows = await lib.db.$queryRaw<{ title: string; same: boolean }[]>`
      SELECT title, search_grams = article_search_grams(title, body_html) AS same FROM articles`;
    expect(rows.length).toBeGreaterThan(40);
    expect(rows.filter((row) => !row.same).map((row) => row.title)).toEqual([]);
    // And the importer's text is what the database would have stored itself.
    const [one] = await lib.db.$queryRaw<{ grams: string }[]>`
      SELECT article_search_grams(${SEED}, '<p>厦门&amp;海沧</p>')::text AS grams`;
    const mine = await lib.db.$queryRaw<{ grams: string }[]>`
      SELECT ${documentGrams(SEED, '<p>厦门&amp;海沧</p>')}::tsvector::text AS grams`;
    expect(one?.grams).toBe(mine[0]?.grams);
  });

  it('finds a body by a word that is not in its title: 海沧', async () => {
    const found = await hits('海沧');
    expect(found.map((h) => h.title)).toContain(SEED);
    const seed = found.find((h) => h.title === SEED);
    expect(seed?.tier).toBe('body');
    expect(seed?.snippet).toContain('海沧');
  });

  it('ranks title matches above body matches, each newest first', async () => {
    const found = await hits('的', 200);
    const tiers = found.map((h) => h.tier);
    expect(tiers.indexOf('body')).toBeGreaterThan(tiers.lastIndexOf('title'));
    const titleTimes = found.filter((h) => h.tier === 'title').map((h) => h.publishedAt);
    expect([...titleTimes].sort().reverse()).toEqual(titleTimes);
  });

  it('needs each term whole, in the title or the body', async () => {
    expect(await titles('社会治理')).toContain(SEED);
    expect(await titles('治理 海沧')).toContain(SEED);
    expect(await titles('理激')).not.toContain(SEED);
    expect(await titles('没有这样的文字组合')).toEqual([]);
  });

  it('pages across both tiers with a keyset cursor, without repeats', async () => {
    const all = await hits('的', 200);
    expect(all.length).toBeGreaterThan(8);
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof lib.findArticles>> = await lib.findArticles(
        query('的'),
        NO_FILTERS,
        after ? lib.decodeSearchCursor(after) : null,
        7,
      );
      seen.push(...page.hits.map((h) => h.id));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(all.map((h) => h.id));
  });

  it('filters by source and by date range', async () => {
    const [source] = await lib.db.$queryRaw<{ id: number }[]>`
      SELECT id FROM sources WHERE slug = 'emnews'`;
    const bySource = await hits('的', 200, { ...NO_FILTERS, sourceId: source!.id });
    expect(bySource.length).toBeGreaterThan(0);
    expect(bySource.every((h) => h.source.slug === 'emnews')).toBe(true);
    const day = new Date('2021-12-20T16:00:00Z');
    const oneDay = await hits('的', 200, {
      ...NO_FILTERS,
      from: day,
      until: new Date(day.getTime() + 86_400_000),
    });
    expect(oneDay.length).toBeGreaterThan(0);
    expect(oneDay.every((h) => h.publishedAt.startsWith('2021-12-2'))).toBe(true);
    expect(oneDay.length).toBeLessThan((await hits('的', 200)).length);
  });

  it('numbers months as the database does, for the month windows of rare queries', async () => {
    const instants = ['2021-12-31T16:00:00Z', '2019-01-01T00:00:00Z', '2022-06-30T23:59:59.999Z'];
    for (const iso of instants) {
      const [row] = await lib.db.$queryRaw<{ month: number }[]>`
        SELECT publication_month(${new Date(iso)}::timestamptz) AS month`;
      expect(row?.month, iso).toBe(lib.publicationMonth(new Date(iso)));
    }
  });

  it('counts the matches, up to its cap', async () => {
    const count = await lib.countMatches(query('海沧'), NO_FILTERS);
    expect(count.more).toBe(false);
    expect(count.total).toBe((await hits('海沧')).length);
  });

  it('finds only published articles, and follows an edit at once (the trigger)', async () => {
    await lib.db.article.update({
      where: { infoCode: 'NW202112212221212333' },
      data: { status: 'UNPUBLISHED' },
    });
    try {
      expect(await titles('海沧')).not.toContain(SEED);
    } finally {
      await lib.db.article.update({
        where: { infoCode: 'NW202112212221212333' },
        data: { status: 'PUBLISHED' },
      });
    }
    await lib.db.$executeRaw`
      UPDATE articles SET body_html = body_html || '<p>鼓浪屿钢琴节</p>'
      WHERE info_code = 'NW202112212221212333'`;
    expect(await titles('钢琴节')).toContain(SEED);
    const [changed] = await lib.db.$queryRaw<{ content_changed_at: Date | null }[]>`
      SELECT content_changed_at FROM articles WHERE info_code = 'NW202112212221212333'`;
    expect(changed?.content_changed_at).toBeInstanceOf(Date);
  });

  it('is served by the gram indexes once the archive is large', async () => {
    // 30,000 published articles with random common characters, then the real queries.
    await lib.db.$executeRaw`
      INSERT INTO articles (key, slug, title, published_at, status, source_id, excerpt, body_html,
        raw_source, content_hash, updated_at)
      SELECT 'bulk:' || i, 'bulk-' || i, r.title, now() - i * interval '1 minute', 'PUBLISHED',
        (SELECT min(id) FROM sources), '', '<p>' || r.title || '</p>', '', 'bulk' || i, now()
      FROM generate_series(1, 30000) AS i
      CROSS JOIN LATERAL (
        SELECT string_agg(chr(19968 + (random() * 3000)::int), '') AS title
        FROM generate_series(1, 16) AS g WHERE g > -i
      ) r`;
    await lib.db.$executeRaw`ANALYZE articles`;
    const search = query('海沧');
    const plan = async (match: string) =>
      (
        await lib.db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
          `EXPLAIN SELECT a.id FROM articles a WHERE a.status = 'PUBLISHED' AND ${match}
           ORDER BY a.published_at DESC, a.id DESC LIMIT 21`,
          search.tsquery,
        )
      )
        .map((row) => row['QUERY PLAN'])
        .join('\n');
    expect(await plan(`title_bigrams(a.title) @@ $1::tsquery`)).toContain(
      'Bitmap Index Scan on articles_title_search_idx',
    );
    expect(await plan(`a.search_grams @@ $1::tsquery`)).toContain(
      'Bitmap Index Scan on articles_search_idx',
    );
    expect(await titles('海沧')).toContain(SEED);
  });
});
