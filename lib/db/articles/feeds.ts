import 'server-only';
import { TAGS } from '../../cache-tags';
import { urls } from '../../urls';
import { cachedRead } from '../cached';
import { db } from '../client';
import { ARTICLES_WITH_SOURCE, SUMMARY_COLUMNS } from '../sql';
import { toSummary, type ArticleSummary, type SummaryRow } from './views';

/** What machines read: feeds, sitemaps and the Google News window. Every read is tagged. */

export interface FeedArticle extends ArticleSummary {
  bodyHtml: string;
  updatedAt: string;
}

/** Newest published articles with their bodies, for feeds: the whole site or one source. */
export function getFeedArticles(
  limit: number,
  source?: { id: number; slug: string },
): Promise<FeedArticle[]> {
  return cachedRead(
    ['feed-articles', String(limit), source ? String(source.id) : 'all'],
    source ? [TAGS.articleLists, TAGS.source(source.slug)] : [TAGS.articleLists],
    async () => {
      const rows = await db.$queryRaw<(SummaryRow & { body_html: string; updated_at: Date })[]>`
        SELECT ${SUMMARY_COLUMNS}, a.body_html, a.updated_at ${ARTICLES_WITH_SOURCE}
        WHERE a.status = 'PUBLISHED' AND (${source?.id ?? null}::int IS NULL OR a.source_id = ${source?.id ?? null}::int)
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT ${limit}`;
      return rows.map((row) => ({
        ...toSummary(row),
        bodyHtml: row.body_html,
        updatedAt: row.updated_at.toISOString(),
      }));
    },
  );
}

// 10,000 URLs per sitemap (the protocol allows 50,000): about 1 MB each, cheap to serve and cache.
export const SITEMAP_CHUNK = 10_000;

/**
 * The article sitemaps: article ids in blocks of 50,000, each with its newest change. An
 * index-only scan of (id, status, updated_at) — no article rows are read, whatever the archive size.
 */
export function getSitemapChunks(): Promise<{ chunk: number; lastmod: string | null }[]> {
  return cachedRead(['sitemap-chunks'], [TAGS.articleLists], async () => {
    const rows = await db.$queryRaw<{ chunk: number; lastmod: Date | null }[]>`
      SELECT ((id - 1) / ${SITEMAP_CHUNK})::int AS chunk, max(updated_at) AS lastmod
      FROM articles WHERE status = 'PUBLISHED'
      GROUP BY 1 ORDER BY 1`;
    return rows.map((row) => ({ chunk: row.chunk, lastmod: row.lastmod?.toISOString() ?? null }));
  });
}

/** One article sitemap: the published articles with ids in block `chunk` (a primary-key range scan). */
export function getSitemapChunk(chunk: number): Promise<{ url: string; lastmod: string }[]> {
  return cachedRead(['sitemap-chunk', String(chunk)], [TAGS.articleLists], async () => {
    const rows = await db.$queryRaw<{ permalink: string; updated_at: Date }[]>`
      SELECT a.permalink, a.updated_at
      FROM articles a
      WHERE a.id > ${chunk * SITEMAP_CHUNK} AND a.id <= ${(chunk + 1) * SITEMAP_CHUNK} AND a.status = 'PUBLISHED'
      ORDER BY a.id`;
    return rows.map((row) => ({
      url: urls.article(row),
      lastmod: row.updated_at.toISOString(),
    }));
  });
}

/** Articles first published since `since` (the Google News window), newest first, at most `limit`. */
export function getArticlesPublishedSince(since: Date, limit: number): Promise<ArticleSummary[]> {
  return cachedRead(
    ['published-since', since.toISOString(), String(limit)],
    [TAGS.articleLists],
    async () => {
      const rows = await db.$queryRaw<SummaryRow[]>`
      SELECT ${SUMMARY_COLUMNS} ${ARTICLES_WITH_SOURCE}
      WHERE a.status = 'PUBLISHED' AND a.published_at >= ${since} AND a.published_at <= now()
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${limit}`;
      return rows.map(toSummary);
    },
    300,
  );
}
