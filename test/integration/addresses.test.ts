import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

// Every address the old site served a post at, as stored by the importer and kept through the
// editors' changes: permalinks (Jekyll's addresses) and aliases (the other addresses, answering 301).
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/db/articles/editorial')),
  ...(await import('@/lib/db/sources')),
  ...(await import('@/lib/db/client')),
  ...(await import('@/lib/db/imports')),
  ...(await import('@/lib/content/import')),
}));

const SHAPES = 'test/fixtures/shapes';

const article = (infoCode: string) =>
  lib.db.article.findUniqueOrThrow({
    where: { infoCode },
    include: { aliases: { orderBy: { path: 'asc' } }, source: true },
  });
const aliasesOf = async (infoCode: string) => (await article(infoCode)).aliases.map((a) => a.path);
const importShapes = (...paths: string[]) => lib.importContent(paths, { store: lib.importStore });

describe('importing posts in every shape of the old archive', () => {
  it('stores the address Jekyll gave each post, as its permalink', async () => {
    // _posts/ first, alone: the archive's copies come in a later run, as when an archive grows.
    await importShapes(`${SHAPES}/_posts`, `${SHAPES}/category`);
    const expected: Record<string, string> = {
      // No offset in the date: YAML read 23:30 as UTC, the next day in Beijing.
      NW202111202330000001: '/wind/2021/11/21/NW202111202330000001.html',
      NW202111201015000002:
        '/21shijijingjibaodao/21caijingapp/2021/11/20/NW202111201015000002.html',
      NW202111191830000003:
        '/21shijijingjibaodao/nancailicaitong/2021/11/20/NW202111191830000003.html',
      NW202111190905000004: '/career/in/touxingpevc/2021/11/19/NW202111190905000004.html',
      NW202111181400000005: '/techweb/2021/11/18/NW202111181400000005.html',
      NW202111181405000006: '/techweb/2021/11/18/NW202111181405000006.html',
      NW202111171200000007: '/donews/快讯/2021/11/17/NW202111171200000007.html',
      NW202111161100000010:
        '/ipozaozhidao/(ipo早知道)/2021/11/16/IPO-Weekly-(IPO早知道)-Roundup.html',
      // Its front matter follows a blank line: the portal reads it all the same.
      NW202111151620000014: '/wind/2021/11/15/NW202111151620000014.html',
    };
    for (const [code, permalink] of Object.entries(expected)) {
      expect((await article(code)).permalink, code).toBe(permalink);
    }
    // The case twins are two sources, each with its own page, sharing the address's categories.
    expect((await article('NW202111181400000005')).source).toMatchObject({
      slug: 'TechWeb',
      name: 'TechWeb中文网',
    });
    expect((await article('NW202111181405000006')).source).toMatchObject({
      slug: 'Techweb',
      name: 'Techweb科技',
    });
    // Where Jekyll, seeing no front matter, served it: dated, without a category.
    expect(await aliasesOf('NW202111151620000014')).toEqual([
      '/2021/11/15/NW202111151620000014.html',
    ]);
  });

  it('leads every archive address to its article, also for copies of posts already stored', async () => {
    const report = await importShapes(SHAPES);
    expect(report.rejected).toEqual([]);
    // Only in old_post/: its permalink is where it lived before it was archived.
    expect(await article('NW202111100930000011')).toMatchObject({
      permalink: '/wind/2021/11/10/NW202111100930000011.html',
      aliases: [
        expect.objectContaining({ path: '/old_post/2021-11-10-NW202111100930000011.html' }),
      ],
    });
    expect(await aliasesOf('NW202111111745000012')).toEqual([
      '/old_post/2021-11-11-Archive (归档) Note.html',
    ]);
    // In both folders: one article, the _posts/ copy's text, reachable from both addresses.
    const both = await article('NW202111121000000013');
    expect(both.sourcePath).toBe(`${SHAPES}/_posts/2021-11-12-NW202111121000000013.md`);
    expect(both.permalink).toBe('/usda/2021/11/12/NW202111121000000013.html');
    expect(both.aliases.map((a) => a.path)).toEqual([
      '/old_post/2021-11-12-NW202111121000000013.html',
    ]);
    // In old_post/ without front matter: Jekyll copied the file as it was.
    expect(await aliasesOf('NW202111092000000015')).toEqual([
      '/2021/11/09/NW202111092000000015.html',
      '/old_post/2021-11-09-NW202111092000000015.md',
    ]);
  });

  it('changes nothing when the same archive is imported again', async () => {
    const before = await lib.db.articleAlias.count();
    const report = await importShapes(SHAPES);
    expect(report.created + report.updated).toBe(0);
    expect(await lib.db.articleAlias.count()).toBe(before);
  });

  it('keeps the old address of a post whose file moved it', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'moved-'));
    const file = path.join(folder, '2021-11-17-NW202111170830000008.md');
    const text = await readFile(`${SHAPES}/_posts/2021-11-17-NW202111170830000008.md`, 'utf8');
    await writeFile(file, text.replace('2021-11-17 08:30:00 +0800', '2021-11-18 08:30:00 +0800'));
    await importShapes(file);
    expect(await article('NW202111170830000008')).toMatchObject({
      permalink: '/usda/2021/11/18/NW202111170830000008.html',
      aliases: [expect.objectContaining({ path: '/usda/2021/11/17/NW202111170830000008.html' })],
    });
  });

  it('gives a post whose address another article has a numbered one, and says so', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'twin-'));
    await cp(
      `${SHAPES}/_posts/2021-11-18-NW202111181400000005.md`,
      path.join(folder, '2021-11-18-NW202111181400000005.md'),
    );
    const copy = path.join(folder, '2021-11-18-NW202111181400000005.md');
    // The same file name under the other twin, as another article (another share code).
    const text = await readFile(copy, 'utf8');
    await writeFile(
      copy,
      text
        .replace('categories: TechWeb', 'categories: Techweb')
        .replaceAll('NW2021111814', 'NW2099111814'),
    );
    const report = await importShapes(copy);
    expect(report.warnings).toEqual([
      {
        file: copy,
        reason: `another article is already at /techweb/2021/11/18/NW202111181400000005.html: this one is at /techweb/2021/11/18/NW202111181400000005-2.html`,
      },
    ]);
    const numbered = await article('NW209911181400000005');
    expect(numbered.permalink).toBe('/techweb/2021/11/18/NW202111181400000005-2.html');
    expect(numbered.slug).toBe('NW202111181400000005-2');
    const outcome = await lib.db.importFileOutcome.findFirstOrThrow({
      where: { path: copy, outcome: 'CREATED' },
    });
    expect(outcome.reason).toContain('/techweb/2021/11/18/NW202111181400000005.html');
  });
});

