import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

/**
 * Every defect the real archive has, in one Jekyll site on disk, imported into PostgreSQL: each is
 * either imported on purpose (with a warning where an editor should look) or rejected with a reason.
 */
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/content/import')),
  ...(await import('@/lib/content/report')),
  ...(await import('@/lib/db/imports')),
  ...(await import('@/lib/db/client')),
}));
let site: string;

const post = (fields: Record<string, string>, body: string) =>
  `---\n${Object.entries(fields)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n${body}\n`;
const base = { layout: 'post', categories: 'messy', tags: '测试新闻' };

const HUGE_PARAGRAPHS = 30_000; // about 3 MB of HTML

beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'messy-site-'));
  for (const dir of ['_posts', 'old_post', 'category', '_layouts'])
    await mkdir(path.join(site, dir));
  const files: Record<string, string | Buffer> = {
    '_posts/2021-12-01-bom-crlf.md': `\uFEFF${post({ ...base, title: 'BOM 与 CRLF', date: '2021-12-01 08:00:00' }, '第一行。\n第二行。').replace(/\n/g, '\r\n')}`,
    '_posts/2021-12-01-gbk.md': iconv.encode(
      post(
        { ...base, title: '国标编码的文章', date: '2021-12-01 09:00:00' },
        '这是一篇用GBK编码保存的新闻。',
      ),
      'gbk',
    ),
    '_posts/2021-12-01-latin1.md': Buffer.from(
      post({ ...base, title: 'caf\u00e9', date: '2021-12-01' }, 'd\u00e9j\u00e0 vu'),
      'latin1',
    ),
    '_posts/2021-12-01-empty.md': '',
    '_posts/2021-12-01-binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
    '_posts/2021-12-01-unclosed.md': '---\ntitle: 没有结束\ndate: 2021-12-01\n正文\n',
    '_posts/2021-12-01-bad-yaml.md': '\n---\ntitle: "未闭合的引号\ndate: 2021-12-01\n---\n正文',
    '_posts/2021-12-01-no-category.md': post(
      { layout: 'post', title: '无来源', date: '2021-12-01' },
      '正文',
    ),
    '_posts/2021-12-03-date-from-name.md': post(
      { ...base, title: '日期取自文件名', date: '""' },
      '正文',
    ),
    '_posts/NW900000000000000009.md': post(
      { ...base, title: '""', date: '2021-13-45' },
      '【快讯】某公司宣布完成新一轮融资，估值超过百亿元。后续细节待公布。',
    ),
    '_posts/2021-12-04-Odd Slug (1).md': post(
      {
        layout: 'post',
        title: '奇怪的链接',
        date: '2021-12-04 10:00:00 +0800',
        categories: '[Some Source (A)]',
        tags: '[甲新闻, 乙]',
      },
      '正文',
    ),
    '_posts/2021-12-04-liquid.md': post(
      { ...base, title: 'Liquid', date: '2021-12-04' },
      'a {% raw %}{{ page.title }}{% endraw %} b {% include evil.html %} c',
    ),
    '_posts/2021-12-04-empty-link.md': post(
      { ...base, title: '空链接', date: '2021-12-04' },
      '正文\n\n<>\n',
    ),
    '_posts/2021-12-05-huge.md': post(
      { ...base, title: '很长的文章', date: '2021-12-05' },
      '<p>很长的段落，用来检验导入程序处理兆字节正文的能力。</p>\n'.repeat(HUGE_PARAGRAPHS),
    ),
    '_posts/2021-12-06-NW900000000000000001.md': post(
      { ...base, title: '新版', date: '2021-12-06' },
      '新版正文',
    ),
    'old_post/2021-12-06-NW900000000000000001.md': post(
      { ...base, title: '旧版', date: '2021-12-06' },
      '旧版正文',
    ),
    '_posts/2021-12-06-page.md': post({ layout: 'page', title: '关于' }, '不是新闻'),
    '_posts/notes.txt': 'not a post',
    '_layouts/post.html': '<html>{{ content }}</html>',
    'about.md': post({ layout: 'page', title: '关于' }, '站点页面'),
    'category/messy.html': post({ layout: 'category', title: '杂乱来源', category: 'messy' }, ''),
  };
  for (const [name, content] of Object.entries(files))
    await writeFile(path.join(site, name), content);
});

const file = (name: string) => path.join(site, name);

