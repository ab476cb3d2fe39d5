import { site } from '../site';
import { toW3CDateTime } from '../time';

/**
 * Sitemap XML (sitemaps.org protocol and Google's news extension). Pure string builders: the
 * routes hand them rows, tests validate the output against the published XML schemas.
 */
export const SITEMAP_MAX_URLS = 50_000;
export const NEWS_SITEMAP_MAX_URLS = 1_000;
export const NEWS_WINDOW_MS = 48 * 3600 * 1000;

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';

export function escapeXml(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface SitemapEntry {
  loc: string;
  lastmod?: Date | null;
}

export function sitemapIndexXml(entries: SitemapEntry[]): string {
  const body = entries
    .map(
      (e) =>
        `<sitemap><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${toW3CDateTime(e.lastmod)}</lastmod>` : ''}</sitemap>`,
    )
    .join('\n');
  return `${XML_HEADER}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function urlsetXml(entries: SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS)
    throw new Error(`a sitemap holds at most ${SITEMAP_MAX_URLS} URLs`);
  const body = entries
    .map(
      (e) =>
        `<url><loc>${escapeXml(e.loc)}</loc>${e.lastmod ? `<lastmod>${toW3CDateTime(e.lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `${XML_HEADER}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

export interface NewsEntry {
  loc: string;
  title: string;
  publishedAt: Date;
}

/** Google News sitemap: articles of the last 48 hours, at most 1,000, language zh-cn. */
export function newsSitemapXml(entries: NewsEntry[]): string {
  const body = entries
    .slice(0, NEWS_SITEMAP_MAX_URLS)
    .map(
      (e) =>
        `<url><loc>${escapeXml(e.loc)}</loc><news:news><news:publication><news:name>${escapeXml(site.name)}</news:name>` +
        `<news:language>zh-cn</news:language></news:publication><news:publication_date>${toW3CDateTime(e.publishedAt)}</news:publication_date>` +
        `<news:title>${escapeXml(e.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return (
    `${XML_HEADER}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
    `${body}\n</urlset>\n`
  );
}
