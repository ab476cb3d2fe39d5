import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTestDatabase } from '../support/database';

// The editors' workflow against PostgreSQL (issue #13): save and publish in one transaction, dates
// and addresses, review, the undated queue, the sortable list, the audit log's filters and pages,
// autosaves, the media library's records, and revisions that name their writer.
const lib = withTestDatabase(async () => ({
  ...(await import('@/lib/db/articles/editorial')),
  ...(await import('@/lib/db/articles/editing')),
  ...(await import('@/lib/db/articles/admin-list')),
  ...(await import('@/lib/db/audit')),
  ...(await import('@/lib/db/autosaves')),
  ...(await import('@/lib/db/media')),
  ...(await import('@/lib/db/client')),
  ...(await import('@/lib/db/imports')),
  ...(await import('@/lib/content/import')),
}));

let editorId = 0;
let writerId = 0;
let sourceId = 0;

beforeAll(async () => {
  await lib.importContent(['test/fixtures/finews'], { store: lib.importStore });
  editorId = (
    await lib.db.user.create({
      data: { email: 'desk@example.com', passwordHash: 'x', role: 'EDITOR', displayName: '王编辑' },
    })
  ).id;
  writerId = (
    await lib.db.user.create({
      data: { email: 'pen@example.com', passwordHash: 'x', role: 'WRITER', displayName: '李作者' },
    })
  ).id;
  sourceId = (await lib.db.source.findUniqueOrThrow({ where: { slug: 'emnews' } })).id;
});

const text = (title: string, body = `${title}的正文。`) => ({
  title,
  bodySource: body,
  bodyHtml: `<p>${body}</p>`,
  generatedExcerpt: body,
});

async function draft(title: string, author = writerId) {
  const created = await lib.createArticle(
    { ...text(title), sourceId, tags: [] },
    { authorId: author, role: author === writerId ? 'WRITER' : 'EDITOR' },
  );
  return created.article;
}

const stored = (id: number) => lib.db.article.findUniqueOrThrow({ where: { id } });

