import 'server-only';
import { cache } from 'react';
import type { SourceNameInput } from '../content/import';
import type { Prisma } from '../generated/prisma/client';
import { TAGS } from '../cache-tags';
import { cachedRead } from './cached';
import { db } from './client';

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

/** Every source with a published article and when it last published, for the sources sitemap. */
export function getSourcesForSitemap(): Promise<{ slug: string; lastPublished: string }[]> {
  return cachedRead(['sources-sitemap'], [TAGS.sources, TAGS.articleLists], async () => {
    const rows = await db.$queryRaw<{ slug: string; last_published: Date }[]>`
      SELECT s.slug, latest.published_at AS last_published
      FROM sources s
      CROSS JOIN LATERAL (
        SELECT a.published_at FROM articles a
        WHERE a.source_id = s.id AND a.status = 'PUBLISHED'
        ORDER BY a.published_at DESC, a.id DESC LIMIT 1
      ) latest
      ORDER BY s.slug`;
    return rows.map((row) => ({ slug: row.slug, lastPublished: row.last_published.toISOString() }));
  });
}

/** Sources with the most recent publications first, for navigation. */
export function getActiveSources(limit: number): Promise<SourceView[]> {
  return cachedRead(
    ['active-sources', String(limit)],
    [TAGS.sources, TAGS.articleLists],
    () =>
      db.$queryRaw<SourceView[]>`
      SELECT s.id, s.slug, s.name
      FROM sources s
      CROSS JOIN LATERAL (
        SELECT a.published_at FROM articles a
        WHERE a.source_id = s.id AND a.status = 'PUBLISHED'
        ORDER BY a.published_at DESC, a.id DESC LIMIT 1
      ) latest
      ORDER BY latest.published_at DESC, s.id
      LIMIT ${limit}`,
  );
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
  const named = names.filter((n) => n.authoritative);
  const derived = names.filter((n) => !n.authoritative);
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
  return new Map(rows.map((row) => [row.slug, row.id]));
}
