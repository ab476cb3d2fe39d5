/** `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded database. */
import { ensureDatabase } from '../lib/db/embedded';
import { migrate } from '../lib/db/migrate';
import { env } from '../lib/env';

const database = await ensureDatabase({ dataDir: env.PORTAL_DATA_DIR, port: env.EMBEDDED_PG_PORT });
try {
  const result = await migrate(database.url);
  console.log(
    result.applied.length
      ? `applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
      : `database is up to date (${result.alreadyApplied} migration(s) applied earlier)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
