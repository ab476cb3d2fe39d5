import 'server-only';
import { cache } from 'react';
import { TAGS } from '../../cache-tags';
import { shanghaiDayKey } from '../../time';
import { encodeCursor, urls, type Cursor } from '../../urls';
import { cachedRead } from '../cached';
import { db } from '../client';
import { ARTICLES_WITH_SOURCE, LATEST_PUBLICATION } from '../sql';
import { Prisma } from '../../generated/prisma/client';
import {
  listingPage,
  NEWEST,
  toSummary,
  type ArticlePage,
  type ArticleSummary,
  type ArticleView,
  type SummaryRow,
} from './views';

/** What readers see: listings, article pages, share-URL lookups, search. Every read is tagged. */

/** Newest published articles across all sources (index: status, published_at DESC, id DESC). */
export function getLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return getLatestPage(null, limit).then((page) => page.articles);
}

/** One keyset page of the newest articles across all sources: the home list and its "更多". */
export function getLatestPage(cursor: Cursor | null, limit: number): Promise<ArticlePage> {
  return cachedRead(
    ['latest-page', cursor ? encodeCursor(cursor) : 'first', String(limit)],
    [TAGS.articleLists],
    () => listingPage(ARTICLES_WITH_SOURCE, Prisma.sql`TRUE`, cursor ?? NEWEST, limit),
  );
}

export interface RollingColumn {
  sources: { slug: string; name: string }[];
  articles: ArticleSummary[];
}

/**
 * The home page's 7×24 column: the newest articles of the fastest sources, those with the most
 * articles among the newest 200 (the wire feeds, such as 东财滚动). Index walks only.
 */
export function getRollingColumn(sourceCount: number, limit: number): Promise<RollingColumn> {
  return cachedRead(
    ['rolling-column', String(sourceCount), String(limit)],
    [TAGS.articleLists],
    async () => {
      const fastest = await db.$queryRaw<{ id: number; slug: string; name: string }[]>`
        SELECT s.id, s.slug, s.name FROM (
          SELECT source_id FROM articles WHERE status = 'PUBLISHED'
          ORDER BY published_at DESC, id DESC LIMIT 200
        ) recent JOIN sources s ON s.id = recent.source_id
        GROUP BY s.id, s.slug, s.name ORDER BY count(*) DESC, s.id LIMIT ${sourceCount}`;
      if (!fastest.length) return { sources: [], articles: [] };
      const page = await listingPage(
        ARTICLES_WITH_SOURCE,
        Prisma.sql`a.source_id = ANY(${fastest.map((s) => s.id)}::int[])`,
        NEWEST,
        limit,
      );
      return {
        sources: fastest.map(({ slug, name }) => ({ slug, name })),
        articles: page.articles,
      };
    },
  );
}

export interface SourceSection {
  source: { slug: string; name: string };
  articles: ArticleSummary[];
}

/**
 * The home page's per-source blocks: the `sourceCount` most recently active sources with their
 * newest `perSource` articles each. Two index-driven LATERAL probes per source, no table scan.
 */
export function getHomeSections(sourceCount: number, perSource: number): Promise<SourceSection[]> {
  return cachedRead(
    ['home-sections', String(sourceCount), String(perSource)],
    [TAGS.articleLists, TAGS.sources],
    async () => {
      const rows = await db.$queryRaw<(SummaryRow & { rank: number })[]>`
        WITH recent AS (
          SELECT s.id, s.slug, s.name, latest.published_at AS last_at
          FROM sources s ${LATEST_PUBLICATION}
          ORDER BY latest.published_at DESC, s.id
          LIMIT ${sourceCount}
        )
        SELECT a.id, a.title, a.excerpt, a.permalink, a.published_at,
               r.slug AS source_slug, r.name AS source_name, r.last_at
        FROM recent r
        CROSS JOIN LATERAL (
          SELECT a.id, a.title, a.excerpt, a.permalink, a.published_at FROM articles a
          WHERE a.source_id = r.id AND a.status = 'PUBLISHED'
          ORDER BY a.published_at DESC, a.id DESC LIMIT ${perSource}
        ) a
        ORDER BY r.last_at DESC, r.slug, a.published_at DESC, a.id DESC`;
      const sections = new Map<string, SourceSection>();
      for (const row of rows) {
        let section = sections.get(row.source_slug);
        if (!section) {
          section = { source: { slug: row.source_slug, name: row.source_name }, articles: [] };
          sections.set(row.source_slug, section);
        }
        section.articles.push(toSummary(row));
      }
      return [...sections.values()];
    },
  );
}

/**
 * One page of a source's articles, newest first, by keyset: `(published_at, id) < cursor` walks the
 * (source_id, status, published_at DESC, id DESC) index, so page 1,000 costs what page 1 does.
 */
