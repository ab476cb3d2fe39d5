import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migrate } from '../../lib/db/migrate';

/**
 * A fresh, migrated database for one test file. DATABASE_URL is pointed at it before the file
 * imports anything that creates the Prisma client (import lib/db modules dynamically after this).
 */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const admin = inject('adminDatabaseUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withClient(admin, (client) =>
    client.query(
      `CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
    ),
  );
  const url = new URL(admin);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  process.env.DATABASE_URL = url.toString();
  return {
    url: url.toString(),
    drop: () =>
      withClient(admin, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
