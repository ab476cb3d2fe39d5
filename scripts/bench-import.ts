/**
 * `npm run bench:import [-- --posts 100000 --sources 2000 --seed 42 --keep]`
 *
 * Generates a synthetic archive shaped like the real one (bench/synthetic-archive.ts), imports it
 * into a fresh database with the real CLI, then imports it again unchanged, timing both and
 * sampling the importer's peak RSS. Prints a table and writes it to bench/import-results.md.
 * Database: a fresh one on BENCH_DATABASE_URL's server, or on an embedded server in .data/bench.
 */
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchServer, describeMachine, markdownTable, mib, runMeasured } from '../bench/support';
import { createDatabase, databaseUrl, dropDatabase } from '../lib/db/pg';
import { writeSyntheticArchive } from '../bench/synthetic-archive';

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '100000' },
    sources: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '42' },
    keep: { type: 'boolean', default: false },
  },
});
const posts = Number(values.posts);
const sources = Number(values.sources);
const seed = Number(values.seed);

const archive = path.resolve(`bench/tmp/archive-${posts}-${sources}-${seed}`);
const marker = path.join(archive, '.complete');
if (!existsSync(marker)) {
  await rm(archive, { recursive: true, force: true });
  console.log(`generating ${posts} posts over ${sources} sources in ${archive} …`);
  const summary = await writeSyntheticArchive({ dir: archive, posts, sources, seed });
  await writeFile(marker, JSON.stringify(summary));
}
const summary = JSON.parse(await readFile(marker, 'utf8')) as { bytes: number };

const server = await benchServer();
const database = `bench_import_${Date.now()}`;
await createDatabase(server.url, database);
const url = databaseUrl(server.url, database);

const rows = [
  ['run', 'posts', 'seconds', 'posts/s', 'importer peak RSS', 'created', 'unchanged', 'rejected'],
];
try {
  for (const run of ['full import', 'unchanged re-import']) {
    console.log(`${run} …`);
    const result = await runMeasured(
      process.execPath,
      // The same flags as `npm run content:import`, without npm in between (its RSS is not the importer's).
      [
        '--max-old-space-size=256',
        '--conditions=react-server',
        '--import',
        'tsx',
        'scripts/content-import.ts',
        '--json',
        archive,
      ],
      { ...process.env, DATABASE_URL: url, PORTAL_DATA_DIR: '.data/bench' },
    );
    if (result.code !== 0) throw new Error(`${run} exited with ${result.code}`);
    const report = JSON.parse(result.stdout) as {
      read: number;
      created: number;
      unchanged: number;
      rejected: unknown[];
      seconds: number;
    };
    rows.push([
      run,
      String(report.read),
      result.seconds.toFixed(1),
      String(Math.round(report.read / result.seconds)),
      mib(result.peakRss),
      String(report.created),
      String(report.unchanged),
      String(report.rejected.length),
    ]);
  }
} finally {
  if (!values.keep) await dropDatabase(server.url, database);
  await server.stop();
}

const table = markdownTable(rows);
const text = [
  '# Import benchmark',
  '',
  `Synthetic archive: ${posts} posts over ${sources} sources (seed ${seed}), ${(summary.bytes / 1024 ** 2).toFixed(0)} MB of post files,`,
  'two thirds one-paragraph digests and one third long reposted HTML articles (bench/synthetic-archive.ts).',
  'Seconds are wall-clock for the whole CLI run (start-up, migrations check, import, summary).',
  '',
  table,
  '',
  `Machine: ${describeMachine()}. Run ${new Date().toISOString()}.`,
  '',
].join('\n');
await writeFile('bench/import-results.md', text);
console.log(`\n${table}\n\nwritten to bench/import-results.md`);