describe('saving and publishing in one step', () => {
  it('publishes what was saved, backdated to the date the editor gave', async () => {
    const article = await draft('补发的旧闻');
    const at = new Date('2021-12-20T02:00:00Z');
    const saved = await lib.saveArticle(
      article.id,
      article.version,
      { ...text('补发的旧闻（改过的标题）'), publishedAt: at },
      { editedById: editorId, reason: 'edit', role: 'EDITOR', then: 'publish' },
    );
    expect(saved).toMatchObject({
      ok: true,
      article: { status: 'PUBLISHED', previous: 'DRAFT', title: '补发的旧闻（改过的标题）' },
    });
    const row = await stored(article.id);
    // The title on screen went live, not the one saved before.
    expect(row).toMatchObject({
      status: 'PUBLISHED',
      title: '补发的旧闻（改过的标题）',
      publishedAt: at,
      editedById: editorId,
    });
    // The replaced text is a revision, signed by who wrote it (the writer who created it).
    const [revision] = await lib.db.articleRevision.findMany({ where: { articleId: article.id } });
    expect(revision).toMatchObject({ title: '补发的旧闻', reason: 'edit', editedById: writerId });
    if (saved.ok) expect(saved.article.permalink).toMatch(/^\/emnews\/2021\/12\/20\//);
  });

  it('schedules instead when the date is in the future', async () => {
    const article = await draft('明早见报');
    const at = new Date(Date.now() + 86_400_000);
    const saved = await lib.saveArticle(
      article.id,
      article.version,
      { ...text('明早见报'), publishedAt: at },
      { editedById: editorId, reason: 'edit', role: 'EDITOR', then: 'publish' },
    );
    expect(saved.ok && saved.article.status).toBe('SCHEDULED');
    expect((await stored(article.id)).publishedAt).toEqual(at);
  });

  it('refuses to publish an undated import without a date, and publishes it with one', async () => {
    const undated = await lib.db.article.findFirstOrThrow({
      where: { flags: { has: 'needs-date' }, publishedAt: null },
    });
    const body = { ...text(undated.title) };
    const refused = await lib.saveArticle(undated.id, undated.version, body, {
      editedById: editorId,
      reason: 'edit',
      role: 'EDITOR',
      then: 'publish',
    });
    expect(refused).toEqual({ ok: false, error: 'needs-date' });
    expect((await stored(undated.id)).version).toBe(undated.version);

    const at = new Date('2022-05-24T01:00:00Z');
    const dated = await lib.saveArticle(
      undated.id,
      undated.version,
      { ...body, publishedAt: at },
      { editedById: editorId, reason: 'edit', role: 'EDITOR', then: 'publish' },
    );
    expect(dated.ok).toBe(true);
    const row = await stored(undated.id);
    expect(row).toMatchObject({ status: 'PUBLISHED', publishedAt: at });
    expect(row.flags).not.toContain('needs-date');
  });

  it('keeps the address of a published article: same day only, same slug', async () => {
    const article = await draft('地址不变');
    await lib.setArticleStatus(article.id, 'PUBLISHED');
    // Noon in Beijing, so a minute either way is the same day.
    const noon = new Date('2022-01-10T04:00:00Z');
    await lib.db.article.update({ where: { id: article.id }, data: { publishedAt: noon } });
    const { version } = await stored(article.id);
    const options = { editedById: editorId, reason: 'edit', role: 'EDITOR' as const };
    expect(
      await lib.saveArticle(
        article.id,
        version,
        { ...text('地址不变'), slug: 'xin-dizhi' },
        options,
      ),
    ).toEqual({ ok: false, error: 'address-locked' });
    expect(
      await lib.saveArticle(
        article.id,
        version,
        { ...text('地址不变'), publishedAt: new Date('2022-01-07T04:00:00Z') },
        options,
      ),
    ).toEqual({ ok: false, error: 'address-locked' });
    const earlier = new Date(noon.getTime() - 3_600_000);
    const saved = await lib.saveArticle(
      article.id,
      version,
      { ...text('地址不变'), publishedAt: earlier },
      options,
    );
    expect(saved.ok && saved.article.publishedAt).toEqual(earlier);
  });

  it('numbers the address when another article has it, keeping the slug the editor chose', async () => {
    const first = await draft('第一篇');
    const second = await draft('第二篇');
    const at = new Date('2022-03-01T04:00:00Z');
    const options = {
      editedById: editorId,
      reason: 'edit',
      role: 'EDITOR' as const,
      then: 'publish' as const,
    };
    await lib.saveArticle(
      first.id,
      first.version,
      { ...text('第一篇'), slug: 'tong-yi-ge', publishedAt: at },
      options,
    );
    const saved = await lib.saveArticle(
      second.id,
      second.version,
      { ...text('第二篇'), slug: 'tong-yi-ge', publishedAt: at },
      options,
    );
    expect(saved.ok && saved.article.permalink).toBe('/emnews/2022/03/01/tong-yi-ge-2.html');
  });

  it('answers a save over a newer version with that version, writing nothing', async () => {
    const article = await draft('冲突');
    await lib.saveArticle(article.id, article.version, text('冲突', '先到的正文'), {
      editedById: editorId,
      reason: 'edit',
      role: 'EDITOR',
    });
    const late = await lib.saveArticle(article.id, article.version, text('冲突', '后到的正文'), {
      editedById: writerId,
      reason: 'edit',
      role: 'WRITER',
    });
    expect(late).toMatchObject({ ok: false, conflict: { bodySource: '先到的正文' } });
    expect((await stored(article.id)).rawSource).toBe('先到的正文');
  });
});

describe('a changed re-import', () => {
  it('keeps the date and the summary an editor gave', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'reimport-'));
    const file = path.join(dir, '-202205262391921799.md');
    const post = (body: string) =>
      `---\nlayout: post\ntitle: 无日期的快讯\ndate:\ncategories: emnews\n---\n${body}\n`;
    await writeFile(file, post('第一稿。'));
    await lib.importContent([file], { store: lib.importStore });
    const imported = await lib.db.article.findFirstOrThrow({ where: { title: '无日期的快讯' } });
    expect(imported.flags).toContain('needs-date');

    const at = new Date('2022-05-26T02:00:00Z');
    const saved = await lib.saveArticle(
      imported.id,
      imported.version,
      { ...text('无日期的快讯', '第一稿。'), publishedAt: at, customExcerpt: '编辑写的摘要' },
      { editedById: editorId, reason: 'edit', role: 'EDITOR', then: 'publish' },
    );
    expect(saved.ok).toBe(true);

    await writeFile(file, post('第二稿，文件改过了。'));
    const report = await lib.importContent([file], { store: lib.importStore });
    expect(report.updated).toBe(1);
    const after = await stored(imported.id);
    expect(after).toMatchObject({ status: 'PUBLISHED', publishedAt: at, excerpt: '编辑写的摘要' });
    expect(after.flags).not.toContain('needs-date');
    expect(after.bodyHtml).toContain('第二稿');
  });
});

