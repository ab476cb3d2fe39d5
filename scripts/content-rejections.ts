/** `npm run content:rejections [-- <run id>]`: the files the last (or given) import rejected, and why. */
import { ensureDatabase } from '../lib/db/embedded';
import { env } from '../lib/env';

const database = await ensureDatabase({ dataDir: env.PORTAL_DATA_DIR, port: env.EMBEDDED_PG_PORT });
process.env.DATABASE_URL = database.url;
try {
  const { listRejectedFiles } = await import('../lib/db/imports');
  const runId = process.argv[2] ? Number(process.argv[2]) : undefined;
  const rejected = await listRejectedFiles(runId);
  if (rejected.length === 0) console.log('no rejected files in that import run');
  else
    console.log(
      `import run ${rejected[0]?.runId} (started ${rejected[0]?.startedAt}) rejected ${rejected.length} file(s):`,
    );
  for (const file of rejected) console.log(`  ${file.path}: ${file.reason}`);
  const { db } = await import('../lib/db/client');
  await db.$disconnect();
} finally {
  await database.stop();
}
