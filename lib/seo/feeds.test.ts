import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { renderFeed, type FeedInput } from './feeds';

const input: FeedInput = {
  title: '金融消息',
  description: '描述',
  pagePath: '/',
  feedPaths: { rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json' },
  items: [
    {
      title: '创新社会治理 & 激发城市活力',
      url: '/shamenwanbao/2021/12/21/NW1.html',
      excerpt: '海沧在全市率先获评……',
      bodyHtml: '<p>海沧在全市率先获评福建省第四轮首批平安区。</p>',
      publishedAt: '2021-12-21T07:37:38.000Z',
      updatedAt: '2021-12-21T07:37:38.000Z',
      sourceName: '厦门晚报',
    },
  ],
};

describe('feeds', () => {
  it.each(['rss', 'atom'] as const)(
    '%s parses with a real feed parser, with absolute links',
    (format) => {
      const feed = parseFeed(renderFeed(input, format, 'https://news.example'));
      expect(feed.title).toBe('金融消息');
      expect(feed.items).toHaveLength(1);
      expect(feed.items[0]?.title).toBe('创新社会治理 & 激发城市活力');
      expect(feed.items[0]?.url).toBe('https://news.example/shamenwanbao/2021/12/21/NW1.html');
      expect(feed.items[0]?.published?.toISOString()).toBe('2021-12-21T07:37:38.000Z');
    },
  );

  it('JSON Feed 1.1 is valid JSON with absolute links', () => {
    const feed = JSON.parse(renderFeed(input, 'json', 'https://news.example'));
    expect(feed.version).toMatch(/jsonfeed.org\/version\/1/);
    expect(feed.feed_url).toBe('https://news.example/feed.json');
    expect(feed.items[0]).toMatchObject({
      url: 'https://news.example/shamenwanbao/2021/12/21/NW1.html',
      title: '创新社会治理 & 激发城市活力',
    });
  });
});
