import pg from 'pg';

/**
 * Plain node-postgres helpers for the work that happens outside the Prisma client: creating and
 * dropping databases (embedded server, tests, benchmarks) and one-off administrative queries.
 */
export async function withPgClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of database `name` on the server `serverUrl` points at. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/**
 * Creates a database with a UTF-8 ctype: under the C ctype pg_trgm finds no trigrams in Chinese.
 * `replace` drops an existing one first; otherwise an existing database is kept.
 */
export async function createDatabase(
  serverUrl: string,
  name: string,
  { replace = false } = {},
): Promise<void> {
  await withPgClient(serverUrl, async (client) => {
    const id = client.escapeIdentifier(name);
    if (replace) await client.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      await client.query(
        `CREATE DATABASE ${id} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'`,
      );
    }
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withPgClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}
