import 'server-only';
import { urls } from '../../urls';
import { db } from '../client';
import { Prisma } from '../../generated/prisma/client';
import type { ArticleStatusName } from './views';

/**
 * The editors' article list: filtered, sorted by publication time (undated drafts first) or by
 * last change, a page at a time by keyset, with the total. Each sort walks an index
 * ((published_at DESC, id DESC), (updated_at DESC, id DESC), or the status/source ones when
 * those filters are set), so page 1,000 costs what page 1 does.
 */
export type AdminSort = 'time' | 'time-asc' | 'updated';

export interface AdminArticleFilter {
  status?: ArticleStatusName;
  /** A source by slug (the list's source picker). */
  sourceSlug?: string;
  text?: string;
  /** Only this author's articles (a writer's list, or an editor's filter). */
  authorId?: number;
  /** Published on the Beijing day starting at this instant. */
  publishedOn?: Date;
  /** Only articles carrying this importer flag (e.g. needs-date). */
  flag?: string;
}

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
  author: string | null;
}

export interface AdminArticlePage {
  rows: AdminArticleRow[];
  total: number;
  /** The cursor of the next page, or null on the last one. */
  next: string | null;
}

/** A keyset position: the sort value of the last row (null: an undated one) and its id. */
interface Position {
  at: Date | null;
  id: number;
}

const CURSOR = /^(n|[0-9a-z]{1,11})-([0-9a-z]{1,8})$/;

export function encodeAdminCursor(position: Position): string {
  return `${position.at ? position.at.getTime().toString(36) : 'n'}-${position.id.toString(36)}`;
}

export function decodeAdminCursor(value: string): Position | null {
  const match = CURSOR.exec(value);
  if (!match) return null;
  const id = parseInt(match[2] ?? '', 36);
  const ms = match[1] === 'n' ? null : parseInt(match[1] ?? '', 36);
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  if (ms !== null && (!Number.isSafeInteger(ms) || ms > 8.64e15)) return null;
  return { at: ms === null ? null : new Date(ms), id };
}

function whereClause(filter: AdminArticleFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (filter.status) parts.push(Prisma.sql`a.status = ${filter.status}::"ArticleStatus"`);
  if (filter.sourceSlug) parts.push(Prisma.sql`s.slug = ${filter.sourceSlug}`);
  if (filter.text) {
    const literal = filter.text.replace(/[\\%_]/g, (c) => `\\${c}`);
    parts.push(Prisma.sql`a.title ILIKE ${`%${literal}%`}`);
  }
  if (filter.authorId) parts.push(Prisma.sql`a.author_id = ${filter.authorId}`);
  if (filter.flag) parts.push(Prisma.sql`${filter.flag} = ANY(a.flags)`);
  if (filter.publishedOn) {
    const end = new Date(filter.publishedOn.getTime() + 86_400_000);
    parts.push(Prisma.sql`a.published_at >= ${filter.publishedOn} AND a.published_at < ${end}`);
  }
  return Prisma.join(parts, ' AND ');
}

/** The rows after `position` in the sort order, and the order itself. */
function keyset(
  sort: AdminSort,
  position: Position | null,
): { after: Prisma.Sql; order: Prisma.Sql } {
  if (sort === 'updated') {
    return {
      after: position?.at
        ? Prisma.sql`(a.updated_at, a.id) < (${position.at}, ${position.id})`
        : Prisma.sql`TRUE`,
      order: Prisma.sql`a.updated_at DESC, a.id DESC`,
    };
  }
  if (sort === 'time-asc') {
    // Oldest first; undated ones last.
    const after = !position
      ? Prisma.sql`TRUE`
      : position.at === null
        ? Prisma.sql`(a.published_at IS NULL AND a.id > ${position.id})`
        : Prisma.sql`((a.published_at, a.id) > (${position.at}, ${position.id}) OR a.published_at IS NULL)`;
    return { after, order: Prisma.sql`a.published_at ASC NULLS LAST, a.id ASC` };
  }
  // Newest first; undated ones (drafts still to be dated) first of all.
  const after = !position
    ? Prisma.sql`TRUE`
    : position.at === null
      ? Prisma.sql`((a.published_at IS NULL AND a.id < ${position.id}) OR a.published_at IS NOT NULL)`
      : Prisma.sql`(a.published_at, a.id) < (${position.at}, ${position.id})`;
  return { after, order: Prisma.sql`a.published_at DESC NULLS FIRST, a.id DESC` };
}

interface Row {
  id: number;
  title: string;
  status: ArticleStatusName;
  published_at: Date | null;
  updated_at: Date;
  permalink: string | null;
  flags: string[];
  author_id: number | null;
  author: string | null;
  source_slug: string;
  source_name: string;
}

export async function listArticlesForAdmin(
  filter: AdminArticleFilter,
  sort: AdminSort,
  cursor: string | null,
  limit: number,
): Promise<AdminArticlePage> {
  const where = whereClause(filter);
  const { after, order } = keyset(sort, cursor ? decodeAdminCursor(cursor) : null);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT a.id, a.title, a.status, a.published_at, a.updated_at, a.permalink, a.flags, a.author_id,
             COALESCE(NULLIF(btrim(u.display_name), ''), u.email) AS author,
             s.slug AS source_slug, s.name AS source_name
      FROM articles a JOIN sources s ON s.id = a.source_id LEFT JOIN users u ON u.id = a.author_id
      WHERE ${where} AND ${after}
      ORDER BY ${order}
      LIMIT ${limit + 1}`,
    db.$queryRaw<{ total: bigint }[]>`
      SELECT count(*) AS total FROM articles a JOIN sources s ON s.id = a.source_id
      WHERE ${where}`,
  ]);
  const page = rows.slice(0, limit);
  const last = rows.length > limit ? page.at(-1) : undefined;
  return {
    rows: page.map((row) => ({
      id: row.id,
      title: row.title,
      status: row.status,
      publishedAt: row.published_at?.toISOString() ?? null,
      updatedAt: row.updated_at.toISOString(),
      source: { slug: row.source_slug, name: row.source_name },
      url: row.permalink ? urls.article({ permalink: row.permalink }) : null,
      flags: row.flags,
      authorId: row.author_id,
      author: row.author,
    })),
    total: Number(count?.total ?? 0),
    next: last
      ? encodeAdminCursor({
          at: sort === 'updated' ? new Date(last.updated_at) : last.published_at,
          id: last.id,
        })
      : null,
  };
}

/** Undated drafts the importer left for an editor to date, oldest import first. */
export async function countUndatedDrafts(): Promise<number> {
  return db.article.count({ where: { flags: { has: 'needs-date' }, publishedAt: null } });
}

export interface UndatedDraft {
  id: number;
  title: string;
  source: string;
  sourcePath: string | null;
  importedAt: string;
}

/** The undated queue, a page at a time (keyset on id, oldest import first). */
export async function listUndatedDrafts(
  limit: number,
  afterId = 0,
): Promise<{ rows: UndatedDraft[]; next: number | null }> {
  const rows = await db.article.findMany({
    where: { flags: { has: 'needs-date' }, publishedAt: null, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: limit + 1,
    select: {
      id: true,
      title: true,
      sourcePath: true,
      createdAt: true,
      source: { select: { name: true } },
    },
  });
  const page = rows.slice(0, limit);
  return {
    rows: page.map((row) => ({
      id: row.id,
      title: row.title,
      source: row.source.name,
      sourcePath: row.sourcePath,
      importedAt: row.createdAt.toISOString(),
    })),
    next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
