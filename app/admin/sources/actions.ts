'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formFields } from '@/lib/admin/article-form';
import { withNotice, type NoticeCode } from '@/lib/admin/notices';
import { clientIp, requireUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { getSourceById, mergeSources, setSourceNavPosition, updateSource } from '@/lib/db/sources';
import { invalidateAllContent } from '@/lib/revalidate';
import { markSourceMoved } from '@/lib/url-registry';

// New slugs are plain ASCII, like the old site's pinyin ones; odd legacy slugs may stay as they are.
const NEW_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const sourceForm = z.object({
  id: z.coerce.number().int().positive(),
  name: z.string().trim().min(1, 'source-name-invalid').max(100, 'source-name-invalid'),
  slug: z.string().trim().min(1, 'source-slug-invalid').max(100, 'source-slug-invalid'),
});

const back = (code: NoticeCode, count?: number) => withNotice('/admin/sources', code, count);

/** The notice code a refused form's first problem names (the zod messages are codes). */
const problem = (error: z.ZodError): NoticeCode => {
  const message = error.issues[0]?.message;
  return message === 'source-name-invalid' || message === 'source-slug-invalid'
    ? message
    : 'invalid';
};

/**
 * Rename a source or change its slug: authorise → validate → write (the old slug kept, so its URLs
 * 301) → invalidate (every page that shows its name or links to it) → audit → redirect.
 */
export async function updateSourceAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = sourceForm.safeParse(formFields(formData, ['id', 'name', 'slug']));
  if (!parsed.success) redirect(back(problem(parsed.error)));
  const { id, name, slug } = parsed.data;
  const current = await getSourceById(id);
  if (!current) redirect(back('source-missing'));
  if (slug !== current.slug && !NEW_SLUG.test(slug)) redirect(back('source-slug-invalid'));
  const result = await updateSource(id, { name, slug });
  if (!result.ok) redirect(back(result.error));
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
  redirect(back('source-updated'));
}

const mergeForm = z.object({
  id: z.coerce.number().int().positive(),
  into: z.coerce.number().int().positive(),
});

/** Merge a source into another (chosen by name): its articles move, its URLs 301 to the other's. */
export async function mergeSourcesAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = mergeForm.safeParse(formFields(formData, ['id', 'into']));
  if (!parsed.success) redirect(back('source-merge-target'));
  const result = await mergeSources(parsed.data.id, parsed.data.into);
  if (!result.ok) redirect(back(result.error));
  markSourceMoved(result.from.slug, result.into.slug);
  invalidateAllContent();
  await recordAudit({
    actorId: user.id,
    action: 'source.merged',
    target: `${result.from.slug} → ${result.into.slug}`,
    detail: { from: result.from.slug, into: result.into.slug, articlesMoved: result.moved },
    ip: await clientIp(),
  });
  redirect(back('source-merged', result.moved));
}

const navForm = z.object({
  id: z.coerce.number().int().positive(),
  // Empty: take the source out of the navigation.
  position: z
    .string()
    .trim()
    .transform((v) => (v === '' ? null : Number(v)))
    .pipe(z.number().int().min(1).max(99).nullable()),
});

/**
 * Pin a source in the readers' navigation at a position, or unpin it: authorise → validate → write
 * → invalidate (the navigation is on every page) → audit → redirect.
 */
export async function setNavPositionAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = navForm.safeParse(formFields(formData, ['id', 'position']));
  if (!parsed.success) redirect(back('source-nav-invalid'));
  const { id, position } = parsed.data;
  const source = await setSourceNavPosition(id, position);
  if (!source) redirect(back('source-missing'));
  invalidateAllContent();
  await recordAudit({
    actorId: user.id,
    action: 'source.navigation',
    target: `${id} ${source.name}`,
    detail: { position },
    ip: await clientIp(),
  });
  redirect(position ? back('source-nav-set', position) : back('source-nav-removed'));
}
