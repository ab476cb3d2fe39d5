import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticArchive } from '../../bench/synthetic-archive';
import { createTestDatabase } from '../support/database';

/**
 * An import killed at any moment (SIGKILL: no cleanup of any kind) and run again must end in exactly
 * the state of an import that was never interrupted. The CLI runs as a child process against one
 * database and is killed at growing delays; a second database gets one uninterrupted run.
 */
const POSTS = 4000;
let archive: string;
let interrupted: Awaited<ReturnType<typeof createTestDatabase>>;
let uninterrupted: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  archive = await mkdtemp(path.join(tmpdir(), 'crash-archive-'));
  await writeSyntheticArchive({ dir: archive, posts: POSTS, sources: 200, seed: 7 });
  interrupted = await createTestDatabase();
  uninterrupted = await createTestDatabase();
}, 120_000);

afterAll(async () => {
  await interrupted.drop();
  await uninterrupted.drop();
});

function runImport(
  databaseUrl: string,
  killAfterMs?: number,
): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=react-server',
        '--import',
        'tsx',
        'scripts/content-import.ts',
        '--json',
        archive,
      ],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, PORTAL_DATA_DIR: '.data/test-crash' },
        stdio: 'ignore',
      },
    );
    let killed = false;
    const timer =
      killAfterMs === undefined
        ? null
        : setTimeout(() => {
            killed = child.kill('SIGKILL');
          }, killAfterMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ killed, code });
    });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Everything an import writes, keyed by what is stable (ids and timestamps are not). */
async function contentState(url: string) {
  const [articles, sources, tags, revisions] = await Promise.all([
    query(
      url,
      `SELECT a.key, a.info_code, a.slug, a.title, a.published_at, a.status, s.slug AS source, a.source_name,
                       a.original_url, a.excerpt, md5(a.body_html) AS body, md5(a.raw_source) AS raw, a.content_hash, a.flags, a.version,
                       (SELECT array_agg(t.name ORDER BY t.name) FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id) AS tags
                FROM articles a JOIN sources s ON s.id = a.source_id ORDER BY a.key`,
    ),
    query(url, 'SELECT slug, name FROM sources ORDER BY slug'),
    query(url, 'SELECT name FROM tags ORDER BY name'),
    query(url, 'SELECT count(*)::int AS n FROM article_revisions'),
  ]);
  return { articles, sources, tags, revisions };
}

const countArticles = async (url: string) =>
  (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM articles'))[0]?.n ?? 0;

describe('an import killed at any moment', () => {
  it('reaches the same final state as an uninterrupted one', async () => {
    const clean = await runImport(uninterrupted.url);
    expect(clean).toEqual({ killed: false, code: 0 });
    const expected = await contentState(uninterrupted.url);
    expect(expected.articles).toHaveLength(POSTS);

    // Kill at growing delays until a run finishes by itself; at least one kill must land mid-import.
    const partialCounts: number[] = [];
    for (let delay = 1200; delay < 30_000; delay += 400) {
      const run = await runImport(interrupted.url, delay);
      if (!run.killed) {
        expect(run.code).toBe(0);
        break;
      }
      const count = await countArticles(interrupted.url);
      if (count > 0 && count < POSTS) partialCounts.push(count);
    }
    expect(
      partialCounts.length,
      'no kill landed while articles were being written',
    ).toBeGreaterThan(0);

    const final = await runImport(interrupted.url);
    expect(final).toEqual({ killed: false, code: 0 });
    expect(await contentState(interrupted.url)).toEqual(expected);

    const runs = await query<{ finished: boolean }>(
      interrupted.url,
      'SELECT finished_at IS NOT NULL AS finished FROM import_runs ORDER BY id',
    );
    // Killed runs stay visibly unfinished; the last ones completed.
    expect(runs.filter((r) => !r.finished).length).toBeGreaterThan(0);
    expect(runs.at(-1)?.finished).toBe(true);
  }, 300_000);
});
