import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeRelativePath, stageUpload, type UploadedFile } from './upload';

const post = (title: string) =>
  strToU8(`---\ntitle: ${title}\ndate: 2021-12-21 15:37:38 +0800\ncategories: x\n---\n正文`);

let dir: string;
let received: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'upload-test-'));
  received = mkdtempSync(path.join(os.tmpdir(), 'upload-received-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(received, { recursive: true, force: true });
});

/** An uploaded file as the upload route hands it over: received on disk. */
let counter = 0;
function uploaded(name: string, bytes: Uint8Array): UploadedFile {
  counter += 1;
  const file = path.join(received, `part-${counter}`);
  writeFileSync(file, bytes);
  return { name, path: file };
}

const tree = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

/**
 * A zip whose headers declare `declared` bytes for its one entry, which really inflates to far
 * more: the shape of a zip bomb that lies about its sizes.
 */
function lyingZip(declared: number, real: number): Uint8Array {
  const zip = zipSync({ 'bomb.md': new Uint8Array(real) }, { level: 9 });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.byteLength; i += 1) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return zip;
}

describe('stageUpload', () => {
  it('puts loose posts in _posts and refuses other files with a reason', async () => {
    const staged = await stageUpload(
      [
        uploaded('2021-12-21-a.md', post('a')),
        uploaded('C:\\Users\\ed\\2021-12-21-b.html', post('b')),
        uploaded('photo.jpg', new Uint8Array([1, 2])),
        uploaded('dir/2021-12-21-a.md', post('again')),
        uploaded(`${'长'.repeat(90)}.md`, post('long')),
      ],
      dir,
    );
    expect(staged.inputs).toEqual([path.join(dir, '_posts')]);
    expect(tree(dir)).toEqual(['_posts/2021-12-21-a.md', '_posts/2021-12-21-b.html']);
    expect(staged.refused).toEqual([
      { file: 'photo.jpg', reason: '不是 .md、.html 或 .zip 文件' },
      { file: 'dir/2021-12-21-a.md', reason: '同一次上传中有同名文件' },
      { file: `${'长'.repeat(90)}.md`, reason: '文件名太长（超过 255 字节）' },
    ]);
  });

  it('unpacks a zip with its folders and never writes outside its own folder', async () => {
    const zip = zipSync({
      'site/_posts/2021-12-21-a.md': post('a'),
      'site/category/x.html': strToU8('---\ntitle: X\ncategory: x\n---\n'),
      '../../escape.md': post('evil'),
      '__MACOSX/site/._a.md': new Uint8Array([0]),
    });
    const staged = await stageUpload([uploaded('archive.zip', zip)], dir);
    expect(staged.inputs).toEqual([path.join(dir, 'archive.zip')]);
    expect(tree(dir)).toEqual([
      'archive.zip/site/_posts/2021-12-21-a.md',
      'archive.zip/site/category/x.html',
    ]);
    expect(staged.refused).toEqual([
      { file: 'archive.zip:../../escape.md', reason: '路径不安全（绝对路径或含 ..）' },
    ]);
    expect(
      readFileSync(path.join(dir, 'archive.zip/site/_posts/2021-12-21-a.md'), 'utf8'),
    ).toContain('title: a');
  });

  it('refuses a file where another entry needs a folder of the same name, in either order', async () => {
    for (const entries of [
      { 'a.md': post('a'), 'a.md/b.md': post('b') },
      { 'a.md/b.md': post('b'), 'a.md': post('a') },
    ]) {
      rmSync(dir, { recursive: true, force: true });
      const staged = await stageUpload([uploaded('clash.zip', zipSync(entries))], dir);
      expect(tree(dir)).toHaveLength(1);
      expect(staged.refused).toHaveLength(1);
      expect(staged.refused[0]?.reason).toMatch(/冲突/);
    }
  });

  it('refuses an entry whose name is longer than a file system allows', async () => {
    const long = `${'n'.repeat(256)}.md`;
    const staged = await stageUpload(
      [uploaded('long.zip', zipSync({ [`_posts/${long}`]: post('x'), 'ok.md': post('ok') }))],
      dir,
    );
    expect(tree(dir)).toEqual(['long.zip/ok.md']);
    expect(staged.refused).toEqual([
      { file: `long.zip:_posts/${long}`, reason: '文件名太长（超过 255 字节）' },
    ]);
  });

  it('refuses a zip that declares more than the limit without inflating any of it', async () => {
    // Highly compressible: a tiny zip that unpacks to more than the limit.
    const limits = { totalBytes: 4 * 1024 * 1024, files: 10 };
    const big = new Uint8Array(limits.totalBytes / 2 + 1);
    const zip = zipSync({ 'a.md': big, 'b.md': big }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(limits.totalBytes / 100);
    const staged = await stageUpload([uploaded('bomb.zip', zip)], dir, limits);
    expect(staged.inputs).toEqual([]);
    expect(tree(dir)).toEqual([]);
    expect(staged.refused[0]?.reason).toBe('解压后超过上传限制（4 MB 或 10 个文件）');
  });

  it('stops inflating an entry that inflates past the size it declared', async () => {
    const zip = lyingZip(100, 50 * 1024 * 1024);
    expect(zip.byteLength).toBeLessThan(100 * 1024);
    const staged = await stageUpload([uploaded('liar.zip', zip)], dir);
    expect(staged.inputs).toEqual([]);
    expect(tree(dir)).toEqual([]);
    expect(staged.refused).toEqual([
      {
        file: 'liar.zip:bomb.md',
        reason: '无法解压这个文件：压缩数据已损坏或与声明的大小不符',
      },
    ]);
  });

  it('refuses a zip with more files than allowed', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`_posts/2021-12-21-${i}.md`, post(String(i))]),
    );
    const staged = await stageUpload([uploaded('many.zip', zipSync(files))], dir, {
      totalBytes: 1024 * 1024,
      files: 10,
    });
    expect(staged.inputs).toEqual([]);
    expect(tree(dir)).toEqual([]);
  });

  it('keeps two archives of the same name apart', async () => {
    const zip = zipSync({ '2021-12-21-a.md': post('a') });
    const staged = await stageUpload(
      [uploaded('a.zip', zip), uploaded('other/a.zip', zip)],
      dir,
    );
    expect(staged.inputs).toEqual([path.join(dir, 'a.zip'), path.join(dir, '2-a.zip')]);
  });

  it('reports a file that is not a zip at all, or a damaged one, in words', async () => {
    const damaged = zipSync({ 'a.md': post('a'), 'b.md': post('b') });
    const staged = await stageUpload(
      [
        uploaded('broken.zip', strToU8('not a zip')),
        uploaded('damaged.zip', damaged.slice(0, damaged.byteLength - 30)),
      ],
      dir,
    );
    expect(staged.inputs).toEqual([]);
    expect(staged.refused).toEqual([
      { file: 'broken.zip', reason: '无法解压：不是有效的 zip 文件，或文件已损坏' },
      { file: 'damaged.zip', reason: '无法解压：不是有效的 zip 文件，或文件已损坏' },
    ]);
  });
});

describe('safeRelativePath', () => {
  it('keeps paths inside and refuses the rest', () => {
    expect(safeRelativePath('_posts/a.md')).toBe('_posts/a.md');
    expect(safeRelativePath('a/./b/../c.md')).toBe('a/c.md');
    for (const bad of ['/etc/passwd', '../a.md', 'a/../../b.md', 'C:/x.md', '..\\x.md', 'a\0b']) {
      expect(safeRelativePath(bad), bad).toBeNull();
    }
  });
});