describe('a messy archive', () => {
  it('imports what can be imported and names every rejected file with its reason', async () => {
    const report = await lib.importContent([site], { store: lib.importStore });
    expect(lib.reportAddsUp(report)).toBe(true);
    expect(report.ignored.sort()).toEqual(
      [file('_posts/2021-12-06-page.md'), file('_posts/notes.txt')].sort(),
    );
    expect(
      Object.fromEntries(report.rejected.map((r) => [path.basename(r.file), r.reason])),
    ).toEqual({
      '2021-12-01-latin1.md':
        'not UTF-8, and not GB18030/GBK Chinese text either: re-save the file as UTF-8',
      '2021-12-01-empty.md': 'empty file',
      '2021-12-01-binary.md': 'binary file (contains NUL bytes), not a post',
      '2021-12-01-unclosed.md': 'front matter is not closed: no --- line after the one at line 1',
      '2021-12-01-bad-yaml.md': expect.stringMatching(/^invalid YAML front matter at line 4: /),
      '2021-12-01-no-category.md': 'no category: the post names no source',
    });
    expect(report).toMatchObject({ read: 16, created: 9, updated: 0, unchanged: 0 });
    expect(report.duplicates).toEqual([
      {
        file: file('old_post/2021-12-06-NW900000000000000001.md'),
        keptFile: file('_posts/2021-12-06-NW900000000000000001.md'),
        key: 'ic:NW900000000000000001',
      },
    ]);
    expect(report.warnings.map((w) => `${path.basename(w.file)}: ${w.reason}`).sort()).toEqual(
      [
        'NW900000000000000009.md: date "2021-13-45" is not a date and the file name has none: imported as a draft for an editor to date',
        'NW900000000000000009.md: title is empty: used "某公司宣布完成新一轮融资，估值超过百亿元" from the body; an editor should check it',
        '2021-12-01-gbk.md: not UTF-8: decoded as GB18030/GBK',
        "2021-12-03-date-from-name.md: date is empty: used the file name's date",
      ].sort(),
    );
    // Editors can list the rejections of the last run from the database.
    expect((await lib.listRejectedFiles()).map((r) => path.basename(r.path)).sort()).toEqual(
      report.rejected.map((r) => path.basename(r.file)).sort(),
    );
  });

  it('stores each imported defect the way a reader should see it', async () => {
    const byFile = async (name: string) =>
      lib.db.article.findFirstOrThrow({
        where: { sourcePath: file(name) },
        include: { source: true, tags: { include: { tag: true } } },
      });
    expect((await byFile('_posts/2021-12-01-bom-crlf.md')).title).toBe('BOM 与 CRLF');
    const gbk = await byFile('_posts/2021-12-01-gbk.md');
    expect(gbk.title).toBe('国标编码的文章');
    expect(gbk.bodyHtml).toBe('<p>这是一篇用GBK编码保存的新闻。</p>');
    expect(gbk.flags).toEqual(['decoded-gb18030']);
    expect((await byFile('_posts/2021-12-03-date-from-name.md')).publishedAt?.toISOString()).toBe(
      '2021-12-02T16:00:00.000Z',
    );
    const draft = await byFile('_posts/NW900000000000000009.md');
    expect(draft).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      infoCode: 'NW900000000000000009',
      slug: 'NW900000000000000009',
    });
    const odd = await byFile('_posts/2021-12-04-Odd Slug (1).md');
    // Jekyll's address: a YAML list keeps its item whole; the file name slugified.
    expect(odd).toMatchObject({
      slug: 'Odd-Slug-(1)',
      permalink: '/some source (a)/2021/12/04/Odd-Slug-(1).html',
    });
    expect(odd.source.slug).toBe('Some Source (A)');
    expect(odd.tags.map((t) => t.tag.name).sort()).toEqual(['乙', '甲新闻']);
    expect((await byFile('_posts/2021-12-04-liquid.md')).bodyHtml).toBe(
      '<p>a {{ page.title }} b  c</p>',
    );
    expect((await byFile('_posts/2021-12-04-empty-link.md')).bodyHtml).toBe('<p>正文</p>');
    const huge = await byFile('_posts/2021-12-05-huge.md');
    expect(huge.bodyHtml.match(/<p>/g)).toHaveLength(HUGE_PARAGRAPHS);
    expect((await byFile('_posts/2021-12-06-NW900000000000000001.md')).title).toBe('新版');
    expect((await lib.db.source.findUniqueOrThrow({ where: { slug: 'messy' } })).name).toBe(
      '杂乱来源',
    );
  });

  it('changes nothing on a second run, and reports the same problems', async () => {
    const report = await lib.importContent([site], { store: lib.importStore });
    expect(report).toMatchObject({ read: 16, created: 0, updated: 0, unchanged: 9 });
    expect(report.rejected).toHaveLength(6);
    // The old_post copy differs from the stored _posts text, so it is parsed and superseded again.
    expect(report.duplicates).toHaveLength(1);
    expect(lib.reportAddsUp(report)).toBe(true);
  });

  it('never lets an old_post/ copy replace the _posts/ text in a later run', async () => {
    const report = await lib.importContent([file('old_post')], { store: lib.importStore });
    expect(report).toMatchObject({ read: 1, created: 0, updated: 0 });
    expect(report.duplicates).toEqual([
      expect.objectContaining({ key: 'ic:NW900000000000000001' }),
    ]);
    const article = await lib.db.article.findUniqueOrThrow({
      where: { key: 'ic:NW900000000000000001' },
    });
    expect(article.title).toBe('新版');
  });

  it('updates an article from a changed _posts/ file and keeps the text it replaced', async () => {
    await writeFile(
      file('_posts/2021-12-06-NW900000000000000001.md'),
      post({ ...base, title: '第三版', date: '2021-12-06' }, '第三版正文'),
    );
    const report = await lib.importContent([file('_posts/2021-12-06-NW900000000000000001.md')], {
      store: lib.importStore,
    });
    expect(report).toMatchObject({ read: 1, updated: 1 });
    const article = await lib.db.article.findUniqueOrThrow({
      where: { key: 'ic:NW900000000000000001' },
      include: { revisions: true },
    });
    expect(article).toMatchObject({ title: '第三版', version: 2 });
    expect(article.revisions.map((r) => [r.version, r.title])).toEqual([[1, '新版']]);
  });
});
