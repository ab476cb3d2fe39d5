import pg from 'pg';
import { readDatabaseUrl } from './env';
import { sourceCategoryPath } from './jekyll';

/**
 * What the proxy must know about URLs before any page runs, since pages can send neither a 410 nor
 * a 301: the permalinks of withdrawn articles (unpublished or deleted: 410 Gone), the former
 * slugs of renamed or merged sources and former names of tags (301 to the current one), and every
 * source slug (the old site's /category/<file>.html names them in any case). Kept in memory: loaded
 * once, then refreshed every few seconds (so other instances catch up), and updated at once in
 * this process by the admin action that changed it. Where an alias or a share code leads is read
 * from the database per address, and remembered for as long.
 */
interface UrlRegistry {
  /** Decoded permalink of a withdrawn article → its source's slug. */
  gone: Map<string, string>;
  /** infoCode of a withdrawn article → its source's slug. */
  goneCodes: Map<string, string>;
  /** Former source slug → current slug. */
  movedSources: Map<string, string>;
  /** Category paths of former source slugs: permalinks under them may have moved. */
  movedPrefixes: Set<string>;
  /** Lower-cased source slug → the slugs it stands for (two when they differ only by case). */
  sources: Map<string, string[]>;
  /** Former tag name → current name. */
  movedTags: Map<string, string>;
  /** Address or share code → where it leads, with when that was read. */
  lookups: Map<string, { target: Target; at: number }>;
  refreshedAt: number;
  since: Date;
  refreshing: Promise<void> | null;
  pool: pg.Pool | null;
}

/** Where an old address leads: an article's permalink, a withdrawn article, or nowhere. */
export type Target =
  { kind: 'article'; permalink: string } | { kind: 'gone'; sourceSlug: string } | { kind: 'none' };

