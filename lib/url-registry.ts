import pg from 'pg';
import { readDatabaseUrl } from './env';
import { urls } from './urls';

/**
 * What the proxy must know about URLs before any page runs, since pages can send neither a 410 nor
 * a 301: the permalinks of withdrawn articles (unpublished or deleted: 410 Gone), and the former
 * slugs of renamed or merged sources and former names of tags (301 to the current one). Kept in memory: loaded once, then
 * refreshed every few seconds (so other instances catch up), and updated at once in this process
 * by the admin action that changed it.
 */
interface UrlRegistry {
  gone: Set<string>;
  /** Former source slug → current slug. */
  movedSources: Map<string, string>;
  /** Former tag name → current name. */
  movedTags: Map<string, string>;
  refreshedAt: number;
  since: Date;
  refreshing: Promise<void> | null;
  pool: pg.Pool | null;
}

const REFRESH_MS = 5000;
// One registry per process, shared by the proxy bundle and the server-action bundle.
const registry: UrlRegistry = ((globalThis as Record<symbol, UrlRegistry | undefined>)[
  Symbol.for('finews.url-registry')
] ??= {
  gone: new Set(),
  movedSources: new Map(),
  movedTags: new Map(),
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

async function fresh(): Promise<UrlRegistry> {
  if (Date.now() - registry.refreshedAt > REFRESH_MS) {
    registry.refreshing ??= refresh().finally(() => (registry.refreshing = null));
    await registry.refreshing;
  }
  return registry;
}

export async function isGone(pathname: string): Promise<boolean> {
  return (await fresh()).gone.has(normalise(pathname));
}

/** The current slug of a source that was renamed or merged away, else undefined. */
export async function currentSourceSlug(slug: string): Promise<string | undefined> {
  return (await fresh()).movedSources.get(slug);
}

/** The current name of a tag that was renamed or merged, else undefined. */
export async function currentTagName(name: string): Promise<string | undefined> {
  return (await fresh()).movedTags.get(name);
}

export function markGone(path: string): void {
  registry.gone.add(normalise(path));
}

export function markNotGone(path: string): void {
  registry.gone.delete(normalise(path));
}

/** A source's slug changed (rename or merge): its old slug, and any earlier ones, lead to `to`. */
export function markSourceMoved(from: string, to: string): void {
  markMoved(registry.movedSources, from, to);
}

/** A tag was renamed or merged: its old name, and any earlier ones, lead to `to`. */
export function markTagMoved(from: string, to: string): void {
  markMoved(registry.movedTags, from, to);
}

function markMoved(moves: Map<string, string>, from: string, to: string): void {
  for (const [old, target] of moves) {
    if (target === from) moves.set(old, to);
  }
  moves.set(from, to);
  moves.delete(to);
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
    // The first load reads only withdrawn articles; later ones every change since, to see returns.
    `SELECT s.slug AS source_slug, a.slug, a.published_at, a.status
     FROM articles a JOIN sources s ON s.id = a.source_id
     WHERE a.updated_at >= $1
       AND (a.status IN ('DELETED', 'UNPUBLISHED') OR $1 > 'epoch'::timestamptz)`,
    [registry.since],
  );
  for (const row of rows) {
    if (!row.published_at) continue;
    const path = normalise(
      urls.article({ sourceSlug: row.source_slug, slug: row.slug, publishedAt: row.published_at }),
    );
    if (row.status === 'DELETED' || row.status === 'UNPUBLISHED') registry.gone.add(path);
    else registry.gone.delete(path);
  }
  // Small tables (one row per renamed or merged source or tag): read whole.
  const moved = await registry.pool.query<{ old_slug: string; slug: string }>(
    `SELECT r.old_slug, s.slug FROM source_redirects r JOIN sources s ON s.id = r.source_id`,
  );
  registry.movedSources = new Map(moved.rows.map((row) => [row.old_slug, row.slug]));
  const renamed = await registry.pool.query<{ old_name: string; name: string }>(
    `SELECT r.old_name, t.name FROM tag_redirects r JOIN tags t ON t.id = r.tag_id`,
  );
  registry.movedTags = new Map(renamed.rows.map((row) => [row.old_name, row.name]));
  // Overlap by a second so a row committed while this query ran is seen next time.
  registry.since = new Date(startedAt.getTime() - 1000);
  registry.refreshedAt = Date.now();
}
