import 'server-only';
import { createHash, randomUUID } from 'node:crypto';
import type { NoticeCode } from '../../admin/notices';
import { slugFromTitle } from '../../admin/slug';
import { canMoveTo, type StatusTarget, type WorkflowRole } from '../../admin/workflow';
import { editableBody } from '../../content/render';
import { shanghaiDayKey } from '../../time';
import { urls } from '../../urls';
import { db } from '../client';
import { addressAfterStatusChange } from './permalinks';
import { Prisma } from '../../generated/prisma/client';
import type { ArticleStatusName } from './views';

/**
 * What editors do to articles: saves (with revisions, a version check, and optionally publishing or
 * submitting in the same transaction), status changes, new drafts, scheduling. Uncached (editors
 * want the live state); callers invalidate what they change. Reads for the edit page are in
 * editing.ts, the lists in admin-list.ts.
 */

export const NEEDS_DATE = 'needs-date';

/** Statuses whose permalink readers have (or had): its date and slug no longer change. */
const ADDRESSED: readonly ArticleStatusName[] = ['PUBLISHED', 'UNPUBLISHED', 'DELETED'];

/** What a write reports: enough to invalidate the article's pages and to audit it. */
export interface ChangedArticle {
  id: number;
  title: string;
  slug: string;
  sourceSlug: string;
  infoCode: string | null;
  status: ArticleStatusName;
  previous: ArticleStatusName;
  publishedAt: Date | null;
  /** Its reader URL, when it has a date. */
  permalink: string | null;
}

function changed(
  article: {
    id: number;
    title: string;
    slug: string;
    infoCode: string | null;
    status: ArticleStatusName;
    source: { slug: string };
  },
  after: {
    title?: string;
    slug?: string;
    status: ArticleStatusName;
    publishedAt: Date | null;
    /** The stored (decoded) permalink it has after the change. */
    permalink: string | null;
  },
): ChangedArticle {
  return {
    id: article.id,
    title: after.title ?? article.title,
    slug: after.slug ?? article.slug,
    sourceSlug: article.source.slug,
    infoCode: article.infoCode,
    status: after.status,
    previous: article.status,
    publishedAt: after.publishedAt,
    permalink: after.permalink ? urls.article({ permalink: after.permalink }) : null,
  };
}

/**
 * Where an article lives after a write (lib/db/articles/permalinks.ts): first scheduled or
 * published, it gets the address Jekyll's rules give its source, day and slug; once readers have
 * had it, it keeps it. Drafts and submitted drafts have none.
 */
function addressFor(
  tx: Prisma.TransactionClient,
  article: {
    id: number;
    slug: string;
    status: ArticleStatusName;
    permalink: string | null;
    source: { slug: string };
  },
  status: ArticleStatusName,
  publishedAt: Date | null,
): Promise<{ slug: string; permalink: string | null }> {
  return addressAfterStatusChange(
    tx,
    { ...article, sourceSlug: article.source.slug },
    status === 'PENDING' ? 'DRAFT' : status,
    publishedAt,
  );
}

/**
 * Where a status change leaves the publication time. Publishing keeps a date the article has in
 * the past (imported, or backdated by an editor); a scheduled article published now, or a draft
 * dated in the future, is published now; an article written here is dated when first published.
 */
function publicationDate(
  article: { status: ArticleStatusName; publishedAt: Date | null },
  status: StatusTarget,
  now: Date,
): Date | null {
  if (status === 'DRAFT') return article.status === 'SCHEDULED' ? null : article.publishedAt;
  if (status !== 'PUBLISHED') return article.publishedAt;
  if (!article.publishedAt || article.publishedAt > now) return now;
  return article.publishedAt;
}

/**
 * Publishes, unpublishes, deletes, restores, submits for review or takes back an article, as the
 * workflow allows `role` (lib/admin/workflow.ts). An imported post that lost its date cannot be
 * published until an editor dates it. `reviewNote`: why an editor sends a submitted draft back.
 */
export async function setArticleStatus(
  id: number,
  status: StatusTarget,
  { role = 'EDITOR', reviewNote }: { role?: WorkflowRole; reviewNote?: string } = {},
): Promise<ChangedArticle | { error: NoticeCode }> {
  const article = await db.article.findUnique({
    where: { id },
    include: { source: { select: { slug: true } } },
  });
  if (!article) return { error: 'article-missing' };
  if (!canMoveTo(article.status, status, role)) return { error: 'bad-transition' };
  if (status === 'PUBLISHED' && !article.publishedAt && article.flags.includes(NEEDS_DATE))
    return { error: 'needs-date' };
  const publishedAt = publicationDate(article, status, new Date());
  return db.$transaction(async (tx) => {
    const address = await addressFor(tx, article, status, publishedAt);
    // Guarded by the status it was read with: two editors' clicks cannot both apply.
    const { count } = await tx.article.updateMany({
      where: { id, status: article.status },
      data: {
        status,
        publishedAt,
        ...address,
        version: { increment: 1 },
        reviewNote:
          article.status === 'PENDING' && status === 'DRAFT' ? (reviewNote ?? null) : null,
      },
    });
    if (count === 0) return { error: 'bad-transition' as const };
    return changed(article, { status, publishedAt, ...address });
  });
}

