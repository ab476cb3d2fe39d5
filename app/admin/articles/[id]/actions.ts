'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { clientIp, requireUser } from '@/lib/auth/session';
import { rerenderStoredBody } from '@/lib/content/render';
import {
  getArticleForEditing,
  getRevisionSource,
  saveArticleText,
  scheduleArticle,
  type EditableArticle,
} from '@/lib/db/articles';
import { recordAudit } from '@/lib/db/audit';
import { invalidateArticle } from '@/lib/revalidate';
import { parseSiteDate } from '@/lib/time';

export type EditState =
  | { kind: 'idle' }
  | { kind: 'saved'; version: number }
  | { kind: 'invalid'; errors: Record<string, string> }
  | {
      kind: 'conflict';
      theirs: Pick<EditableArticle, 'title' | 'bodySource' | 'version'>;
      mine: { title: string; bodySource: string };
    }
  | { kind: 'preview'; html: string };

const editForm = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  title: z.string().trim().min(1, '标题不能为空').max(200, '标题太长'),
  body: z.string().min(1, '正文不能为空').max(5_000_000, '正文太长'),
  intent: z.enum(['save', 'preview']),
});

/** Save or preview: authorise → validate → write (if still at the version edited) → invalidate → audit. */
export async function editArticle(_previous: EditState, formData: FormData): Promise<EditState> {
  const user = await requireUser('EDITOR');
  const parsed = editForm.safeParse(
    Object.fromEntries(
      ['id', 'version', 'title', 'body', 'intent'].map((k) => [k, formData.get(k)]),
    ),
  );
  if (!parsed.success) {
    return {
      kind: 'invalid',
      errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])),
    };
  }
  const { id, version, title, body, intent } = parsed.data;
  const rendered = rerenderStoredBody(body);
  // Exactly what readers will see: the same renderer and sanitiser as the importer.
  if (intent === 'preview') return { kind: 'preview', html: rendered.html };

  const result = await saveArticleText(id, version, {
    title,
    bodySource: body,
    bodyHtml: rendered.html,
    excerpt: rendered.excerpt,
    reason: 'edit',
  });
  if (!result.ok && 'missing' in result) return { kind: 'invalid', errors: { id: '文章不存在' } };
  if (!result.ok) {
    return {
      kind: 'conflict',
      theirs: {
        title: result.conflict.title,
        bodySource: result.conflict.bodySource,
        version: result.conflict.version,
      },
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
  const user = await requireUser('EDITOR');
  const parsed = restoreForm.safeParse({
    id: formData.get('id'),
    version: formData.get('version'),
    revision: formData.get('revision'),
  });
  if (!parsed.success) redirect('/admin/articles');
  const back = `/admin/articles/${parsed.data.id}`;
  const article = await getArticleForEditing(parsed.data.id);
  const revision = article?.revisions.find((r) => r.id === parsed.data.revision);
  const source = revision ? await getRevisionSource(revision.id) : null;
  if (!article || !revision || source === null) redirect(`${back}?error=missing`);
  const rendered = rerenderStoredBody(source);
  const result = await saveArticleText(article.id, parsed.data.version, {
    title: revision.title,
    bodySource: source,
    bodyHtml: rendered.html,
    excerpt: rendered.excerpt,
    reason: `restore of version ${revision.version}`,
  });
  if (!result.ok) redirect(`${back}?error=conflict`);
  invalidateArticle(result.article);
  await recordAudit({
    actorId: user.id,
    action: 'article.restored',
    target: `${article.id} ${revision.title}`,
    detail: { fromVersion: revision.version },
    ip: await clientIp(),
  });
  redirect(`${back}?restored=${revision.version}`);
}

const scheduleForm = z.object({
  id: z.coerce.number().int().positive(),
  at: z.string().min(10).max(30),
});

/** Schedule: authorise → validate (a future Beijing time) → write → invalidate → audit → redirect. */
export async function scheduleArticleAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = scheduleForm.safeParse({ id: formData.get('id'), at: formData.get('at') });
  if (!parsed.success) redirect('/admin/articles');
  const back = `/admin/articles/${parsed.data.id}`;
  const at = parseSiteDate(parsed.data.at);
  if (!at || at.getTime() <= Date.now()) redirect(`${back}?error=schedule-time`);
  const change = await scheduleArticle(parsed.data.id, at);
  if ('error' in change) redirect(`${back}?error=${encodeURIComponent(change.error)}`);
  invalidateArticle(change);
  await recordAudit({
    actorId: user.id,
    action: 'article.scheduled',
    target: `${change.id} ${change.title}`,
    detail: { at: at.toISOString() },
    ip: await clientIp(),
  });
  redirect(`${back}?scheduled=1`);
}
