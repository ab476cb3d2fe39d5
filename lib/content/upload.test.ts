import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeRelativePath, stageUpload } from './upload';

const post = (title: string) =>
  strToU8(`---\ntitle: ${title}\ndate: 2021-12-21 15:37:38 +0800\ncategories: x\n---\n正文`);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'upload-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tree = (root: string): string[] =>
  readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();

describe('stageUpload', () => {
  it('puts loose posts in _posts and refuses other files with a reason', () => {
    const staged = stageUpload(
      [
        { name: '2021-12-21-a.md', bytes: post('a') },
        { name: 'C:\\Users\\ed\\2021-12-21-b.html', bytes: post('b') },
        { name: 'photo.jpg', bytes: new Uint8Array([1, 2]) },
        { name: 'dir/2021-12-21-a.md', bytes: post('again') },
      ],
      dir,
    );
    expect(staged.inputs).toEqual([path.join(dir, '_posts')]);
    expect(tree(dir)).toEqual(['_posts/2021-12-21-a.md', '_posts/2021-12-21-b.html']);
    expect(staged.refused).toEqual([
      { file: 'photo.jpg', reason: '不是 .md、.html 或 .zip 文件' },
      { file: 'dir/2021-12-21-a.md', reason: '同一次上传中有同名文件' },
    ]);
  });

  it('unpacks a zip with its folders and never writes outside its own folder', () => {
    const zip = zipSync({
      'site/_posts/2021-12-21-a.md': post('a'),
      'site/category/x.html': strToU8('---\ntitle: X\ncategory: x\n---\n'),
      '../../escape.md': post('evil'),
      '__MACOSX/site/._a.md': new Uint8Array([0]),
    });
    const staged = stageUpload([{ name: 'archive.zip', bytes: zip }], dir);
    expect(staged.inputs).toEqual([path.join(dir, 'archive.zip')]);
    expect(tree(dir)).toEqual([
      'archive.zip/site/_posts/2021-12-21-a.md',
      'archive.zip/site/category/x.html',
    ]);
    expect(staged.refused).toEqual([
      { file: 'archive.zip:../../escape.md', reason: '路径不安全（绝对路径或含 ..）' },
    ]);
    expect(readFileSync(path.join(dir, 'archive.zip/site/_posts/2021-12-21-a.md'), 'utf8')).toContain(
      'title: a',
    );
  });

  it('refuses a zip that would unpack past the limit without writing any of it', () => {
    // Highly compressible: a tiny zip that unpacks to more than the limit.
    const limits = { totalBytes: 4 * 1024 * 1024, files: 10 };
    const big = new Uint8Array(limits.totalBytes / 2 + 1);
    const zip = zipSync({ 'a.md': big, 'b.md': big }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(limits.totalBytes / 100);
    const staged = stageUpload([{ name: 'bomb.zip', bytes: zip }], dir, limits);
    expect(staged.inputs).toEqual([]);
    expect(tree(dir)).toEqual([]);
    expect(staged.refused[0]?.reason).toBe('解压后超过上传限制（4 MB 或 10 个文件）');
  });

  it('refuses a zip with more files than allowed', () => {
    const files = Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [`_posts/2021-12-21-${i}.md`, post(String(i))]),
    );
    const staged = stageUpload([{ name: 'many.zip', bytes: zipSync(files) }], dir, {
      totalBytes: 1024 * 1024,
      files: 10,
    });
    expect(staged.inputs).toEqual([]);
    expect(tree(dir)).toEqual([]);
  });

  it('keeps two archives of the same name apart', () => {
    const zip = zipSync({ '2021-12-21-a.md': post('a') });
    const staged = stageUpload(
      [
        { name: 'a.zip', bytes: zip },
        { name: 'other/a.zip', bytes: zip },
      ],
      dir,
    );
    expect(staged.inputs).toEqual([path.join(dir, 'a.zip'), path.join(dir, '2-a.zip')]);
  });

  it('reports a file that is not a zip at all', () => {
    const staged = stageUpload([{ name: 'broken.zip', bytes: strToU8('not a zip') }], dir);
    expect(staged.refused[0]?.file).toBe('broken.zip');
    expect(staged.refused[0]?.reason).toMatch(/^无法解压/);
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
