import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/content/import')),
  ...(await import('@/lib/content/report')),
  ...(await import('@/lib/db/imports')),
  ...(await import('@/lib/db/client')),
  ...(await import('@/lib/db/articles/import')),
  ...(await import('@/lib/content/render')),
}));

const FIXTURES = ['test/fixtures/finews', 'test/fixtures/seed-NW202112212221212333.md'];

async function snapshot() {
  return lib.db.article.findMany({
    orderBy: { key: 'asc' },
    select: {
      key: true,
      title: true,
      bodyHtml: true,
      version: true,
      updatedAt: true,
      contentHash: true,
    },
  });
}

describe('importing the real fixtures into PostgreSQL', () => {
  it('imports every post, the undated one as a draft, and says what needs an editor', async () => {
    const report = await lib.importContent(FIXTURES, { store: lib.importStore });
    expect(report).toMatchObject({
      read: 51,
      created: 51,
      updated: 0,
      unchanged: 0,
      duplicates: [],
      rejected: [],
    });
    expect(report.warnings.map((w) => w.file)).toEqual([
      'test/fixtures/finews/_posts/-202205262391921712.md',
      'test/fixtures/finews/_posts/-202205262391921712.md',
    ]);
    expect(lib.reportAddsUp(report)).toBe(true);

    expect(await lib.db.article.count({ where: { status: 'PUBLISHED' } })).toBe(50);
    const draft = await lib.db.article.findUniqueOrThrow({
      where: { key: 'file:-202205262391921712.md' },
    });
    expect(draft).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      flags: ['needs-date', 'derived-title'],
    });

    const sources = await lib.db.source.findMany({
      orderBy: { slug: 'asc' },
      select: { slug: true, name: true },
    });
    // "Emnews" on the category page is a placeholder (the capitalised slug); the tag names the source.
    expect(sources).toEqual([
      { slug: 'emnews', name: '东财滚动' },
      { slug: 'shamenwanbao', name: '厦门晚报' },
    ]);
    const seed = await lib.db.article.findUniqueOrThrow({
      where: { infoCode: 'NW202112212221212333' },
      include: { tags: { include: { tag: true } }, source: true },
    });
    expect(seed).toMatchObject({
      title: '创新社会治理 激发城市活力',
      sourceName: '厦门晚报',
      status: 'PUBLISHED',
    });
    expect(seed.publishedAt?.toISOString()).toBe('2021-12-21T07:37:38.000Z');
    expect(seed.tags.map((t) => t.tag.name)).toEqual(['厦门晚报新闻']);
    expect(seed.rawSource).toBe(await readFile(FIXTURES[1] ?? '', 'utf8'));

    // Every file's outcome is recorded with the run.
    const run = await lib.db.importRun.findUniqueOrThrow({
      where: { id: report.runId ?? 0 },
      include: { outcomes: true },
    });
    expect(run).toMatchObject({ read: 51, created: 51, rejected: 0 });
    expect(run.finishedAt).not.toBeNull();
    expect(run.outcomes).toHaveLength(51);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    const report = await lib.importContent(FIXTURES, { store: lib.importStore });
    expect(report).toMatchObject({ read: 51, created: 0, updated: 0, unchanged: 51, rejected: [] });
    expect(lib.reportAddsUp(report)).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('updates an article whose file changed, keyed on the same file', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'finews-'));
    const file = path.join(folder, '2021-12-08-202112082206672930.md');
    await cp('test/fixtures/finews/_posts/2021-12-08-202112082206672930.md', file);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        '离岸人民币兑美元升至2018年以来最高水平',
        '离岸人民币创三年新高',
      ),
    );

    const report = await lib.importContent([folder], { store: lib.importStore });
    expect(report).toMatchObject({ read: 1, created: 0, updated: 1, unchanged: 0 });
    const article = await lib.db.article.findUniqueOrThrow({
      where: { key: 'file:2021-12-08-202112082206672930.md' },
    });
    expect(article).toMatchObject({ title: '离岸人民币创三年新高', version: 2 });
  });

  it('writes nothing on a dry run', async () => {
    const report = await lib.importContent(['content'], { store: lib.importStore, dryRun: true });
    expect(report).toMatchObject({ read: 14, created: 13, updated: 0, unchanged: 1, dryRun: true });
    expect(await lib.db.article.count()).toBe(51);
  });

  it('imports the shipped sample content with the sources named by its category pages', async () => {
    const report = await lib.importContent(['content'], { store: lib.importStore });
    // The seed post is already there (same file bytes), the other 13 are new.
    expect(report).toMatchObject({ read: 14, created: 13, unchanged: 1, rejected: [] });
    const names = await lib.db.source.findMany({
      orderBy: { slug: 'asc' },
      select: { slug: true, name: true },
    });
    expect(names).toEqual([
      { slug: 'emnews', name: '东财滚动' },
      { slug: 'shamenwanbao', name: '厦门晚报' },
      { slug: 'shzqb', name: '上海证券报' },
      { slug: 'zhongxinwang', name: '中国新闻网' },
      { slug: 'zqsb', name: '证券时报' },
    ]);
  });

  it('re-renders stored bodies from their raw source after a sanitiser change', async () => {
    const seed = await lib.db.article.findUniqueOrThrow({
      where: { infoCode: 'NW202112212221212333' },
    });
    // As if an older sanitiser had let an inline style through.
    await lib.db.article.update({
      where: { id: seed.id },
      data: { bodyHtml: seed.bodyHtml.replace('<p>', '<p style="color:red">') },
    });
    const result = await lib.rerenderAllBodies(lib.rerenderStoredBody);
    expect(result).toEqual({ read: 64, changed: 1 });
    const after = await lib.db.article.findUniqueOrThrow({ where: { id: seed.id } });
    expect(after.bodyHtml).toBe(seed.bodyHtml);
  });
});
