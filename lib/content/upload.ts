import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { FileMessage } from './import';

/**
 * Puts what an editor uploaded on disk for the importer: loose post files (.md, .markdown, .html)
 * into `<dir>/_posts/`, each zip into a folder named after it with its structure kept (a Jekyll
 * site, a `_posts` folder, or loose posts all work). Returns the folders to import and the files
 * refused, each with a reason an editor can act on; nothing here throws for a bad upload.
 *
 * Zips are read from their central directory first (names and declared sizes: a zip that declares
 * more than the limits is refused before anything is inflated), then each entry is inflated as a
 * stream into its file, counting the bytes: an entry whose data inflates past what it declared, or
 * past what is left of the limit, stops there.
 */
export const UPLOAD_LIMITS = {
  /** Everything unpacked, all uploads together. */
  totalBytes: 200 * 1024 * 1024,
  files: 20_000,
};

/** Longest file or folder name most file systems accept, in bytes. */
const NAME_BYTES = 255;
const PATH_BYTES = 1024;

const POST_FILE = /\.(md|markdown|html?)$/i;
const ZIP = /\.zip$/i;

export interface UploadedFile {
  /** The name the editor's file had. */
  name: string;
  /** Where the upload was received. */
  path: string;
}

export interface StagedUpload {
  inputs: string[];
  refused: FileMessage[];
}

interface Budget {
  bytes: number;
  files: number;
}

const overLimit = (limits: typeof UPLOAD_LIMITS) =>
  `解压后超过上传限制（${limits.totalBytes / 1024 / 1024} MB 或 ${limits.files} 个文件）`;

export async function stageUpload(
  files: UploadedFile[],
  dir: string,
  limits: typeof UPLOAD_LIMITS = UPLOAD_LIMITS,
): Promise<StagedUpload> {
  const refused: FileMessage[] = [];
  const inputs: string[] = [];
  const postsDir = path.join(/* turbopackIgnore: true */ dir, '_posts');
  const written = new Set<string>();
  let budget: Budget = { bytes: limits.totalBytes, files: limits.files };

  for (const file of files.filter((f) => !ZIP.test(f.name))) {
    const name = path.posix.basename(file.name.replaceAll('\\', '/'));
    const { size } = await stat(file.path);
    const problem = !POST_FILE.test(name)
      ? '不是 .md、.html 或 .zip 文件'
      : Buffer.byteLength(name) > NAME_BYTES
        ? `文件名太长（超过 ${NAME_BYTES} 字节）`
        : written.has(name)
          ? '同一次上传中有同名文件'
          : size > budget.bytes || budget.files < 1
            ? '上传总量超过限制'
            : null;
    if (problem) {
      refused.push({ file: file.name, reason: problem });
      continue;
    }
    await mkdir(postsDir, { recursive: true });
    await rename(file.path, path.join(/* turbopackIgnore: true */ postsDir, name));
    written.add(name);
    budget = { bytes: budget.bytes - size, files: budget.files - 1 };
  }
  if (written.size) inputs.push(postsDir);

  const folders = new Set<string>();
  let index = 0;
  for (const zip of files.filter((f) => ZIP.test(f.name))) {
    index += 1;
    // Named after the archive, so reports read "batch.zip/_posts/…".
    const base = path.posix.basename(zip.name.replaceAll('\\', '/'));
    if (Buffer.byteLength(base) > NAME_BYTES - 8) {
      refused.push({ file: zip.name, reason: `文件名太长（超过 ${NAME_BYTES} 字节）` });
      continue;
    }
    const folder = folders.has(base) || base === '_posts' ? `${index}-${base}` : base;
    folders.add(folder);
    const root = path.join(/* turbopackIgnore: true */ dir, folder);
    const result = await unpackZip(zip, root, budget, limits);
    refused.push(...result.refused);
    budget = result.budget;
    if (result.wrote) inputs.push(root);
  }
  return { inputs, refused };
}

class OverBudget extends Error {}

interface ZipResult {
  wrote: boolean;
  refused: FileMessage[];
  budget: Budget;
}

