import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ImportState } from '@/lib/admin/form-states';
import { importUploadedFiles } from '@/lib/admin/import-upload';
import { IMPORT_UPLOAD_LIMITS } from '@/lib/admin/upload-limits';
import { clientIp, isSameOriginRequest, userWithRole } from '@/lib/auth/session';
import { recordAudit } from '@/lib/db/audit';
import { receiveMultipart } from '@/lib/multipart';
import { invalidateAllContent } from '@/lib/revalidate';

export const dynamic = 'force-dynamic';

const REFUSED: Record<string, string> = {
  'too-large': '上传的文件超过 32 MB。整站存档请用命令行导入（npm run content:import）。',
  'too-many-files': '一次最多上传 100 个文件；更多的文件请先打成 zip 压缩包。',
  'not-multipart': '请求无效：请从导入页面上传文件。',
  incomplete: '上传没有完成（连接中断或数据不完整），请重试。',
};

const answer = (state: ImportState, status = 200) =>
  Response.json(state, { status, headers: { 'Cache-Control': 'private, no-store' } });

/**
 * Import from the browser: authorise → receive the upload as it streams in (refused past 32 MB
 * before it is all read) → stage and import it (lib/admin/import-upload.ts) → invalidate
 * everything once → audit → the report. Every refusal is an answer the import form shows.
 */
export async function POST(request: Request): Promise<Response> {
  const user = await userWithRole('EDITOR');
  if (!user) return answer({ report: null, error: '登录已过期或没有导入权限，请重新登录。' }, 401);
  if (!(await isSameOriginRequest()))
    return answer({ report: null, error: '请求无效：请从导入页面上传文件。' }, 403);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'finews-upload-'));
  try {
    const incoming = path.join(dir, 'incoming');
    const staging = path.join(dir, 'staged');
    await Promise.all([mkdir(incoming), mkdir(staging)]);
    const received = await receiveMultipart(request, incoming, IMPORT_UPLOAD_LIMITS);
    if (!received.ok)
      return answer(
        { report: null, error: REFUSED[received.problem] ?? REFUSED.incomplete! },
        received.problem === 'too-large' ? 413 : 400,
      );
    const files = received.files.filter((file) => file.field === 'files' && file.name);
    if (files.length === 0)
      return answer({ report: null, error: '请选择要导入的 .md、.html 或 .zip 文件' }, 400);

    const { summary, changed, refused } = await importUploadedFiles(files, staging);
    if (changed) invalidateAllContent();
    await recordAudit({
      actorId: user.id,
      action: 'import.uploaded',
      target: files
        .map((file) => file.name)
        .join(', ')
        .slice(0, 300),
      detail: {
        runId: summary.runId,
        read: summary.read,
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: refused,
      },
      ip: await clientIp(),
    });
    return answer({ report: summary, error: null });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
