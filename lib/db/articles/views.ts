import 'server-only';
import { urls, encodeCursor, type Cursor } from '../../urls';
import { db } from '../client';
import { SUMMARY_COLUMNS } from '../sql';
import { Prisma } from '../../generated/prisma/client';

/** What listings show. Dates are ISO strings: cached reads are JSON-serialised. */
export interface ArticleSummary {
  id: number;
  title: string;
  excerpt: string;
  publishedAt: string;
  url: string;
  source: { slug: string; name: string };
}

export interface ArticleView extends ArticleSummary {
  /** The permalink's file-name part (the article's cache tag). */
  slug: string;
  infoCode: string | null;
  bodyHtml: string;
  tags: string[];
  sourceName: string | null;
  originalUrl: string | null;
  /** When the title or body last changed (the publication time if never since): dateModified. */
  updatedAt: string;
  /** The signing editor's display name (articles written in the admin); never an email. */
  byline: string | null;
  /** What search engines and social cards get instead of the title and excerpt, when set. */
  seoTitle: string | null;
  seoDescription: string | null;
  cover: { url: string; width: number; height: number; alt: string } | null;
}

export interface SummaryRow {
  id: number;
  title: string;
  excerpt: string;
  /** Set for every published article. */
  permalink: string;
  published_at: Date;
  source_slug: string;
  source_name: string;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: row.published_at.toISOString(),
    url: urls.article(row),
    source: { slug: row.source_slug, name: row.source_name },
  };
}

export interface ArticlePage {
  articles: ArticleSummary[];
  /** Cursor for the next (older) page, or null on the last page. */
  nextCursor: string | null;
}

/** The start of every listing: newer than any article. */
export const NEWEST: Cursor = { publishedAt: new Date(8.64e15), id: 2_147_483_647 };

/**
 * The query of one listing page: published articles from `from` that match `where`, older than
 * `before`, newest first, with one row more than `limit` (it only says there is an older page).
 */
export function listingQuery(
  from: Prisma.Sql,
  where: Prisma.Sql,
  before: Cursor,
  limit: number,
): Prisma.Sql {
  return Prisma.sql`
    SELECT ${SUMMARY_COLUMNS} ${from}
    WHERE a.status = 'PUBLISHED' AND ${where}
      AND (a.published_at, a.id) < (${before.publishedAt}::timestamptz, ${before.id}::int)
    ORDER BY a.published_at DESC, a.id DESC
    LIMIT ${limit + 1}`;
}

export async function listingPage(
  from: Prisma.Sql,
  where: Prisma.Sql,
  before: Cursor,
  limit: number,
): Promise<ArticlePage> {
  return toPage(await db.$queryRaw<SummaryRow[]>(listingQuery(from, where, before, limit)), limit);
}

/** A listing page from `limit + 1` rows: the extra row only says there is an older page. */
export function toPage(rows: SummaryRow[], limit: number): ArticlePage {
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return {
    articles: page.map(toSummary),
    nextCursor: last ? encodeCursor({ publishedAt: last.published_at, id: last.id }) : null,
  };
}

export type ArticleStatusName =
  'DRAFT' | 'PENDING' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED' | 'DELETED';
