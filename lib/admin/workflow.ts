/**
 * Which status changes each role's buttons offer from each status, and which the server accepts.
 *
 * Editors: publishing a scheduled or submitted article publishes it now; taking either back makes
 * it a draft again (a submitted one goes back to its writer); only a published article can be
 * unpublished (withdrawn: its address then answers 410); a deleted one can come back as it was
 * published, or as a draft. Writers: submit their draft for review, or take it back.
 */
export type ArticleStatus =
  'DRAFT' | 'PENDING' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED' | 'DELETED';
export type StatusTarget = 'PUBLISHED' | 'UNPUBLISHED' | 'DELETED' | 'DRAFT' | 'PENDING';
export type WorkflowRole = 'ADMIN' | 'EDITOR' | 'WRITER';

const EDITOR: Record<ArticleStatus, StatusTarget[]> = {
  DRAFT: ['PUBLISHED', 'DELETED'],
  PENDING: ['PUBLISHED', 'DRAFT', 'DELETED'],
  SCHEDULED: ['PUBLISHED', 'DRAFT', 'DELETED'],
  PUBLISHED: ['UNPUBLISHED', 'DELETED'],
  UNPUBLISHED: ['PUBLISHED', 'DELETED'],
  DELETED: ['PUBLISHED', 'DRAFT'],
};

const WRITER: Record<ArticleStatus, StatusTarget[]> = {
  DRAFT: ['PENDING'],
  PENDING: ['DRAFT'],
  SCHEDULED: [],
  PUBLISHED: [],
  UNPUBLISHED: [],
  DELETED: [],
};

export function nextStatuses(
  current: ArticleStatus,
  role: WorkflowRole = 'EDITOR',
): StatusTarget[] {
  return (role === 'WRITER' ? WRITER : EDITOR)[current];
}

export function canMoveTo(
  current: ArticleStatus,
  target: StatusTarget,
  role: WorkflowRole = 'EDITOR',
): boolean {
  return nextStatuses(current, role).includes(target);
}

/** Changes that take an article off the site or out of sight: the buttons ask first. */
export function isDestructive(current: ArticleStatus, target: StatusTarget): boolean {
  return (
    target === 'DELETED' ||
    target === 'UNPUBLISHED' ||
    (target === 'DRAFT' && current === 'SCHEDULED')
  );
}