describe('addresses through the editors’ changes', () => {
  it('move with a source’s new slug, the old ones answering as aliases', async () => {
    const wind = await lib.db.source.findUniqueOrThrow({ where: { slug: 'Wind' } });
    const result = await lib.updateSource(wind.id, { name: '万得', slug: 'Wind Info' });
    expect(result.ok).toBe(true);
    const moved = await article('NW202111202330000001');
    expect(moved.permalink).toBe('/wind/info/2021/11/21/NW202111202330000001.html');
    expect(moved.aliases.map((a) => a.path)).toEqual([
      '/wind/2021/11/21/NW202111202330000001.html',
    ]);
    // Aliases it had lead to it still; no alias is ever an address something lives at.
    expect(await aliasesOf('NW202111100930000011')).toEqual([
      '/old_post/2021-11-10-NW202111100930000011.html',
      '/wind/2021/11/10/NW202111100930000011.html',
    ]);
    // A post of the old slug imported now is filed, and addressed, under the new one.
    const report = await importShapes(`${SHAPES}/_posts/2021-11-20-NW202111202330000001.md`);
    expect(report.rejected).toEqual([]);
    expect((await article('NW202111202330000001')).permalink).toBe(
      '/wind/info/2021/11/21/NW202111202330000001.html',
    );
  });

  it('move with a merge into another source', async () => {
    const [from, into] = await Promise.all([
      lib.db.source.findUniqueOrThrow({ where: { slug: 'Techweb' } }),
      lib.db.source.findUniqueOrThrow({ where: { slug: 'ITzhijia' } }),
    ]);
    const result = await lib.mergeSources(from.id, into.id);
    expect(result.ok).toBe(true);
    expect(await article('NW202111181405000006')).toMatchObject({
      permalink: '/itzhijia/2021/11/18/NW202111181405000006.html',
      aliases: [expect.objectContaining({ path: '/techweb/2021/11/18/NW202111181405000006.html' })],
    });
    // Its twin was not merged: it stays where it is.
    expect((await article('NW202111181400000005')).permalink).toBe(
      '/techweb/2021/11/18/NW202111181400000005.html',
    );
  });

  it('are given to an article written here when it is scheduled or published, and kept', async () => {
    const source = await lib.db.source.findUniqueOrThrow({
      where: { slug: 'Career In touxingPEVC' },
    });
    const user = await lib.db.user.create({
      data: { email: 'addresses@example.com', passwordHash: 'x', role: 'EDITOR' },
    });
    const created = await lib.createArticle(
      {
        title: '新稿',
        sourceId: source.id,
        tags: [],
        bodySource: '正文',
        bodyHtml: '<p>正文</p>',
        generatedExcerpt: '正文',
      },
      { authorId: user.id, role: 'EDITOR' },
    );
    const { id, slug } = created.article;
    expect((await lib.db.article.findUniqueOrThrow({ where: { id } })).permalink).toBeNull();
    // 2031-01-01 01:00 in Beijing is still 2030 in UTC: the address has Beijing's day.
    const scheduled = await lib.saveArticle(
      id,
      created.article.version,
      {
        title: '新稿',
        bodySource: '正文',
        bodyHtml: '<p>正文</p>',
        generatedExcerpt: '正文',
        publishedAt: new Date('2030-12-31T17:00:00Z'),
      },
      { editedById: user.id, reason: 'edit', role: 'EDITOR', then: 'publish' },
    );
    expect(scheduled.ok && scheduled.article.status).toBe('SCHEDULED');
    expect((await lib.db.article.findUniqueOrThrow({ where: { id } })).permalink).toBe(
      `/career/in/touxingpevc/2031/01/01/${slug}.html`,
    );
    const published = await lib.setArticleStatus(id, 'PUBLISHED');
    if ('error' in published) throw new Error(published.error);
    const now = await lib.db.article.findUniqueOrThrow({
      where: { id },
      include: { aliases: true },
    });
    expect(now.permalink).toMatch(
      new RegExp(`^/career/in/touxingpevc/\\d{4}/\\d{2}/\\d{2}/${slug}\\.html$`),
    );
    expect(published.permalink).toBe(now.permalink);
    // Once public, an address stays: unpublishing and publishing again keeps it.
    await lib.setArticleStatus(id, 'UNPUBLISHED');
    await lib.setArticleStatus(id, 'PUBLISHED');
    expect((await lib.db.article.findUniqueOrThrow({ where: { id } })).permalink).toBe(
      now.permalink,
    );
  });
});
