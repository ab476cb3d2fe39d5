import type { Metadata } from 'next';
import { site } from '../site';
import { toW3CDateTime } from '../time';

/**
 * The one place page metadata is built: title, description, canonical URL, Open Graph and Twitter
 * cards, robots. Paths are relative; the (site) layout sets metadataBase to SITE_URL.
 */
/** The site's card image (public/og-default.png, drawn by scripts/make-icons.ts). */
export const DEFAULT_IMAGE = { path: '/og-default.png', width: 1200, height: 630 } as const;

export interface PageMetadataInput {
  /** Page title without the site name (the layout's template adds it); omit for the home page. */
  title?: string;
  description?: string;
  path: string;
  noindex?: boolean;
  article?: { publishedTime: string; modifiedTime?: string; section?: string; tags?: string[] };
  image?: string | null;
  /** Feeds to advertise with <link rel="alternate">. */
  feeds?: { rss: string; atom: string; json: string; title: string };
}

export function buildMetadata({
  title,
  description,
  path,
  noindex,
  article,
  image,
  feeds,
}: PageMetadataInput): Metadata {
  const text = description?.trim() || site.description;
  const fullTitle = title ? `${title} - ${site.name}` : site.name;
  // Every page has a card image: the article's first picture, else the site's own.
  const images = image
    ? [{ url: image }]
    : [{ url: DEFAULT_IMAGE.path, width: DEFAULT_IMAGE.width, height: DEFAULT_IMAGE.height }];
  return {
    ...(title ? { title } : {}),
    description: text,
    alternates: {
      canonical: path,
      ...(feeds
        ? {
            types: {
              'application/rss+xml': [{ url: feeds.rss, title: feeds.title }],
              'application/atom+xml': [{ url: feeds.atom, title: feeds.title }],
              'application/feed+json': [{ url: feeds.json, title: feeds.title }],
            },
          }
        : {}),
    },
    robots: noindex ? { index: false, follow: true } : { index: true, follow: true },
    openGraph: {
      title: fullTitle,
      description: text,
      url: path,
      siteName: site.name,
      locale: 'zh_CN',
      ...(article
        ? {
            type: 'article',
            publishedTime: toW3CDateTime(new Date(article.publishedTime)),
            modifiedTime: article.modifiedTime
              ? toW3CDateTime(new Date(article.modifiedTime))
              : undefined,
            section: article.section,
            tags: article.tags,
          }
        : { type: 'website' }),
      images,
    },
    twitter: {
      card: 'summary_large_image',
      title: fullTitle,
      description: text,
      images: images.map((i) => i.url),
    },
  };
}

/** The first image in a sanitised body, for social cards. */
export function firstImage(html: string): string | null {
  const match = /<img[^>]*\ssrc="(https?:\/\/[^"]+)"/i.exec(html);
  return match?.[1]?.replace(/&amp;/g, '&') ?? null;
}
