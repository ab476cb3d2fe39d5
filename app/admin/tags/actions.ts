'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formFields } from '@/lib/admin/article-form';
import { withNotice, type NoticeCode } from '@/lib/admin/notices';
import { clientIp, requireUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { deleteTag, renameTag } from '@/lib/db/tags';
import { invalidateArticles } from '@/lib/revalidate';
import { markTagMoved } from '@/lib/url-registry';

const back = (code: NoticeCode, count?: number) => withNotice('/admin/tags', code, count);

const renameForm = z.object({
  id: z.coerce.number().int().positive(),
  name: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .regex(/^[^,，、\s]+$/),
});

/** Rename a tag (merging it into an existing tag of that name): authorise → validate → write → invalidate → audit. */
export async function renameTagAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = renameForm.safeParse(formFields(formData, ['id', 'name']));
  if (!parsed.success) redirect(back('tag-name-invalid'));
  const result = await renameTag(parsed.data.id, parsed.data.name);
  if (!result.ok) redirect(back(result.error));
  if (result.from !== result.to) markTagMoved(result.from, result.to);
  invalidateArticles(result.articles);
  await recordAudit({
    actorId: user.id,
    action: result.merged ? 'tag.merged' : 'tag.renamed',
    target: `${result.from} → ${result.to}`,
    detail: { articles: result.articles.length },
    ip: await clientIp(),
  });
  redirect(back(result.merged ? 'tag-merged' : 'tag-renamed'));
}

const deleteForm = z.object({ id: z.coerce.number().int().positive() });

/** Remove a tag from every article that carries it. */
export async function deleteTagAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = deleteForm.safeParse(formFields(formData, ['id']));
  if (!parsed.success) redirect(back('invalid'));
  const result = await deleteTag(parsed.data.id);
  if (!result.ok) redirect(back(result.error));
  invalidateArticles(result.articles);
  await recordAudit({
    actorId: user.id,
    action: 'tag.deleted',
    target: result.name,
    detail: { articles: result.articles.length },
    ip: await clientIp(),
  });
  redirect(back('tag-deleted', result.articles.length));
}
