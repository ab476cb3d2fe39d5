import 'server-only';
import type { NoticeCode } from '../admin/notices';
import { urls } from '../urls';
import { db } from './client';
import { userLabel } from './users';

/** The media library's metadata (the files are in the media store: lib/media/store.ts). */
export interface MediaView {
  id: number;
  key: string;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  alt: string;
  uploadedBy: string | null;
  createdAt: string;
}

const include = { uploadedBy: { select: { email: true, displayName: true } } } as const;

function toView(row: {
  id: number;
  key: string;
  thumbKey: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  alt: string;
  createdAt: Date;
  uploadedBy: { email: string; displayName: string | null } | null;
}): MediaView {
  return {
    id: row.id,
    key: row.key,
    url: urls.media(row.key),
    thumbUrl: urls.media(row.thumbKey),
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    originalName: row.originalName,
    alt: row.alt,
    uploadedBy: row.uploadedBy ? userLabel(row.uploadedBy) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Records an uploaded image; the same image uploaded again is the one already there. */
export async function createMedia(input: {
  key: string;
  thumbKey: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  originalName: string;
  uploadedById: number;
}): Promise<MediaView> {
  const row = await db.media.upsert({
    where: { key: input.key },
    create: { ...input, originalName: input.originalName.slice(0, 255) },
    update: {},
    include,
  });
  return toView(row);
}

/** Newest first, a page at a time (keyset on the id, which follows upload order). */
export async function listMedia(
  limit: number,
  beforeId?: number,
): Promise<{ media: MediaView[]; next: number | null }> {
  const rows = await db.media.findMany({
    where: beforeId ? { id: { lt: beforeId } } : {},
    orderBy: { id: 'desc' },
    take: limit + 1,
    include,
  });
  const page = rows.slice(0, limit);
  return {
    media: page.map(toView),
    next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}

export async function getMedia(id: number): Promise<MediaView | null> {
  const row = await db.media.findUnique({ where: { id }, include });
  return row ? toView(row) : null;
}

export async function setMediaAlt(id: number, alt: string): Promise<MediaView | null> {
  const row = await db.media.update({ where: { id }, data: { alt }, include }).catch(() => null);
  return row ? toView(row) : null;
}

/**
 * Removes an image no article uses: not as a cover, and not in a body (only articles saved since
 * the upload can name it, so the search walks the updated_at index, not the archive). Returns
 * its files' keys for the caller to delete from the store.
 */
export async function deleteMedia(
  id: number,
): Promise<{ ok: true; keys: string[]; name: string } | { ok: false; error: NoticeCode }> {
  const media = await db.media.findUnique({ where: { id } });
  if (!media) return { ok: false, error: 'media-missing' };
  const [covers, [inBodies]] = await Promise.all([
    db.article.count({ where: { coverMediaId: id } }),
    db.$queryRaw<{ used: boolean }[]>`
      SELECT EXISTS (
        SELECT 1 FROM articles
        WHERE updated_at >= ${media.createdAt} AND position(${`/media/${media.key}`} in raw_source) > 0
      ) AS used`,
  ]);
  if (covers > 0 || inBodies?.used) return { ok: false, error: 'media-in-use' };
  await db.media.delete({ where: { id } });
  return { ok: true, keys: [media.key, media.thumbKey], name: media.originalName };
}

export async function mediaExists(id: number): Promise<boolean> {
  return (await db.media.count({ where: { id } })) > 0;
}
