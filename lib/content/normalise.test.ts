import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyAddresses, normalisePost, parseFileName, sourceNameFromTag } from './normalise';

const fixtures = path.resolve('test/fixtures/finews/_posts');
const fixtureFiles = readdirSync(fixtures).filter((name) => name.endsWith('.md'));
const seedPath = path.resolve('test/fixtures/seed-NW202112212221212333.md');

describe('parseFileName', () => {
  it('splits date and slug', () => {
    expect(parseFileName('_posts/2021-12-21-NW202112212221212333.md')).toEqual({
      slug: 'NW202112212221212333',
      date: new Date('2021-12-20T16:00:00Z'),
    });
  });

  it('keeps odd slugs and handles names without a date', () => {
    expect(parseFileName('2021-12-21-Hello World (1).md').slug).toBe('Hello World (1)');
    expect(parseFileName('-202205262391921712.md')).toEqual({ slug: '202205262391921712', date: null });
  });
});

describe('sourceNameFromTag', () => {
  it('drops the 新闻 suffix', () => {
    expect(sourceNameFromTag('厦门晚报新闻')).toBe('厦门晚报');
    expect(sourceNameFromTag(undefined)).toBeNull();
  });
});

describe('normalisePost on the seed post', () => {
  const result = normalisePost('content/_posts/2021-12-21-NW202112212221212333.md', readFileSync(seedPath, 'utf8'));

  it('becomes one article keyed by its infoCode', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const post = result.post;
    expect(post).toMatchObject({
      key: 'ic:NW202112212221212333',
      infoCode: 'NW202112212221212333',
      slug: 'NW202112212221212333',
      title: '创新社会治理 激发城市活力',
      sourceSlug: 'shamenwanbao',
      sourceNameHint: '厦门晚报',
      tags: ['厦门晚报新闻'],
      sourceName: '厦门晚报',
      originalUrl: null,
      flags: [],
    });
    expect(post.publishedAt?.toISOString()).toBe('2021-12-21T07:37:38.000Z');
    expect(post.excerpt.startsWith('海沧在全市率先获评福建省第四轮首批平安区。')).toBe(true);
    expect(post.excerpt.length).toBeLessThanOrEqual(120);
  });

  it('keeps the body but not the boilerplate', () => {
    if (!result.ok) throw new Error(result.reason);
    const { bodyHtml } = result.post;
    expect(bodyHtml).toContain('<p>海沧在全市率先获评福建省第四轮首批平安区。</p>');
    expect(bodyHtml).toContain('扫描“平安海沧”二维码');
    for (const boilerplate of ['文章来源', 'NewsShare', '返回首页', '返回厦门晚报新闻', 'class=']) {
      expect(bodyHtml).not.toContain(boilerplate);
    }
  });
});

describe('normalisePost on every fixture post', () => {
  it.each(fixtureFiles)('%s', (file) => {
    const text = readFileSync(path.join(fixtures, file), 'utf8');
    const result = normalisePost(`_posts/${file}`, text);
    const fileName = parseFileName(file);

    if (file === '-202205262391921712.md') {
      // Empty title, empty date and no date in the file name: a draft with a derived title.
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.post).toMatchObject({
        status: 'DRAFT',
        publishedAt: null,
        title: '据霍尼韦尔官网消息，5月24日，霍尼韦尔宣布为蔚来旗下ET7新能源汽车提供HFO-1234yf(四氟丙烯)制冷剂',
        flags: ['needs-date', 'derived-title'],
        sourceName: '上海证券报',
      });
      expect(result.post.warnings).toHaveLength(2);
      return;
    }
    expect(result.ok, result.ok ? '' : result.reason).toBe(true);
    if (!result.ok) return;
    const post = result.post;
    expect(post.slug).toBe(fileName.slug);
    expect(post.key).toBe(`file:${file}`);
    expect(post.sourceSlug).toBe('emnews');
    expect(post.tags).toEqual(['东财滚动新闻']);
    expect(post.title.length).toBeGreaterThan(0);
    expect(text).toContain(post.title);
    // The file name's day is the Shanghai day of the front-matter time.
    expect((post.publishedAt?.getTime() ?? 0) - (fileName.date?.getTime() ?? 0)).toBeGreaterThanOrEqual(0);
    expect((post.publishedAt?.getTime() ?? 0) - (fileName.date?.getTime() ?? 0)).toBeLessThan(86_400_000);
    expect(post.originalUrl).toMatch(new RegExp(`^http://[a-z]+\\.eastmoney\\.com/news/\\d+,${post.slug}\\.html$`));
    expect(post.bodyHtml.length).toBeGreaterThan(0);
    expect(post.bodyHtml).not.toMatch(/返回|<script|style=|on\w+=|eastmoney\.com\/news/);
    expect(post.excerpt.length).toBeGreaterThan(0);
    expect(post.excerpt.length).toBeLessThanOrEqual(120);
  });
});