describe('review', () => {
  it('lets a writer submit, not publish; an editor sends it back with a note', async () => {
    const article = await draft('请审核');
    const options = { editedById: writerId, reason: 'edit', role: 'WRITER' as const };
    expect(
      await lib.saveArticle(article.id, article.version, text('请审核'), {
        ...options,
        then: 'publish',
      }),
    ).toEqual({ ok: false, error: 'bad-transition' });
    const submitted = await lib.saveArticle(article.id, article.version, text('请审核'), {
      ...options,
      then: 'submit',
    });
    expect(submitted.ok && submitted.article.status).toBe('PENDING');
    expect(await lib.setArticleStatus(article.id, 'PUBLISHED', { role: 'WRITER' })).toEqual({
      error: 'bad-transition',
    });
    const returned = await lib.setArticleStatus(article.id, 'DRAFT', {
      reviewNote: '导语再写短一些。',
    });
    expect('error' in returned).toBe(false);
    expect(await stored(article.id)).toMatchObject({
      status: 'DRAFT',
      reviewNote: '导语再写短一些。',
    });
  });

  it('applies only one of two simultaneous status changes', async () => {
    const article = await draft('两人同时点');
    const [a, b] = await Promise.all([
      lib.setArticleStatus(article.id, 'PUBLISHED'),
      lib.setArticleStatus(article.id, 'DELETED'),
    ]);
    expect([a, b].filter((result) => 'error' in result)).toHaveLength(1);
  });
});

describe('the undated queue', () => {
  it('dates and publishes in one step, and counts what is left', async () => {
    // Two imported posts that lost their date, as the importer leaves them.
    for (const title of ['无日期甲', '无日期乙']) {
      const article = await draft(title);
      await lib.db.article.update({
        where: { id: article.id },
        data: { flags: ['needs-date', 'derived-title'], authorId: null },
      });
    }
    const before = await lib.countUndatedDrafts();
    expect(before).toBeGreaterThanOrEqual(2);
    const { rows } = await lib.listUndatedDrafts(100);
    expect(rows).toHaveLength(before);
    const target = rows.find((row) => row.title === '无日期甲')!;
    const at = new Date('2022-05-26T08:00:00Z');
    const change = await lib.dateAndPublish(target.id, at);
    expect('error' in change ? change.error : change.status).toBe('PUBLISHED');
    expect(await stored(target.id)).toMatchObject({
      status: 'PUBLISHED',
      publishedAt: at,
      flags: ['derived-title'],
    });
    expect(await lib.countUndatedDrafts()).toBe(before - 1);
    // A future time schedules it instead.
    const other = rows.find((row) => row.title === '无日期乙')!;
    const later = await lib.dateAndPublish(other.id, new Date(Date.now() + 3_600_000));
    expect('error' in later ? later.error : later.status).toBe('SCHEDULED');
  });
});

describe('the admin list', () => {
  it('walks every article once in each sort, undated ones first (or last), with the total', async () => {
    const all = await lib.db.article.findMany({
      select: { id: true, publishedAt: true, updatedAt: true },
    });
    for (const sort of ['time', 'time-asc', 'updated'] as const) {
      const seen: number[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const page: Awaited<ReturnType<typeof lib.listArticlesForAdmin>> =
          await lib.listArticlesForAdmin({}, sort, cursor, 7);
        seen.push(...page.rows.map((row) => row.id));
        total = page.total;
        cursor = page.next;
      } while (cursor);
      expect(total).toBe(all.length);
      expect(new Set(seen).size).toBe(all.length);
      const key = (id: number) => {
        const row = all.find((a) => a.id === id)!;
        return sort === 'updated' ? row.updatedAt.getTime() : (row.publishedAt?.getTime() ?? null);
      };
      const expected = [...seen].sort((x, y) => {
        const [kx, ky] = [key(x), key(y)];
        if (sort === 'time-asc') {
          if (kx === null || ky === null) return kx === ky ? x - y : kx === null ? 1 : -1;
          return kx - ky || x - y;
        }
        if (kx === null || ky === null) return kx === ky ? y - x : kx === null ? -1 : 1;
        return ky - kx || y - x;
      });
      expect(seen, sort).toEqual(expected);
    }
  });

  it('filters by status, author and title, and names the author', async () => {
    await draft('筛选用的文章', editorId);
    const page = await lib.listArticlesForAdmin(
      { status: 'DRAFT', authorId: editorId, text: '筛选用' },
      'time',
      null,
      50,
    );
    expect(page.total).toBe(1);
    expect(page.rows[0]).toMatchObject({
      title: '筛选用的文章',
      author: '王编辑',
      status: 'DRAFT',
    });
  });
});