async function unpackZip(
  zip: UploadedFile,
  root: string,
  start: Budget,
  limits: typeof UPLOAD_LIMITS,
): Promise<ZipResult> {
  const whole = (reason: string): ZipResult => ({
    wrote: false,
    refused: [{ file: zip.name, reason }],
    budget: start,
  });
  let archive: yauzl.ZipFile;
  try {
    // Names are decoded here (decodeStrings: false), so an unsafe one refuses that entry only.
    archive = await yauzl.openPromise(zip.path, { decodeStrings: false, autoClose: false });
  } catch {
    return whole('无法解压：不是有效的 zip 文件，或文件已损坏');
  }
  try {
    // 1. The central directory only: names and declared sizes, nothing inflated yet.
    const entries: { entry: yauzl.Entry; name: string }[] = [];
    let declaredBytes = 0;
    try {
      for await (const entry of archive.eachEntry()) {
        const name = yauzl.getFileNameLowLevel(
          entry.generalPurposeBitFlag,
          entry.fileNameRaw,
          entry.extraFields,
          false,
        );
        // Folders, and macOS archive metadata, are not content.
        if (name.endsWith('/') || name.startsWith('__MACOSX/')) continue;
        declaredBytes += entry.uncompressedSize;
        entries.push({ entry, name });
        if (declaredBytes > start.bytes || entries.length > start.files) return whole(overLimit(limits));
      }
    } catch {
      return whole('无法解压：zip 文件的目录已损坏');
    }

    // 2. Each entry inflated into its file, its bytes counted as they come.
    const refused: FileMessage[] = [];
    const files = new Set<string>();
    const folders = new Set<string>();
    let budget = start;
    let wrote = false;
    for (const { entry, name } of entries) {
      const label = `${zip.name}:${name}`;
      const relative = safeRelativePath(name);
      if (relative === null) {
        refused.push({ file: label, reason: '路径不安全（绝对路径或含 ..）' });
        continue;
      }
      const problem =
        pathProblem(relative, files, folders) ??
        (entry.isEncrypted() ? '文件已加密，无法解压' : null) ??
        (entry.canDecodeFileData() ? null : '不支持的压缩方式');
      if (problem) {
        refused.push({ file: label, reason: problem });
        continue;
      }
      const target = path.join(/* turbopackIgnore: true */ root, relative);
      let bytes = 0;
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done(bytes > budget.bytes ? new OverBudget() : null, chunk);
        },
      });
      try {
        await mkdir(path.dirname(target), { recursive: true });
        await pipeline(
          await archive.openReadStreamPromise(entry),
          count,
          createWriteStream(target, { flags: 'wx' }),
        );
      } catch (error) {
        await rm(target, { force: true });
        if (error instanceof OverBudget) {
          refused.push({ file: label, reason: overLimit(limits) });
          break;
        }
        refused.push({ file: label, reason: '无法解压这个文件：压缩数据已损坏或与声明的大小不符' });
        continue;
      }
      files.add(relative);
      for (let folder = path.posix.dirname(relative); folder !== '.'; folder = path.posix.dirname(folder))
        folders.add(folder);
      wrote = true;
      budget = { bytes: budget.bytes - bytes, files: budget.files - 1 };
    }
    return { wrote, refused, budget };
  } finally {
    archive.close();
  }
}

/**
 * Why a zip entry's path cannot be written next to the others: a name too long for the file
 * system, the same path twice, or a file where another entry needs a folder (`a.md` and
 * `a.md/b.md`).
 */
function pathProblem(relative: string, files: Set<string>, folders: Set<string>): string | null {
  const parts = relative.split('/');
  if (parts.some((part) => Buffer.byteLength(part) > NAME_BYTES))
    return `文件名太长（超过 ${NAME_BYTES} 字节）`;
  if (Buffer.byteLength(relative) > PATH_BYTES) return `路径太长（超过 ${PATH_BYTES} 字节）`;
  if (files.has(relative)) return '压缩包中有同名文件';
  if (folders.has(relative)) return '与压缩包中同名的文件夹冲突';
  for (let i = 1; i < parts.length; i += 1) {
    const folder = parts.slice(0, i).join('/');
    if (files.has(folder)) return `与压缩包中的文件 ${folder} 冲突（同名的文件和文件夹）`;
  }
  return null;
}

/** A zip entry's path if it stays inside the folder it is unpacked into; else null. */
export function safeRelativePath(name: string): string | null {
  const unified = name.replaceAll('\\', '/');
  if (unified.includes('\0') || unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return null;
  const normalised = path.posix.normalize(unified);
  if (normalised === '.' || normalised.startsWith('../') || normalised === '..') return null;
  return normalised;
}
