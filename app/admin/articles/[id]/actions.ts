'use server';

import { refresh } from 'next/cache';
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
import { saveArticleFor, afterSave } from '@/lib/admin/article-writes';
import type { EditState } from '@/lib/admin/form-states';
import { noticeText, withNotice } from '@/lib/admin/notices';
import { canEditArticle, canPublish } from '@/lib/auth/policy';
import { clientIp, requireUser } from '@/lib/auth/session';
import { rerenderStoredBody } from '@/lib/content/render';
import { getArticleAccessFacts } from '@/lib/db/articles/editing';
import { getRevisionSource, saveArticle } from '@/lib/db/articles/editorial';
import { autosaveData, deleteAutosave, writeAutosave } from '@/lib/db/autosaves';

const editForm = articleText.extend(articleSettings.shape).extend({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

/**
 * Save, and publish or submit with the same click: authorise (a writer only their own drafts) →
 * validate → write in one transaction if the article is still at the version edited (else a
 * conflict with both texts, nothing written) → invalidate what readers see → audit → the answer,
 * or the article's page with a notice when its status changed.
 */
export async function editArticle(_previous: EditState, formData: FormData): Promise<EditState> {
  const user = await requireUser('WRITER');
  const parsed = editForm.safeParse(formFields(formData, ['id', 'version', ...ARTICLE_FIELDS]));
  if (!parsed.success) return { kind: 'invalid', errors: fieldErrors(parsed.error) };
  const { id, version, intent } = parsed.data;
  const facts = await getArticleAccessFacts(id);
  if (!facts) return { kind: 'invalid', errors: { form: noticeText('article-missing') } };
  if (!canEditArticle(user, facts))
    return { kind: 'invalid', errors: { form: noticeText('article-denied') } };
  const editor = canPublish(user);
  if ((intent === 'publish' && !editor) || (intent === 'submit' && editor))
    return { kind: 'invalid', errors: { form: noticeText('bad-transition') } };

  const built = articleChange(parsed.data, {
    editor,
    currentSlug: facts.slug,
    addressLocked: ['PUBLISHED', 'UNPUBLISHED', 'DELETED'].includes(facts.status),
  });
  if ('errors' in built) return { kind: 'invalid', errors: built.errors };
  const saved = await saveArticleFor(
    { title: parsed.data.title, bodySource: parsed.data.body },
    () =>
      saveArticle(id, version, built.change, {
        editedById: user.id,
        reason: 'edit',
        role: user.role,
        then: intent === 'save' ? undefined : intent,
      }),
  );
  if (saved.kind === 'failed') return saved.state;
  const article = saved.article;
  await deleteAutosave(user.id, id);
  await afterSave(user, article, await clientIp());
  if (article.status !== article.previous)
    redirect(withNotice(`/admin/articles/${id}`, saved.notice));
  // The page around the form (title, status, revisions) shows the new version too.
  refresh();
  return { kind: 'saved', version: article.version, savedAt: new Date().toISOString() };
}

const restoreForm = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  revision: z.coerce.number().int().positive(),
});

/** Restores an earlier revision's title and text; the text it replaces becomes a revision in turn. */
export async function restoreRevision(formData: FormData): Promise<void> {
  const user = await requireUser('WRITER');
  const parsed = restoreForm.safeParse(formFields(formData, ['id', 'version', 'revision']));
  if (!parsed.success) redirect(withNotice('/admin/articles', 'invalid'));
  const back = `/admin/articles/${parsed.data.id}`;
  const facts = await getArticleAccessFacts(parsed.data.id);
  if (!facts || !canEditArticle(user, facts))
    redirect(withNotice('/admin/articles', 'article-denied'));
  const revision = await getRevisionSource(parsed.data.id, parsed.data.revision);
  if (!revision) redirect(withNotice(back, 'revision-missing'));
  const rendered = rerenderStoredBody(revision.rawSource);
  const result = await saveArticle(
    parsed.data.id,
    parsed.data.version,
    {
      title: revision.title,
      bodySource: revision.rawSource,
      bodyHtml: rendered.html,
      generatedExcerpt: rendered.excerpt,
    },
    { editedById: user.id, reason: `restore:${revision.version}`, role: user.role },
  );
  if (!result.ok) redirect(withNotice(back, 'error' in result ? result.error : 'conflict'));
  await afterSave(user, result.article, await clientIp(), {
    action: 'article.restored',
    detail: { fromVersion: revision.version },
  });
  redirect(withNotice(back, 'restored', revision.version));
}

/**
 * Keeps an editor's unsaved work (every few seconds while they type): authorise → validate →
 * write. Readers see nothing of it; the edit page offers it back.
 */
export async function autosaveArticle(
  articleId: number | null,
  baseVersion: number | null,
  data: unknown,
): Promise<{ savedAt: string } | { error: string }> {
  const user = await requireUser('WRITER');
  const ids = z
    .object({
      articleId: z.number().int().positive().nullable(),
      baseVersion: z.number().int().positive().nullable(),
    })
    .safeParse({ articleId, baseVersion });
  const parsed = autosaveData.safeParse(data);
  if (!ids.success || !parsed.success) return { error: '自动保存失败：内容无效' };
  if (ids.data.articleId !== null) {
    const facts = await getArticleAccessFacts(ids.data.articleId);
    if (!facts || !canEditArticle(user, facts)) return { error: noticeText('article-denied') };
  }
  const savedAt = await writeAutosave(
    user.id,
    ids.data.articleId,
    ids.data.baseVersion,
    parsed.data,
  );
  return { savedAt: savedAt.toISOString() };
}

/** Throws an editor's autosave away (they chose not to restore it). */
export async function discardAutosave(articleId: number | null): Promise<void> {
  const user = await requireUser('WRITER');
  const id = z.number().int().positive().nullable().safeParse(articleId);
  if (id.success) await deleteAutosave(user.id, id.data);
}
