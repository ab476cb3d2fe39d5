/**
 * Which status changes an editor's buttons offer from each status, and which the server accepts.
 * Publishing a scheduled article publishes it now; taking it back makes it a draft again; only a
 * published article can be unpublished (withdrawn: its address then answers 410).
 */
export type ArticleStatus = 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'UNPUBLISHED' | 'DELETED';
export type StatusTarget = 'PUBLISHED' | 'UNPUBLISHED' | 'DELETED' | 'DRAFT';

const NEXT: Record<ArticleStatus, StatusTarget[]> = {
  DRAFT: ['PUBLISHED', 'DELETED'],
  SCHEDULED: ['PUBLISHED', 'DRAFT', 'DELETED'],
  PUBLISHED: ['UNPUBLISHED', 'DELETED'],
  UNPUBLISHED: ['PUBLISHED', 'DELETED'],
  DELETED: ['PUBLISHED'],
};

export function nextStatuses(current: ArticleStatus): StatusTarget[] {
  return NEXT[current];
}

export function canMoveTo(current: ArticleStatus, target: StatusTarget): boolean {
  return NEXT[current].includes(target);
}