/** An article's text and settings as a save changes them; `undefined` leaves a setting as it is. */
export interface ArticleChange {
  title: string;
  tags?: string[];
  bodySource: string;
  bodyHtml: string;
  /** Taken from the body; used unless the editor wrote their own. */
  generatedExcerpt: string;
  customExcerpt?: string | null;
  slug?: string;
  publishedAt?: Date | null;
  seoTitle?: string | null;
  seoDescription?: string | null;
  coverMediaId?: number | null;
  /** The byline (editors only). */
  authorId?: number | null;
}

export interface SaveOptions {
  /** Who saves: recorded as the author of the new version. */
  editedById: number | null;
  /** Why the old text is replaced: "edit", "restore:<version>". */
  reason: string;
  role: WorkflowRole;
  /**
   * After saving, in the same transaction: publish (scheduled instead, when the date is in the
   * future) or submit for review.
   */
  then?: 'publish' | 'submit';
}

/** What a save reports: enough to invalidate the article's pages, or to show the text that won. */
export interface SavedArticle extends ChangedArticle {
  bodySource: string;
  version: number;
}

export type SaveResult =
  | { ok: true; article: SavedArticle }
  | { ok: false; conflict: SavedArticle }
  | { ok: false; error: NoticeCode };

/**
 * Saves an article if it is still at `expectedVersion`: otherwise nothing is written and the
 * current version comes back, so the editor sees both texts and loses neither. The replaced text
 * is kept as a revision, with who wrote it. An address readers have (a published article's date
 * and slug) does not change; a new slug must be free.
 */
