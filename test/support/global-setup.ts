import type { TestProject } from 'vitest/node';
import { startEmbedded } from '../../lib/db/embedded';

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
