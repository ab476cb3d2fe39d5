import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import { canMoveTo, type StatusTarget } from '../../admin/workflow';
import { editableBody } from '../../content/render';
import { urls } from '../../urls';
import { db } from '../client';
import { addressAfterStatusChange } from './permalinks';
import { Prisma } from '../../generated/prisma/client';
import type { NoticeCode } from '../../admin/notices';
import type { ArticleStatusName } from './views';

/**
 * What editors do to articles: the admin's list, status changes, saves with revisions, new drafts,
 * scheduling. Uncached reads (editors want the live state); callers invalidate what they change.
 */

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
      permalink: true,
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
      url: row.permalink ? urls.article({ permalink: row.permalink }) : null,
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
): Promise<StatusChange | { error: NoticeCode }> {
  const article = await db.article.findUnique({
    where: { id },
    include: { source: { select: { slug: true } } },
  });
  if (!article) return { error: 'article-missing' };
  if (!canMoveTo(article.status, status)) return { error: 'bad-transition' };
  // An imported post whose date was lost cannot be dated "now" (it would appear as today's news);
  // an article written here is dated when it is first published.
  if (status === 'PUBLISHED' && !article.publishedAt && article.flags.includes(NEEDS_DATE))
    return { error: 'needs-date' };
  const publishedAt = publicationDate(article, status);
  const address = await db.$transaction(async (tx) => {
    const next = await addressAfterStatusChange(
      tx,
      { ...article, sourceSlug: article.source.slug },
      status,
      publishedAt,
    );
    await tx.article.update({
      where: { id },
      data: { status, publishedAt, ...next, version: { increment: 1 } },
    });
    return next;
  });
  return statusChange({ ...article, ...address });
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
    permalink: article.permalink ? urls.article({ permalink: article.permalink }) : null,
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

function statusChange(article: {
  id: number;
  title: string;
  slug: string;
  infoCode: string | null;
  status: ArticleStatusName;
  permalink: string | null;
  source: { slug: string };
}): StatusChange {
  return {
    id: article.id,
    title: article.title,
    slug: article.slug,
    sourceSlug: article.source.slug,
    infoCode: article.infoCode,
    permalink: article.permalink ? urls.article({ permalink: article.permalink }) : null,
    previous: article.status,
  };
}

/** Sets an article to be published at `at` (its permalink date); the scheduler publishes it then. */
export async function scheduleArticle(
  id: number,
  at: Date,
): Promise<StatusChange | { error: NoticeCode }> {
  const article = await db.article.findUnique({
    where: { id },
    include: { source: { select: { slug: true } } },
  });
  if (!article) return { error: 'article-missing' };
  if (article.status === 'PUBLISHED') return { error: 'schedule-published' };
  const address = await db.$transaction(async (tx) => {
    const next = await addressAfterStatusChange(
      tx,
      { ...article, sourceSlug: article.source.slug },
      'SCHEDULED',
      at,
    );
    await tx.article.update({
      where: { id },
      data: { status: 'SCHEDULED', publishedAt: at, ...next, version: { increment: 1 } },
    });
    return next;
  });
  return statusChange({ ...article, ...address });
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
