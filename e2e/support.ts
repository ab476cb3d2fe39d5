import { spawn } from 'node:child_process';
import pg from 'pg';
import { embeddedUrl } from '../lib/db/embedded';

/** The e2e server's database (see playwright.config.ts), for the few tests that arrange state directly. */
export const e2eDatabaseUrl =
  process.env.E2E_DATABASE_URL ||
  embeddedUrl(Number(process.env.E2E_EMBEDDED_PG_PORT ?? 54349), 'portal');

export async function sql<T extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Runs `npm run content:import` against the running e2e portal, as an editor would. */
export function importWhileRunning(
  ...paths: string[]
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'content:import', '--', ...paths], {
      env: {
        ...process.env,
        PORTAL_DATA_DIR: '.data/e2e',
        EMBEDDED_PG_PORT: process.env.E2E_EMBEDDED_PG_PORT ?? '54349',
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}
