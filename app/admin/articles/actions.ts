'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withNotice, type NoticeCode } from '@/lib/admin/notices';
import { clientIp, requireUser } from '@/lib/auth/session';
import { setArticleStatus } from '@/lib/db/articles/editorial';
import { recordAudit } from '@/lib/db/audit';
import { markGone, markNotGone } from '@/lib/url-registry';
import { invalidateArticle } from '@/lib/revalidate';

const input = z.object({
  id: z.coerce.number().int().positive(),
  status: z.enum(['PUBLISHED', 'UNPUBLISHED', 'DELETED', 'DRAFT']),
  back: z
    .string()
    .regex(/^\/admin\/articles(\/\d+)?(\?[^\s]*)?$/)
    .catch('/admin/articles'),
});

/**
 * Publish, unpublish, delete, or take a scheduled article back: authorise → validate (including the
 * workflow: lib/admin/workflow.ts) → write → invalidate → audit → redirect.
 */
export async function changeArticleStatus(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = input.safeParse({
    id: formData.get('id'),
    status: formData.get('status'),
    back: formData.get('back'),
  });
  if (!parsed.success) redirect(withNotice('/admin/articles', 'invalid'));
  const { id, status, back } = parsed.data;

  const change = await setArticleStatus(id, status);
  if ('error' in change) redirect(withNotice(back, change.error));

  invalidateArticle(change);
  if (change.permalink && status !== 'DRAFT')
    (status === 'PUBLISHED' ? markNotGone : markGone)({ ...change, permalink: change.permalink });
  await recordAudit({
    actorId: user.id,
    action: `article.${status.toLowerCase()}`,
    target: `${change.id} ${change.title}`,
    detail: { from: change.previous, to: status },
    ip: await clientIp(),
  });
  // Back to the list or the article's page it came from, with a word on what happened.
  redirect(withNotice(back, DONE[status]));
}

const DONE: Record<z.infer<typeof input>['status'], NoticeCode> = {
  PUBLISHED: 'published',
  UNPUBLISHED: 'unpublished',
  DELETED: 'deleted',
  DRAFT: 'drafted',
};
