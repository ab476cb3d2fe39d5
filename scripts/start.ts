/**
 * `npm start`: everything a fresh clone needs to serve the portal. Starts the embedded PostgreSQL
 * when DATABASE_URL is unset, applies migrations, imports content/ into an empty database, builds
 * when there is no build, then serves on PORT (default 3000).
 *
 * Flags: --dev (next dev), --build-only, --rebuild, --reset (empty the database first; tests),
 *        --import <path> (also import these posts at start; repeatable).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { env } from '../lib/env';
import {
  loadOrCreateRevalidateSecret,
  notifyRunningServer,
  recordRunningServer,
} from '../lib/local-server';
import { TAGS } from '../lib/cache-tags';

const { values: flags } = parseArgs({
  options: {
    dev: { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    reset: { type: 'boolean', default: false },
    import: { type: 'string', multiple: true, default: [] },
  },
});

const say = (message: string) => console.log(`[portal] ${message}`);
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');

async function main(): Promise<void> {
  const database = await ensureDatabase({
    dataDir: env.PORTAL_DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
  });
  process.env.DATABASE_URL = database.url;
  say(
    `database: ${database.origin}${database.origin === 'DATABASE_URL' ? '' : ` on ${redact(database.url)}`}`,
  );

  if (flags.reset) await resetDatabase(database.url);
  const migrations = await migrate(database.url);
  say(
    migrations.applied.length
      ? `migrations applied: ${migrations.applied.join(', ')}`
      : 'migrations: up to date',
  );

  // Imported only now: the Prisma client reads DATABASE_URL when it is created.
  const { countArticles } = await import('../lib/db/articles/import');
  const { importStore } = await import('../lib/db/imports');
  const { importContent } = await import('../lib/content/import');
  const { formatImportReport } = await import('../lib/content/report');
  const toImport = [...((await countArticles()) === 0 ? ['content'] : []), ...flags.import];
  if (toImport.length) {
    say(`importing ${toImport.join(', ')} …`);
    const report = await importContent(toImport, { store: importStore });
    console.log(formatImportReport(report));
  }

  const { createFirstAdminIfNone } = await import('../lib/auth/accounts');
  const firstAdmin = await createFirstAdminIfNone(process.env.ADMIN_EMAIL || 'admin@example.com');

  const secret = await loadOrCreateRevalidateSecret(env.PORTAL_DATA_DIR);
  const childEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    REVALIDATE_SECRET: secret,
    PORT: String(env.PORT),
  };

  if (!flags.dev) {
    const buildState = productionBuildState();
    if (flags['build-only'] || flags.rebuild || buildState !== 'current') {
      say(
        buildState === 'missing'
          ? 'no production build yet: building (about a minute) …'
          : buildState === 'stale'
            ? 'the code changed since the last build: rebuilding …'
            : 'building (requested) …',
      );
      const code = await waitForExit(
        spawn(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv }),
      );
      if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
    }
    if (flags['build-only']) {
      await database.stop();
      return;
    }
  }

  const server = spawn(
    process.execPath,
    [
      ...(flags.dev ? [] : [`--max-old-space-size=${env.SERVER_HEAP_MB}`]),
      nextBin,
      flags.dev ? 'dev' : 'start',
      '--port',
      String(env.PORT),
    ],
    { stdio: 'inherit', env: childEnv },
  );
  const forgetServer = await recordRunningServer(env.PORTAL_DATA_DIR, env.PORT);
  const shutdown = async (code: number) => {
    await forgetServer();
    await database.stop().catch(() => undefined);
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.kill(signal);
    });
  }
  server.on('exit', (code) => void shutdown(code ?? 0));

  if (await waitUntilServing(env.PORT, server)) {
    // Whatever was cached before (a previous run, imports made while it was down) is now stale.
    await notifyRunningServer(env.PORTAL_DATA_DIR, [TAGS.all], env.PORT);
    say(`金融消息 is ready: http://localhost:${env.PORT}`);
    say(`editors: sign in at http://localhost:${env.PORT}/admin`);
    if (firstAdmin) {
      say(`first admin account created: ${firstAdmin.email}`);
      say(
        `one-time password (shown only now; you choose your own at first sign-in): ${firstAdmin.password}`,
      );
    } else {
      say('more accounts: npm run admin:create -- --email <email> --role editor');
    }
  }
}

/** Whether the production build exists and is newer than every source file it was built from. */
function productionBuildState(): 'missing' | 'stale' | 'current' {
  const buildId = path.join(env.NEXT_DIST_DIR, 'BUILD_ID');
  if (!existsSync(buildId)) return 'missing';
  const builtAt = statSync(buildId).mtimeMs;
  const sources = [
    'app',
    'components',
    'lib',
    'proxy.ts',
    'next.config.ts',
    'postcss.config.mjs',
    'package-lock.json',
  ];
  return sources.some((source) => newestMtime(source) > builtAt) ? 'stale' : 'current';
}

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const info = statSync(entry);
  if (!info.isDirectory()) return info.mtimeMs;
  return readdirSync(entry).reduce(
    (newest, name) => Math.max(newest, newestMtime(path.join(entry, name))),
    info.mtimeMs,
  );
}

async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
  say('database emptied (--reset)');
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

async function waitUntilServing(port: number, server: ChildProcess): Promise<boolean> {
  for (let attempt = 0; attempt < 600 && server.exitCode === null; attempt += 1) {
    const ok = await fetch(`http://127.0.0.1:${port}/robots.txt`, {
      signal: AbortSignal.timeout(2000),
    })
      .then(() => true)
      .catch(() => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

main().catch((error: unknown) => {
  console.error(
    `[portal] could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
