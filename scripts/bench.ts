/**
 * `npm run bench [-- --articles 100000 --duration 10 --routes home,article-warm --reuse]`
 *
 * Builds for production, fills a fresh database with N synthetic articles over 2,000 sources,
 * starts the production server, and loads each route from a separate process (autocannon) on
 * 127.0.0.1: home, source page 1, a deep source page reached by cursor, article warm and cold,
 * share redirect, feed and sitemap. The same article HTML served as a static file by nginx (or,
 * without nginx, by a minimal Node server) gives the ceiling each route is compared with.
 * Prints one table and writes it to bench/results.md. Database: a fresh one on BENCH_DATABASE_URL's
 * server, or on an embedded server in .data/bench.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchServer, currentRss, describeMachine, markdownTable, mib } from '../bench/support';
import { createDatabase, databaseUrl, withPgClient } from '../lib/db/pg';
import { fillDatabase } from '../bench/fill';
import { migrate } from '../lib/db/migrate';
import { encodeCursor, urls } from '../lib/urls';

const ROUTES = [
  'home',
  'source',
  'source-deep',
  'article-warm',
  'article-cold',
  'share',
  'feed',
  'sitemap',
  'search',
] as const;
type Route = (typeof ROUTES)[number];

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    sources: { type: 'string', default: '2000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    routes: { type: 'string', default: ROUTES.join(',') },
    reuse: { type: 'boolean', default: false },
  },
});
const articles = Number(values.articles);
const sources = Number(values.sources);
const duration = Number(values.duration);
const connections = Number(values.connections);
const routes = values.routes
  .split(',')
  .filter((r): r is Route => (ROUTES as readonly string[]).includes(r));
const PORT = 3210;
const STATIC_PORT = 3299;
const base = `http://127.0.0.1:${PORT}`;
const say = (message: string) => console.log(`[bench] ${message}`);
const require = createRequire(import.meta.url);

// ---- database ------------------------------------------------------------------------------
const server = await benchServer();
const database = `bench_${articles}`;
const dbUrl = databaseUrl(server.url, database);
const exists = await withPgClient(
  server.url,
  async (c) => (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount,
);
if (!exists || !values.reuse) {
  await createDatabase(server.url, database, { replace: true });
  await migrate(dbUrl);
  say(`filling ${articles} articles over ${sources} sources …`);
  const started = Date.now();
  await fillDatabase(dbUrl, articles, sources);
  say(`filled in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} else {
  say(`reusing database ${database}`);
}

// ---- build and serve -----------------------------------------------------------------------
const env = {
  ...process.env,
  DATABASE_URL: dbUrl,
  NEXT_DIST_DIR: '.next-bench',
  PORT: String(PORT),
  SITE_URL: base,
  NODE_ENV: 'production' as const,
  NEXT_TELEMETRY_DISABLED: '1',
  REVALIDATE_SECRET: 'bench',
};
const nextBin = require.resolve('next/dist/bin/next');
say('building …');
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) throw new Error('next build failed');

// As `npm start` runs it (scripts/start.ts): the same heap cap.
const app = spawn(
  process.execPath,
  [
    `--max-old-space-size=${process.env.SERVER_HEAP_MB ?? 256}`,
    nextBin,
    'start',
    '--port',
    String(PORT),
    '--hostname',
    '127.0.0.1',
  ],
  { env, stdio: 'ignore' },
);
const rssSamples: number[] = [];
const sampler = setInterval(() => {
  const rss = app.pid ? processTreeRss(app.pid) : null;
  if (rss) rssSamples.push(rss);
}, 200);

try {
  await waitFor(`${base}/robots.txt`);
  const targets = await benchTargets(dbUrl);
  const articleHtml = await (await fetch(`${base}${targets.warmArticle}`)).text();
  const staticCeiling = await staticBaseline(articleHtml);

  const rows: string[][] = [
    ['route', 'path', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'server RSS (max)', 'of static'],
  ];
  rows.push([
    'static file',
    `${staticCeiling.server} /article.html`,
    fmt(staticCeiling.result.requests),
    fmt(staticCeiling.result.p50),
    fmt(staticCeiling.result.p99),
    String(staticCeiling.result.errors),
    '-',
    '100%',
  ]);
  for (const route of routes) {
    const paths = route === 'article-cold' ? targets.coldArticles : [targets.paths[route]];
    if (route !== 'article-cold') await fetch(`${base}${paths[0]}`, { redirect: 'manual' }); // warm the cache once
    rssSamples.length = 0;
    say(`${route}: ${paths.length > 1 ? `${paths.length} distinct articles` : paths[0]}`);
    // Cold renders are measured for latency with 2 clients; more would measure queueing behind them.
    const result = await load(base, paths, route === 'article-cold' ? 2 : connections, duration);
    rows.push([
      route,
      paths.length > 1 ? `${paths.length} distinct permalinks` : (paths[0] ?? ''),
      fmt(result.requests),
      fmt(result.p50),
      fmt(result.p99),
      String(result.errors),
      mib(Math.max(0, ...rssSamples)),
      `${((result.requests / staticCeiling.result.requests) * 100).toFixed(0)}%`,
    ]);
  }
  const table = markdownTable(rows);
  const text = [
    '# Portal benchmark',
    '',
    `${articles.toLocaleString('en')} articles over ${sources} sources (bench/fill.ts); each route loaded for ${duration} s by autocannon`,
    `(${connections} connections; 2 for cold articles) from a separate process on 127.0.0.1, against \`next start\`.`,
    'req/s and latency as autocannon reports them; errors are non-2xx/3xx responses and socket errors;',
    'server RSS is the largest resident size of the server process tree sampled during that route.',
    '"article-cold" requests each permalink once: every request renders from the database.',
    '',
    table,
    '',
    `Machine: ${describeMachine()}. Load generator on the same machine. Run ${new Date().toISOString()}.`,
    '',
  ].join('\n');
  await writeFile(`bench/results${articles === 100_000 ? '' : `-${articles}`}.md`, text);
  console.log(`\n${table}\n`);
  await staticCeiling.stop();
} finally {
  clearInterval(sampler);
  app.kill('SIGTERM');
  await server.stop();
}

// ---- helpers -------------------------------------------------------------------------------
function fmt(value: number): string {
  return value >= 100 ? Math.round(value).toString() : value.toFixed(1);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server did not start: ${url}`);
}

/** RSS of a process and its descendants (next start may fork workers), from /proc. */
function processTreeRss(pid: number): number {
  const children = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter(Boolean)
    .map(Number);
  return (currentRss(pid) ?? 0) + children.reduce((sum, child) => sum + processTreeRss(child), 0);
}

