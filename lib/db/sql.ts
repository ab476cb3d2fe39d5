import 'server-only';
import { Prisma } from '../generated/prisma/client';

/**
 * SQL pieces the reader queries share, so each is written once. They assume the aliases `a`
 * (articles) and `s` (sources).
 */

/** An ArticleSummary row (see SummaryRow in articles/views.ts). */
export const SUMMARY_COLUMNS = Prisma.sql`a.id, a.title, a.excerpt, a.permalink, a.published_at,
  s.slug AS source_slug, s.name AS source_name`;

export const ARTICLES_WITH_SOURCE = Prisma.sql`FROM articles a JOIN sources s ON s.id = a.source_id`;

/**
 * Joins each source `s` to its newest publication, as `latest.published_at`: one probe of the
 * (source_id, status, published_at DESC, id DESC) index per source. Sources with nothing published
 * drop out.
 */
export const LATEST_PUBLICATION = Prisma.sql`CROSS JOIN LATERAL (
    SELECT a.published_at FROM articles a
    WHERE a.source_id = s.id AND a.status = 'PUBLISHED'
    ORDER BY a.published_at DESC, a.id DESC LIMIT 1
  ) latest`;
