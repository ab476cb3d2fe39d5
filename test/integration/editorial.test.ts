import { cp, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

// The editors' writes against PostgreSQL: new drafts, publishing, the scheduler after a restart,
// source renames and merges (and re-imports after them), tag merges.
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/db/articles/editorial')),
  ...(await import('@/lib/db/sources')),
  ...(await import('@/lib/db/tags')),
  ...(await import('@/lib/db/client')),
  ...(await import('@/lib/db/imports')),
  ...(await import('@/lib/content/import')),
  ...(await import('@/lib/scheduler')),
}));

beforeAll(async () => {
  await lib.importContent(['test/fixtures/finews', 'test/fixtures/seed-NW202112212221212333.md'], {
    store: lib.importStore,
  });
});

const source = (slug: string) => lib.db.source.findUniqueOrThrow({ where: { slug } });

let writers = 0;
async function newDraft(title: string, slug?: string) {
  const { id: sourceId } = await source('shamenwanbao');
  writers += 1;
  const author = await lib.db.user.create({
    data: { email: `writer-${writers}@example.com`, passwordHash: 'x', role: 'WRITER' },
  });
  const created = await lib.createArticle(
    {
      title,
      sourceId,
      tags: ['港口', '夜班'],
      bodySource: '正文',
      bodyHtml: '<p>正文</p>',
      generatedExcerpt: '正文',
      slug,
    },
    { authorId: author.id, role: 'WRITER' },
  );
  return created.article;
}

describe('articles written in the admin', () => {
  it('start as undated drafts with a pinyin slug from the title, their tags and their author', async () => {
    const { id } = await newDraft('草稿一');
    const stored = await lib.db.article.findUniqueOrThrow({
      where: { id },
      include: { tags: { include: { tag: true } } },
    });
    expect(stored).toMatchObject({
      status: 'DRAFT',
      slug: 'caogao-yi',
      publishedAt: null,
      permalink: null,
    });
    // A title with no letters at all gives post-<id>.
    const blank = await newDraft('！？');
    expect(blank.slug).toBe(`post-${blank.id}`);
    expect(stored.key).toMatch(/^admin:[0-9a-f-]{36}$/);
    expect(stored.authorId).not.toBeNull();
    expect(stored.tags.map((t) => t.tag.name).sort()).toEqual(['夜班', '港口']);
  });

  it('are dated when first published; an imported post that lost its date is not', async () => {
    const { id } = await newDraft('草稿二');
    const before = Date.now();
    const change = await lib.setArticleStatus(id, 'PUBLISHED');
    expect('error' in change).toBe(false);
    const stored = await lib.db.article.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe('PUBLISHED');
    expect(stored.publishedAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const undated = await lib.db.article.findFirstOrThrow({
      where: { flags: { has: 'needs-date' } },
    });
    expect(await lib.setArticleStatus(undated.id, 'PUBLISHED')).toEqual({
      error: 'needs-date',
    });
  });

  it('follow the workflow: a scheduled one can be taken back, a draft cannot be unpublished', async () => {
    const { id } = await newDraft('草稿四');
    expect(await lib.setArticleStatus(id, 'UNPUBLISHED')).toEqual({
      error: 'bad-transition',
    });
    const at = new Date(Date.now() + 3_600_000);
    const schedule = async () => {
      const { version } = await lib.db.article.findUniqueOrThrow({ where: { id } });
      const saved = await lib.saveArticle(
        id,
        version,
        {
          title: '草稿四',
          bodySource: '正文',
          bodyHtml: '<p>正文</p>',
          generatedExcerpt: '正文',
          publishedAt: at,
        },
        { editedById: null, reason: 'edit', role: 'EDITOR', then: 'publish' },
      );
      expect(saved.ok && saved.article.status).toBe('SCHEDULED');
    };
    await schedule();
    expect('error' in (await lib.setArticleStatus(id, 'DRAFT'))).toBe(false);
    expect(await lib.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
    });
    await schedule();
    await lib.setArticleStatus(id, 'PUBLISHED');
    const published = await lib.db.article.findUniqueOrThrow({ where: { id } });
    expect(published.publishedAt!.getTime()).toBeLessThan(at.getTime() - 3_000_000);
    expect(await lib.setArticleStatus(id, 'DRAFT')).toEqual({ error: 'bad-transition' });
  });

  it('are published by a scheduler started after their time had come (as after a restart)', async () => {
    const { id } = await newDraft('草稿三');
    // Scheduled for a minute ago, while no server was running.
    await lib.db.article.update({
      where: { id },
      data: { status: 'SCHEDULED', publishedAt: new Date(Date.now() - 60_000) },
    });
    lib.startScheduler(0, undefined);
    try {
      await expect
        .poll(async () => (await lib.db.article.findUniqueOrThrow({ where: { id } })).status, {
          timeout: 10_000,
          interval: 250,
        })
        .toBe('PUBLISHED');
    } finally {
      clearInterval((globalThis as { finewsScheduler?: NodeJS.Timeout }).finewsScheduler);
    }
  });
});

