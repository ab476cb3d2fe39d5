import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import { migrate } from '../../lib/db/migrate';
import { createDatabase, databaseUrl, dropDatabase } from '../../lib/db/pg';

/**
 * A fresh, migrated database for one test file. DATABASE_URL is pointed at it before the file
 * imports anything that creates the Prisma client (import lib/db modules dynamically after this).
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = inject('adminDatabaseUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await createDatabase(admin, name);
  const url = databaseUrl(admin, name);
  await migrate(url);
  process.env.DATABASE_URL = url;
  return { url, drop: () => dropDatabase(admin, name) };
}

/**
 * The set-up every integration test file that uses lib/db modules needs: a fresh database before
 * its tests, the modules loaded only then (`load`: they create the Prisma client on import), and
 * afterwards the client disconnected and the database dropped. The returned object is filled with
 * the loaded modules once the file's first beforeAll has run.
 */
export function withTestDatabase<T extends object>(load: () => Promise<T>): T {
  const modules = {} as T;
  let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(modules, await load());
  });
  afterAll(async () => {
    const { db } = await import('../../lib/db/client');
    await db.$disconnect();
    await database?.drop();
  });
  return modules;
}
