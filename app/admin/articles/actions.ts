'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formFields } from '@/lib/admin/article-form';
import { STATUS_NOTICE, auditStatusChange, invalidateForReaders } from '@/lib/admin/article-writes';
import { withNotice } from '@/lib/admin/notices';
import { canEditArticle } from '@/lib/auth/policy';
import { clientIp, requireUser } from '@/lib/auth/session';
import { getArticleAccessFacts } from '@/lib/db/articles/editing';
import { dateAndPublish, setArticleStatus } from '@/lib/db/articles/editorial';
import { parseSiteDate } from '@/lib/time';

// Where a status button sends the editor back to: the list it was on, or the article's page.
const backPath = z
  .string()
  .regex(/^\/admin\/articles(\/\d+|\/undated)?(\?[^\s]*)?$/)
  .catch('/admin/articles');

const input = z.object({
  id: z.coerce.number().int().positive(),
  status: z.enum(['PUBLISHED', 'UNPUBLISHED', 'DELETED', 'DRAFT']),
  back: backPath,
  note: z.string().trim().max(1000).catch(''),
});

/**
 * Publish, unpublish, delete, restore, or take a scheduled or submitted article back to a draft
 * (with a note for its writer): authorise → validate (including the workflow:
 * lib/admin/workflow.ts) → write → invalidate what readers see → audit → redirect.
 */
export async function changeArticleStatus(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = input.safeParse(formFields(formData, ['id', 'status', 'back', 'note']));
  if (!parsed.success) redirect(withNotice('/admin/articles', 'invalid'));
  const { id, status, back, note } = parsed.data;

  const change = await setArticleStatus(id, status, {
    role: user.role,
    reviewNote: note || undefined,
  });
  if ('error' in change) redirect(withNotice(back, change.error));
  invalidateForReaders(change);
  await auditStatusChange(user, change, await clientIp(), note ? { note } : {});
  redirect(
    withNotice(
      back,
      change.previous === 'PENDING' && status === 'DRAFT' ? 'returned' : STATUS_NOTICE[status],
    ),
  );
}

const withdrawInput = z.object({ id: z.coerce.number().int().positive() });

/**
 * A writer takes their submitted draft back (to change more before an editor looks): authorise
 * (their own article) → validate → write → audit → redirect. Nothing readers see changes.
 */
export async function withdrawSubmission(formData: FormData): Promise<void> {
  const user = await requireUser('WRITER');
  const parsed = withdrawInput.safeParse(formFields(formData, ['id']));
  if (!parsed.success) redirect(withNotice('/admin/articles', 'invalid'));
  const back = `/admin/articles/${parsed.data.id}`;
  const facts = await getArticleAccessFacts(parsed.data.id);
  if (!facts || !canEditArticle(user, facts))
    redirect(withNotice('/admin/articles', 'article-denied'));
  const change = await setArticleStatus(parsed.data.id, 'DRAFT', { role: 'WRITER' });
  if ('error' in change) redirect(withNotice(back, change.error));
  await auditStatusChange(user, change, await clientIp());
  redirect(withNotice(back, 'drafted'));
}

const dateInput = z.object({
  id: z.coerce.number().int().positive(),
  at: z.string().trim().min(10).max(40),
});

/**
 * The undated queue's one step: date an imported draft and publish it (scheduled, when the time is
 * in the future): authorise → validate → write → invalidate → audit → back to the queue.
 */
export async function datePublishAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = dateInput.safeParse(formFields(formData, ['id', 'at']));
  const back = '/admin/articles/undated';
  if (!parsed.success) redirect(withNotice(back, 'date-invalid'));
  const at = parseSiteDate(parsed.data.at);
  if (!at) redirect(withNotice(back, 'date-invalid'));
  const change = await dateAndPublish(parsed.data.id, at);
  if ('error' in change) redirect(withNotice(back, change.error));
  invalidateForReaders(change);
  await auditStatusChange(user, change, await clientIp(), { at: at.toISOString(), dated: true });
  redirect(withNotice(back, change.status === 'SCHEDULED' ? 'scheduled' : 'dated-published', 1));
}
