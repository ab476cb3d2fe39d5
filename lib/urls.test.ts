import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  categoryFileSlug,
  decodeCursor,
  encodeCursor,
  isAliasShape,
  isPermalink,
  legacyRedirectTarget,
  sourceInPath,
  tagInPath,
  urls,
} from './urls';

describe('urls', () => {
  it('links an article at its stored permalink', () => {
    expect(urls.article({ permalink: '/shamenwanbao/2021/12/21/NW202112212221212333.html' })).toBe(
      '/shamenwanbao/2021/12/21/NW202112212221212333.html',
    );
  });

  it('percent-encodes permalinks with spaces, parentheses, upper case and Chinese as Jekyll did', () => {
    const url = urls.article({ permalink: '/techweb/foo bar/2021/12/21/Hello-(1)-厦门.html' });
    expect(url).toBe('/techweb/foo%20bar/2021/12/21/Hello-(1)-%E5%8E%A6%E9%97%A8.html');
    expect(urls.source('厦门 晚报')).toBe('/category/%E5%8E%A6%E9%97%A8%20%E6%99%9A%E6%8A%A5');
  });

  it('addresses the page of withdrawn articles', () => {
    expect(urls.gone(null)).toBe('/gone');
    expect(urls.gone('Xiamen Evening (厦门晚报)')).toBe(
      '/gone/Xiamen%20Evening%20(%E5%8E%A6%E9%97%A8%E6%99%9A%E6%8A%A5)',
    );
  });

  it('builds share and absolute URLs', () => {
    expect(urls.share('NW1')).toBe('/html_News/NewsShare.html?infoCode=NW1');
    expect(absoluteUrl('/a/b.html', 'https://news.example')).toBe('https://news.example/a/b.html');
  });
});

