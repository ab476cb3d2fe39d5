import 'server-only';
import { cache } from 'react';
import type { SourceNameInput } from '../content/import';
import type { Prisma } from '../generated/prisma/client';
import { TAGS } from '../cache-tags';
import { movePermalinks } from './articles/permalinks';
import { cachedRead } from './cached';
import { db } from './client';
import { LATEST_PUBLICATION } from './sql';

export interface SourceView {
  id: number;
  slug: string;
  name: string;
}

/** A source by its slug, or null. Shared by a page and its metadata through React's cache(). */
export const getSourceBySlug = cache((slug: string): Promise<SourceView | null> =>
  cachedRead(['source-by-slug', slug], [TAGS.sources, TAGS.source(slug)], () =>
    db.source.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
  ),
);

/** A source by its display name (the search form's source filter), or null. */
export function getSourceByName(name: string): Promise<SourceView | null> {
  return cachedRead(['source-by-name', name], [TAGS.sources], () =>
    db.source.findFirst({
      where: { name },
      orderBy: { id: 'asc' },
      select: { id: true, slug: true, name: true },
    }),
  );
}

/**
 * The source whose articles live under these categories (an address's first parts), or null when
 * none or two do (sources differing only by case share their addresses' categories).
 */
export function getSourceAtCategories(categories: string[]): Promise<SourceView | null> {
  const path = categories.join('/');
  if (!path) return Promise.resolve(null);
  return cachedRead(['source-at-categories', path], [TAGS.sources], async () => {
    // Jekyll's reading of a `categories: <slug>` string (lib/jekyll.ts): split on whitespace, lower-cased.
    const rows = await db.$queryRaw<SourceView[]>`
      SELECT id, slug, name FROM sources
      WHERE lower(array_to_string(regexp_split_to_array(btrim(slug), '\s+'), '/')) = ${path}
      LIMIT 2`;
    return rows.length === 1 ? (rows[0] ?? null) : null;
  });
}

/** A source by id (uncached: for admin writes). */
export function getSourceById(id: number): Promise<SourceView | null> {
  return db.source.findUnique({ where: { id }, select: { id: true, slug: true, name: true } });
}

/** Every source, by name, for the admin's source picker (about 2,000 rows). */
export function listSourceChoices(): Promise<SourceView[]> {
  return db.source.findMany({
    orderBy: [{ name: 'asc' }, { slug: 'asc' }],
    select: { id: true, slug: true, name: true },
  });
}

/** Every source with a published article and when it last published, for the sources sitemap. */
export function getSourcesForSitemap(): Promise<{ slug: string; lastPublished: string }[]> {
  return cachedRead(['sources-sitemap'], [TAGS.sources, TAGS.articleLists], async () => {
    const rows = await db.$queryRaw<{ slug: string; last_published: Date }[]>`
      SELECT s.slug, latest.published_at AS last_published
      FROM sources s ${LATEST_PUBLICATION}
      ORDER BY s.slug`;
    return rows.map((row) => ({ slug: row.slug, lastPublished: row.last_published.toISOString() }));
  });
}

/** How many sources the navigation shows when no editor has pinned any. */
const NAV_FALLBACK = 12;

/**
 * The readers' navigation: the sources editors pinned, in their order. Until an editor pins any,
 * the sources with the most articles stand in. Tagged with the sources only, never the article
 * lists: the header is on every page, and a publication must not re-render them all (nor reorder
 * the navigation under the reader).
 */
export function getNavigationSources(): Promise<SourceView[]> {
  return cachedRead(['navigation-sources'], [TAGS.sources], async () => {
    const pinned = await db.source.findMany({
      where: { navPosition: { not: null } },
      orderBy: [{ navPosition: 'asc' }, { name: 'asc' }],
      select: { id: true, slug: true, name: true },
    });
    if (pinned.length) return pinned;
    return db.$queryRaw<SourceView[]>`
      SELECT s.id, s.slug, s.name FROM sources s
      JOIN (SELECT source_id, count(*) AS n FROM articles WHERE status = 'PUBLISHED' GROUP BY source_id) c
        ON c.source_id = s.id
      ORDER BY c.n DESC, s.name LIMIT ${NAV_FALLBACK}`;
  });
}

/** Pins a source in the navigation at `position` (1 first), or unpins it (null). */
export async function setSourceNavPosition(
  id: number,
  position: number | null,
): Promise<SourceView | null> {
  const found = await db.source.findUnique({ where: { id }, select: { id: true } });
  if (!found) return null;
  return db.source.update({
    where: { id },
    data: { navPosition: position },
    select: { id: true, slug: true, name: true },
  });
}

