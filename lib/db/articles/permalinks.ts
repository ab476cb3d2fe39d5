import 'server-only';
import type { LegacyAddress } from '../../content/import';
import type { NormalisedPost } from '../../content/normalise';
import { numberedPermalink, postUrl, sourceCategoryPath, withCategories } from '../../jekyll';
import type { Prisma } from '../../generated/prisma/client';

/**
 * Writes of article addresses: permalinks (decoded paths, `articles.permalink`, each ending in
 * `/<slug>.html`) and aliases (`article_aliases`: other addresses answering one 301 to it). Reads
 * are in reader.ts (pages) and lib/url-registry.ts (the proxy).
 */

/**
 * Settles the addresses of imported posts before they are written, changing `posts` in place:
 * - a post filed under a source's former slug (renamed or merged since) is addressed under the
 *   source's current slug, and Jekyll's address becomes an alias;
 * - a post whose address another article already has gets `-2`, `-3`… after its slug (and a
 *   warning saying so).
 * Returns the aliases to write once the articles exist.
 */
export async function settleImportedAddresses(
  tx: Prisma.TransactionClient,
  posts: NormalisedPost[],
): Promise<LegacyAddress[]> {
  const aliases: LegacyAddress[] = [];
  const renamed = await tx.$queryRaw<{ old_slug: string; slug: string }[]>`
    SELECT r.old_slug, s.slug FROM source_redirects r JOIN sources s ON s.id = r.source_id
    WHERE r.old_slug = ANY(${[...new Set(posts.map((p) => p.sourceSlug))]}::text[])`;
  const currentSlug = new Map(renamed.map((row) => [row.old_slug, row.slug]));
  for (const post of posts) {
    const slug = currentSlug.get(post.sourceSlug);
    if (!post.permalink || slug === undefined) continue;
    const moved = withCategories(post.permalink, sourceCategoryPath(slug));
    if (moved === post.permalink) continue;
    aliases.push({ path: post.permalink, key: post.key, contentHash: post.contentHash });
    post.permalink = moved;
  }

  const addressed = posts.filter((p): p is NormalisedPost & { permalink: string } =>
    Boolean(p.permalink),
  );
  if (addressed.length === 0) return aliases;
  // Who has each address now: other articles, and these posts themselves (by key).
  const owners = await tx.$queryRaw<{ key: string; permalink: string }[]>`
    SELECT key, permalink FROM articles
    WHERE permalink = ANY(${addressed.map((p) => p.permalink)}::text[])
       OR (key = ANY(${addressed.map((p) => p.key)}::text[]) AND permalink IS NOT NULL)`;
  const owner = new Map(owners.map((row) => [row.permalink, row.key]));
  const isFree = async (permalink: string, key: string) => {
    const known = owner.get(permalink);
    if (known !== undefined) return known === key;
    const [row] = await tx.$queryRaw<{ key: string }[]>`
      SELECT key FROM articles WHERE permalink = ${permalink}`;
    return !row || row.key === key;
  };
  for (const post of addressed) {
    const wanted = post.permalink;
    let n = 1;
    while (!(await isFree(n === 1 ? wanted : numberedPermalink(wanted, n), post.key))) n += 1;
    if (n > 1) {
      post.permalink = numberedPermalink(wanted, n);
      post.slug = `${post.slug}-${n}`;
      post.warnings.push(
        `another article is already at ${wanted}: this one is at ${post.permalink}`,
      );
    }
    owner.set(post.permalink, post.key);
  }
  return aliases;
}

/**
 * After an import has written its articles: the permalinks they had before, where a changed file
 * moved them (its categories, date or slug changed), become aliases; so do the old addresses of
 * the batch's files. An address some article lives at is never an alias.
 */
