import pg from 'pg';
import { readDatabaseUrl } from './env';
import { urls } from './urls';

/**
 * Articles an editor deleted answer 410 Gone at their permalink (proxy.ts asks here). Pages cannot
 * set a 410 themselves, so the proxy keeps the set of gone permalinks in memory: loaded once, then
 * refreshed incrementally every few seconds (so other instances catch up), and updated at once in
 * this process by the editor's delete or restore (markGone / markNotGone).
 */
interface GoneRegistry {
  paths: Set<string>;
  refreshedAt: number;
  since: Date;
  refreshing: Promise<void> | null;
  pool: pg.Pool | null;
}

const REFRESH_MS = 5000;
// One registry per process, shared by the proxy bundle and the server-action bundle.
const registry: GoneRegistry = ((globalThis as Record<symbol, GoneRegistry | undefined>)[
  Symbol.for('finews.gone')
] ??= {
  paths: new Set(),
  refreshedAt: 0,
  since: new Date(0),
  refreshing: null,
  pool: null,
});

/** Decoded form, so /a%20b/… and /a b/… compare equal. */
function normalise(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export async function isGone(pathname: string): Promise<boolean> {
  if (Date.now() - registry.refreshedAt > REFRESH_MS) {
    registry.refreshing ??= refresh().finally(() => (registry.refreshing = null));
    await registry.refreshing;
  }
  return registry.paths.has(normalise(pathname));
}

export function markGone(path: string): void {
  registry.paths.add(normalise(path));
}

export function markNotGone(path: string): void {
  registry.paths.delete(normalise(path));
}

async function refresh(): Promise<void> {
  registry.pool ??= new pg.Pool({ connectionString: readDatabaseUrl(), max: 1 });
  const startedAt = new Date();
  const { rows } = await registry.pool.query<{
    source_slug: string;
    slug: string;
    published_at: Date | null;
    status: string;
  }>(
    `SELECT s.slug AS source_slug, a.slug, a.published_at, a.status
     FROM articles a JOIN sources s ON s.id = a.source_id
     WHERE a.updated_at >= $1 AND (a.status = 'DELETED' OR $1 > 'epoch'::timestamptz)`,
    [registry.since],
  );
  for (const row of rows) {
    if (!row.published_at) continue;
    const path = normalise(
      urls.article({ sourceSlug: row.source_slug, slug: row.slug, publishedAt: row.published_at }),
    );
    if (row.status === 'DELETED') registry.paths.add(path);
    else registry.paths.delete(path);
  }
  // Overlap by a second so a row committed while this query ran is seen next time.
  registry.since = new Date(startedAt.getTime() - 1000);
  registry.refreshedAt = Date.now();
}