export interface SourceDirectoryEntry extends SourceView {
  articles: number;
  /** The newest publication, ISO. */
  latestAt: string;
}

/**
 * Every source with published articles, their count and newest publication time, for the
 * all-sources page. One pass over the (source_id, status, published_at) index.
 */
export function getSourceDirectory(): Promise<SourceDirectoryEntry[]> {
  return cachedRead(['source-directory'], [TAGS.sources, TAGS.articleLists], async () => {
    const rows = await db.$queryRaw<
      { id: number; slug: string; name: string; articles: number; latest_at: Date }[]
    >`
      SELECT s.id, s.slug, s.name, c.n AS articles, c.latest_at
      FROM sources s
      JOIN (
        SELECT source_id, count(*)::int AS n, max(published_at) AS latest_at
        FROM articles WHERE status = 'PUBLISHED' GROUP BY source_id
      ) c ON c.source_id = s.id`;
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      articles: row.articles,
      latestAt: row.latest_at.toISOString(),
    }));
  });
}

/**
 * Creates the sources an import names and returns slug → id. A category page's title (an
 * authoritative name) replaces a stored name; a name derived from a tag only fills a new source.
 */
export async function upsertSourceNames(
  tx: Prisma.TransactionClient,
  names: SourceNameInput[],
  slugsNeeded: string[],
): Promise<Map<string, number>> {
  // A slug a source had before a rename or merge belongs to that source: a re-import of old posts
  // files them there instead of bringing the old source back.
  const formerSlugs = await tx.sourceRedirect.findMany({
    where: { oldSlug: { in: [...new Set([...names.map((n) => n.slug), ...slugsNeeded])] } },
    select: { oldSlug: true, sourceId: true },
  });
  const formerIds = new Map(formerSlugs.map((f) => [f.oldSlug, f.sourceId]));
  const current = names.filter((n) => !formerIds.has(n.slug));
  const named = current.filter((n) => n.authoritative);
  const derived = current.filter((n) => !n.authoritative);
  if (named.length) {
    await tx.$executeRaw`
      INSERT INTO sources (slug, name, updated_at)
      SELECT *, now() FROM unnest(${named.map((n) => n.slug)}::text[], ${named.map((n) => n.name)}::text[])
      ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
      WHERE sources.name IS DISTINCT FROM EXCLUDED.name`;
  }
  if (derived.length) {
    await tx.$executeRaw`
      INSERT INTO sources (slug, name, updated_at)
      SELECT *, now() FROM unnest(${derived.map((n) => n.slug)}::text[], ${derived.map((n) => n.name)}::text[])
      ON CONFLICT (slug) DO NOTHING`;
  }
  if (slugsNeeded.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ id: number; slug: string }[]>`
    SELECT id, slug FROM sources WHERE slug = ANY(${slugsNeeded}::text[])`;
  return new Map([...rows.map((row) => [row.slug, row.id] as const), ...formerIds]);
}

/**
 * Sources whose name or slug contains `text`, for the admin's type-ahead: exact and prefix matches
 * first, then by name. About 2,000 rows in all, so a scan is cheap.
 */
export async function findSourcesByName(text: string, limit: number): Promise<SourceView[]> {
  // LIKE's wildcards typed by an editor are matched literally.
  const literal = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  const [pattern, prefix] = [`%${literal}%`, `${literal}%`];
  return db.$queryRaw<SourceView[]>`
    SELECT id, slug, name FROM sources
    WHERE name ILIKE ${pattern} OR slug ILIKE ${pattern}
    ORDER BY (name = ${text} OR slug = ${text}) DESC, (name ILIKE ${prefix} OR slug ILIKE ${prefix}) DESC,
             name, id
    LIMIT ${limit}`;
}

export interface AdminSourceRow extends SourceView {
  articles: number;
  navPosition: number | null;
  formerSlugs: string[];
}

