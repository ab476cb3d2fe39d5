import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { cache } from 'react';
import { TAGS } from '../cache-tags';
import type { NormalisedPost } from '../content/normalise';
import { canMoveTo, type StatusTarget } from '../admin/workflow';
import { editableBody } from '../content/render';
import type { TitleSearch } from '../search';
import { shanghaiDayKey, shanghaiParts } from '../time';
import { encodeCursor, urls, type Cursor } from '../urls';
import { cachedRead } from './cached';
import { db } from './client';
import { ARTICLES_WITH_SOURCE, LATEST_PUBLICATION, SUMMARY_COLUMNS } from './sql';
import { Prisma } from '../generated/prisma/client';

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
  infoCode: string | null;
  bodyHtml: string;
  tags: string[];
  sourceName: string | null;
  originalUrl: string | null;
  updatedAt: string;
}

interface SummaryRow {
  id: number;
  title: string;
  excerpt: string;
  slug: string;
  published_at: Date;
  source_slug: string;
  source_name: string;
}

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    publishedAt: row.published_at.toISOString(),
    url: urls.article({
      sourceSlug: row.source_slug,
      slug: row.slug,
      publishedAt: row.published_at,
    }),
    source: { slug: row.source_slug, name: row.source_name },
  };
}

/** Newest published articles across all sources (index: status, published_at DESC, id DESC). */
export function getLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return cachedRead(['latest-articles', String(limit)], [TAGS.articleLists], async () => {
    const rows = await db.$queryRaw<SummaryRow[]>`
      SELECT ${SUMMARY_COLUMNS} ${ARTICLES_WITH_SOURCE}
      WHERE a.status = 'PUBLISHED'
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT ${limit}`;
    return rows.map(toSummary);
  });
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
        SELECT a.id, a.title, a.excerpt, a.slug, a.published_at,
               r.slug AS source_slug, r.name AS source_name, r.last_at
        FROM recent r
        CROSS JOIN LATERAL (
          SELECT a.id, a.title, a.excerpt, a.slug, a.published_at FROM articles a
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

export interface ArticlePage {
  articles: ArticleSummary[];
  /** Cursor for the next (older) page, or null on the last page. */
  nextCursor: string | null;
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

/** The start of every listing: newer than any article. */
const NEWEST: Cursor = { publishedAt: new Date(8.64e15), id: 2_147_483_647 };

/**
 * The query of one listing page: published articles from `from` that match `where`, older than
 * `before`, newest first, with one row more than `limit` (it only says there is an older page).
 */
function listingQuery(
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

async function listingPage(
  from: Prisma.Sql,
  where: Prisma.Sql,
  before: Cursor,
  limit: number,
): Promise<ArticlePage> {
  return toPage(await db.$queryRaw<SummaryRow[]>(listingQuery(from, where, before, limit)), limit);
}

/** A listing page from `limit + 1` rows: the extra row only says there is an older page. */
function toPage(rows: SummaryRow[], limit: number): ArticlePage {
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return {
    articles: page.map(toSummary),
    nextCursor: last ? encodeCursor({ publishedAt: last.published_at, id: last.id }) : null,
  };
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

/**
 * One page of published articles whose titles match a search (lib/search.ts), newest first, by
 * keyset. The grams narrow the candidates through the GIN index on title_bigrams(title); ILIKE
 * keeps only titles holding each term whole. A search running past 2 s is cut short (it rejects)
 * rather than holding a connection.
 */
export function searchArticles(
  search: TitleSearch,
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage> {
  return cachedRead(
    ['search', search.text, cursor ? encodeCursor(cursor) : 'first', String(limit)],
    [TAGS.articleLists],
    () => findByTitle(search, cursor, limit),
    300,
  );
}

/** searchArticles without the cache (what the integration test runs). */
export async function findByTitle(
  search: TitleSearch,
  cursor: Cursor | null,
  limit: number,
): Promise<ArticlePage> {
  const matches = Prisma.sql`title_bigrams(a.title) @@ ${search.tsquery}::tsquery
    AND a.title ILIKE ALL(${search.patterns}::text[])`;
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL statement_timeout = '2s'`,
    db.$queryRaw<SummaryRow[]>(
      listingQuery(ARTICLES_WITH_SOURCE, matches, cursor ?? NEWEST, limit),
    ),
  ]);
  return toPage(rows, limit);
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
 * The article at a legacy permalink. The slug alone is not unique across the archive, so the source
 * and the Asia/Shanghai date in the path pick the one article.
 */
export const getArticleByPermalink = cache(
  (sourceSlug: string, date: { year: string; month: string; day: string }, slug: string) =>
    cachedRead(['article-by-permalink', sourceSlug, slug], [TAGS.article(slug)], async () => {
      const candidates = await db.article.findMany({
        where: { slug, status: 'PUBLISHED', source: { slug: sourceSlug } },
        include: { source: true, tags: { include: { tag: true } } },
        orderBy: { id: 'asc' },
        take: 20,
      });
      return candidates.map(toView);
    }).then((views) => {
      return (
        views.find((view) => {
          const parts = shanghaiParts(new Date(view.publishedAt));
          return parts.year === date.year && parts.month === date.month && parts.day === date.day;
        }) ?? null
      );
    }),
);

type ArticleWithRelations = Prisma.ArticleGetPayload<{
  include: { source: true; tags: { include: { tag: true } } };
}>;

function toView(article: ArticleWithRelations): ArticleView {
  const publishedAt = article.publishedAt ?? article.createdAt;
  return {
    id: article.id,
    title: article.title,
    excerpt: article.excerpt,
    publishedAt: publishedAt.toISOString(),
    url: urls.article({ sourceSlug: article.source.slug, slug: article.slug, publishedAt }),
    source: { slug: article.source.slug, name: article.source.name },
    infoCode: article.infoCode,
    bodyHtml: article.bodyHtml,
    tags: article.tags.map((t) => t.tag.name).sort(),
    sourceName: article.sourceName,
    originalUrl: article.originalUrl,
    updatedAt: article.updatedAt.toISOString(),
  };
}

/**
 * Where the legacy share URL for this infoCode leads: the permalink of a published article, `gone`
 * for one an editor unpublished or deleted, or null.
 */
export function resolveInfoCode(infoCode: string): Promise<{ path: string } | 'gone' | null> {
  return cachedRead(['resolve-info-code', infoCode], [TAGS.infoCode(infoCode)], async () => {
    const article = await db.article.findUnique({
      where: { infoCode },
      select: { slug: true, publishedAt: true, status: true, source: { select: { slug: true } } },
    });
    if (article?.status === 'DELETED' || article?.status === 'UNPUBLISHED') return 'gone' as const;
    if (!article || article.status !== 'PUBLISHED' || !article.publishedAt) return null;
    return {
      path: urls.article({
        sourceSlug: article.source.slug,
        slug: article.slug,
        publishedAt: article.publishedAt,
      }),
    };
  });
}

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
    const rows = await db.$queryRaw<
      { slug: string; published_at: Date; updated_at: Date; source_slug: string }[]
    >`
      SELECT a.slug, a.published_at, a.updated_at, s.slug AS source_slug
      FROM articles a JOIN sources s ON s.id = a.source_id
      WHERE a.id > ${chunk * SITEMAP_CHUNK} AND a.id <= ${(chunk + 1) * SITEMAP_CHUNK} AND a.status = 'PUBLISHED'
      ORDER BY a.id`;
    return rows.map((row) => ({
      url: urls.article({
        sourceSlug: row.source_slug,
        slug: row.slug,
        publishedAt: row.published_at,
      }),
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

export function countArticles(): Promise<number> {
  return db.article.count();
}

export type ArticleStatusName = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED' | 'DELETED';

export interface AdminArticleRow {
  id: number;
  title: string;
  status: ArticleStatusName;
  publishedAt: string | null;
  updatedAt: string;
  source: { slug: string; name: string };
  url: string | null;
  flags: string[];
  authorId: number | null;
}

export interface AdminArticleFilter {
  status?: ArticleStatusName;
  sourceSlug?: string;
  text?: string;
  /** Only this author's articles (what a writer sees). */
  authorId?: number;
  /** Published on the Beijing day starting at this instant. */
  publishedOn?: Date;
  /** Keyset: articles with a smaller id (newest first by id). */
  beforeId?: number;
}

/** The editors' article list: filters by status, source and title text, keyset-paginated by id. */
export async function listArticlesForAdmin(
  filter: AdminArticleFilter,
  limit: number,
): Promise<{ rows: AdminArticleRow[]; nextBeforeId: number | null }> {
  const rows = await db.article.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.sourceSlug ? { source: { slug: filter.sourceSlug } } : {}),
      ...(filter.text ? { title: { contains: filter.text } } : {}),
      ...(filter.authorId ? { authorId: filter.authorId } : {}),
      ...(filter.publishedOn
        ? {
            publishedAt: {
              gte: filter.publishedOn,
              lt: new Date(filter.publishedOn.getTime() + 86_400_000),
            },
          }
        : {}),
      ...(filter.beforeId ? { id: { lt: filter.beforeId } } : {}),
    },
    orderBy: { id: 'desc' },
    take: limit + 1,
    select: {
      id: true,
      title: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      slug: true,
      flags: true,
      authorId: true,
      source: { select: { slug: true, name: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    rows: page.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      updatedAt: row.updatedAt.toISOString(),
      source: row.source,
      url: row.publishedAt
        ? urls.article({
            sourceSlug: row.source.slug,
            slug: row.slug,
            publishedAt: row.publishedAt,
          })
        : null,
      flags: row.flags,
      authorId: row.authorId,
    })),
    nextBeforeId: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export interface StatusChange {
  id: number;
  title: string;
  slug: string;
  sourceSlug: string;
  infoCode: string | null;
  permalink: string | null;
  previous: ArticleStatusName;
}

/**
 * Publishes, unpublishes, deletes or restores an article. Publishing needs a date (an undated
 * draft cannot be placed at a permalink). Returns what changed, for invalidation and the audit log.
 */
export async function setArticleStatus(
  id: number,
  status: StatusTarget,
): Promise<StatusChange | { error: string }> {
  const article = await db.article.findUnique({
    where: { id },
    include: { source: { select: { slug: true } } },
  });
  if (!article) return { error: '文章不存在' };
  if (!canMoveTo(article.status, status)) return { error: '文章当前的状态不能这样改' };
  // An imported post whose date was lost cannot be dated "now" (it would appear as today's news);
  // an article written here is dated when it is first published.
  if (status === 'PUBLISHED' && !article.publishedAt && article.flags.includes(NEEDS_DATE))
    return { error: '这篇文章还没有日期，不能发布' };
  const publishedAt = publicationDate(article, status);
  await db.article.update({
    where: { id },
    data: { status, publishedAt, version: { increment: 1 } },
  });
  return statusChange(article, publishedAt);
}

const NEEDS_DATE = 'needs-date';

/** The publication time an article has after a status change. */
function publicationDate(
  article: { status: ArticleStatusName; publishedAt: Date | null },
  status: StatusTarget,
): Date | null {
  // A scheduled article taken back: its time was only the schedule.
  if (status === 'DRAFT') return null;
  if (status !== 'PUBLISHED') return article.publishedAt;
  // Published now rather than at its scheduled time; a new article gets its date now.
  if (article.status === 'SCHEDULED') return new Date();
  return article.publishedAt ?? new Date();
}

export interface EditableArticle {
  id: number;
  title: string;
  tags: string[];
  authorId: number | null;
  sourceName: string;
  bodySource: string;
  bodyHtml: string;
  status: ArticleStatusName;
  version: number;
  slug: string;
  sourceSlug: string;
  infoCode: string | null;
  permalink: string | null;
  revisions: {
    id: number;
    version: number;
    title: string;
    bodyHtml: string;
    reason: string;
    createdAt: string;
  }[];
}

/** What the access policy needs to decide on an article (lib/auth/policy.ts). */
export function getArticleAccessFacts(
  id: number,
): Promise<{ authorId: number | null; status: ArticleStatusName } | null> {
  return db.article.findUnique({ where: { id }, select: { authorId: true, status: true } });
}

export async function getArticleForEditing(id: number): Promise<EditableArticle | null> {
  const article = await db.article.findUnique({
    where: { id },
    include: {
      source: { select: { slug: true, name: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
      revisions: { orderBy: { version: 'desc' }, take: 50 },
    },
  });
  if (!article) return null;
  return {
    id: article.id,
    title: article.title,
    tags: article.tags.map((t) => t.tag.name),
    authorId: article.authorId,
    sourceName: article.source.name,
    bodySource: editableBody(article.rawSource),
    bodyHtml: article.bodyHtml,
    status: article.status,
    version: article.version,
    slug: article.slug,
    sourceSlug: article.source.slug,
    infoCode: article.infoCode,
    permalink: article.publishedAt
      ? urls.article({
          sourceSlug: article.source.slug,
          slug: article.slug,
          publishedAt: article.publishedAt,
        })
      : null,
    revisions: article.revisions.map((r) => ({
      id: r.id,
      version: r.version,
      title: r.title,
      bodyHtml: r.bodyHtml,
      reason: r.reason,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

/** What a save reports: enough to invalidate the article's pages, or to show the text that won. */
export interface SavedArticle {
  title: string;
  bodySource: string;
  version: number;
  slug: string;
  sourceSlug: string;
  infoCode: string | null;
}

export type SaveResult =
  | { ok: true; article: SavedArticle }
  | { ok: false; conflict: SavedArticle }
  | { ok: false; missing: true };

/**
 * Saves a new title and body (already rendered by the caller) if the article is still at
 * `expectedVersion`: otherwise nothing is written and the current version comes back, so the
 * editor sees both texts and loses neither. The replaced text is kept as a revision.
 */
export async function saveArticleText(
  id: number,
  expectedVersion: number,
  change: {
    title: string;
    bodySource: string;
    bodyHtml: string;
    excerpt: string;
    reason: string;
    /** Replaces the article's tags when given. */
    tags?: string[];
  },
): Promise<SaveResult> {
  return db.$transaction(async (tx): Promise<SaveResult> => {
    const current = await tx.article.findUnique({
      where: { id },
      include: { source: { select: { slug: true } } },
    });
    if (!current) return { ok: false, missing: true };
    const saved = {
      slug: current.slug,
      sourceSlug: current.source.slug,
      infoCode: current.infoCode,
    };
    if (current.version !== expectedVersion) {
      return {
        ok: false,
        conflict: {
          ...saved,
          title: current.title,
          bodySource: editableBody(current.rawSource),
          version: current.version,
        },
      };
    }
    await tx.articleRevision.create({
      data: {
        articleId: id,
        version: current.version,
        title: current.title,
        bodyHtml: current.bodyHtml,
        rawSource: current.rawSource,
        sourcePath: current.sourcePath,
        contentHash: current.contentHash,
        reason: change.reason,
      },
    });
    const updated = await tx.article.update({
      where: { id, version: expectedVersion },
      data: {
        title: change.title,
        rawSource: change.bodySource,
        bodyHtml: change.bodyHtml,
        excerpt: change.excerpt,
        // content_hash stays the imported file's: re-importing an unchanged archive must not undo
        // an editor's correction.
        version: { increment: 1 },
      },
      select: { version: true },
    });
    if (change.tags) await setTags(tx, id, change.tags);
    return {
      ok: true,
      article: {
        ...saved,
        title: change.title,
        bodySource: change.bodySource,
        version: updated.version,
      },
    };
  });
}

const contentHash = (text: string) => createHash('sha256').update(text).digest('hex');

async function setTags(tx: Prisma.TransactionClient, articleId: number, names: string[]) {
  await tx.articleTag.deleteMany({ where: { articleId } });
  for (const name of new Set(names)) {
    const tag = await tx.tag.upsert({
      where: { name },
      create: { name },
      update: {},
      select: { id: true },
    });
    await tx.articleTag.create({ data: { articleId, tagId: tag.id } });
  }
}

export interface NewArticle {
  title: string;
  sourceId: number;
  tags: string[];
  bodySource: string;
  bodyHtml: string;
  excerpt: string;
  authorId: number;
}

/**
 * A draft written in the admin. Its import key ("admin:<uuid>") can never collide with an imported
 * post's, and its permalink slug is "post-<id>": stable, ASCII, and unique within its source.
 */
export async function createArticle(input: NewArticle): Promise<{ id: number }> {
  return db.$transaction(async (tx) => {
    const key = `admin:${randomUUID()}`;
    const { id } = await tx.article.create({
      data: {
        key,
        slug: key,
        title: input.title,
        status: 'DRAFT',
        sourceId: input.sourceId,
        excerpt: input.excerpt,
        bodyHtml: input.bodyHtml,
        rawSource: input.bodySource,
        contentHash: contentHash(input.bodySource),
        authorId: input.authorId,
      },
      select: { id: true },
    });
    await tx.article.update({ where: { id }, data: { slug: `post-${id}` } });
    await setTags(tx, id, input.tags);
    return { id };
  });
}

function statusChange(
  article: {
    id: number;
    title: string;
    slug: string;
    infoCode: string | null;
    status: ArticleStatusName;
    source: { slug: string };
  },
  publishedAt: Date | null,
): StatusChange {
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    sourceSlug: article.source.slug,
    infoCode: article.infoCode,
    permalink: publishedAt
      ? urls.article({ sourceSlug: article.source.slug, slug: article.slug, publishedAt })
      : null,
    previous: article.status,
  };
}

/** Sets an article to be published at `at` (its permalink date); the scheduler publishes it then. */
export async function scheduleArticle(
  id: number,
  at: Date,
): Promise<StatusChange | { error: string }> {
  const article = await db.article.findUnique({
    where: { id },
    include: { source: { select: { slug: true } } },
  });
  if (!article) return { error: '文章不存在' };
  if (article.status === 'PUBLISHED') return { error: '文章已发布；如需改期请先撤下' };
  await db.article.update({
    where: { id },
    data: { status: 'SCHEDULED', publishedAt: at, version: { increment: 1 } },
  });
  return statusChange(article, at);
}

/** Publishes every scheduled article whose time has come; returns what was published. */
export async function publishDueArticles(
  now = new Date(),
): Promise<{ slug: string; sourceSlug: string; infoCode: string | null }[]> {
  const rows = await db.$queryRaw<
    { slug: string; source_slug: string; info_code: string | null }[]
  >`
    UPDATE articles a SET status = 'PUBLISHED', version = a.version + 1, updated_at = now()
    FROM sources s
    WHERE s.id = a.source_id AND a.status = 'SCHEDULED' AND a.published_at <= ${now}
    RETURNING a.slug, s.slug AS source_slug, a.info_code`;
  return rows.map((row) => ({
    slug: row.slug,
    sourceSlug: row.source_slug,
    infoCode: row.info_code,
  }));
}

/** The raw text a revision kept. */
export async function getRevisionSource(revisionId: number): Promise<string | null> {
  const revision = await db.articleRevision.findUnique({
    where: { id: revisionId },
    select: { rawSource: true },
  });
  return revision?.rawSource ?? null;
}

/** Articles per status, for the editors' dashboard (uncached: editors want the live figure). */
export async function countArticlesByStatus(): Promise<Partial<Record<string, number>>> {
  const rows = await db.article.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}

/**
 * Re-renders every stored body from its raw source (after a sanitiser change), walking the table
 * by id in batches. Only rows whose HTML changes are written. Returns how many were read/changed.
 */
export async function rerenderAllBodies(
  render: (rawSource: string) => { html: string; excerpt: string },
  onProgress?: (done: number) => void,
): Promise<{ read: number; changed: number }> {
  let lastId = 0;
  let read = 0;
  let changed = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { id: { gt: lastId } },
      orderBy: { id: 'asc' },
      take: 500,
      select: { id: true, rawSource: true, bodyHtml: true, excerpt: true },
    });
    if (rows.length === 0) break;
    const updates = rows
      .map((row) => ({ row, next: render(row.rawSource) }))
      .filter(({ row, next }) => next.html !== row.bodyHtml || next.excerpt !== row.excerpt);
    if (updates.length) {
      await db.$executeRaw`
        UPDATE articles a SET body_html = u.bh, excerpt = u.ex, updated_at = now()
        FROM unnest(${updates.map((u) => u.row.id)}::int[], ${updates.map((u) => u.next.html)}::text[],
                    ${updates.map((u) => u.next.excerpt)}::text[]) AS u(id, bh, ex)
        WHERE a.id = u.id`;
    }
    read += rows.length;
    changed += updates.length;
    lastId = rows.at(-1)?.id ?? lastId;
    onProgress?.(read);
  }
  return { read, changed };
}

// ---------------------------------------------------------------------------------------------
// Import writes (called by lib/db/imports.ts inside its batch transaction). Set-based statements:
// one round trip per statement whatever the batch size.

/** Which of these content hashes are stored: a file with a known hash is unchanged. */
export async function knownContentHashes(hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.$queryRaw<{ content_hash: string }[]>`
    SELECT content_hash FROM articles WHERE content_hash = ANY(${hashes}::text[])`;
  return new Set(rows.map((row) => row.content_hash));
}

export async function existingArticleKeys(keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.$queryRaw<
    { key: string }[]
  >`SELECT key FROM articles WHERE key = ANY(${keys}::text[])`;
  return new Set(rows.map((row) => row.key));
}

// A copy in old_post/ never replaces an article stored from anywhere else (_posts/ wins).
const OLD_POST = '(^|/)old_post/';

/**
 * Upserts imported posts on their stable key. Before an article's text is replaced, its current
 * text is kept as a revision, so a re-import never loses what was there. Returns the keys created
 * and updated; a key in neither was superseded (an old_post/ copy of a stored article).
 */
export async function upsertImportedArticles(
  tx: Prisma.TransactionClient,
  posts: NormalisedPost[],
  sourceIds: Map<string, number>,
): Promise<{ created: string[]; updated: string[] }> {
  if (posts.length === 0) return { created: [], updated: [] };
  const keys = posts.map((p) => p.key);
  const hashes = posts.map((p) => p.contentHash);
  const paths = posts.map((p) => p.sourcePath);
  await tx.$executeRaw`
    INSERT INTO article_revisions (article_id, version, title, body_html, raw_source, source_path, content_hash, reason)
    SELECT a.id, a.version, a.title, a.body_html, a.raw_source, a.source_path, a.content_hash, 'import'
    FROM articles a
    JOIN unnest(${keys}::text[], ${hashes}::text[], ${paths}::text[]) AS t(k, ch, sp) ON a.key = t.k
    WHERE a.content_hash <> t.ch
      AND NOT (t.sp ~ ${OLD_POST} AND COALESCE(a.source_path, '') !~ ${OLD_POST})
    ON CONFLICT (article_id, version) DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; key: string; inserted: boolean }[]>`
    INSERT INTO articles (key, info_code, slug, title, published_at, status, source_id, source_name,
      original_url, excerpt, body_html, raw_source, source_path, content_hash, flags, updated_at)
    SELECT k, ic, sl, ti, pa, st::"ArticleStatus", si, sn, ou, ex, bh, rs, sp, ch,
      COALESCE(string_to_array(NULLIF(fl, ''), ','), ARRAY[]::text[]), now()
    FROM unnest(
      ${keys}::text[], ${posts.map((p) => p.infoCode)}::text[],
      ${posts.map((p) => p.slug)}::text[], ${posts.map((p) => p.title)}::text[],
      ${posts.map((p) => p.publishedAt?.toISOString() ?? null)}::timestamptz[],
      ${posts.map((p) => p.status)}::text[],
      ${posts.map((p) => sourceIds.get(p.sourceSlug) ?? null)}::int[],
      ${posts.map((p) => p.sourceName)}::text[], ${posts.map((p) => p.originalUrl)}::text[],
      ${posts.map((p) => p.excerpt)}::text[], ${posts.map((p) => p.bodyHtml)}::text[],
      ${posts.map((p) => p.rawSource)}::text[], ${paths}::text[],
      ${hashes}::text[], ${posts.map((p) => p.flags.join(','))}::text[]
    ) AS t(k, ic, sl, ti, pa, st, si, sn, ou, ex, bh, rs, sp, ch, fl)
    ON CONFLICT (key) DO UPDATE SET
      info_code = EXCLUDED.info_code, slug = EXCLUDED.slug, title = EXCLUDED.title,
      published_at = EXCLUDED.published_at, source_id = EXCLUDED.source_id,
      -- An editor's status (unpublished, deleted…) stands; only an undated draft becomes publishable.
      status = CASE WHEN 'needs-date' = ANY(articles.flags) THEN EXCLUDED.status ELSE articles.status END,
      source_name = EXCLUDED.source_name, original_url = EXCLUDED.original_url,
      excerpt = EXCLUDED.excerpt, body_html = EXCLUDED.body_html, raw_source = EXCLUDED.raw_source,
      source_path = EXCLUDED.source_path, content_hash = EXCLUDED.content_hash,
      flags = EXCLUDED.flags, version = articles.version + 1, updated_at = now()
    WHERE articles.content_hash <> EXCLUDED.content_hash
      AND NOT (EXCLUDED.source_path ~ ${OLD_POST} AND COALESCE(articles.source_path, '') !~ ${OLD_POST})
    RETURNING id, key, (xmax = 0) AS inserted`;
  await replaceArticleTags(tx, posts, rows);
  return {
    created: rows.filter((r) => r.inserted).map((r) => r.key),
    updated: rows.filter((r) => !r.inserted).map((r) => r.key),
  };
}

async function replaceArticleTags(
  tx: Prisma.TransactionClient,
  posts: NormalisedPost[],
  rows: { id: number; key: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  const idByKey = new Map(rows.map((row) => [row.key, row.id]));
  const written = posts.filter((p) => idByKey.has(p.key));
  const names = [...new Set(written.flatMap((p) => p.tags))];
  await tx.$executeRaw`DELETE FROM article_tags WHERE article_id = ANY(${rows.map((r) => r.id)}::int[])`;
  if (names.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO tags (name) SELECT unnest(${names}::text[]) ON CONFLICT (name) DO NOTHING`;
  const tagRows = await tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM tags WHERE name = ANY(${names}::text[])`;
  const tagIdByName = new Map(tagRows.map((row) => [row.name, row.id]));
  const pairs = written.flatMap((p) =>
    p.tags.map((name) => [idByKey.get(p.key), tagIdByName.get(name)] as const),
  );
  await tx.$executeRaw`
    INSERT INTO article_tags (article_id, tag_id)
    SELECT * FROM unnest(${pairs.map((p) => p[0])}::int[], ${pairs.map((p) => p[1])}::int[])
    ON CONFLICT DO NOTHING`;
}
