import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';
import { titleSearch } from '@/lib/search';
import { decodeCursor } from '@/lib/urls';

// Title search against PostgreSQL: the bigram function, its index and the query together.
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/db/articles/reader')),
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

async function titles(query: string, limit = 50) {
  const search = titleSearch(query);
  if (!search) throw new Error(`nothing to search in ${query}`);
  return (await lib.findByTitle(search, null, limit)).articles.map((a) => a.title);
}

describe('title search', () => {
  it('finds a title by a word inside it, by several words, and by one character', async () => {
    expect(await titles('社会治理')).toContain(SEED);
    expect(await titles('治理 活力')).toContain(SEED);
    expect(await titles('创')).toContain(SEED);
  });

  it('needs each term whole: grams found apart, or across a space, do not match', async () => {
    expect(await titles('理激')).not.toContain(SEED);
    expect(await titles('社会活力')).not.toContain(SEED);
    expect(await titles('没有这样的标题')).toEqual([]);
  });

  it('finds only published articles', async () => {
    await lib.db.article.update({
      where: { infoCode: 'NW202112212221212333' },
      data: { status: 'UNPUBLISHED' },
    });
    try {
      expect(await titles('社会治理')).not.toContain(SEED);
    } finally {
      await lib.db.article.update({
        where: { infoCode: 'NW202112212221212333' },
        data: { status: 'PUBLISHED' },
      });
    }
  });

  it('pages newest first with a keyset cursor, without repeats', async () => {
    const all = await titles('的', 100);
    expect(all.length).toBeGreaterThan(6);
    const search = titleSearch('的')!;
    const first = await lib.findByTitle(search, null, 3);
    const second = await lib.findByTitle(search, decodeCursor(first.nextCursor ?? ''), 3);
    expect([...first.articles, ...second.articles].map((a) => a.title)).toEqual(all.slice(0, 6));
    const times = first.articles.map((a) => a.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('is served by the bigram index once the archive is large', async () => {
    // 30,000 published articles with titles of random common characters, then the real query.
    await lib.db.$executeRaw`
      INSERT INTO articles (key, slug, title, published_at, status, source_id, excerpt, body_html,
        raw_source, content_hash, updated_at)
      SELECT 'bulk:' || i, 'bulk-' || i, r.title, now() - i * interval '1 minute', 'PUBLISHED',
        (SELECT min(id) FROM sources), '', '', '', 'bulk' || i, now()
      FROM generate_series(1, 30000) AS i
      CROSS JOIN LATERAL (
        SELECT string_agg(chr(19968 + (random() * 3000)::int), '') AS title
        FROM generate_series(1, 16) AS g WHERE g > -i
      ) r`;
    await lib.db.$executeRaw`ANALYZE articles`;
    const search = titleSearch('社会治理')!;
    const plan = await lib.db.$queryRaw<{ 'QUERY PLAN': string }[]>`
      EXPLAIN SELECT a.id FROM articles a
      WHERE a.status = 'PUBLISHED' AND title_bigrams(a.title) @@ ${search.tsquery}::tsquery
        AND a.title ILIKE ALL(${search.patterns}::text[])
      ORDER BY a.published_at DESC, a.id DESC LIMIT 31`;
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
      'Bitmap Index Scan on articles_title_bigrams_idx',
    );
    expect(await titles('社会治理')).toContain(SEED);
  });
});
