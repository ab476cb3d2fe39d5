'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { articleText, fieldErrors, formFields } from '@/lib/admin/article-form';
import type { EditState } from '@/lib/admin/form-states';
import { withNotice } from '@/lib/admin/notices';
import { canEditArticle } from '@/lib/auth/policy';
import { clientIp, requireUser } from '@/lib/auth/session';
import { rerenderStoredBody } from '@/lib/content/render';
import {
  getArticleAccessFacts,
  getArticleForEditing,
  getRevisionSource,
  saveArticleText,
  scheduleArticle,
} from '@/lib/db/articles/editorial';
import { recordAudit } from '@/lib/db/audit';
import { invalidateArticle } from '@/lib/revalidate';
import { parseSiteDate } from '@/lib/time';

const editForm = articleText.extend({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

/**
 * Save: authorise (a writer only their own drafts) → validate → write if the article is still at
 * the version edited (else a conflict with both texts, nothing written) → invalidate → audit.
 */
export async function editArticle(_previous: EditState, formData: FormData): Promise<EditState> {
  const user = await requireUser('WRITER');
  const parsed = editForm.safeParse(
    formFields(formData, ['id', 'version', 'title', 'tags', 'body']),
  );
  if (!parsed.success) return { kind: 'invalid', errors: fieldErrors(parsed.error) };
  const { id, version, title, tags, body } = parsed.data;
  const facts = await getArticleAccessFacts(id);
  if (!facts) return { kind: 'invalid', errors: { id: '文章不存在' } };
  if (!canEditArticle(user, facts))
    return { kind: 'invalid', errors: { id: '你只能修改自己的草稿' } };

  const rendered = rerenderStoredBody(body);
  const result = await saveArticleText(id, version, {
    title,
    tags,
    bodySource: body,
    bodyHtml: rendered.html,
    excerpt: rendered.excerpt,
    reason: 'edit',
  });
  if (!result.ok && 'missing' in result) return { kind: 'invalid', errors: { id: '文章不存在' } };
  if (!result.ok) {
    const { title: theirTitle, bodySource, version: theirVersion } = result.conflict;
    return {
      kind: 'conflict',
      theirs: { title: theirTitle, bodySource, version: theirVersion },
      mine: { title, bodySource: body },
    };
  }
  invalidateArticle(result.article);
  await recordAudit({
    actorId: user.id,
    action: 'article.edited',
    target: `${id} ${title}`,
    detail: { version: result.article.version },
    ip: await clientIp(),
  });
  return { kind: 'saved', version: result.article.version };
}

const restoreForm = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  revision: z.coerce.number().int().positive(),
});

/** Restores an earlier revision; the text it replaces becomes a revision in turn. */
export async function restoreRevision(formData: FormData): Promise<void> {
  const user = await requireUser('WRITER');
  const parsed = restoreForm.safeParse(formFields(formData, ['id', 'version', 'revision']));
  if (!parsed.success) redirect(withNotice('/admin/articles', 'invalid'));
  const back = `/admin/articles/${parsed.data.id}`;
  const article = await getArticleForEditing(parsed.data.id);
  if (!article || !canEditArticle(user, article))
    redirect(withNotice('/admin/articles', 'article-denied'));
  const revision = article.revisions.find((r) => r.id === parsed.data.revision);
  const source = revision ? await getRevisionSource(revision.id) : null;
  if (!revision || source === null) redirect(withNotice(back, 'revision-missing'));
  const rendered = rerenderStoredBody(source);
  const result = await saveArticleText(article.id, parsed.data.version, {
    title: revision.title,
    bodySource: source,
    bodyHtml: rendered.html,
    excerpt: rendered.excerpt,
    reason: `restore of version ${revision.version}`,
  });
  if (!result.ok) redirect(withNotice(back, 'conflict'));
  invalidateArticle(result.article);
  await recordAudit({
    actorId: user.id,
    action: 'article.restored',
    target: `${article.id} ${revision.title}`,
    detail: { fromVersion: revision.version },
    ip: await clientIp(),
  });
  redirect(withNotice(back, 'restored', revision.version));
}

const scheduleForm = z.object({
  id: z.coerce.number().int().positive(),
  at: z.string().min(10).max(30),
});

/** Schedule: authorise → validate (a future Beijing time) → write → invalidate → audit → redirect. */
export async function scheduleArticleAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = scheduleForm.safeParse(formFields(formData, ['id', 'at']));
  if (!parsed.success) redirect(withNotice('/admin/articles', 'invalid'));
  const back = `/admin/articles/${parsed.data.id}`;
  const at = parseSiteDate(parsed.data.at);
  if (!at || at.getTime() <= Date.now()) redirect(withNotice(back, 'schedule-time'));
  const change = await scheduleArticle(parsed.data.id, at);
  if ('error' in change) redirect(withNotice(back, change.error));
  invalidateArticle(change);
  await recordAudit({
    actorId: user.id,
    action: 'article.scheduled',
    target: `${change.id} ${change.title}`,
    detail: { at: at.toISOString() },
    ip: await clientIp(),
  });
  redirect(withNotice(back, 'scheduled'));
}
