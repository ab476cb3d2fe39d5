import { describe, expect, it } from 'vitest';
import {
  categoryPath,
  encodePath,
  isDatedPostFileName,
  jekyllCategories,
  jekyllDate,
  jekyllSlug,
  pageUrl,
  postUrl,
  sanitizeUrl,
  slugify,
  sourceCategoryPath,
  startsWithFrontMatter,
} from './jekyll';

// Expected values are what Jekyll 4.3.1 (Debian) wrote for the same front matter, by hand; the
// e2e oracle (e2e/jekyll-oracle.spec.ts) checks the whole pipeline against Jekyll itself.

describe('jekyllCategories and categoryPath', () => {
  it.each([
    [{ categories: 'Wind' }, 'wind'],
    [{ categories: '21shijijingjibaodao 21caijingAPP' }, '21shijijingjibaodao/21caijingapp'],
    [{ categories: '21shijijingjibaodao  nancailicaitong' }, '21shijijingjibaodao/nancailicaitong'],
    [{ categories: 'Career In touxingPEVC' }, 'career/in/touxingpevc'],
    [{ categories: 'Xiamen Evening (厦门晚报)' }, 'xiamen/evening/(厦门晚报)'],
    [{ categories: '  x  y ' }, 'x/y'],
    [{ categories: 'Wind Wind wind' }, 'wind'],
    // A YAML list keeps its items, spaces and all; case twins collapse once lower-cased.
    [{ categories: ['TechWeb', 'Foo Bar'] }, 'techweb/foo bar'],
    [{ categories: ['a', 'A', 'b', null] }, 'a/b'],
    // `category` is never split; with `categories` both count.
    [{ category: 'Foo Bar' }, 'foo bar'],
    [{ categories: 'c', category: 'd' }, 'c/d'],
    [{ categories: null }, ''],
    [{ categories: '' }, ''],
    [{}, ''],
  ])('%j → %s', (frontMatter, expected) => {
    expect(categoryPath(jekyllCategories(frontMatter))).toBe(expected);
  });

  it('reads a source slug as a categories string', () => {
    expect(sourceCategoryPath('TechWeb')).toBe('techweb');
    expect(sourceCategoryPath('Techweb')).toBe('techweb');
    expect(sourceCategoryPath('21shijijingjibaodao 21caijingAPP')).toBe(
      '21shijijingjibaodao/21caijingapp',
    );
  });
});

describe('jekyllSlug', () => {
  it.each([
    ['2021-12-08-202112082206672930.md', '202112082206672930'],
    ['2021-12-23-Spring Festival (春运) Update.md', 'Spring-Festival-(春运)-Update'],
    ['2022-04-12-abc..md', 'abc'],
    ['2022-04-12-a#b%c?d[e].md', 'a-b-c-d-e'],
    ['2022-04-12- 空 格 .md', '空-格'],
    ['2022-4-2-q18.md', 'q18'],
    ['2022-04-12-v1.2.html', 'v1.2'],
  ])('%s → %s', (fileName, expected) => {
    expect(jekyllSlug(fileName, {})).toBe(expected);
  });

  it('takes the front matter’s slug when it has one', () => {
    expect(jekyllSlug('2022-04-12-q10.md', { slug: 'My Slug!' })).toBe('My-Slug!');
  });

  it('slugifies as Jekyll’s pretty mode, keeping case', () => {
    expect(slugify('-Hello,  World!-')).toBe('Hello,-World!');
    expect(slugify('新闻 / 快讯')).toBe('新闻-快讯');
  });

  it('knows which names Jekyll reads as posts', () => {
    expect(isDatedPostFileName('2021-12-08-x.md')).toBe(true);
    expect(isDatedPostFileName('2022-4-2-q18.md')).toBe(true);
    expect(isDatedPostFileName('-202205262391921712.md')).toBe(false);
  });
});