describe('the audit log', () => {
  it('filters by who, what and when, and pages by keyset without gaps', async () => {
    for (let i = 0; i < 25; i += 1) {
      await lib.recordAudit({
        actorId: i % 2 ? editorId : null,
        action: 'article.edited',
        target: `a${i}`,
      });
    }
    await lib.recordAudit({ actorId: editorId, action: 'media.uploaded', target: 'img' });
    const byEditor = await lib.listAuditEvents(
      { actorId: editorId, action: 'article.edited' },
      100,
    );
    expect(byEditor.events).toHaveLength(12);
    expect(byEditor.events.every((event) => event.actor === '王编辑')).toBe(true);
    const system = await lib.listAuditEvents({ system: true, action: 'article.edited' }, 100);
    expect(system.events).toHaveLength(13);

    const pages: string[] = [];
    let cursor: { at: Date; id: number } | undefined;
    do {
      const page = await lib.listAuditEvents({ action: 'article.edited' }, 10, cursor);
      pages.push(...page.events.map((event) => event.target ?? ''));
      cursor = page.next ?? undefined;
    } while (cursor);
    expect(pages).toHaveLength(25);
    expect(new Set(pages).size).toBe(25);
    expect(pages[0]).toBe('a24');

    const future = await lib.listAuditEvents({ from: new Date(Date.now() + 60_000) }, 10);
    expect(future.events).toEqual([]);
  });
});

describe('autosaves', () => {
  it('keeps one per editor and article, offered only when newer than the article', async () => {
    const article = await draft('自动保存');
    const data = lib.autosaveData.parse({
      title: '自动保存（未存）',
      tags: '',
      body: '打到一半的正文',
    });
    await lib.writeAutosave(writerId, article.id, article.version, data);
    await lib.writeAutosave(writerId, article.id, article.version, {
      ...data,
      body: '又多打了几个字',
    });
    const row = await stored(article.id);
    expect((await lib.readAutosave(writerId, article.id, row.updatedAt))?.data.body).toBe(
      '又多打了几个字',
    );
    expect(await lib.readAutosave(writerId, article.id, new Date(Date.now() + 60_000))).toBeNull();
    expect(await lib.readAutosave(editorId, article.id)).toBeNull();
    await lib.writeAutosave(writerId, null, null, data);
    expect((await lib.readAutosave(writerId, null))?.data.title).toBe('自动保存（未存）');
    await lib.deleteAutosave(writerId, article.id);
    expect(await lib.readAutosave(writerId, article.id)).toBeNull();
    expect(await lib.readAutosave(writerId, null)).not.toBeNull();
  });
});

describe('media records', () => {
  const image = (key: string) => ({
    key: `${key}.jpg`,
    thumbKey: `${key}-t.jpg`,
    contentType: 'image/jpeg',
    width: 1600,
    height: 900,
    bytes: 123_456,
    originalName: '码头.jpg',
    uploadedById: writerId,
  });

  it('keeps one record per image, and refuses to delete one an article uses', async () => {
    const a = await lib.createMedia(image('a'.repeat(32)));
    const again = await lib.createMedia(image('a'.repeat(32)));
    expect(again.id).toBe(a.id);
    expect(a).toMatchObject({ url: `/media/${'a'.repeat(32)}.jpg`, uploadedBy: '李作者' });

    const article = await draft('有封面');
    await lib.db.article.update({ where: { id: article.id }, data: { coverMediaId: a.id } });
    expect(await lib.deleteMedia(a.id)).toEqual({ ok: false, error: 'media-in-use' });

    const b = await lib.createMedia(image('b'.repeat(32)));
    const inBody = await draft('正文有图');
    await lib.db.article.update({
      where: { id: inBody.id },
      data: { rawSource: `<img src="/media/${'b'.repeat(32)}.jpg" alt="">` },
    });
    expect(await lib.deleteMedia(b.id)).toEqual({ ok: false, error: 'media-in-use' });

    const c = await lib.createMedia(image('c'.repeat(32)));
    expect(await lib.deleteMedia(c.id)).toMatchObject({
      ok: true,
      keys: [`${'c'.repeat(32)}.jpg`, `${'c'.repeat(32)}-t.jpg`],
    });
  });
});

describe('the edit page', () => {
  it('shows each revision with who wrote it', async () => {
    const article = await draft('谁改的');
    await lib.saveArticle(article.id, article.version, text('谁改的（编辑改）'), {
      editedById: editorId,
      reason: 'edit',
      role: 'EDITOR',
    });
    const editing = await lib.getArticleForEditing(article.id);
    expect(editing).toMatchObject({ editedBy: '王编辑', author: '李作者' });
    expect(editing?.revisions[0]).toMatchObject({
      title: '谁改的',
      editedBy: '李作者',
      reason: 'edit',
    });
  });
});
