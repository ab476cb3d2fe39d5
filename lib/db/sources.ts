import 'server-only';
import { cache } from 'react';
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
