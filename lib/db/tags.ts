import 'server-only';
import { cache } from 'react';
import { TAGS } from '../cache-tags';
import type { Prisma } from '../generated/prisma/client';
import { cachedRead } from './cached';
import { db } from './client';

export interface TagView {
  id: number;
  name: string;
}

/** A tag by its name, for its page. Shared by the page and its metadata through React's cache(). */
export const getTagByName = cache((name: string): Promise<TagView | null> =>
  // Also tagged with the article lists: a tag comes into being when an article carrying it is
  // published or edited, and every such write expires the lists.
  cachedRead(['tag-by-name', name], [TAGS.tag(name), TAGS.articleLists], () =>
    db.tag.findUnique({ where: { name }, select: { id: true, name: true } }),
  ),
);

export interface AdminTagRow {
  id: number;
  name: string;
  articles: number;
}

/** Tags for the admin, most used first, filtered by text, `limit` at a time from `offset`. */
export async function listTagsForAdmin(
  text: string | undefined,
  offset: number,
  limit: number,
): Promise<{ rows: AdminTagRow[]; more: boolean }> {
  const rows = await db.tag.findMany({
    where: text ? { name: { contains: text } } : {},
    orderBy: [{ articles: { _count: 'desc' } }, { name: 'asc' }],
    skip: offset,
    take: limit + 1,
    select: { id: true, name: true, _count: { select: { articles: true } } },
  });
  return {
    rows: rows
      .slice(0, limit)
      .map((row) => ({ id: row.id, name: row.name, articles: row._count.articles })),
    more: rows.length > limit,
  };
}

/** The articles that carry a tag: their pages change when it does. */
export interface TaggedArticle {
  slug: string;
  sourceSlug: string;
  infoCode: string | null;
}

async function taggedArticles(
  tx: Prisma.TransactionClient,
  tagIds: number[],
): Promise<TaggedArticle[]> {
  const rows = await tx.article.findMany({
    where: { tags: { some: { tagId: { in: tagIds } } } },
    select: { slug: true, infoCode: true, source: { select: { slug: true } } },
  });
  return rows.map((row) => ({
    slug: row.slug,
    sourceSlug: row.source.slug,
    infoCode: row.infoCode,
  }));
}

/**
 * Renames a tag. When another tag already has the new name the two are merged: articles carrying
 * this one carry that one instead, and this one is removed. Either way the old name (and any it
 * had before) is kept as a former name, so its tag page answers 301 to the new one.
 */
export async function renameTag(
  id: number,
  name: string,
): Promise<
  | { ok: true; from: string; to: string; merged: boolean; articles: TaggedArticle[] }
  | { ok: false; error: 'tag-missing' }
> {
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id } });
    if (!tag) return { ok: false, error: 'tag-missing' };
    const articles = await taggedArticles(tx, [id]);
    const existing = await tx.tag.findUnique({ where: { name } });
    const keeper = existing?.id ?? id;
    // The new name stops redirecting; the old one (and every former name) leads to the keeper.
    await tx.tagRedirect.deleteMany({ where: { oldName: name } });
    await tx.tagRedirect.updateMany({ where: { tagId: id }, data: { tagId: keeper } });
    if (name !== tag.name) {
      await tx.tagRedirect.create({ data: { oldName: tag.name, tagId: keeper } });
    }
    if (!existing || existing.id === id) {
      await tx.tag.update({ where: { id }, data: { name } });
      return { ok: true, from: tag.name, to: name, merged: false, articles };
    }
    await tx.$executeRaw`
      INSERT INTO article_tags (article_id, tag_id)
      SELECT article_id, ${existing.id} FROM article_tags WHERE tag_id = ${id}
      ON CONFLICT DO NOTHING`;
    await tx.tag.delete({ where: { id } });
    return { ok: true, from: tag.name, to: name, merged: true, articles };
  });
}

/** Removes a tag from every article that carries it. */
export async function deleteTag(
  id: number,
): Promise<
  { ok: true; name: string; articles: TaggedArticle[] } | { ok: false; error: 'tag-missing' }
> {
  return db.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id } });
    if (!tag) return { ok: false, error: 'tag-missing' };
    const articles = await taggedArticles(tx, [id]);
    await tx.tag.delete({ where: { id } });
    return { ok: true, name: tag.name, articles };
  });
}
