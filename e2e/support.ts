import { spawn } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import type pg from 'pg';
import { withPgClient } from '../lib/db/pg';
import { embeddedUrl } from '../lib/db/embedded';

/** The e2e server's database (see playwright.config.ts), for the few tests that arrange state directly. */
export const e2eDatabaseUrl =
  process.env.E2E_DATABASE_URL ||
  embeddedUrl(Number(process.env.E2E_EMBEDDED_PG_PORT ?? 54349), 'portal');

export function sql<T extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return withPgClient(e2eDatabaseUrl, async (client) => (await client.query<T>(text, values)).rows);
}

/** Runs an npm script against the running e2e portal's database, as an operator would. */
export function runScript(
  script: string,
  args: string[],
  stdin = '',
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
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
    child.stdin.end(stdin);
  });
}

/** `npm run content:import` while the portal runs, as an editor would. */
export function importWhileRunning(...paths: string[]) {
  return runScript('content:import', paths);
}

/** An account created with `npm run admin:create -- --password-stdin` (kept if it exists). */
export async function createAccount(
  email: string,
  role: 'admin' | 'editor' | 'writer',
  password: string,
): Promise<void> {
  const run = await runScript(
    'admin:create',
    ['--email', email, '--role', role, '--password-stdin'],
    `${password}\n`,
  );
  if (run.code !== 0 && !/Unique constraint/i.test(run.output)) throw new Error(run.output);
}

/** Signs in through the login form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}
