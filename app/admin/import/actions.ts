'use server';

import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { clientIp, requireUser } from '@/lib/auth/session';
import type { ImportState, UploadReport } from '@/lib/admin/form-states';
import { importContent, normaliseInThread } from '@/lib/content/import';
import { stageUpload } from '@/lib/content/upload';
import { recordAudit } from '@/lib/db/audit';
import { importStore } from '@/lib/db/imports';
import { invalidateAllContent } from '@/lib/revalidate';

// Enough to read on a page; the full list stays in the run's stored outcomes.
const LISTED = 200;

/**
 * Import from the browser: authorise → stage the upload (refusing unsafe or oversized files) → the
 * same importer as the CLI → invalidate everything once → audit → the report.
 */
export async function importUploadAction(
  _previous: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const user = await requireUser('EDITOR');
  const files = formData.getAll('files').filter((value): value is File => value instanceof File);
  const chosen = files.filter((file) => file.name && file.size > 0);
  if (chosen.length === 0) return { report: null, error: '请选择要导入的 .md、.html 或 .zip 文件' };

  const dir = await mkdtemp(path.join(os.tmpdir(), 'finews-upload-'));
  try {
    const staged = stageUpload(
      await Promise.all(
        chosen.map(async (file) => ({
          name: file.name,
          bytes: new Uint8Array(await file.arrayBuffer()),
        })),
      ),
      dir,
    );
    const report = staged.inputs.length
      ? await importContent(staged.inputs, {
          store: importStore,
          normalise: normaliseInThread,
          displayRoot: dir,
        })
      : null;
    if (report && report.created + report.updated > 0) invalidateAllContent();
    const summary: UploadReport = {
      runId: report?.runId ?? null,
      read: report?.read ?? 0,
      created: report?.created ?? 0,
      updated: report?.updated ?? 0,
      unchanged: report?.unchanged ?? 0,
      duplicates: report?.duplicates.length ?? 0,
      rejected: [...staged.refused, ...(report?.rejected ?? [])].slice(0, LISTED),
      warnings: (report?.warnings ?? []).slice(0, LISTED),
      ignored: (report?.ignored ?? []).slice(0, LISTED),
    };
    await recordAudit({
      actorId: user.id,
      action: 'import.uploaded',
      target: chosen
        .map((file) => file.name)
        .join(', ')
        .slice(0, 300),
      detail: {
        runId: summary.runId,
        read: summary.read,
        created: summary.created,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: staged.refused.length + (report?.rejected.length ?? 0),
      },
      ip: await clientIp(),
    });
    return { report: summary, error: null };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
