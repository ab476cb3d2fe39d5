'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import {
  ARTICLE_FIELDS,
  articleSettings,
  articleText,
  fieldErrors,
  formFields,
} from '@/lib/admin/article-form';
import { articleChange } from '@/lib/admin/article-change';
import { STATUS_NOTICE, afterSave } from '@/lib/admin/article-writes';
import type { EditState } from '@/lib/admin/form-states';
import { noticeText, withNotice } from '@/lib/admin/notices';
import { canPublish } from '@/lib/auth/policy';
import { clientIp, requireUser } from '@/lib/auth/session';
import { createArticle } from '@/lib/db/articles/editorial';
import { deleteAutosave } from '@/lib/db/autosaves';
import { getSourceById } from '@/lib/db/sources';

const newArticle = articleText.extend(articleSettings.shape).extend({
  sourceId: z.coerce.number({ error: '请选择来源' }).int().positive('请选择来源'),
});

/**
 * A new article: authorise (writers too) → validate → write (a draft; an editor may publish or
 * schedule it with the same click, a writer submit it) → invalidate when readers see it → audit →
 * on to its edit page. A plain draft is on no public page, so nothing cached changes.
 */
export async function createArticleAction(
  _previous: EditState,
  formData: FormData,
): Promise<EditState> {
  const user = await requireUser('WRITER');
  const parsed = newArticle.safeParse(formFields(formData, ['sourceId', ...ARTICLE_FIELDS]));
  if (!parsed.success) return { kind: 'invalid', errors: fieldErrors(parsed.error) };
  const { sourceId, intent } = parsed.data;
  const editor = canPublish(user);
  if ((intent === 'publish' && !editor) || (intent === 'submit' && editor))
    return { kind: 'invalid', errors: { form: noticeText('bad-transition') } };
  if (!(await getSourceById(sourceId)))
    return { kind: 'invalid', errors: { sourceId: '来源不存在' } };
  const built = articleChange(parsed.data, { editor });
  if ('errors' in built) return { kind: 'invalid', errors: built.errors };
  const created = await createArticle(
    { ...built.change, sourceId, tags: parsed.data.tags },
    { authorId: user.id, role: user.role, then: intent === 'save' ? undefined : intent },
  );
  await deleteAutosave(user.id, null);
  await afterSave(user, created.article, await clientIp(), { action: 'article.created' });
  const { id, status } = created.article;
  redirect(
    withNotice(`/admin/articles/${id}`, status === 'DRAFT' ? 'created' : STATUS_NOTICE[status]),
  );
}
