import 'server-only';
import type { SessionUser } from '../db/sessions';
import type { ChangedArticle, SaveResult, SavedArticle } from '../db/articles/editorial';
import { recordAudit } from '../db/audit';
import type { Prisma } from '../generated/prisma/client';
import { invalidateArticle } from '../revalidate';
import { markGone, markNotGone } from '../url-registry';
import type { EditState } from './form-states';
import type { AuditAction } from './labels';
import { noticeText, type NoticeCode } from './notices';

/**
 * What every article write does after the database: invalidate exactly what readers see of it,
 * keep the proxy's 410 registry in step, and audit it. Shared by the save, status, restore and
 * dating actions so each stays authorise → validate → write → invalidate → redirect.
 */

/** Whether readers saw, or now see, the article: only then has a cached page changed. */
export function touchesReaders(article: Pick<ChangedArticle, 'status' | 'previous'>): boolean {
  return article.status === 'PUBLISHED' || article.previous === 'PUBLISHED';
}

const STATUS_AUDIT: Partial<Record<ChangedArticle['status'], AuditAction>> = {
  PUBLISHED: 'article.published',
  SCHEDULED: 'article.scheduled',
  PENDING: 'article.submitted',
  UNPUBLISHED: 'article.unpublished',
  DELETED: 'article.deleted',
  DRAFT: 'article.draft',
};

export const STATUS_NOTICE: Record<ChangedArticle['status'], NoticeCode> = {
  PUBLISHED: 'published',
  SCHEDULED: 'scheduled',
  PENDING: 'submitted',
  UNPUBLISHED: 'unpublished',
  DELETED: 'deleted',
  DRAFT: 'drafted',
};

/** Invalidation and the 410 registry after a write that may have changed what readers see. */
export function invalidateForReaders(article: ChangedArticle): void {
  if (!touchesReaders(article)) return;
  invalidateArticle(article);
  if (!article.permalink) return;
  const withdrawn = { ...article, permalink: article.permalink };
  if (article.status === 'PUBLISHED') markNotGone(withdrawn);
  else if (article.status === 'UNPUBLISHED' || article.status === 'DELETED') markGone(withdrawn);
}

/** A status change's audit entry. */
export async function auditStatusChange(
  user: Pick<SessionUser, 'id'>,
  article: ChangedArticle,
  ip: string | null,
  detail: Prisma.InputJsonObject = {},
): Promise<void> {
  const action = STATUS_AUDIT[article.status];
  if (!action || article.status === article.previous) return;
  await recordAudit({
    actorId: user.id,
    action,
    target: `${article.id} ${article.title}`,
    detail: { from: article.previous, to: article.status, ...detail },
    ip,
  });
}

/** After a save: invalidate, audit the edit and any status change it made. */
export async function afterSave(
  user: Pick<SessionUser, 'id'>,
  article: SavedArticle,
  ip: string | null,
  audit: { action: AuditAction; detail?: Prisma.InputJsonObject } = { action: 'article.edited' },
): Promise<void> {
  invalidateForReaders(article);
  await recordAudit({
    actorId: user.id,
    action: audit.action,
    target: `${article.id} ${article.title}`,
    detail: { version: article.version, ...audit.detail },
    ip,
  });
  await auditStatusChange(user, article, ip, {
    ...(article.publishedAt ? { at: article.publishedAt.toISOString() } : {}),
  });
}

// Refusals that belong to one field of the form.
const FIELD_OF: Partial<Record<NoticeCode, string>> = {
  'needs-date': 'publishedAt',
  'address-locked': 'form',
};

/** A save's result as the form shows it: saved (with the notice its status change earns), or not. */
export async function saveArticleFor(
  mine: { title: string; bodySource: string },
  run: () => Promise<SaveResult>,
): Promise<
  | { kind: 'saved'; article: SavedArticle; notice: NoticeCode }
  | { kind: 'failed'; state: EditState }
> {
  const result = await run();
  if (result.ok) {
    return { kind: 'saved', article: result.article, notice: STATUS_NOTICE[result.article.status] };
  }
  if ('conflict' in result) {
    const { title, bodySource, version } = result.conflict;
    return {
      kind: 'failed',
      state: { kind: 'conflict', theirs: { title, bodySource, version }, mine },
    };
  }
  return {
    kind: 'failed',
    state: {
      kind: 'invalid',
      errors: { [FIELD_OF[result.error] ?? 'form']: noticeText(result.error) },
    },
  };
}