export function getSourceArticles(
  source: { id: number; slug: string },
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage> {
  const cursorKey = cursor ? encodeCursor(cursor) : 'first';
  return cachedRead(
    ['source-articles', String(source.id), cursorKey, String(limit)],
    [TAGS.articleLists, TAGS.source(source.slug)],
    () =>
      listingPage(
        ARTICLES_WITH_SOURCE,
        Prisma.sql`a.source_id = ${source.id}`,
        cursor ?? NEWEST,
        limit,
      ),
  );
}

/**
 * One page of a tag's published articles, newest first, by keyset. The tag's articles come from
 * the (tag_id, article_id) index; the sort is over that tag's articles only.
 */
export function getTagArticles(
  tag: { id: number; name: string },
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage> {
  return cachedRead(
    ['tag-articles', String(tag.id), cursor ? encodeCursor(cursor) : 'first', String(limit)],
    [TAGS.articleLists, TAGS.tag(tag.name)],
    () =>
      listingPage(
        Prisma.sql`FROM article_tags t
          JOIN articles a ON a.id = t.article_id JOIN sources s ON s.id = a.source_id`,
        Prisma.sql`t.tag_id = ${tag.id}`,
        cursor ?? NEWEST,
        limit,
      ),
  );
}

/**
 * One page of a Beijing day's published articles, newest first, by keyset on the
 * (status, published_at DESC, id DESC) index. `dayStart` is the day's first instant.
 */
export function getDayArticles(
  dayStart: Date,
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage> {
  return cachedRead(
    [
      'day-articles',
      dayStart.toISOString(),
      cursor ? encodeCursor(cursor) : 'first',
      String(limit),
    ],
    [TAGS.articleLists],
    () => {
      const dayEnd = new Date(dayStart.getTime() + 86_400_000);
      const before =
        cursor && cursor.publishedAt < dayEnd ? cursor : { publishedAt: dayEnd, id: 0 };
      return listingPage(
        ARTICLES_WITH_SOURCE,
        Prisma.sql`a.published_at >= ${dayStart}`,
        before,
        limit,
      );
    },
  );
}

/** The nearest earlier and later days with published articles, for a day page's navigation. */
export function getAdjacentDays(
  dayStart: Date,
): Promise<{ earlier: string | null; later: string | null }> {
  return cachedRead(['adjacent-days', dayStart.toISOString()], [TAGS.articleLists], async () => {
    const dayEnd = new Date(dayStart.getTime() + 86_400_000);
    const [earlier, later] = await Promise.all([
      db.article.findFirst({
        where: { status: 'PUBLISHED', publishedAt: { lt: dayStart } },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
        select: { publishedAt: true },
      }),
      db.article.findFirst({
        where: { status: 'PUBLISHED', publishedAt: { gte: dayEnd, lte: new Date() } },
        orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
        select: { publishedAt: true },
      }),
    ]);
    return {
      earlier: earlier?.publishedAt ? shanghaiDayKey(earlier.publishedAt) : null,
      later: later?.publishedAt ? shanghaiDayKey(later.publishedAt) : null,
    };
  });
}

/**
 * The published article at a permalink (decoded, as stored). `slug` is the permalink's last part,
 * which names the article's cache tag before anything is read.
 */
export const getArticleByPermalink = cache((permalink: string, slug: string) =>
  cachedRead(['article-by-permalink', permalink], [TAGS.article(slug)], async () => {
    const article = await db.article.findUnique({
      where: { permalink },
      include: ARTICLE_PAGE_INCLUDE,
    });
    return article?.status === 'PUBLISHED' ? toView({ ...article, permalink }) : null;
  }),
);

const ARTICLE_PAGE_INCLUDE = {
  source: true,
  tags: { include: { tag: true } },
  author: { select: { displayName: true } },
  cover: { select: { key: true, width: true, height: true, alt: true } },
} as const;

type ArticleWithRelations = Prisma.ArticleGetPayload<{ include: typeof ARTICLE_PAGE_INCLUDE }>;

function toView(article: ArticleWithRelations & { permalink: string }): ArticleView {
  const publishedAt = article.publishedAt ?? article.createdAt;
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    excerpt: article.excerpt,
    publishedAt: publishedAt.toISOString(),
    url: urls.article(article),
    source: { slug: article.source.slug, name: article.source.name },
    infoCode: article.infoCode,
    bodyHtml: article.bodyHtml,
    tags: article.tags.map((t) => t.tag.name).sort(),
    sourceName: article.sourceName,
    originalUrl: article.originalUrl,
    // The last real change of the text, never before publication (an edit of a scheduled draft).
    updatedAt: new Date(
      Math.max(publishedAt.getTime(), article.contentChangedAt?.getTime() ?? 0),
    ).toISOString(),
    byline: article.author?.displayName?.trim() || null,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    cover: article.cover
      ? {
          url: urls.media(article.cover.key),
          width: article.cover.width,
          height: article.cover.height,
          alt: article.cover.alt,
        }
      : null,
  };
}
