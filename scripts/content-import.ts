/**
 * `npm run content:import -- <path>…`: imports Jekyll posts (files, a _posts folder, or a site root)
 * into the database `npm start` uses, and tells a running portal to refresh its caches.
 *
 *   --dry-run    parse and report, write nothing
 *   --strict     exit 1 when any file was rejected
 *   --json       print the report as JSON
 *   --threads N  parse on N worker threads (default: cores - 1, at least 1, at most 4; 0: in-process)
 *
 * The npm script caps the heap at IMPORT_HEAP_MB (256) so V8 collects as it goes; raise it for
 * archives of several hundred thousand files.
 *
 * Exit codes: 0 done (rejections are reported, not fatal), 1 --strict and something was rejected,
 * 2 the import could not run (bad arguments, a path missing, no database).
 */
import { parseArgs } from 'node:util';
import { TAGS } from '../lib/cache-tags';
import { createProgress } from '../lib/content/progress';
import { createWorkerNormaliser } from '../lib/content/worker-pool';
import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { env } from '../lib/env';
import { notifyRunningServer } from '../lib/local-server';

const { values: flags, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    threads: { type: 'string' },
  },
});

async function main(): Promise<number> {
  if (flags.threads !== undefined && !/^\d+$/.test(flags.threads)) {
    console.error('--threads takes a whole number');
    return 2;
  }
  if (paths.length === 0) {
    console.error(
      'usage: npm run content:import -- [--dry-run] [--strict] [--json] [--threads N] <file|folder>…',
    );
    return 2;
  }
  const database = await ensureDatabase({
    dataDir: env.PORTAL_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
  });
  process.env.DATABASE_URL = database.url;
  try {
    await migrate(database.url);
    const { importStore } = await import('../lib/db/imports');
    const { importContent, normaliseInThread } = await import('../lib/content/import');
    const { formatImportReport } = await import('../lib/content/report');

    const threads = flags.threads === undefined ? undefined : Number(flags.threads);
    const pool = threads === 0 ? null : createWorkerNormaliser(threads);
    const progress = createProgress(flags.json ? 'off' : 'auto');
    const started = Date.now();
    const report = await importContent(paths, {
      store: importStore,
      dryRun: flags['dry-run'],
      normalise: pool?.normalise ?? normaliseInThread,
      onProgress: progress.update,
    }).finally(async () => {
      progress.stop();
      await pool?.close();
    });
    const seconds = (Date.now() - started) / 1000;

    const changed = report.created + report.updated > 0 && !flags['dry-run'];
    const refresh = changed ? await notifyRunningServer(env.PORTAL_DATA_DIR, [TAGS.all]) : null;
    if (flags.json) {
      console.log(JSON.stringify({ ...report, seconds, serverRefresh: refresh }, null, 2));
    } else {
      console.log(formatImportReport(report));
      const rate = Math.round(report.read / Math.max(seconds, 0.001));
      console.log(`took ${seconds.toFixed(1)} s (${rate} files/s)`);
      if (refresh === 'invalidated')
        console.log('the running portal was told to refresh its pages');
      if (refresh === 'no-server')
        console.log('no running portal found: pages refresh when it next starts');
    }
    if (report.missing.length) return 2;
    return flags.strict && report.rejected.length ? 1 : 0;
  } finally {
    const { db } = await import('../lib/db/client');
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `import could not run: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(2);
  },
);