export async function saveArticle(
  id: number,
  expectedVersion: number,
  change: ArticleChange,
  options: SaveOptions,
): Promise<SaveResult> {
  return db.$transaction(async (tx): Promise<SaveResult> => {
    const current = await tx.article.findUnique({
      where: { id },
      include: { source: { select: { slug: true } } },
    });
    if (!current) return { ok: false, error: 'article-missing' };
    if (current.version !== expectedVersion) {
      return {
        ok: false,
        conflict: {
          ...changed(current, current),
          bodySource: editableBody(current.rawSource),
          version: current.version,
        },
      };
    }
    const slug = change.slug ?? current.slug;
    const publishedAt = change.publishedAt === undefined ? current.publishedAt : change.publishedAt;
    if (ADDRESSED.includes(current.status)) {
      const sameDay =
        (publishedAt && shanghaiDayKey(publishedAt)) ===
        (current.publishedAt && shanghaiDayKey(current.publishedAt));
      if (slug !== current.slug || !sameDay) return { ok: false, error: 'address-locked' };
    }

    const now = new Date();
    let status = current.status;
    let finalDate = publishedAt;
    if (options.then === 'publish' && current.status !== 'PUBLISHED') {
      if (!canMoveTo(current.status, 'PUBLISHED', options.role))
        return { ok: false, error: 'bad-transition' };
      if (!finalDate && current.flags.includes(NEEDS_DATE) && change.publishedAt === undefined)
        return { ok: false, error: 'needs-date' };
      finalDate ??= now;
      status = finalDate > now ? 'SCHEDULED' : 'PUBLISHED';
    } else if (options.then === 'submit') {
      if (!canMoveTo(current.status, 'PENDING', options.role))
        return { ok: false, error: 'bad-transition' };
      status = 'PENDING';
    }

    const address = await addressFor(tx, { ...current, slug }, status, finalDate);
    await tx.articleRevision.create({
      data: {
        articleId: id,
        version: current.version,
        title: current.title,
        bodyHtml: current.bodyHtml,
        rawSource: current.rawSource,
        sourcePath: current.sourcePath,
        contentHash: current.contentHash,
        reason: options.reason,
        editedById: current.editedById,
      },
    });
    const customExcerpt =
      change.customExcerpt === undefined ? current.customExcerpt : change.customExcerpt;
    const updated = await tx.article.update({
      where: { id, version: expectedVersion },
      data: {
        title: change.title,
        rawSource: change.bodySource,
        bodyHtml: change.bodyHtml,
        excerpt: customExcerpt ?? change.generatedExcerpt,
        customExcerpt,
        ...address,
        publishedAt: finalDate,
        status,
        flags: finalDate ? current.flags.filter((flag) => flag !== NEEDS_DATE) : current.flags,
        ...(change.seoTitle !== undefined ? { seoTitle: change.seoTitle } : {}),
        ...(change.seoDescription !== undefined ? { seoDescription: change.seoDescription } : {}),
        ...(change.coverMediaId !== undefined ? { coverMediaId: change.coverMediaId } : {}),
        ...(change.authorId !== undefined ? { authorId: change.authorId } : {}),
        ...(status === 'PENDING' ? { reviewNote: null } : {}),
        editedById: options.editedById,
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
        ...changed(current, { title: change.title, status, publishedAt: finalDate, ...address }),
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

export interface NewArticle extends ArticleChange {
  sourceId: number;
  tags: string[];
}

/**
 * An article written in the admin, by `authorId`. Its import key ("admin:<uuid>") can never collide
 * with an imported post's. Its slug is the one given, else the title in pinyin (lib/admin/slug.ts),
 * else "post-<id>"; an address is made from it when it is first scheduled or published (numbered
 * there, should another article have it). `then` publishes or submits it at once.
 */
export async function createArticle(
  input: NewArticle,
  options: { authorId: number; role: WorkflowRole; then?: 'publish' | 'submit' },
): Promise<{ ok: true; article: SavedArticle }> {
  return db.$transaction(async (tx) => {
    const key = `admin:${randomUUID()}`;
    const now = new Date();
    let status: ArticleStatusName = 'DRAFT';
    let publishedAt = input.publishedAt ?? null;
    if (options.then === 'publish' && options.role !== 'WRITER') {
      publishedAt ??= now;
      status = publishedAt > now ? 'SCHEDULED' : 'PUBLISHED';
    } else if (options.then === 'submit') {
      status = 'PENDING';
    }
    const created = await tx.article.create({
      data: {
        key,
        slug: input.slug || slugFromTitle(input.title) || key,
        title: input.title,
        status: 'DRAFT',
        publishedAt,
        sourceId: input.sourceId,
        excerpt: input.customExcerpt ?? input.generatedExcerpt,
        customExcerpt: input.customExcerpt ?? null,
        seoTitle: input.seoTitle ?? null,
        seoDescription: input.seoDescription ?? null,
        coverMediaId: input.coverMediaId ?? null,
        bodyHtml: input.bodyHtml,
        rawSource: input.bodySource,
        contentHash: contentHash(input.bodySource),
        authorId: input.authorId ?? options.authorId,
        editedById: options.authorId,
      },
      include: { source: { select: { slug: true } } },
    });
    const slug = created.slug === key ? `post-${created.id}` : created.slug;
    const address = await addressFor(tx, { ...created, slug }, status, publishedAt);
    await tx.article.update({ where: { id: created.id }, data: { status, ...address } });
    await setTags(tx, created.id, input.tags);
    return {
      ok: true,
      article: {
        ...changed(created, { status, publishedAt, ...address }),
        bodySource: input.bodySource,
        version: created.version,
      },
    };
  });
}

/**
 * Dates an undated draft and publishes it in one step (the importer's "needs a date" queue): at
 * a past time it is published at once, at a future one scheduled.
 */
export async function dateAndPublish(
  id: number,
  at: Date,
): Promise<ChangedArticle | { error: NoticeCode }> {
  const article = await db.article.findUnique({
    where: { id },
    include: { source: { select: { slug: true } } },
  });
  if (!article) return { error: 'article-missing' };
  if (!canMoveTo(article.status, 'PUBLISHED')) return { error: 'bad-transition' };
  const status = at > new Date() ? 'SCHEDULED' : 'PUBLISHED';
  return db.$transaction(async (tx) => {
    const address = await addressFor(tx, article, status, at);
    const { count } = await tx.article.updateMany({
      where: { id, status: article.status },
      data: {
        status,
        publishedAt: at,
        ...address,
        flags: article.flags.filter((flag) => flag !== NEEDS_DATE),
        version: { increment: 1 },
      },
    });
    if (count === 0) return { error: 'bad-transition' as const };
    return changed(article, { status, publishedAt: at, ...address });
  });
}

/** Publishes every scheduled article whose time has come; returns what was published. */
export async function publishDueArticles(now = new Date()): Promise<ChangedArticle[]> {
  const rows = await db.$queryRaw<
    {
      id: number;
      title: string;
      slug: string;
      source_slug: string;
      info_code: string | null;
      published_at: Date;
      permalink: string | null;
    }[]
  >`
    UPDATE articles a SET status = 'PUBLISHED', version = a.version + 1, updated_at = now()
    FROM sources s
    WHERE s.id = a.source_id AND a.status = 'SCHEDULED' AND a.published_at <= ${now}
    RETURNING a.id, a.title, a.slug, s.slug AS source_slug, a.info_code, a.published_at,
      a.permalink`;
  return rows.map((row) =>
    changed(
      {
        id: row.id,
        title: row.title,
        slug: row.slug,
        infoCode: row.info_code,
        status: 'SCHEDULED',
        source: { slug: row.source_slug },
      },
      { status: 'PUBLISHED', publishedAt: row.published_at, permalink: row.permalink },
    ),
  );
}

/** The raw text and title a revision kept. */
export async function getRevisionSource(
  articleId: number,
  revisionId: number,
): Promise<{ title: string; rawSource: string; version: number } | null> {
  return db.articleRevision.findFirst({
    where: { id: revisionId, articleId },
    select: { title: true, rawSource: true, version: true },
  });
}

/** Articles per status, for the editors' dashboard (uncached: editors want the live figure). */
export async function countArticlesByStatus(): Promise<Partial<Record<string, number>>> {
  const rows = await db.article.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
}