describe('jekyllDate', () => {
  const date = (yaml: string, fileName = '2022-04-12-x.md') => {
    const value = /^date:[ \t]*(.*)$/m.exec(yaml)?.[1]?.replace(/^["']|["']$/g, '');
    return jekyllDate(fileName, value === undefined ? {} : { date: value || null }, yaml);
  };
  const day = (yaml: string, fileName?: string) => {
    const instant = date(yaml, fileName);
    return instant ? postUrl({ categories: 'c', date: instant, slug: 'x' }) : null;
  };

  it('reads an unquoted date without offset as UTC, as YAML does', () => {
    expect(day('date: 2022-04-12 23:30:00')).toBe('/c/2022/04/13/x.html');
    expect(day('date: 2022-04-12 16:30:00')).toBe('/c/2022/04/13/x.html');
    expect(day('date: 2022-04-12 15:59:59')).toBe('/c/2022/04/12/x.html');
    expect(day('date: 2022-04-12 23:30:00.5')).toBe('/c/2022/04/13/x.html');
    expect(day('date: 2022-04-12 23:30:00 # a comment')).toBe('/c/2022/04/13/x.html');
  });

  it('keeps an explicit offset', () => {
    expect(day('date: 2022-04-12 23:30:00 +0800')).toBe('/c/2022/04/12/x.html');
    expect(day('date: 2022-04-12 23:30:00+08:00')).toBe('/c/2022/04/12/x.html');
    expect(day('date: 2022-04-12 23:30:00 +8')).toBe('/c/2022/04/12/x.html');
    expect(day('date: 2022-04-12 23:30:00 +0000')).toBe('/c/2022/04/13/x.html');
    expect(day('date: 2022-04-12T23:30:00Z')).toBe('/c/2022/04/13/x.html');
  });

  it('reads quoted dates and other strings in Beijing time', () => {
    expect(day('date: "2022-04-12 23:30:00"')).toBe('/c/2022/04/12/x.html');
    expect(day('date: 2022-04-12 23:30')).toBe('/c/2022/04/12/x.html');
    expect(day('date: 2022-04-12')).toBe('/c/2022/04/12/x.html');
  });

  it('takes the file name’s day without a date, and rolls impossible days over as Ruby does', () => {
    expect(day('title: x', '2022-4-2-q18.md')).toBe('/c/2022/04/02/x.html');
    expect(day('date: 2021-02-30 10:00:00')).toBe('/c/2021/03/02/x.html');
  });

  it('has no date where Jekyll aborted the build', () => {
    expect(date('date:')).toBeNull();
    expect(date('date: 2021-02-10 25:00:00')).toBeNull();
    expect(date('date:  +0800')).toBeNull();
  });

  it('ignores front matter Jekyll never saw', () => {
    const instant = jekyllDate('2022-04-12-a5.md', null, 'date: 2022-04-13 01:30:00 +0800');
    expect(instant && postUrl({ categories: '', date: instant, slug: 'a5' })).toBe(
      '/2022/04/12/a5.html',
    );
  });
});

describe('URLs', () => {
  it('builds post URLs and sanitises them as Jekyll does', () => {
    const instant = new Date('2022-04-12T15:30:00Z');
    expect(postUrl({ categories: 'a.b/x/ä', date: instant, slug: 'q15' })).toBe(
      '/a.b/x/ä/2022/04/12/q15.html',
    );
    expect(sanitizeUrl('/a/../b')).toBe('/a/b');
    expect(sanitizeUrl('//x//y')).toBe('/x/y');
  });

  it('addresses archived pages by their file name', () => {
    expect(pageUrl('old_post', '2021-12-08-202112082206972753.md', true)).toBe(
      '/old_post/2021-12-08-202112082206972753.html',
    );
    expect(pageUrl('old_post', '2021-12-08-Old Name (x).md', true)).toBe(
      '/old_post/2021-12-08-Old Name (x).html',
    );
    expect(pageUrl('old_post', '2021-12-08-fm.html', true)).toBe('/old_post/2021-12-08-fm.html');
    expect(pageUrl('old_post', '2021-12-08-nofm.md', false)).toBe('/old_post/2021-12-08-nofm.md');
  });

  it('sees front matter only on the first line', () => {
    expect(startsWithFrontMatter('---\ntitle: x\n---\n')).toBe(true);
    expect(startsWithFrontMatter('---\r\ntitle: x\r\n---\r\n')).toBe(true);
    expect(startsWithFrontMatter('\n---\ntitle: x\n---\n')).toBe(false);
  });

  it('percent-encodes paths as Jekyll linked them', () => {
    expect(
      encodePath('/xiamen/evening/(厦门晚报)/2021/12/23/Spring-Festival-(春运)-Update.html'),
    ).toBe(
      '/xiamen/evening/(%E5%8E%A6%E9%97%A8%E6%99%9A%E6%8A%A5)/2021/12/23/Spring-Festival-(%E6%98%A5%E8%BF%90)-Update.html',
    );
    expect(encodePath('/old_post/a b%c#d?.html')).toBe('/old_post/a%20b%25c%23d%3F.html');
  });
});