export async function writeAliases(
  tx: Prisma.TransactionClient,
  aliases: LegacyAddress[],
): Promise<void> {
  if (aliases.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO article_aliases (path, article_id)
    SELECT DISTINCT ON (t.path) t.path, target.id
    FROM unnest(${aliases.map((a) => a.path)}::text[], ${aliases.map((a) => a.key)}::text[],
                ${aliases.map((a) => a.contentHash)}::text[]) AS t(path, key, content_hash)
    CROSS JOIN LATERAL (
      SELECT COALESCE((SELECT a.id FROM articles a WHERE a.key = t.key),
                      (SELECT min(a.id) FROM articles a WHERE a.content_hash = t.content_hash)) AS id
    ) target
    WHERE target.id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.permalink = t.path)
    ON CONFLICT (path) DO NOTHING`;
}

/** Permalinks of these articles as stored now, by key: to keep as aliases if an import moves them. */
export async function storedPermalinks(
  tx: Prisma.TransactionClient,
  keys: string[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ key: string; permalink: string }[]>`
    SELECT key, permalink FROM articles WHERE key = ANY(${keys}::text[]) AND permalink IS NOT NULL`;
  return new Map(rows.map((row) => [row.key, row.permalink]));
}

/** An address now in use is nobody's alias any more. */
export async function dropAliasesAt(tx: Prisma.TransactionClient, paths: string[]): Promise<void> {
  if (paths.length === 0) return;
  await tx.$executeRaw`DELETE FROM article_aliases WHERE path = ANY(${paths}::text[])`;
}

/**
 * A source's slug changed (a rename, or a merge into another source): the permalinks of its
 * articles (`where`: the source whose slug changed, or that is merged away) move under the slug's
 * categories, and each old permalink becomes an alias answering 301. An article whose new address
 * another article already has keeps its own.
 */
export async function movePermalinks(
  tx: Prisma.TransactionClient,
  where: { sourceId: number },
  newSourceSlug: string,
): Promise<number> {
  const rows = await tx.article.findMany({
    where: { permalink: { not: null }, sourceId: where.sourceId },
    select: { id: true, permalink: true },
    orderBy: { id: 'asc' },
  });
  const categories = sourceCategoryPath(newSourceSlug);
  const targets = new Set<string>();
  const moves: { id: number; from: string; to: string }[] = [];
  for (const row of rows) {
    if (!row.permalink) continue;
    const to = withCategories(row.permalink, categories);
    if (to === row.permalink || targets.has(to)) continue;
    targets.add(to);
    moves.push({ id: row.id, from: row.permalink, to });
  }
  if (moves.length === 0) return 0;
  const occupied = await tx.article.findMany({
    where: { permalink: { in: [...targets] } },
    select: { permalink: true },
  });
  const taken = new Set(occupied.map((row) => row.permalink));
  const free = moves.filter((move) => !taken.has(move.to));
  if (free.length === 0) return 0;
  await tx.$executeRaw`
    UPDATE articles a SET permalink = m.target
    FROM unnest(${free.map((m) => m.id)}::int[], ${free.map((m) => m.to)}::text[]) AS m(id, target)
    WHERE a.id = m.id`;
  await dropAliasesAt(
    tx,
    free.map((m) => m.to),
  );
  await tx.$executeRaw`
    INSERT INTO article_aliases (path, article_id)
    SELECT * FROM unnest(${free.map((m) => m.from)}::text[], ${free.map((m) => m.id)}::int[])
    ON CONFLICT (path) DO UPDATE SET article_id = EXCLUDED.article_id`;
  return free.length;
}

/**
 * The permalink an article written here gets when it is scheduled or first published: the address
 * Jekyll's rules give its source, Beijing day and slug, numbered if another article has it.
 */
export async function newPermalink(
  tx: Prisma.TransactionClient,
  article: { id: number; slug: string; publishedAt: Date; sourceSlug: string },
): Promise<{ slug: string; permalink: string }> {
  const wanted = postUrl({
    categories: sourceCategoryPath(article.sourceSlug),
    date: article.publishedAt,
    slug: article.slug,
  });
  for (let n = 1; ; n += 1) {
    const permalink = n === 1 ? wanted : numberedPermalink(wanted, n);
    const owner = await tx.article.findUnique({ where: { permalink }, select: { id: true } });
    if (!owner || owner.id === article.id)
      return { slug: n === 1 ? article.slug : `${article.slug}-${n}`, permalink };
  }
}

const BEEN_PUBLIC = new Set(['PUBLISHED', 'UNPUBLISHED', 'DELETED']);

/**
 * An article's address after an editor's status change: none for a draft; the one it has once it
 * has been public; otherwise (first scheduled or published) one built from its source and date.
 * An address it leaves becomes an alias, so no address that was ever linked is lost.
 */
export async function addressAfterStatusChange(
  tx: Prisma.TransactionClient,
  article: {
    id: number;
    slug: string;
    status: string;
    permalink: string | null;
    sourceSlug: string;
  },
  status: string,
  publishedAt: Date | null,
): Promise<{ slug: string; permalink: string | null }> {
  if (status === 'DRAFT' || !publishedAt) return { slug: article.slug, permalink: null };
  if (article.permalink && BEEN_PUBLIC.has(article.status)) {
    return { slug: article.slug, permalink: article.permalink };
  }
  const next = await newPermalink(tx, { ...article, publishedAt });
  if (article.permalink && article.permalink !== next.permalink) {
    await tx.articleAlias.upsert({
      where: { path: article.permalink },
      create: { path: article.permalink, articleId: article.id },
      update: { articleId: article.id },
    });
  }
  await dropAliasesAt(tx, [next.permalink]);
  return next;
}
