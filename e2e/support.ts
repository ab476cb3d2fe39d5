import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
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
  if (run.code !== 0 && !/已有账号/.test(run.output)) throw new Error(run.output);
}

/** Signs in through the login form and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/admin/login');
  await page.getByLabel('邮箱').fill(email);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

/** The build's server actions by exported name (from the manifest the e2e build wrote). */
export function actionIds(): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(
      path.join(process.env.NEXT_DIST_DIR ?? '.next-e2e', 'server/server-reference-manifest.json'),
      'utf8',
    ),
  ).node as Record<string, { filename: string; exportedName: string }>;
  return new Map(Object.entries(manifest).map(([id, a]) => [a.exportedName, id]));
}

/**
 * Calls a server action directly, as a script would (not through the page's form): the body is
 * React's reply encoding, where `$K1` stands for the FormData whose fields are sent as `_1_<name>`.
 * `args` are the action's arguments, with '$K1' where the form goes.
 */
export async function callAction(
  request: APIRequestContext,
  actionId: string,
  args: unknown[],
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; redirect: string | undefined; body: string }> {
  // The form's fields come first and the arguments last, as React's client sends them.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify(args));
  const response = await request.post('/admin', {
    headers: { 'Next-Action': actionId, ...headers },
    multipart,
    maxRedirects: 0,
  });
  return {
    status: response.status(),
    redirect: response.headers()['x-action-redirect'],
    body: await response.text(),
  };
}

/**
 * Expires cache tags on the running portal, as the CLI does after writing: for tests that change
 * the database directly, so that what they arranged is what readers are served.
 */
export async function expireTags(request: APIRequestContext, tags: string[]): Promise<void> {
  const secret = readFileSync('.data/e2e/revalidate-secret', 'utf8').trim();
  const response = await request.post('/api/revalidate', {
    data: { tags },
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(response.status()).toBe(200);
}
