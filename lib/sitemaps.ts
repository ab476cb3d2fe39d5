import 'server-only';
import { getArticlesPublishedSince, getSitemapChunk, getSitemapChunks } from './db/articles/feeds';
import { getSourcesForSitemap } from './db/sources';
import { env } from './env';
import { cachedBodyResponse } from './http';
import {
  NEWS_SITEMAP_MAX_URLS,
  NEWS_WINDOW_MS,
  newsSitemapXml,
  sitemapIndexXml,
  urlsetXml,
} from './seo/sitemap';
import { absoluteUrl, urls } from './urls';

const XML = 'application/xml; charset=utf-8';
const abs = (path: string) => absoluteUrl(path, env.SITE_URL);
const latest = (dates: (string | null)[]) =>
  dates.reduce<Date | null>(
    (max, value) => (value && (!max || new Date(value) > max) ? new Date(value) : max),
    null,
  );

export async function sitemapIndexResponse(now = Date.now()): Promise<Response> {
  const [chunks, sources, news] = await Promise.all([
    getSitemapChunks(),
    getSourcesForSitemap(),
    recentNews(now),
  ]);
  const articlesLastmod = latest(chunks.map((c) => c.lastmod));
  const body = sitemapIndexXml([
    { loc: abs(urls.sitemapSources()), lastmod: latest(sources.map((s) => s.lastPublished)) },
    // A sitemap must list at least one URL: the news sitemap is listed while there is news.
    ...(news.length
      ? [{ loc: abs(urls.sitemapNews()), lastmod: latest(news.map((a) => a.publishedAt)) }]
      : []),
    ...chunks.map((c) => ({
      loc: abs(urls.sitemapArticles(c.chunk)),
      lastmod: c.lastmod ? new Date(c.lastmod) : null,
    })),
  ]);
  return cachedBodyResponse(body, { contentType: XML, lastModified: articlesLastmod, maxAge: 600 });
}

/** Article sitemap `chunk`, or null when that block holds no published article. */
export async function articleSitemapResponse(chunk: number): Promise<Response | null> {
  const entries = await getSitemapChunk(chunk);
  if (entries.length === 0) return null;
  const body = urlsetXml(entries.map((e) => ({ loc: abs(e.url), lastmod: new Date(e.lastmod) })));
  return cachedBodyResponse(body, {
    contentType: XML,
    lastModified: latest(entries.map((e) => e.lastmod)),
    maxAge: 3600,
  });
}

export async function sourceSitemapResponse(): Promise<Response> {
  const sources = await getSourcesForSitemap();
  const body = urlsetXml([
    { loc: abs(urls.home()), lastmod: latest(sources.map((s) => s.lastPublished)) },
    ...sources.map((s) => ({ loc: abs(urls.source(s.slug)), lastmod: new Date(s.lastPublished) })),
  ]);
  return cachedBodyResponse(body, {
    contentType: XML,
    lastModified: latest(sources.map((s) => s.lastPublished)),
    maxAge: 600,
  });
}

/** Google News: the last 48 hours. The window start is rounded to 5 minutes so it can be cached. */
function recentNews(now: number) {
  const since = new Date(Math.floor((now - NEWS_WINDOW_MS) / 300_000) * 300_000);
  return getArticlesPublishedSince(since, NEWS_SITEMAP_MAX_URLS);
}

/** The Google News sitemap, or null when nothing was published in the window (an empty urlset is invalid). */
export async function newsSitemapResponse(now = Date.now()): Promise<Response | null> {
  const articles = await recentNews(now);
  if (articles.length === 0) return null;
  const body = newsSitemapXml(
    articles.map((a) => ({
      loc: abs(a.url),
      title: a.title,
      publishedAt: new Date(a.publishedAt),
    })),
  );
  return cachedBodyResponse(body, {
    contentType: XML,
    lastModified: latest(articles.map((a) => a.publishedAt)),
    maxAge: 300,
  });
}
