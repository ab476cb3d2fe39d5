import 'server-only';
import { cache } from 'react';
import { TAGS } from '../cache-tags';
import type { ImportStore, SourceNameInput } from '../content/import';
import type { NormalisedPost } from '../content/normalise';
import { shanghaiParts } from '../time';
import { encodeCursor, urls, type Cursor } from '../urls';
import { cachedRead } from './cached';
import { db } from './client';
import type { Prisma } from '../generated/prisma/client';

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
      SELECT a.id, a.title, a.excerpt, a.slug, a.published_at, s.slug AS source_slug, s.name AS source_name
      FROM articles a JOIN sources s ON s.id = a.source_id
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
          FROM sources s
          CROSS JOIN LATERAL (
            SELECT a.published_at FROM articles a
            WHERE a.source_id = s.id AND a.status = 'PUBLISHED'
            ORDER BY a.published_at DESC, a.id DESC LIMIT 1
          ) latest
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
    async () => {
      const before = cursor ?? { publishedAt: new Date(8.64e15), id: 2_147_483_647 };
      const rows = await db.$queryRaw<SummaryRow[]>`
        SELECT a.id, a.title, a.excerpt, a.slug, a.published_at, s.slug AS source_slug, s.name AS source_name
        FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.source_id = ${source.id} AND a.status = 'PUBLISHED'
          AND (a.published_at, a.id) < (${before.publishedAt}::timestamptz, ${before.id}::int)
        ORDER BY a.published_at DESC, a.id DESC
        LIMIT ${limit + 1}`;
      const page = rows.slice(0, limit);
      const last = rows.length > limit ? page.at(-1) : undefined;
      return {
        articles: page.map(toSummary),
        nextCursor: last ? encodeCursor({ publishedAt: last.published_at, id: last.id }) : null,
      };
    },
  );
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

/** The canonical path of the published article with this infoCode, for the legacy share URL. */
export function getArticlePathByInfoCode(infoCode: string): Promise<string | null> {
  return cachedRead(
    ['article-path-by-info-code', infoCode],
    [TAGS.infoCode(infoCode)],
    async () => {
      const article = await db.article.findUnique({
        where: { infoCode },
        select: { slug: true, publishedAt: true, status: true, source: { select: { slug: true } } },
      });
      if (!article || article.status !== 'PUBLISHED' || !article.publishedAt) return null;
      return urls.article({
        sourceSlug: article.source.slug,
        slug: article.slug,
        publishedAt: article.publishedAt,
      });
    },
  );
}

export function countArticles(): Promise<number> {
  return db.article.count();
}

/** The importer's writes (lib/content/import.ts), against this database. */
export const importStore: ImportStore = { knownHashes, existingKeys, saveBatch: saveImportBatch };

// Import writes. One batch is one transaction and a handful of set-based statements, whatever its
// size: sources, tags, articles (upsert on the stable key) and their tag links.

/** Which of these content hashes are stored: a file with a known hash is unchanged. */
async function knownHashes(hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.$queryRaw<{ content_hash: string }[]>`
    SELECT content_hash FROM articles WHERE content_hash = ANY(${hashes}::text[])`;
  return new Set(rows.map((row) => row.content_hash));
}

async function existingKeys(keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.$queryRaw<
    { key: string }[]
  >`SELECT key FROM articles WHERE key = ANY(${keys}::text[])`;
  return new Set(rows.map((row) => row.key));
}

