import { Feed } from 'feed';
import { site } from '../site';
import { absoluteUrl } from '../urls';

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site and for each source, from one builder. */
export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedItemInput {
  title: string;
  url: string;
  excerpt: string;
  bodyHtml: string;
  publishedAt: string;
  updatedAt: string;
  sourceName: string;
}

export interface FeedInput {
  title: string;
  description: string;
  /** The page the feed mirrors (home or a source page), as a path. */
  pagePath: string;
  /** Paths of this feed in each format, for self links. */
  feedPaths: Record<FeedFormat, string>;
  items: FeedItemInput[];
}

export function renderFeed(input: FeedInput, format: FeedFormat, siteUrl: string): string {
  const updated = input.items.reduce<Date | undefined>((latest, item) => {
    const date = new Date(item.updatedAt);
    return !latest || date > latest ? date : latest;
  }, undefined);
  const feed = new Feed({
    title: input.title,
    description: input.description,
    id: absoluteUrl(input.pagePath, siteUrl),
    link: absoluteUrl(input.pagePath, siteUrl),
    language: 'zh-CN',
    copyright: `版权归原作者所有 · ${site.name}`,
    updated: updated ?? new Date(0),
    generator: site.name,
    feedLinks: {
      rss: absoluteUrl(input.feedPaths.rss, siteUrl),
      atom: absoluteUrl(input.feedPaths.atom, siteUrl),
      json: absoluteUrl(input.feedPaths.json, siteUrl),
    },
  });
  for (const item of input.items) {
    const url = absoluteUrl(item.url, siteUrl);
    feed.addItem({
      title: item.title,
      id: url,
      link: url,
      description: item.excerpt,
      content: item.bodyHtml,
      date: new Date(item.updatedAt),
      published: new Date(item.publishedAt),
      author: [{ name: item.sourceName }],
      category: [{ name: item.sourceName }],
    });
  }
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return feed.json1();
}
