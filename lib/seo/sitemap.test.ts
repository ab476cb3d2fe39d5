import { describe, expect, it } from 'vitest';
import { validateSitemapXml } from '../../test/support/xmllint';
import { escapeXml, newsSitemapXml, sitemapIndexXml, urlsetXml } from './sitemap';

const when = new Date('2021-12-21T07:37:38Z');

describe('sitemap XML', () => {
  it('builds a sitemap index that validates', () => {
    const xml = sitemapIndexXml([
      { loc: 'https://news.example/sitemaps/articles/0.xml', lastmod: when },
      { loc: 'https://news.example/sitemaps/news.xml', lastmod: null },
    ]);
    expect(xml).toContain('<lastmod>2021-12-21T15:37:38+08:00</lastmod>');
    expect(validateSitemapXml(xml, 'siteindex.xsd')).toBe('');
  });

  it('builds a urlset that validates, escaping what XML needs escaped', () => {
    const xml = urlsetXml([
      {
        loc: 'https://news.example/Xiamen%20Evening%20(%E5%8E%A6)/2021/12/21/a&b.html',
        lastmod: when,
      },
      { loc: 'https://news.example/category/emnews' },
    ]);
    expect(xml).toContain('a&amp;b.html');
    expect(validateSitemapXml(xml, 'sitemap.xsd')).toBe('');
  });

  it('refuses more than 50,000 URLs in one sitemap', () => {
    const entries = Array.from({ length: 50_001 }, (_, i) => ({
      loc: `https://news.example/${i}`,
    }));
    expect(() => urlsetXml(entries)).toThrow(/at most 50000/);
  });

  it('builds a Google News sitemap that validates strictly', () => {
    const xml = newsSitemapXml([
      {
        loc: 'https://news.example/a/2021/12/21/b.html',
        title: '标题 <与> "引号" & 符号',
        publishedAt: when,
      },
    ]);
    expect(xml).toContain('<news:language>zh-cn</news:language>');
    expect(xml).toContain('<news:name>金融消息</news:name>');
    expect(xml).toContain(
      '<news:publication_date>2021-12-21T15:37:38+08:00</news:publication_date>',
    );
    expect(validateSitemapXml(xml, 'sitemap.xsd')).toBe('');
  });

  it('the schema check really fails an invalid news sitemap', () => {
    const broken = newsSitemapXml([
      { loc: 'https://news.example/x.html', title: 't', publishedAt: when },
    ]).replace('<news:language>zh-cn</news:language>', '<news:language>Chinese</news:language>');
    expect(validateSitemapXml(broken, 'sitemap.xsd')).toMatch(/language/);
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0001b<')).toBe('ab&lt;');
  });
});
