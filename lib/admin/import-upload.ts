import 'server-only';
import { importContent, normaliseInThread } from '../content/import';
import { reasonInChinese } from '../content/reasons-zh';
import { stageUpload, type UploadedFile } from '../content/upload';
import type { FileMessage } from '../content/import';
import { importStore } from '../db/imports';
import type { UploadReport } from './form-states';

const inChinese = (message: FileMessage): FileMessage => ({
  ...message,
  reason: reasonInChinese(message.reason),
});

// Enough to read on a page; the full list stays in the run's stored outcomes.
const LISTED = 200;

/**
 * What the admin's import page does with received files: stage them (refusing unsafe or oversized
 * ones, each with its reason), run the same importer as the CLI, and summarise the report.
 * `changed` says whether readers' pages need refreshing.
 */
export async function importUploadedFiles(
  files: UploadedFile[],
  stagingDir: string,
): Promise<{ summary: UploadReport; changed: boolean; refused: number }> {
  const staged = await stageUpload(files, stagingDir);
  const report = staged.inputs.length
    ? await importContent(staged.inputs, {
        store: importStore,
        normalise: normaliseInThread,
        displayRoot: stagingDir,
      })
    : null;
  const summary: UploadReport = {
    runId: report?.runId ?? null,
    read: report?.read ?? 0,
    created: report?.created ?? 0,
    updated: report?.updated ?? 0,
    unchanged: report?.unchanged ?? 0,
    duplicates: report?.duplicates.length ?? 0,
    rejected: [...staged.refused, ...(report?.rejected ?? []).map(inChinese)].slice(0, LISTED),
    warnings: (report?.warnings ?? []).map(inChinese).slice(0, LISTED),
    ignored: (report?.ignored ?? []).slice(0, LISTED),
  };
  return {
    summary,
    changed: Boolean(report && report.created + report.updated > 0),
    refused: staged.refused.length + (report?.rejected.length ?? 0),
  };
}
