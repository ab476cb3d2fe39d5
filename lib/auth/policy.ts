import type { Role } from '../generated/prisma/client';

/**
 * Who may do what to an article, in one place: pages hide what a user may not do, and every server
 * action asks again against the stored row before writing.
 *
 * - admin and editor: every article, and publishing, scheduling, unpublishing and deleting;
 * - writer: writes drafts and edits only their own articles while they are drafts or waiting for
 *   review; submits them for review (an editor publishes).
 */
export interface Actor {
  id: number;
  role: Role;
}

export interface ArticleAccessFacts {
  authorId: number | null;
  status: string;
}

const RANK: Record<Role, number> = { WRITER: 1, EDITOR: 2, ADMIN: 3 };

/** Roles nest: an admin may do all an editor may, an editor all a writer may. */
export const roleAtLeast = (role: Role, required: Role): boolean => RANK[role] >= RANK[required];

export const canPublish = (actor: Actor): boolean => actor.role !== 'WRITER';

export function canEditArticle(actor: Actor, article: ArticleAccessFacts): boolean {
  if (actor.role !== 'WRITER') return true;
  return (
    article.authorId === actor.id && (article.status === 'DRAFT' || article.status === 'PENDING')
  );
}

/** A writer's article list holds only their own articles. */
export const articleListAuthor = (actor: Actor): number | undefined =>
  actor.role === 'WRITER' ? actor.id : undefined;

/**
 * Would this change leave no enabled admin (so no one could manage accounts)? Disabling or demoting
 * an enabled admin is refused when they are the last one.
 */
export function removesLastAdmin(
  target: { role: Role; disabled: boolean },
  change: { disable?: boolean; role?: Role },
  enabledAdmins: number,
): boolean {
  if (target.role !== 'ADMIN' || target.disabled) return false;
  const losesAdmin =
    change.disable === true || (change.role !== undefined && change.role !== 'ADMIN');
  return losesAdmin && enabledAdmins <= 1;
}
