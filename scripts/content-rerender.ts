/**
 * `npm run content:rerender`: re-sanitises every stored article from the raw text kept with it,
 * after a change to the sanitiser or renderer, and tells a running portal to refresh its pages.
 */
import { TAGS } from '../lib/cache-tags';
import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { env } from '../lib/env';
import { notifyRunningServer } from '../lib/local-server';

const database = await ensureDatabase({ dataDir: env.PORTAL_DATA_DIR, port: env.EMBEDDED_PG_PORT });
process.env.DATABASE_URL = database.url;
try {
  await migrate(database.url);
  const { rerenderAllBodies } = await import('../lib/db/articles/import');
  const { rerenderStoredBody } = await import('../lib/content/render');
  const started = Date.now();
  const result = await rerenderAllBodies(rerenderStoredBody, (done) =>
    process.stderr.write(`\r${done} articles`),
  );
  process.stderr.write('\n');
  console.log(
    `re-rendered ${result.read} articles in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.changed} changed`,
  );
  if (
    result.changed &&
    (await notifyRunningServer(env.PORTAL_DATA_DIR, [TAGS.all])) === 'invalidated'
  ) {
    console.log('the running portal was told to refresh its pages');
  }
  const { db } = await import('../lib/db/client');
  await db.$disconnect();
} catch (error) {
  console.error(`re-render failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