/** The admin's source list: by name, filtered by name or slug text, 100 at a time from `offset`. */
export async function listSourcesForAdmin(
  text: string | undefined,
  offset: number,
  limit: number,
): Promise<{ rows: AdminSourceRow[]; more: boolean }> {
  const rows = await db.source.findMany({
    where: text
      ? { OR: [{ name: { contains: text } }, { slug: { contains: text.toLowerCase() } }] }
      : {},
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    skip: offset,
    take: limit + 1,
    select: {
      id: true,
      slug: true,
      name: true,
      navPosition: true,
      _count: { select: { articles: true } },
      formerSlugs: { select: { oldSlug: true }, orderBy: { createdAt: 'asc' } },
    },
  });
  return {
    rows: rows.slice(0, limit).map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      navPosition: row.navPosition,
      articles: row._count.articles,
      formerSlugs: row.formerSlugs.map((f) => f.oldSlug),
    })),
    more: rows.length > limit,
  };
}

export type SourceChange =
  | { ok: true; before: SourceView; after: SourceView }
  | { ok: false; error: 'source-missing' | 'source-slug-taken' };

/** Is this slug free for `sourceId`: no other source has it, now or as a former slug. */
async function slugTaken(tx: Prisma.TransactionClient, slug: string, sourceId: number) {
  const [current, former] = await Promise.all([
    tx.source.findUnique({ where: { slug }, select: { id: true } }),
    tx.sourceRedirect.findUnique({ where: { oldSlug: slug }, select: { sourceId: true } }),
  ]);
  return (current && current.id !== sourceId) || (former && former.sourceId !== sourceId);
}

/**
 * Renames a source and/or changes its slug. A published URL never changes silently: the old slug
 * is kept as a former slug, whose URLs answer 301 (proxy.ts), and the articles' permalinks move
 * under the new slug with their old ones kept as aliases. The source's articles are touched
 * (updated_at), so sitemaps report their new URLs and the 410 registry re-reads their permalinks.
 */
export async function updateSource(
  id: number,
  change: { name: string; slug: string },
): Promise<SourceChange> {
  return db.$transaction(async (tx) => {
    const before = await tx.source.findUnique({
      where: { id },
      select: { id: true, slug: true, name: true },
    });
    if (!before) return { ok: false, error: 'source-missing' };
    if (change.slug !== before.slug) {
      if (await slugTaken(tx, change.slug, id)) return { ok: false, error: 'source-slug-taken' };
      // Taking back one of its own former slugs: that one stops redirecting.
      await tx.sourceRedirect.deleteMany({ where: { oldSlug: change.slug } });
      await tx.sourceRedirect.create({ data: { oldSlug: before.slug, sourceId: id } });
      await movePermalinks(tx, { sourceId: id }, change.slug);
      await tx.article.updateMany({ where: { sourceId: id }, data: { updatedAt: new Date() } });
    }
    const after = await tx.source.update({
      where: { id },
      data: change,
      select: { id: true, slug: true, name: true },
    });
    return { ok: true, before, after };
  });
}

/**
 * Merges one source into another: its articles move over (their permalinks under the other
 * source's slug, the old ones kept as aliases), and its slug (and every slug it once had)
 * redirects to the one it was merged into. The merged source is then removed.
 */
export async function mergeSources(
  fromId: number,
  intoId: number,
): Promise<
  | { ok: true; from: SourceView; into: SourceView; moved: number }
  | { ok: false; error: 'source-merge-self' | 'source-missing' }
> {
  if (fromId === intoId) return { ok: false, error: 'source-merge-self' };
  return db.$transaction(async (tx) => {
    const select = { id: true, slug: true, name: true } as const;
    const [from, into] = await Promise.all([
      tx.source.findUnique({ where: { id: fromId }, select }),
      tx.source.findUnique({ where: { id: intoId }, select }),
    ]);
    if (!from || !into) return { ok: false, error: 'source-missing' };
    await movePermalinks(tx, { sourceId: fromId }, into.slug);
    const moved = await tx.article.updateMany({
      where: { sourceId: fromId },
      data: { sourceId: intoId, updatedAt: new Date() },
    });
    await tx.sourceRedirect.updateMany({ where: { sourceId: fromId }, data: { sourceId: intoId } });
    await tx.sourceRedirect.create({ data: { oldSlug: from.slug, sourceId: intoId } });
    await tx.source.delete({ where: { id: fromId } });
    return { ok: true, from, into, moved: moved.count };
  });
}

/** Where a former slug leads now (a renamed or merged source), for the source page's redirect. */
export function getRenamedSourceSlug(oldSlug: string): Promise<string | null> {
  return cachedRead(['renamed-source', oldSlug], [TAGS.sources], async () => {
    const redirect = await db.sourceRedirect.findUnique({
      where: { oldSlug },
      select: { source: { select: { slug: true } } },
    });
    return redirect?.source.slug ?? null;
  });
}
