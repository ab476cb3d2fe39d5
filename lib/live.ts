import 'server-only';
import { getLatestArticles, getSourceArticles } from './db/articles/reader';
import type { ArticleSummary } from './db/articles/views';
import { getRenamedSourceSlug, getSourceBySlug } from './db/sources';
import { cachedBodyResponse } from './http';
import { decodeSegment, sourceSlugParam } from './params';
import { urls } from './urls';

/**
 * The newest headlines as a small JSON document, for what pages load in the browser: the "有 N 条
 * 新消息" notice of home and source pages (polled) and the article page's latest column. The
 * same document for every reader, cached like a feed and expired with the article lists, so the
 * pages themselves stay identical for everyone and an article page never depends on the site-wide
 * newest list.
 */
export const LIVE_SIZE = 20;

export interface LiveHeadline {
  id: number;
  title: string;
  url: string;
  publishedAt: string;
  source: { slug: string; name: string };
}

export interface LiveDocument {
  articles: LiveHeadline[];
}

const headline = (a: ArticleSummary): LiveHeadline => ({
  id: a.id,
  title: a.title,
  url: a.url,
  publishedAt: a.publishedAt,
  source: a.source,
});

function jsonResponse(articles: ArticleSummary[]): Response {
  const body: LiveDocument = { articles: articles.map(headline) };
  return cachedBodyResponse(JSON.stringify(body), {
    contentType: 'application/json; charset=utf-8',
    // Readers poll every minute: a browser keeps it half that, then asks again (ETag, 304).
    maxAge: 30,
  });
}

// Cached as a whole by Next (ISR): the handlers read nothing of the request.
export async function siteLatestResponse(): Promise<Response> {
  return jsonResponse(await getLatestArticles(LIVE_SIZE));
}

export async function sourceLatestResponse(rawSlug: string): Promise<Response> {
  const slug = sourceSlugParam.safeParse(decodeSegment(rawSlug));
  const source = slug.success ? await getSourceBySlug(slug.data) : null;
  if (source) {
    return jsonResponse((await getSourceArticles(source, null, 30)).articles.slice(0, LIVE_SIZE));
  }
  const renamed = slug.success ? await getRenamedSourceSlug(slug.data) : null;
  if (renamed)
    return new Response(null, { status: 301, headers: { Location: urls.sourceLatest(renamed) } });
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