describe('keyset cursors', () => {
  it('round-trip', () => {
    const cursor = { publishedAt: new Date('2021-12-21T07:37:38.123Z'), id: 4242 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each(['', 'abc', '-1', 'zzzzzzzzzzzz-1', '1-', '1-0', 'A-1', '1-1-1'])(
    'reject %j',
    (value) => {
      expect(decodeCursor(value)).toBeNull();
    },
  );
});

describe('legacyRedirectTarget', () => {
  it.each([
    ['/category/shamenwanbao.html', '/category/shamenwanbao'],
    ['/category/shamenwanbao/', '/category/shamenwanbao'],
    ['/shamenwanbao/', '/category/shamenwanbao'],
    ['/index.html', '/'],
    ['/emnews/2021/12/08/202112082206672930', '/emnews/2021/12/08/202112082206672930.html'],
    ['/emnews/2021/12/08/202112082206672930.html/', '/emnews/2021/12/08/202112082206672930.html'],
    ['/emnews/2021/12/08/202112082206672930.htm', '/emnews/2021/12/08/202112082206672930.html'],
    ['/Xiamen%20Daily/', '/category/Xiamen%20Daily'],
    ['/tag/a/', '/tag/a'],
    // Any number of categories, as Jekyll wrote them.
    [
      '/21shijijingjibaodao/21caijingapp/2022/04/12/x',
      '/21shijijingjibaodao/21caijingapp/2022/04/12/x.html',
    ],
    ['/career/in/touxingpevc/2022/04/12/x.htm', '/career/in/touxingpevc/2022/04/12/x.html'],
    // The old site's category pages by file name: spaces as in the file, collapsed to the slug's.
    [
      '/category/21shijijingjibaodao%20%20nancailicaitong.html',
      '/category/21shijijingjibaodao%20nancailicaitong',
    ],
    ['/category/Wind.html', '/category/Wind'],
    [
      '/category/Xiamen%20Evening%20(%E5%8E%A6%E9%97%A8%E6%99%9A%E6%8A%A5).html',
      '/category/Xiamen%20Evening%20(%E5%8E%A6%E9%97%A8%E6%99%9A%E6%8A%A5)',
    ],
  ])('%s → %s', (from, to) => {
    expect(legacyRedirectTarget(from)).toBe(to);
  });

  it.each([
    '/',
    '/category/shamenwanbao',
    '/emnews/2021/12/08/202112082206672930.html',
    '/shamenwanbao',
    '/tag/x',
  ])('leaves canonical %s alone', (path) => {
    expect(legacyRedirectTarget(path)).toBeNull();
  });
});

describe('address shapes', () => {
  it('tells permalinks from the addresses that only aliases answer', () => {
    expect(isPermalink('/emnews/2021/12/08/x.html')).toBe(true);
    expect(isPermalink('/a/b/c/2021/12/08/x.html')).toBe(true);
    expect(isPermalink('/2021/12/08/x.html')).toBe(false);
    expect(isPermalink('/emnews/2021/12/08/x')).toBe(false);
    expect(isAliasShape('/2021/12/08/x.html')).toBe(true);
    expect(isAliasShape('/old_post/2021-12-08-x.html')).toBe(true);
    expect(isAliasShape('/emnews/2021/12/08/x.html')).toBe(false);
  });

  it('reads a category page’s file name as a slug', () => {
    expect(categoryFileSlug(' a  b ')).toBe('a b');
  });
});

describe('sourceInPath', () => {
  it('finds the source of its listing pages and feeds', () => {
    expect(sourceInPath('/category/shamenwanbao')?.withSlug('xmwb')).toBe('/category/xmwb');
    expect(sourceInPath('/category/shamenwanbao/feed.xml')?.withSlug('xmwb')).toBe(
      '/category/xmwb/feed.xml',
    );
    expect(sourceInPath('/category/a/before/abc-1')?.withSlug('b')).toBe(
      '/category/b/before/abc-1',
    );
  });

  it('decodes encoded slugs and encodes the new one', () => {
    const found = sourceInPath('/category/%E5%8E%A6%E9%97%A8%20x/feed.xml');
    expect(found?.slug).toBe('厦门 x');
    expect(found?.withSlug('new slug')).toBe('/category/new%20slug/feed.xml');
  });

  it('ignores paths that name no source', () => {
    for (const path of [
      '/',
      '/admin/articles',
      '/feed.xml',
      '/shamenwanbao/2021/12/21/x.html',
      '/category/%E5',
    ]) {
      expect(sourceInPath(path), path).toBeNull();
    }
  });
});

describe('tag and day URLs', () => {
  it('encode tag names and keep day keys readable', () => {
    expect(urls.tag('厦门晚报新闻')).toBe(
      '/tag/%E5%8E%A6%E9%97%A8%E6%99%9A%E6%8A%A5%E6%96%B0%E9%97%BB',
    );
    expect(urls.tagPage('a b', 'x-1')).toBe('/tag/a%20b/before/x-1');
    expect(urls.day('2021-12-21')).toBe('/date/2021-12-21');
    expect(urls.dayPage('2021-12-21', 'x-1')).toBe('/date/2021-12-21/before/x-1');
  });

  it('finds the tag of a tag page and moves it to another name', () => {
    const found = tagInPath('/tag/%E6%97%A7/before/x-1');
    expect(found?.name).toBe('旧');
    expect(found?.withName('新 名')).toBe('/tag/%E6%96%B0%20%E5%90%8D/before/x-1');
    expect(tagInPath('/category/x')).toBeNull();
    expect(tagInPath('/tag/%E5')).toBeNull();
  });
});

describe('search URLs', () => {
  it('carry the query and the cursor, and name the empty search page', () => {
    expect(urls.search()).toBe('/search');
    expect(urls.search('港口 a&b')).toBe('/search?q=%E6%B8%AF%E5%8F%A3+a%26b');
    expect(urls.search('x', 'k-1')).toBe('/search?q=x&before=k-1');
    expect(urls.search('A股', null, { source: 'emnews', from: '2021-12-01', to: null })).toBe(
      '/search?q=A%E8%82%A1&source=emnews&from=2021-12-01',
    );
  });
});
