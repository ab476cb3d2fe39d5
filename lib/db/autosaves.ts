import 'server-only';
import { z } from 'zod';
import { db } from './client';

/**
 * An editor's unsaved work, kept in the database every few seconds while they type (so it
 * survives a closed tab, a crash, or another server instance answering the next request). One
 * per editor and article ("article:<id>"), or per editor for the article they are starting
 * ("new"). Offered back on the edit page when newer than the article; removed by a real save.
 */
export const autosaveData = z.object({
  title: z.string().max(200),
  tags: z.string().max(2000),
  body: z.string().max(1_000_000),
  slug: z.string().max(100).default(''),
  excerpt: z.string().max(300).default(''),
  publishedAt: z.string().max(40).default(''),
  seoTitle: z.string().max(100).default(''),
  seoDescription: z.string().max(300).default(''),
  coverMediaId: z.string().max(12).default(''),
  coverThumbUrl: z.string().max(200).default(''),
  authorId: z.string().max(12).default(''),
  sourceId: z.string().max(12).default(''),
  sourceName: z.string().max(200).default(''),
});

export type AutosaveData = z.infer<typeof autosaveData>;

export interface Autosave {
  data: AutosaveData;
  baseVersion: number | null;
  savedAt: string;
}

export const autosaveKey = (articleId: number | null) =>
  articleId === null ? 'new' : `article:${articleId}`;

export async function writeAutosave(
  userId: number,
  articleId: number | null,
  baseVersion: number | null,
  data: AutosaveData,
): Promise<Date> {
  const draftKey = autosaveKey(articleId);
  const savedAt = new Date();
  await db.articleAutosave.upsert({
    where: { userId_draftKey: { userId, draftKey } },
    create: { userId, draftKey, articleId, baseVersion, data, savedAt },
    update: { baseVersion, data, savedAt },
  });
  return savedAt;
}

/** The editor's autosave for this article (or new article), if it is newer than `since`. */
export async function readAutosave(
  userId: number,
  articleId: number | null,
  since?: Date,
): Promise<Autosave | null> {
  const row = await db.articleAutosave.findUnique({
    where: { userId_draftKey: { userId, draftKey: autosaveKey(articleId) } },
  });
  if (!row || (since && row.savedAt <= since)) return null;
  const data = autosaveData.safeParse(row.data);
  if (!data.success) return null;
  return { data: data.data, baseVersion: row.baseVersion, savedAt: row.savedAt.toISOString() };
}

export async function deleteAutosave(userId: number, articleId: number | null): Promise<void> {
  await db.articleAutosave.deleteMany({ where: { userId, draftKey: autosaveKey(articleId) } });
}
