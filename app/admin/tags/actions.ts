'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fieldErrors, formFields } from '@/lib/admin/article-form';
import { clientIp, requireUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { deleteTag, renameTag } from '@/lib/db/tags';
import { invalidateArticles } from '@/lib/revalidate';
import { markTagMoved } from '@/lib/url-registry';

const back = (notice: Record<string, string>) =>
  `/admin/tags?${new URLSearchParams(notice).toString()}`;

const renameForm = z.object({
  id: z.coerce.number().int().positive(),
  name: z
    .string()
    .trim()
    .min(1, '标签不能为空')
    .max(50, '标签最多 50 个字')
    .regex(/^[^,，、\s]+$/, '标签里不能有逗号、顿号或空格'),
});

/** Rename a tag (merging it into an existing tag of that name): authorise → validate → write → invalidate → audit. */
export async function renameTagAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = renameForm.safeParse(formFields(formData, ['id', 'name']));
  if (!parsed.success) redirect(back({ error: Object.values(fieldErrors(parsed.error))[0] ?? '' }));
  const result = await renameTag(parsed.data.id, parsed.data.name);
  if (!result.ok) redirect(back({ error: result.error }));
  if (result.from !== result.to) markTagMoved(result.from, result.to);
  invalidateArticles(result.articles);
  await recordAudit({
    actorId: user.id,
    action: result.merged ? 'tag.merged' : 'tag.renamed',
    target: `${result.from} → ${result.to}`,
    detail: { articles: result.articles.length },
    ip: await clientIp(),
  });
  redirect(back({ done: `${result.merged ? '已合并' : '已改名'}：${result.from} → ${result.to}` }));
}

const deleteForm = z.object({ id: z.coerce.number().int().positive() });

/** Remove a tag from every article that carries it. */
export async function deleteTagAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = deleteForm.safeParse(formFields(formData, ['id']));
  if (!parsed.success) redirect(back({ error: '请求无效' }));
  const result = await deleteTag(parsed.data.id);
  if (!result.ok) redirect(back({ error: result.error }));
  invalidateArticles(result.articles);
  await recordAudit({
    actorId: user.id,
    action: 'tag.deleted',
    target: result.name,
    detail: { articles: result.articles.length },
    ip: await clientIp(),
  });
  redirect(back({ done: `已删除标签：${result.name}` }));
}