describe('corrections', () => {
  it('survive a re-import of the unchanged archive', async () => {
    const seed = await lib.db.article.findUniqueOrThrow({
      where: { infoCode: 'NW202112212221212333' },
    });
    const saved = await lib.saveArticle(
      seed.id,
      seed.version,
      {
        title: `${seed.title}（更正）`,
        bodySource: '更正后的正文。',
        bodyHtml: '<p>更正后的正文。</p>',
        generatedExcerpt: '更正后的正文。',
      },
      { editedById: null, reason: 'edit', role: 'EDITOR' },
    );
    expect(saved.ok).toBe(true);
    const report = await lib.importContent(['test/fixtures/seed-NW202112212221212333.md'], {
      store: lib.importStore,
    });
    expect(report).toMatchObject({ unchanged: 1, updated: 0 });
    const after = await lib.db.article.findUniqueOrThrow({ where: { id: seed.id } });
    expect(after.title).toBe(`${seed.title}（更正）`);
    expect(after.bodyHtml).toBe('<p>更正后的正文。</p>');
  });
});

describe('sources', () => {
  it('keep a renamed slug as a former slug, and a re-import files old posts under the new one', async () => {
    const emnews = await source('emnews');
    const result = await lib.updateSource(emnews.id, { name: '东方财富', slug: 'dongcai' });
    expect(result).toMatchObject({
      ok: true,
      before: { slug: 'emnews' },
      after: { slug: 'dongcai' },
    });
    expect(await lib.db.sourceRedirect.findMany()).toEqual([
      expect.objectContaining({ oldSlug: 'emnews', sourceId: emnews.id }),
    ]);

    // The archive still says `categories: emnews`; one post changed since.
    const copy = await mkdtemp(path.join(tmpdir(), 'renamed-'));
    await cp('test/fixtures/finews', copy, { recursive: true });
    const posts = path.join(copy, '_posts');
    const [first] = (await readdir(posts)).filter((name) => name.endsWith('.md')).sort();
    const file = path.join(posts, first ?? '');
    await writeFile(file, `${await readFile(file, 'utf8')}\n\n补充一段。\n`);
    const report = await lib.importContent([copy], { store: lib.importStore });
    expect(report.updated).toBe(1);
    expect(await lib.db.source.findUnique({ where: { slug: 'emnews' } })).toBeNull();
    expect(
      await lib.db.article.count({ where: { sourceId: emnews.id, status: { not: 'DELETED' } } }),
    ).toBe(50);
    expect((await source('dongcai')).name).toBe('东方财富');
  });

  it('refuse a slug another source has, now or before', async () => {
    const seed = await source('shamenwanbao');
    expect(await lib.updateSource(seed.id, { name: seed.name, slug: 'dongcai' })).toEqual({
      ok: false,
      error: 'source-slug-taken',
    });
    expect(await lib.updateSource(seed.id, { name: seed.name, slug: 'emnews' })).toEqual({
      ok: false,
      error: 'source-slug-taken',
    });
  });

  it('merge: articles move, and every slug the merged source had leads to the other', async () => {
    const seed = await source('shamenwanbao');
    await lib.updateSource(seed.id, { name: seed.name, slug: 'xmwb' });
    const into = await source('dongcai');
    const moving = await lib.db.article.count({ where: { sourceId: seed.id } });
    const result = await lib.mergeSources(seed.id, into.id);
    expect(result).toMatchObject({ ok: true, moved: moving });
    expect(await lib.db.source.findUnique({ where: { id: seed.id } })).toBeNull();
    const redirects = await lib.db.sourceRedirect.findMany({ orderBy: { oldSlug: 'asc' } });
    expect(redirects.map((r) => [r.oldSlug, r.sourceId])).toEqual([
      ['emnews', into.id],
      ['shamenwanbao', into.id],
      ['xmwb', into.id],
    ]);
    expect(await lib.mergeSources(into.id, into.id)).toEqual({
      ok: false,
      error: 'source-merge-self',
    });
  });
});

describe('tags', () => {
  it('rename, or merge into a tag that already has the new name', async () => {
    const before = await lib.db.articleTag.count({ where: { tag: { name: '港口' } } });
    const night = await lib.db.tag.findUniqueOrThrow({ where: { name: '夜班' } });
    const merged = await lib.renameTag(night.id, '港口');
    expect(merged).toMatchObject({ ok: true, merged: true, from: '夜班', to: '港口' });
    // Every article carried both, so the merge adds no pairs and loses none.
    expect(await lib.db.articleTag.count({ where: { tag: { name: '港口' } } })).toBe(before);
    expect(await lib.db.tag.findUnique({ where: { name: '夜班' } })).toBeNull();

    const harbour = await lib.db.tag.findUniqueOrThrow({ where: { name: '港口' } });
    expect(await lib.renameTag(harbour.id, '码头')).toMatchObject({ ok: true, merged: false });
    // Both former names lead to the tag under its current name; taking a former name back ends
    // that redirect.
    const redirects = async () =>
      (await lib.db.tagRedirect.findMany({ orderBy: { oldName: 'asc' } })).map((r) => [
        r.oldName,
        r.tagId,
      ]);
    expect(await redirects()).toEqual([
      ['夜班', harbour.id],
      ['港口', harbour.id],
    ]);
    await lib.renameTag(harbour.id, '港口');
    await lib.renameTag(harbour.id, '码头');
    expect(await redirects()).toEqual([
      ['夜班', harbour.id],
      ['港口', harbour.id],
    ]);
    const removed = await lib.deleteTag(harbour.id);
    expect(removed).toMatchObject({ ok: true, name: '码头' });
    expect(removed.ok && removed.articles.length).toBe(before);
  });
});
