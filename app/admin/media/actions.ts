'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formFields } from '@/lib/admin/article-form';
import { withNotice } from '@/lib/admin/notices';
import { clientIp, requireUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { deleteMedia, setMediaAlt } from '@/lib/db/media';
import { mediaStore } from '@/lib/media';

const back = '/admin/media';

const altForm = z.object({
  id: z.coerce.number().int().positive(),
  alt: z.string().trim().max(200),
});

/**
 * An image's description (its alt text, read aloud to readers who cannot see it): authorise →
 * validate → write → audit → redirect. Bodies that embed the image keep the alt they were written
 * with; covers use this one.
 */
export async function updateMediaAltAction(formData: FormData): Promise<void> {
  const user = await requireUser('WRITER');
  const parsed = altForm.safeParse(formFields(formData, ['id', 'alt']));
  if (!parsed.success) redirect(withNotice(back, 'invalid'));
  const media = await setMediaAlt(parsed.data.id, parsed.data.alt);
  if (!media) redirect(withNotice(back, 'media-missing'));
  await recordAudit({
    actorId: user.id,
    action: 'media.updated',
    target: `${media.id} ${media.originalName}`,
    ip: await clientIp(),
  });
  redirect(withNotice(back, 'saved'));
}

const deleteForm = z.object({ id: z.coerce.number().int().positive() });

/**
 * Deletes an image no article uses (refused otherwise): authorise → validate → write (the record,
 * then its files) → audit → redirect. Nothing readers see changes: no page shows it.
 */
export async function deleteMediaAction(formData: FormData): Promise<void> {
  const user = await requireUser('EDITOR');
  const parsed = deleteForm.safeParse(formFields(formData, ['id']));
  if (!parsed.success) redirect(withNotice(back, 'invalid'));
  const result = await deleteMedia(parsed.data.id);
  if (!result.ok) redirect(withNotice(back, result.error));
  await Promise.all(result.keys.map((key) => mediaStore().remove(key)));
  await recordAudit({
    actorId: user.id,
    action: 'media.deleted',
    target: `${parsed.data.id} ${result.name}`,
    ip: await clientIp(),
  });
  redirect(withNotice(back, 'media-deleted'));
}