async function saveImportBatch(
  posts: NormalisedPost[],
  sourceNames: SourceNameInput[],
): Promise<{ created: string[]; updated: string[] }> {
  if (posts.length === 0 && sourceNames.length === 0) return { created: [], updated: [] };
  return db.$transaction(async (tx) => {
    await upsertSources(tx, sourceNames);
    const sourceIds = await idsBySlug(tx, [...new Set(posts.map((p) => p.sourceSlug))]);
    const rows = await tx.$queryRaw<{ id: number; key: string; inserted: boolean }[]>`
      INSERT INTO articles (key, info_code, slug, title, published_at, status, source_id, source_name,
        original_url, excerpt, body_html, raw_source, source_path, content_hash, flags, updated_at)
      SELECT k, ic, sl, ti, pa, 'PUBLISHED', si, sn, ou, ex, bh, rs, sp, ch,
        COALESCE(string_to_array(NULLIF(fl, ''), ','), ARRAY[]::text[]), now()
      FROM unnest(
        ${posts.map((p) => p.key)}::text[], ${posts.map((p) => p.infoCode)}::text[],
        ${posts.map((p) => p.slug)}::text[], ${posts.map((p) => p.title)}::text[],
        ${posts.map((p) => p.publishedAt.toISOString())}::timestamptz[],
        ${posts.map((p) => sourceIds.get(p.sourceSlug) ?? null)}::int[],
        ${posts.map((p) => p.sourceName)}::text[], ${posts.map((p) => p.originalUrl)}::text[],
        ${posts.map((p) => p.excerpt)}::text[], ${posts.map((p) => p.bodyHtml)}::text[],
        ${posts.map((p) => p.rawSource)}::text[], ${posts.map((p) => p.sourcePath)}::text[],
        ${posts.map((p) => p.contentHash)}::text[], ${posts.map((p) => p.flags.join(','))}::text[]
      ) AS t(k, ic, sl, ti, pa, si, sn, ou, ex, bh, rs, sp, ch, fl)
      ON CONFLICT (key) DO UPDATE SET
        info_code = EXCLUDED.info_code, slug = EXCLUDED.slug, title = EXCLUDED.title,
        published_at = EXCLUDED.published_at, source_id = EXCLUDED.source_id,
        source_name = EXCLUDED.source_name, original_url = EXCLUDED.original_url,
        excerpt = EXCLUDED.excerpt, body_html = EXCLUDED.body_html, raw_source = EXCLUDED.raw_source,
        source_path = EXCLUDED.source_path, content_hash = EXCLUDED.content_hash,
        flags = EXCLUDED.flags, version = articles.version + 1, updated_at = now()
      RETURNING id, key, (xmax = 0) AS inserted`;
    await replaceArticleTags(tx, posts, rows);
    return {
      created: rows.filter((r) => r.inserted).map((r) => r.key),
      updated: rows.filter((r) => !r.inserted).map((r) => r.key),
    };
  });
}

async function upsertSources(
  tx: Prisma.TransactionClient,
  names: SourceNameInput[],
): Promise<void> {
  if (names.length === 0) return;
  const named = names.filter((n) => n.authoritative);
  const derived = names.filter((n) => !n.authoritative);
  if (named.length) {
    await tx.$executeRaw`
      INSERT INTO sources (slug, name, updated_at)
      SELECT * FROM unnest(${named.map((n) => n.slug)}::text[], ${named.map((n) => n.name)}::text[]), now()
      ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name, updated_at = now()
      WHERE sources.name IS DISTINCT FROM EXCLUDED.name`;
  }
  if (derived.length) {
    await tx.$executeRaw`
      INSERT INTO sources (slug, name, updated_at)
      SELECT * FROM unnest(${derived.map((n) => n.slug)}::text[], ${derived.map((n) => n.name)}::text[]), now()
      ON CONFLICT (slug) DO NOTHING`;
  }
}

async function idsBySlug(
  tx: Prisma.TransactionClient,
  slugs: string[],
): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ id: number; slug: string }[]>`
    SELECT id, slug FROM sources WHERE slug = ANY(${slugs}::text[])`;
  return new Map(rows.map((row) => [row.slug, row.id]));
}

async function replaceArticleTags(
  tx: Prisma.TransactionClient,
  posts: NormalisedPost[],
  rows: { id: number; key: string }[],
): Promise<void> {
  const idByKey = new Map(rows.map((row) => [row.key, row.id]));
  const names = [...new Set(posts.flatMap((p) => p.tags))];
  await tx.$executeRaw`DELETE FROM article_tags WHERE article_id = ANY(${rows.map((r) => r.id)}::int[])`;
  if (names.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO tags (name) SELECT unnest(${names}::text[]) ON CONFLICT (name) DO NOTHING`;
  const tagRows = await tx.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM tags WHERE name = ANY(${names}::text[])`;
  const tagIdByName = new Map(tagRows.map((row) => [row.name, row.id]));
  const pairs = posts.flatMap((p) =>
    p.tags.map((name) => [idByKey.get(p.key), tagIdByName.get(name)] as const),
  );
  await tx.$executeRaw`
    INSERT INTO article_tags (article_id, tag_id)
    SELECT * FROM unnest(${pairs.map((p) => p[0])}::int[], ${pairs.map((p) => p[1])}::int[])
    ON CONFLICT DO NOTHING`;
}
