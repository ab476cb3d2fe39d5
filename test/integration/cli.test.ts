import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database';

// The command-line importer as scripts use it: exit codes they can rely on, and --json they can parse.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let folder: string;

beforeAll(async () => {
  database = await createTestDatabase();
  folder = await mkdtemp(path.join(tmpdir(), 'cli-'));
  await writeFile(
    path.join(folder, '2021-12-01-ok.md'),
    '---\ntitle: 好\ndate: 2021-12-01\ncategories: cli\n---\n正文\n',
  );
  await writeFile(path.join(folder, '2021-12-01-bad.md'), '---\ntitle: 坏\n');
});
afterAll(() => database.drop());

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/content-import.ts', ...args],
      {
        env: { ...process.env, DATABASE_URL: database.url, PORTAL_DATA_DIR: '.data/test-cli' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run content:import', () => {
  it('reports rejections by name and still exits 0', async () => {
    const run = await cli(folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'read 2 post files: created 1, updated 0, unchanged 0, duplicates 0, rejected 1',
    );
    expect(run.stdout).toContain(
      `rejected: ${path.join(folder, '2021-12-01-bad.md')}: front matter is not closed`,
    );
    // Not a terminal: plain progress lines, no bar.
    expect(run.stderr).toMatch(/import: 2\/2 files/);
  });

  it('prints a machine-readable report with --json', async () => {
    const run = await cli('--json', '--dry-run', folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      read: 2,
      unchanged: 1,
      rejected: [{ reason: expect.stringContaining('not closed') }],
      dryRun: true,
    });
  });

  it('exits 1 with --strict when something was rejected', async () => {
    expect((await cli('--strict', folder)).code).toBe(1);
  });

  it('exits 2 when it cannot run', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli(path.join(folder, 'missing'))).code).toBe(2);
    expect((await cli('--threads', 'many', folder)).code).toBe(2);
  });
});
