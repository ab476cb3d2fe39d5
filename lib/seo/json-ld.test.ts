import { describe, expect, it } from 'vitest';
import { breadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd, websiteJsonLd } from './json-ld';

const article = {
  title: '标题</script><script>alert(1)</script>',
  excerpt: '摘要',
  url: '/shamenwanbao/2021/12/21/NW1.html',
  publishedAt: '2021-12-21T07:37:38.000Z',
  updatedAt: '2021-12-22T00:00:00.000Z',
  source: { name: '厦门晚报', slug: 'shamenwanbao' },
  sourceName: '厦门晚报',
  originalUrl: 'http://finance.example.com/a.html',
  image: 'https://img.example.com/a.jpg',
  tags: ['厦门晚报新闻'],
};

describe('JSON-LD', () => {
  it('describes a NewsArticle with +08:00 dates, publisher, author, image and source', () => {
    const data = newsArticleJsonLd(article, 'https://news.example');
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      url: 'https://news.example/shamenwanbao/2021/12/21/NW1.html',
      datePublished: '2021-12-21T15:37:38+08:00',
      dateModified: '2021-12-22T08:00:00+08:00',
      author: { '@type': 'Organization', name: '厦门晚报' },
      publisher: { '@type': 'Organization', name: '金融消息' },
      image: ['https://img.example.com/a.jpg'],
      isBasedOn: 'http://finance.example.com/a.html',
    });
  });

  it('names a signed article’s writer as its author, the publisher staying the site', () => {
    const data = newsArticleJsonLd({ ...article, byline: '张伟' }, 'https://news.example');
    expect(data).toMatchObject({
      author: { '@type': 'Person', name: '张伟' },
      publisher: { '@type': 'Organization', name: '金融消息' },
    });
  });

  it('describes the breadcrumb trail and the website', () => {
    const crumbs = breadcrumbJsonLd(
      [
        { name: '金融消息', path: '/' },
        { name: '厦门晚报', path: '/category/shamenwanbao' },
      ],
      'https://news.example',
    );
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: '金融消息', item: 'https://news.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: '厦门晚报',
        item: 'https://news.example/category/shamenwanbao',
      },
    ]);
    expect(websiteJsonLd('https://news.example')).toMatchObject({
      '@type': 'WebSite',
      inLanguage: 'zh-CN',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: 'https://news.example/search?q={search_term_string}' },
        'query-input': 'required name=search_term_string',
      },
    });
  });

  it('serialises so no value can close the script element, and parses back', () => {
    const text = serializeJsonLd(newsArticleJsonLd(article, 'https://news.example'));
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe(article.title);
  });
});