async function benchTargets(url: string) {
  return withPgClient(url, async (c) => {
    const sample = (
      await c.query<{ permalink: string; info_code: string }>(
        `SELECT a.permalink, a.info_code FROM articles a WHERE a.id = (SELECT max(id) / 2 FROM articles)`,
      )
    ).rows[0];
    if (!sample) throw new Error('no articles');
    // The busiest source, and the cursor 100 pages (3,000 articles) deep into it.
    const busiest = (
      await c.query<{ id: number; slug: string; n: number }>(
        `SELECT s.id, s.slug, count(*)::int AS n FROM articles a JOIN sources s ON s.id = a.source_id GROUP BY s.id ORDER BY n DESC LIMIT 1`,
      )
    ).rows[0];
    if (!busiest) throw new Error('no sources');
    const depth = Math.min(2999, busiest.n - 31);
    const deep = (
      await c.query<{ published_at: Date; id: number }>(
        `SELECT published_at, id FROM articles WHERE source_id = $1 AND status = 'PUBLISHED' ORDER BY published_at DESC, id DESC OFFSET $2 LIMIT 1`,
        [busiest.id, depth],
      )
    ).rows[0];
    if (!deep) throw new Error('source too small for a deep page');
    const cold = (
      await c.query<{ permalink: string }>(
        `SELECT a.permalink FROM articles a
       WHERE a.id IN (SELECT (random() * (SELECT max(id) FROM articles))::int + 1 FROM generate_series(1, 40000))`,
      )
    ).rows;
    const warmArticle = urls.article(sample);
    const paths: Record<Exclude<Route, 'article-cold'>, string> = {
      home: '/',
      source: urls.source(busiest.slug),
      'source-deep': urls.sourcePage(
        busiest.slug,
        encodeCursor({ publishedAt: deep.published_at, id: deep.id }),
      ),
      'article-warm': warmArticle,
      share: urls.share(sample.info_code),
      feed: '/feed.xml',
      sitemap: urls.sitemapArticles(0),
      // Two of the fill's 40 title words: about one title in 270 holds both.
      search: urls.search('央行 降准'),
    };
    return {
      paths,
      warmArticle,
      coldArticles: cold.map((row) => urls.article(row)).filter((p) => p !== warmArticle),
    };
  });
}

interface LoadResult {
  requests: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Runs autocannon in its own process (so it does not share a core's event loop with the server). */
function load(
  origin: string,
  paths: string[],
  conns: number,
  seconds: number,
): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/load.ts'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as LoadResult)
        : reject(new Error(`load generator exited ${code}`)),
    );
    child.stdin.end(JSON.stringify({ origin, paths, connections: conns, duration: seconds }));
  });
}

async function staticBaseline(
  html: string,
): Promise<{ server: string; result: LoadResult; stop: () => Promise<void> }> {
  const root = path.resolve('bench/tmp/static');
  await mkdir(path.join(root, 'logs'), { recursive: true });
  await writeFile(path.join(root, 'article.html'), html);
  const origin = `http://127.0.0.1:${STATIC_PORT}`;
  let stop: () => Promise<void>;
  let name: string;
  const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx'].find((candidate) =>
    existsSync(candidate),
  );
  if (nginx) {
    const conf = path.join(root, 'nginx.conf');
    await writeFile(
      conf,
      `worker_processes auto;\npid ${root}/nginx.pid;\nerror_log ${root}/logs/error.log;\nevents { worker_connections 1024; }\n` +
        `http {\n  access_log off;\n  client_body_temp_path ${root}/tmp;\n  proxy_temp_path ${root}/tmp;\n  fastcgi_temp_path ${root}/tmp;\n  uwsgi_temp_path ${root}/tmp;\n  scgi_temp_path ${root}/tmp;\n` +
        `  types { text/html html; }\n  server { listen 127.0.0.1:${STATIC_PORT}; root ${root}; }\n}\n`,
    );
    const child: ChildProcess = spawn(nginx, ['-p', root, '-c', conf, '-g', 'daemon off;'], {
      stdio: 'ignore',
    });
    stop = async () => void child.kill('SIGTERM');
    name = 'nginx';
  } else {
    const body = Buffer.from(html);
    const node = createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' }).end(body),
    ).listen(STATIC_PORT, '127.0.0.1');
    stop = () => new Promise((resolve) => node.close(() => resolve()));
    name = 'node http (nginx not installed)';
  }
  await waitFor(`${origin}/article.html`);
  const result = await load(origin, ['/article.html'], connections, duration);
  return { server: name, result, stop };
}
