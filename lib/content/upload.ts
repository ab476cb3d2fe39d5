import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { FileMessage } from './import';

/**
 * Puts what an editor uploaded on disk for the importer: loose post files (.md, .markdown, .html)
 * into `<dir>/_posts/`, each zip into a folder named after it with its structure kept (a Jekyll site, a
 * `_posts` folder, or loose posts all work). Returns the folders to import and the files refused,
 * with reasons. Zip entries that would land outside their folder, and archives that unpack past
 * the limits, are refused rather than written.
 */
export const UPLOAD_LIMITS = {
  /** Everything unpacked, all uploads together. */
  totalBytes: 200 * 1024 * 1024,
  files: 20_000,
};

const POST_FILE = /\.(md|markdown|html?)$/i;
const ZIP = /\.zip$/i;

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

export interface StagedUpload {
  inputs: string[];
  refused: FileMessage[];
}

export function stageUpload(
  files: UploadedFile[],
  dir: string,
  limits: typeof UPLOAD_LIMITS = UPLOAD_LIMITS,
): StagedUpload {
  const refused: FileMessage[] = [];
  const inputs: string[] = [];
  const postsDir = path.join(/* turbopackIgnore: true */ dir, '_posts');
  const written = new Set<string>();
  let budget = { bytes: limits.totalBytes, files: limits.files };

  const loose = files.filter((file) => !ZIP.test(file.name));
  for (const file of loose) {
    const name = path.basename(file.name.replaceAll('\\', '/'));
    if (!POST_FILE.test(name)) {
      refused.push({ file: file.name, reason: '不是 .md、.html 或 .zip 文件' });
    } else if (written.has(name)) {
      refused.push({ file: file.name, reason: '同一次上传中有同名文件' });
    } else if (file.bytes.byteLength > budget.bytes || budget.files < 1) {
      refused.push({ file: file.name, reason: '上传总量超过限制' });
    } else {
      mkdirSync(postsDir, { recursive: true });
      writeFileSync(path.join(/* turbopackIgnore: true */ postsDir, name), file.bytes);
      written.add(name);
      budget = { bytes: budget.bytes - file.bytes.byteLength, files: budget.files - 1 };
    }
  }
  if (written.size) inputs.push(postsDir);

  const folders = new Set<string>();
  files
    .filter((file) => ZIP.test(file.name))
    .forEach((zip, index) => {
      // Named after the archive, so reports read "batch.zip/_posts/…".
      const base = path.basename(zip.name.replaceAll('\\', '/'));
      const folder = folders.has(base) || base === '_posts' ? `${index + 1}-${base}` : base;
      folders.add(folder);
      const root = path.join(dir, folder);
      const result = unpackZip(zip, root, budget, limits);
      refused.push(...result.refused);
      budget = result.budget;
      if (result.wrote) inputs.push(root);
    });
  return { inputs, refused };
}

function unpackZip(
  zip: UploadedFile,
  root: string,
  start: { bytes: number; files: number },
  limits: typeof UPLOAD_LIMITS,
): { wrote: boolean; refused: FileMessage[]; budget: { bytes: number; files: number } } {
  const refused: FileMessage[] = [];
  let declaredBytes = 0;
  let declaredFiles = 0;
  let overLimit = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      // Sizes as the archive declares them, checked before each entry is inflated: past the
      // limit nothing more is inflated.
      filter: (entry) => {
        // Folders, and macOS archive metadata, are not content.
        if (overLimit || entry.name.endsWith('/') || entry.name.startsWith('__MACOSX/'))
          return false;
        declaredBytes += entry.originalSize;
        declaredFiles += 1;
        overLimit = declaredBytes > start.bytes || declaredFiles > start.files;
        return !overLimit;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { wrote: false, refused: [{ file: zip.name, reason: `无法解压：${reason}` }], budget: start };
  }
  if (overLimit) {
    return {
      wrote: false,
      refused: [{ file: zip.name, reason: `解压后超过上传限制（${limits.totalBytes / 1024 / 1024} MB 或 ${limits.files} 个文件）` }],
      budget: start,
    };
  }
  let budget = start;
  let wrote = false;
  for (const [name, bytes] of Object.entries(entries)) {
    const label = `${zip.name}:${name}`;
    const relative = safeRelativePath(name);
    if (!relative) {
      refused.push({ file: label, reason: '路径不安全（绝对路径或含 ..）' });
      continue;
    }
    // Declared sizes can lie: count what was actually inflated.
    if (bytes.byteLength > budget.bytes) {
      refused.push({ file: label, reason: '解压后超过上传限制' });
      continue;
    }
    const target = path.join(/* turbopackIgnore: true */ root, relative);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    wrote = true;
    budget = { bytes: budget.bytes - bytes.byteLength, files: budget.files - 1 };
  }
  return { wrote, refused, budget };
}

/** A zip entry's path if it stays inside the folder it is unpacked into; else null. */
export function safeRelativePath(name: string): string | null {
  const unified = name.replaceAll('\\', '/');
  if (unified.includes('\0') || unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return null;
  const normalised = path.posix.normalize(unified);
  if (normalised === '.' || normalised.startsWith('../') || normalised === '..') return null;
  return normalised;
}