describe('normalisePost rejections', () => {
  const dated = '2021-12-08-1.md';
  it.each([
    ['---\ntitle: ""\ndate: 2021-12-08 10:00:00\ncategories: a\n---\n\n', 'title is empty and the body has no text to take one from'],
    ['---\ntitle: t\ndate: nonsense\ncategories: a\n---\nx', null],
    ['---\ntitle: t\ndate: 2021-12-08\n---\nx', 'no category: the post names no source'],
  ])('%#', (text, reason) => {
    const result = normalisePost(dated, text);
    if (reason === null) {
      // An impossible front-matter date falls back to the file name's date, flagged for editors.
      expect(result.ok && result.post.flags).toEqual(['date-from-file-name']);
    } else {
      expect(result).toEqual({ ok: false, reason });
    }
  });

  it('imports a post with no usable date as a draft and says why', () => {
    const result = normalisePost('undated.md', '---\ntitle: t\ndate: nonsense\ncategories: a\n---\nx');
    expect(result.ok && result.post).toMatchObject({
      status: 'DRAFT',
      publishedAt: null,
      flags: ['needs-date'],
      warnings: ['date "nonsense" is not a date and the file name has none: imported as a draft for an editor to date'],
    });
  });

  it('ignores pages that are not posts', () => {
    expect(normalisePost('about.md', '---\nlayout: page\ntitle: About\n---\nx')).toEqual({
      ok: false,
      reason: 'layout "page" is not a post',
      notAPost: true,
    });
  });
});

describe('addresses', () => {
  const shapes = path.resolve('test/fixtures/shapes');
  const read = (file: string) => readFileSync(path.join(shapes, file), 'utf8');
  const permalinkOf = (file: string) => {
    const result = normalisePost(file, read(file));
    if (!result.ok) throw new Error(result.reason);
    return { permalink: result.post.permalink, slug: result.post.slug };
  };

  it('give each post the address Jekyll gave it', () => {
    expect(permalinkOf('_posts/2021-11-20-NW202111201015000002.md')).toEqual({
      permalink: '/21shijijingjibaodao/21caijingapp/2021/11/20/NW202111201015000002.html',
      slug: 'NW202111201015000002',
    });
    expect(permalinkOf('_posts/2021-11-16-IPO Weekly (IPO早知道) Roundup.md')).toEqual({
      permalink: '/ipozaozhidao/(ipo早知道)/2021/11/16/IPO-Weekly-(IPO早知道)-Roundup.html',
      slug: 'IPO-Weekly-(IPO早知道)-Roundup',
    });
    // The portal reads front matter after a blank line; the address is the one it describes.
    expect(permalinkOf('_posts/2021-11-15-NW202111151620000014.md').permalink).toBe(
      '/wind/2021/11/15/NW202111151620000014.html',
    );
  });

  it('list the other addresses the old site served a file at', () => {
    expect(legacyAddresses('_posts/2021-11-20-NW202111202330000001.md', read('_posts/2021-11-20-NW202111202330000001.md'))).toEqual([]);
    expect(legacyAddresses('site/old_post/2021-11-10-NW202111100930000011.md', read('old_post/2021-11-10-NW202111100930000011.md'))).toEqual([
      '/old_post/2021-11-10-NW202111100930000011.html',
    ]);
    expect(legacyAddresses('_posts/2021-11-15-NW202111151620000014.md', read('_posts/2021-11-15-NW202111151620000014.md'))).toEqual([
      '/2021/11/15/NW202111151620000014.html',
    ]);
    expect(legacyAddresses('old_post/2021-11-09-NW202111092000000015.md', read('old_post/2021-11-09-NW202111092000000015.md'))).toEqual([
      '/old_post/2021-11-09-NW202111092000000015.md',
      '/2021/11/09/NW202111092000000015.html',
    ]);
    // A byte order mark hides front matter from Jekyll's page reader, not from its post reader.
    const withMark = `\uFEFF${read('old_post/2021-11-10-NW202111100930000011.md')}`;
    expect(legacyAddresses('old_post/2021-11-10-NW202111100930000011.md', withMark)).toEqual([
      '/old_post/2021-11-10-NW202111100930000011.md',
    ]);
  });
});