const REFRESH_MS = 5000;
const MAX_LOOKUPS = 10_000;
// One registry per process, shared by the proxy bundle and the server-action bundle.
const registry: UrlRegistry = ((globalThis as Record<symbol, UrlRegistry | undefined>)[
  Symbol.for('finews.url-registry.v2')
] ??= {
  gone: new Map(),
  goneCodes: new Map(),
  movedSources: new Map(),
  movedPrefixes: new Set(),
  sources: new Map(),
  movedTags: new Map(),
  lookups: new Map(),
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

/** The source slug of the withdrawn article at this permalink, or undefined. */
export async function goneAt(pathname: string): Promise<string | undefined> {
  return (await fresh()).gone.get(normalise(pathname));
}

/** The current slug of a source that was renamed or merged away, else undefined. */
export async function currentSourceSlug(slug: string): Promise<string | undefined> {
  return (await fresh()).movedSources.get(slug);
}

/**
 * The source a name stands for: the slug itself, or the one slug it matches in another case
 * (`/category/wind.html` for `Wind`); undefined when there is none, or two (TechWeb, Techweb).
 */
export async function sourceNamed(name: string): Promise<string | undefined> {
  const slugs = (await fresh()).sources.get(name.toLowerCase()) ?? [];
  return slugs.includes(name) ? name : slugs.length === 1 ? slugs[0] : undefined;
}

/** The current name of a tag that was renamed or merged, else undefined. */
export async function currentTagName(name: string): Promise<string | undefined> {
  return (await fresh()).movedTags.get(name);
}

/** Whether articles may have been moved away from this category path by a rename or merge. */
export async function underFormerSlug(categories: string): Promise<boolean> {
  return (await fresh()).movedPrefixes.has(categories);
}

/** Where an old address (an alias: /old_post/…, a permalink from before a rename…) leads. */
export function aliasTarget(pathname: string): Promise<Target> {
  const path = normalise(pathname);
  return lookup(`alias:${path}`, async (pool) => {
    const { rows } = await pool.query<ArticleRow>(
      `${ARTICLE_TARGET} JOIN article_aliases al ON al.article_id = a.id WHERE al.path = $1`,
      [path],
    );
    return target(rows[0]);
  });
}

/** Where the old share URL of this infoCode leads. */
export async function shareTarget(infoCode: string): Promise<Target> {
  const gone = (await fresh()).goneCodes.get(infoCode);
  if (gone !== undefined) return { kind: 'gone', sourceSlug: gone };
  return lookup(`share:${infoCode}`, async (pool) => {
    const { rows } = await pool.query<ArticleRow>(`${ARTICLE_TARGET} WHERE a.info_code = $1`, [
      infoCode,
    ]);
    return target(rows[0]);
  });
}

interface ArticleRow {
  permalink: string | null;
  status: string;
  source_slug: string;
}

const ARTICLE_TARGET = `SELECT a.permalink, a.status, s.slug AS source_slug
  FROM articles a JOIN sources s ON s.id = a.source_id`;

function target(row: ArticleRow | undefined): Target {
  if (!row) return { kind: 'none' };
  if (row.status === 'DELETED' || row.status === 'UNPUBLISHED') {
    return { kind: 'gone', sourceSlug: row.source_slug };
  }
  return row.status === 'PUBLISHED' && row.permalink
    ? { kind: 'article', permalink: row.permalink }
    : { kind: 'none' };
}

/** A database answer remembered for as long as the registry's other facts. */
async function lookup(key: string, read: (pool: pg.Pool) => Promise<Target>): Promise<Target> {
  const known = registry.lookups.get(key);
  if (known && Date.now() - known.at < REFRESH_MS) return known.target;
  const found = await read(connection());
  registry.lookups.delete(key);
  registry.lookups.set(key, { target: found, at: Date.now() });
  // Insertion order is age order: drop the oldest past the cap.
  for (const old of registry.lookups.keys()) {
    if (registry.lookups.size <= MAX_LOOKUPS) break;
    registry.lookups.delete(old);
  }
  return found;
}

/** An article an editor withdrew (its permalink may be given encoded). */
export function markGone(article: WithdrawnArticle): void {
  registry.gone.set(normalise(article.permalink), article.sourceSlug);
  if (article.infoCode) registry.goneCodes.set(article.infoCode, article.sourceSlug);
  registry.lookups.clear();
}

/** An article an editor published again. */
export function markNotGone(article: WithdrawnArticle): void {
  registry.gone.delete(normalise(article.permalink));
  if (article.infoCode) registry.goneCodes.delete(article.infoCode);
  registry.lookups.clear();
}

interface WithdrawnArticle {
  permalink: string;
  sourceSlug: string;
  infoCode: string | null;
}

/** A source's slug changed (rename or merge): its old slug, and any earlier ones, lead to `to`. */
export function markSourceMoved(from: string, to: string): void {
  markMoved(registry.movedSources, from, to);
  registry.movedPrefixes.add(sourceCategoryPath(from));
  const slugs = (registry.sources.get(to.toLowerCase()) ?? []).filter((slug) => slug !== to);
  registry.sources.set(to.toLowerCase(), [...slugs, to]);
  registry.lookups.clear();
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

function connection(): pg.Pool {
  registry.pool ??= new pg.Pool({ connectionString: readDatabaseUrl(), max: 2 });
  return registry.pool;
}

async function refresh(): Promise<void> {
  const pool = connection();
  const startedAt = new Date();
  const { rows } = await pool.query<{
    permalink: string | null;
    info_code: string | null;
    status: string;
    source_slug: string;
  }>(
    // The first load reads only withdrawn articles; later ones every change since, to see returns.
    `SELECT a.permalink, a.info_code, a.status, s.slug AS source_slug
     FROM articles a JOIN sources s ON s.id = a.source_id
     WHERE a.updated_at >= $1
       AND (a.status IN ('DELETED', 'UNPUBLISHED') OR $1 > 'epoch'::timestamptz)`,
    [registry.since],
  );
  for (const row of rows) {
    const gone = row.status === 'DELETED' || row.status === 'UNPUBLISHED';
    if (row.permalink) {
      if (gone) registry.gone.set(row.permalink, row.source_slug);
      else registry.gone.delete(row.permalink);
    }
    if (row.info_code) {
      if (gone) registry.goneCodes.set(row.info_code, row.source_slug);
      else registry.goneCodes.delete(row.info_code);
    }
  }
  // Small tables (a row per source, and per renamed or merged source or tag): read whole.
  const sources = await pool.query<{ slug: string }>(`SELECT slug FROM sources`);
  const byName = new Map<string, string[]>();
  for (const { slug } of sources.rows) {
    byName.set(slug.toLowerCase(), [...(byName.get(slug.toLowerCase()) ?? []), slug]);
  }
  registry.sources = byName;
  const moved = await pool.query<{ old_slug: string; slug: string }>(
    `SELECT r.old_slug, s.slug FROM source_redirects r JOIN sources s ON s.id = r.source_id`,
  );
  registry.movedSources = new Map(moved.rows.map((row) => [row.old_slug, row.slug]));
  registry.movedPrefixes = new Set(moved.rows.map((row) => sourceCategoryPath(row.old_slug)));
  const renamed = await pool.query<{ old_name: string; name: string }>(
    `SELECT r.old_name, t.name FROM tag_redirects r JOIN tags t ON t.id = r.tag_id`,
  );
  registry.movedTags = new Map(renamed.rows.map((row) => [row.old_name, row.name]));
  // Overlap by a second so a row committed while this query ran is seen next time.
  registry.since = new Date(startedAt.getTime() - 1000);
  registry.refreshedAt = Date.now();
}
