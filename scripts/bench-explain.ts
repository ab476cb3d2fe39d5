/**
 * `npm run bench:explain [-- --articles 1000000 --fill]`: EXPLAIN (ANALYZE, BUFFERS) of the hot
 * reader queries against the benchmark database `npm run bench` filled (`--fill` fills it first
 * when it does not exist), written to bench/explain.md.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fillDatabase } from '../bench/fill';
import { benchServer } from '../bench/support';
import { migrate } from '../lib/db/migrate';
import { createDatabase, databaseUrl, withPgClient } from '../lib/db/pg';
import { benchSearch } from '../bench/search';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000000' },
    fill: { type: 'boolean', default: false },
  },
});
let server = await benchServer();
const database = `bench_${values.articles}`;
const url = databaseUrl(server.url, database);
const exists = await withPgClient(
  server.url,
  async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount,
);
if (!exists) {
  if (!values.fill) throw new Error(`no database ${database}: run with --fill to create it`);
  await createDatabase(server.url, database);
  await migrate(url);
  const started = Date.now();
  console.log(`filling ${database} …`);
  await fillDatabase(url, Number(values.articles), 2000);
  console.log(`filled in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// The statements lib/db/*.ts sends, with representative parameters.
const queries: [string, string][] = [
  [
    'Home: newest articles',
    `SELECT a.id, a.title, a.excerpt, a.permalink, a.published_at, s.slug, s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.status = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC LIMIT 20`,
  ],
  [
    'Source page 1',
    `SELECT a.id, a.title, a.excerpt, a.permalink, a.published_at FROM articles a WHERE a.source_id = 1 AND a.status = 'PUBLISHED' AND (a.published_at, a.id) < ('infinity'::timestamptz, 2147483647) ORDER BY a.published_at DESC, a.id DESC LIMIT 31`,
  ],
  [
    'Source page deep in the archive (keyset cursor)',
    `SELECT a.id, a.title, a.excerpt, a.permalink, a.published_at FROM articles a WHERE a.source_id = 1 AND a.status = 'PUBLISHED' AND (a.published_at, a.id) < ((SELECT published_at FROM articles WHERE source_id = 1 ORDER BY published_at DESC, id DESC OFFSET 20000 LIMIT 1), 2147483647) ORDER BY a.published_at DESC, a.id DESC LIMIT 31`,
  ],
  [
    'Article by permalink',
    `SELECT a.* FROM articles a WHERE a.permalink = (SELECT permalink FROM articles WHERE info_code = 'NW000000000000500000')`,
  ],
  [
    'Old address: article by alias (/old_post/…)',
    `SELECT a.permalink, a.status, s.slug FROM articles a JOIN sources s ON s.id = a.source_id JOIN article_aliases al ON al.article_id = a.id WHERE al.path = '/old_post/2021-12-08-NW000000000000500000.html'`,
  ],
  [
    'Share URL: article by infoCode',
    `SELECT a.permalink, a.status, s.slug FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.info_code = 'NW000000000000500000'`,
  ],
  [
    'Home: per-source sections (12 most active sources, 5 each)',
    `WITH recent AS (SELECT s.id, latest.published_at AS last_at FROM sources s CROSS JOIN LATERAL (SELECT a.published_at FROM articles a WHERE a.source_id = s.id AND a.status = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC LIMIT 1) latest ORDER BY latest.published_at DESC, s.id LIMIT 12) SELECT a.id FROM recent r CROSS JOIN LATERAL (SELECT a.id FROM articles a WHERE a.source_id = r.id AND a.status = 'PUBLISHED' ORDER BY a.published_at DESC, a.id DESC LIMIT 5) a`,
  ],
  [
    'Sitemap index: blocks of ids with their newest change',
    `SELECT ((id - 1) / 10000)::int AS chunk, max(updated_at) FROM articles WHERE status = 'PUBLISHED' GROUP BY 1 ORDER BY 1`,
  ],
  [
    'One article sitemap (10,000 ids)',
    `SELECT a.permalink, a.updated_at FROM articles a WHERE a.id > 500000 AND a.id <= 510000 AND a.status = 'PUBLISHED' ORDER BY a.id`,
  ],
  [
    'Google News window (48 hours)',
    `SELECT a.id FROM articles a WHERE a.status = 'PUBLISHED' AND a.published_at >= now() - interval '48 hours' AND a.published_at <= now() ORDER BY a.published_at DESC, a.id DESC LIMIT 1000`,
  ],
];

// The search measurements assume a server sized for the archive: its table and indexes (about
// 3 GB at a million articles, bodies aside) in PostgreSQL's own memory, not the 128 MB default.
const SHARED_BUFFERS = '3GB';
const configured = await withPgClient(
  server.url,
  async (c) =>
    (await c.query<{ shared_buffers: string }>('SHOW shared_buffers')).rows[0]?.shared_buffers,
);
if (configured !== SHARED_BUFFERS) {
  await withPgClient(server.url, (c) =>
    c.query(`ALTER SYSTEM SET shared_buffers = '${SHARED_BUFFERS}'`),
  );
  await server.stop();
  server = await benchServer();
}

const sections: string[] = [
  '# Query plans of the hot reader queries',
  '',
  `EXPLAIN (ANALYZE, BUFFERS) on the benchmark database with ${Number(values.articles).toLocaleString('en')} articles (bench/fill.ts), run ${new Date().toISOString()}.`,
  'Every listing walks an index in order and stops at its LIMIT; search reads the articles that hold every gram of the query through a GIN index, or walks the publication-time index when its matches are so many that the newest come first anyway (see the search section at the end). No public page reads the whole table.',
  '',
];
try {
  await withPgClient(url, async (client) => {
    for (const [title, sql] of queries) {
      const plan = (await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)).rows
        .map((row) => row['QUERY PLAN'])
        .join('\n');
      sections.push(`## ${title}`, '', '```sql', sql, '```', '', '```', plan, '```', '');
    }
  });
  sections.push(...(await benchSearch(url)));
} finally {
  await server.stop();
}
await writeFile('bench/explain.md', sections.join('\n'));
console.log('written to bench/explain.md');
