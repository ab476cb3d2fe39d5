import 'server-only';
import type { NormalisedPost } from '../../content/normalise';
import { db } from '../client';
import { Prisma } from '../../generated/prisma/client';

/** Bulk writes of the content pipeline: import upserts and re-rendering every stored body. */

export function countArticles(): Promise<number> {
  return db.article.count();
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
    INSERT INTO article_revisions (article_id, version, title, body_html, raw_source, source_path, content_hash, reason, edited_by_id)
    SELECT a.id, a.version, a.title, a.body_html, a.raw_source, a.source_path, a.content_hash, 'import', a.edited_by_id
    FROM articles a
    JOIN unnest(${keys}::text[], ${hashes}::text[], ${paths}::text[]) AS t(k, ch, sp) ON a.key = t.k
    WHERE a.content_hash <> t.ch
      AND NOT (t.sp ~ ${OLD_POST} AND COALESCE(a.source_path, '') !~ ${OLD_POST})
    ON CONFLICT (article_id, version) DO NOTHING`;
  const rows = await tx.$queryRaw<{ id: number; key: string; inserted: boolean }[]>`
    INSERT INTO articles (key, info_code, slug, permalink, title, published_at, status, source_id,
      source_name, original_url, excerpt, body_html, raw_source, source_path, content_hash,
      search_grams, flags, updated_at)
    SELECT k, ic, sl, pl, ti, pa, st::"ArticleStatus", si, sn, ou, ex, bh, rs, sp, ch, sg::tsvector,
      COALESCE(string_to_array(NULLIF(fl, ''), ','), ARRAY[]::text[]), now()
    FROM unnest(
      ${keys}::text[], ${posts.map((p) => p.infoCode)}::text[],
      ${posts.map((p) => p.slug)}::text[], ${posts.map((p) => p.permalink)}::text[],
      ${posts.map((p) => p.title)}::text[],
      ${posts.map((p) => p.publishedAt?.toISOString() ?? null)}::timestamptz[],
      ${posts.map((p) => p.status)}::text[],
      ${posts.map((p) => sourceIds.get(p.sourceSlug) ?? null)}::int[],
      ${posts.map((p) => p.sourceName)}::text[], ${posts.map((p) => p.originalUrl)}::text[],
      ${posts.map((p) => p.excerpt)}::text[], ${posts.map((p) => p.bodyHtml)}::text[],
      ${posts.map((p) => p.rawSource)}::text[], ${paths}::text[],
      ${hashes}::text[], ${posts.map((p) => p.searchGrams)}::text[],
      ${posts.map((p) => p.flags.join(','))}::text[]
    ) AS t(k, ic, sl, pl, ti, pa, st, si, sn, ou, ex, bh, rs, sp, ch, sg, fl)
    ON CONFLICT (key) DO UPDATE SET
      info_code = EXCLUDED.info_code, slug = EXCLUDED.slug, title = EXCLUDED.title,
      -- A date an editor gave a post that has none stays, and so does the address it got then.
      permalink = COALESCE(EXCLUDED.permalink, articles.permalink),
      published_at = COALESCE(EXCLUDED.published_at, articles.published_at),
      source_id = EXCLUDED.source_id,
      -- An editor's status (unpublished, deleted…) stands; only an undated draft becomes publishable.
      status = CASE WHEN 'needs-date' = ANY(articles.flags) THEN EXCLUDED.status ELSE articles.status END,
      source_name = EXCLUDED.source_name, original_url = EXCLUDED.original_url,
      -- An editor's own summary stays; so does their date (and the post no longer needs one).
      excerpt = COALESCE(articles.custom_excerpt, EXCLUDED.excerpt),
      body_html = EXCLUDED.body_html, raw_source = EXCLUDED.raw_source,
      source_path = EXCLUDED.source_path, content_hash = EXCLUDED.content_hash,
      search_grams = EXCLUDED.search_grams,
      flags = CASE WHEN EXCLUDED.published_at IS NULL AND articles.published_at IS NOT NULL
        THEN array_remove(EXCLUDED.flags, 'needs-date') ELSE EXCLUDED.flags END,
      edited_by_id = NULL, version = articles.version + 1, updated_at = now()
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
