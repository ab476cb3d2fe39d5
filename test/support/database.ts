import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
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
