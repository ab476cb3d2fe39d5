'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { fieldErrors, formFields } from '@/lib/admin/article-form';
import { clientIp, requireUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { getSourceById, getSourceBySlug, mergeSources, updateSource } from '@/lib/db/sources';
import { invalidateAllContent } from '@/lib/revalidate';
import { markSourceMoved } from '@/lib/url-registry';

// New slugs are plain ASCII, like the old site's pinyin ones; odd legacy slugs may stay as they are.
const NEW_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const sourceForm = z.object({
  id: z.coerce.number().int().positive(),
  name: z.string().trim().min(1, '名称不能为空').max(100, '名称太长'),
  slug: z.string().trim().min(1, 'slug 不能为空').max(100, 'slug 太长'),
});

const back = (notice: Record<string, string>) =>
  `/admin/sources?${new URLSearchParams(notice).toString()}`;

/**
 * Rename a source or change its slug: authorise → validate → write (the old slug kept, so its URLs
 * 301) → invalidate (every page that shows its name or links to it) → audit → redirect.
 */
export async function updateSourceAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = sourceForm.safeParse(formFields(formData, ['id', 'name', 'slug']));
  if (!parsed.success) redirect(back({ error: Object.values(fieldErrors(parsed.error))[0] ?? '' }));
  const { id, name, slug } = parsed.data;
  const current = await getSourceById(id);
  if (!current) redirect(back({ error: '来源不存在' }));
  if (slug !== current.slug && !NEW_SLUG.test(slug))
    redirect(back({ error: 'slug 只能用小写字母、数字和连字符（如 shamenwanbao）' }));
  const result = await updateSource(id, { name, slug });
  if (!result.ok) redirect(back({ error: result.error }));
  if (result.before.slug !== result.after.slug)
    markSourceMoved(result.before.slug, result.after.slug);
  invalidateAllContent();
  await recordAudit({
    actorId: user.id,
    action: 'source.updated',
    target: `${id} ${result.after.name}`,
    detail: { before: { ...result.before }, after: { ...result.after } },
    ip: await clientIp(),
  });
  redirect(back({ done: `已更新来源：${result.after.name}（${result.after.slug}）` }));
}

const mergeForm = z.object({
  id: z.coerce.number().int().positive(),
  into: z.string().trim().min(1, '请填写要并入的来源 slug').max(100),
});

/** Merge a source into another: its articles move, its URLs 301 to the other's. */
export async function mergeSourcesAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = mergeForm.safeParse(formFields(formData, ['id', 'into']));
  if (!parsed.success) redirect(back({ error: Object.values(fieldErrors(parsed.error))[0] ?? '' }));
  const into = await getSourceBySlug(parsed.data.into);
  if (!into) redirect(back({ error: `没有 slug 为 “${parsed.data.into}” 的来源` }));
  const result = await mergeSources(parsed.data.id, into.id);
  if (!result.ok) redirect(back({ error: result.error }));
  markSourceMoved(result.from.slug, result.into.slug);
  invalidateAllContent();
  await recordAudit({
    actorId: user.id,
    action: 'source.merged',
    target: `${result.from.slug} → ${result.into.slug}`,
    detail: { from: result.from.slug, into: result.into.slug, articlesMoved: result.moved },
    ip: await clientIp(),
  });
  redirect(
    back({ done: `已将 ${result.from.name} 并入 ${result.into.name}（${result.moved} 篇文章）` }),
  );
}
