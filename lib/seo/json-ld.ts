import { site } from '../site';
import { toW3CDateTime } from '../time';
import { absoluteUrl, urls } from '../urls';

/**
 * Structured data (schema.org) for search engines. Builders are pure; serializeJsonLd makes the
 * result safe inside <script>: `<` is escaped, so no string in the data can close the script.
 */
export type JsonLd = Record<string, unknown>;

export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export interface NewsArticleInput {
  title: string;
  excerpt: string;
  url: string;
  publishedAt: string;
  updatedAt: string;
  source: { name: string; slug: string };
  sourceName: string | null;
  originalUrl: string | null;
  image: string | null;
  tags: string[];
  /** The writer's name, when an editor signed the article; else the source is its author. */
  byline?: string | null;
}

export function newsArticleJsonLd(article: NewsArticleInput, siteUrl: string): JsonLd {
  const url = absoluteUrl(article.url, siteUrl);
  const author = article.byline
    ? { '@type': 'Person', name: article.byline }
    : { '@type': 'Organization', name: article.sourceName ?? article.source.name };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.title.slice(0, 110),
    description: article.excerpt,
    datePublished: toW3CDateTime(new Date(article.publishedAt)),
    dateModified: toW3CDateTime(new Date(article.updatedAt)),
    inLanguage: site.language,
    author,
    publisher: publisher(siteUrl),
    articleSection: article.source.name,
    ...(article.tags.length ? { keywords: article.tags.join(',') } : {}),
    ...(article.image ? { image: [article.image] } : {}),
    ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
  };
}

export function breadcrumbJsonLd(items: { name: string; path: string }[], siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: absoluteUrl(item.path, siteUrl),
    })),
  };
}

export function websiteJsonLd(siteUrl: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: absoluteUrl('/', siteUrl),
    inLanguage: site.language,
    description: site.description,
    publisher: publisher(siteUrl),
    // Lets search engines offer the site's own search box in their results.
    potentialAction: {
      '@type': 'SearchAction',
      target: {
        '@type': 'EntryPoint',
        urlTemplate: `${absoluteUrl(urls.search(), siteUrl)}?q={search_term_string}`,
      },
      'query-input': 'required name=search_term_string',
    },
  };
}

function publisher(siteUrl: string): JsonLd {
  return { '@type': 'Organization', name: site.name, url: absoluteUrl('/', siteUrl) };
}
