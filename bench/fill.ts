import pg from 'pg';
import { makeExcerpt } from '../lib/content/render';
import { documentGrams } from '../lib/search';
import { textGenerator } from './synthetic-text';

const BATCH = 2_000;

/**
 * Fills a migrated database with `articles` synthetic published articles over `sources` sources,
 * with the archive's long tail (a few sources publish most of the news) and varied Chinese bodies
 * (bench/synthetic-text.ts) whose search grams are computed as the importer computes them. The
 * search indexes are dropped while filling and built once at the end, as a bulk load should.
 */
export async function fillDatabase(url: string, articles: number, sources: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT setseed(0.42)');
    await client.query(
      `INSERT INTO sources (slug, name, updated_at)
       SELECT 'source' || lpad(i::text, 4, '0'), '来源' || i || '日报', now() FROM generate_series(1, $1) i`,
      [sources],
    );
    await client.query(
      `INSERT INTO tags (name) SELECT '来源' || i || '日报新闻' FROM generate_series(1, $1) i`,
      [sources],
    );
    const { rows: searchIndexes } = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT indexname, indexdef FROM pg_indexes
       WHERE tablename = 'articles' AND indexname IN ('articles_search_idx', 'articles_title_search_idx')`,
    );
    for (const index of searchIndexes) await client.query(`DROP INDEX ${index.indexname}`);

    const text = textGenerator(42);
    let random = 0x2545f491;
    const next = () => {
      random ^= random << 13;
      random ^= random >>> 17;
      random ^= random << 5;
      return (random >>> 0) / 4294967296;
    };
    const start = Date.UTC(2019, 0, 1) - 8 * 3600_000;
    const span = 1460 * 86_400_000;
    let pending: Promise<unknown> = Promise.resolve();
    for (let first = 1; first <= articles; first += BATCH) {
      const batch = { g: [] as number[], title: [] as string[], at: [] as string[] };
      const more = { src: [] as number[], excerpt: [] as string[], body: [] as string[] };
      const grams: string[] = [];
      for (let g = first; g < Math.min(articles + 1, first + BATCH); g++) {
        const title = text.title(g);
        const body = text.bodyHtml();
        batch.g.push(g);
        batch.title.push(title);
        batch.at.push(new Date(start + Math.floor(next() * span)).toISOString());
        more.src.push(1 + Math.floor(sources * next() ** 2.5));
        more.excerpt.push(makeExcerpt(body));
        more.body.push(body);
        grams.push(documentGrams(title, body));
      }
      // Generating the next batch overlaps with the database writing this one.
      await pending;
      pending = client.query(
        `INSERT INTO articles (key, info_code, slug, permalink, title, published_at, status, source_id,
           source_name, original_url, excerpt, body_html, raw_source, source_path, content_hash,
           search_grams, flags, updated_at)
         SELECT 'ic:' || code, code, code,
                -- Jekyll's address: the source's category, the Beijing day, the slug.
                '/source' || lpad(t.src::text, 4, '0')
                  || to_char(t.at AT TIME ZONE 'Asia/Shanghai', '/YYYY/MM/DD/') || code || '.html',
                t.title, t.at, 'PUBLISHED', t.src, '来源' || t.src || '日报',
                'http://finance.example.com/news/' || t.g || '.html', t.excerpt, t.body, t.body, NULL,
                md5(t.g::text), t.grams::tsvector, '{}', now()
         FROM unnest($1::int[], $2::text[], $3::timestamptz[], $4::int[], $5::text[], $6::text[], $7::text[])
           AS t(g, title, at, src, excerpt, body, grams)
         CROSS JOIN LATERAL (SELECT 'NW' || lpad(t.g::text, 18, '0') AS code) c`,
        [batch.g, batch.title, batch.at, more.src, more.excerpt, more.body, grams],
      );
    }
    await pending;
    await client.query(
      `INSERT INTO article_tags (article_id, tag_id) SELECT a.id, a.source_id FROM articles a`,
    );
    await client.query(`SET maintenance_work_mem = '1GB'`);
    for (const index of searchIndexes) await client.query(index.indexdef);
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}
