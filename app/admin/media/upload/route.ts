import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { noticeText } from '@/lib/admin/notices';
import { MEDIA_UPLOAD_LIMITS } from '@/lib/admin/upload-limits';
import { clientIp, isSameOriginRequest, userWithRole } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { createMedia, type MediaView } from '@/lib/db/media';
import { mediaStore } from '@/lib/media';
import { processImage } from '@/lib/media/process';
import { receiveMultipart } from '@/lib/multipart';

export const dynamic = 'force-dynamic';

export interface MediaUploadAnswer {
  media: MediaView[];
  refused: { file: string; reason: string }[];
  error: string | null;
}

const answer = (body: MediaUploadAnswer, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'private, no-store' } });
const refusal = (error: string, status: number) =>
  answer({ media: [], refused: [], error }, status);

/**
 * Images into the media library: authorise (writers too: they illustrate their drafts) → receive
 * the upload as it streams in (10 MB an image) → resize, strip metadata and store each
 * (lib/media/) → record it → audit → the stored images, as JSON for the editor's picker.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await userWithRole('WRITER');
  if (!user) return refusal('登录已过期，请重新登录。', 401);
  if (!(await isSameOriginRequest())) return refusal('请求无效：请从编辑后台上传。', 403);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'finews-media-'));
  try {
    const received = await receiveMultipart(request, dir, MEDIA_UPLOAD_LIMITS);
    if (!received.ok)
      return received.problem === 'too-large'
        ? refusal(noticeText('media-too-large'), 413)
        : refusal('上传没有完成，请重试（一次最多 20 张图片）。', 400);
    const files = received.files.filter((file) => file.field === 'images');
    if (files.length === 0) return refusal(noticeText('media-empty'), 400);

    const stored: MediaView[] = [];
    const refused: MediaUploadAnswer['refused'] = [];
    for (const file of files) {
      const image = await processImage(await readFile(file.path));
      if (!image.ok) {
        refused.push({ file: file.name, reason: noticeText(image.problem) });
        continue;
      }
      const { display, thumb } = image;
      await mediaStore().put(display.key, display.bytes, display.contentType);
      await mediaStore().put(thumb.key, thumb.bytes, thumb.contentType);
      stored.push(
        await createMedia({
          key: display.key,
          thumbKey: thumb.key,
          contentType: display.contentType,
          width: display.width,
          height: display.height,
          bytes: display.bytes.byteLength,
          originalName: file.name,
          uploadedById: user.id,
        }),
      );
    }
    if (stored.length) {
      await recordAudit({
        actorId: user.id,
        action: 'media.uploaded',
        target: stored
          .map((media) => media.originalName)
          .join(', ')
          .slice(0, 300),
        detail: { ids: stored.map((media) => media.id) },
        ip: await clientIp(),
      });
    }
    return answer({ media: stored, refused, error: null });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
