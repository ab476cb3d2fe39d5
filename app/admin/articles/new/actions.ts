'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { articleText, fieldErrors, formFields } from '@/lib/admin/article-form';
import type { CreateState } from '@/lib/admin/form-states';
import { withNotice } from '@/lib/admin/notices';
import { clientIp, requireUser } from '@/lib/auth/session';
import { rerenderStoredBody } from '@/lib/content/render';
import { createArticle } from '@/lib/db/articles/editorial';
import { recordAudit } from '@/lib/db/audit';
import { getSourceById } from '@/lib/db/sources';

const newArticle = articleText.extend({
  sourceId: z.coerce.number({ error: '请选择来源' }).int().positive('请选择来源'),
});

/**
 * A new draft: authorise (writers too) → validate → write → audit → on to its edit page. Drafts are
 * on no public page, so nothing cached changes until it is published.
 */
export async function createArticleAction(
  _previous: CreateState,
  formData: FormData,
): Promise<CreateState> {
  const user = await requireUser('WRITER');
  const parsed = newArticle.safeParse(formFields(formData, ['sourceId', 'title', 'tags', 'body']));
  if (!parsed.success) return { errors: fieldErrors(parsed.error) };
  const { sourceId, title, tags, body } = parsed.data;
  if (!(await getSourceById(sourceId))) return { errors: { sourceId: '来源不存在' } };
  const rendered = rerenderStoredBody(body);
  const { id } = await createArticle({
    title,
    sourceId,
    tags,
    bodySource: body,
    bodyHtml: rendered.html,
    excerpt: rendered.excerpt,
    authorId: user.id,
  });
  await recordAudit({
    actorId: user.id,
    action: 'article.created',
    target: `${id} ${title}`,
    ip: await clientIp(),
  });
  redirect(withNotice(`/admin/articles/${id}`, 'created'));
}
