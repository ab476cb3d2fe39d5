import 'server-only';
import { listPublishedArticlesBy } from '../db/articles/editing';
import { recordAudit } from '../db/audit';
import { setDisplayName } from '../db/users';
import { invalidateArticles } from '../revalidate';

/**
 * Sets the name an account's articles are signed with: the pages of its published articles show
 * the new name at once.
 */
export async function renameAccount(
  actor: { id: number },
  userId: number,
  displayName: string,
  ip: string | null,
): Promise<void> {
  const before = await setDisplayName(userId, displayName);
  invalidateArticles(await listPublishedArticlesBy(userId));
  await recordAudit({
    actorId: actor.id,
    action: 'user.renamed',
    target: before.email,
    detail: { displayName },
    ip,
  });
}
