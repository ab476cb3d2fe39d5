import 'server-only';
import { getFeedArticles } from './db/articles/feeds';
import { getRenamedSourceSlug, getSourceBySlug, type SourceView } from './db/sources';
import { decodeSegment, sourceSlugParam } from './params';
import { env } from './env';
import { cachedBodyResponse } from './http';
import { FEED_CONTENT_TYPES, renderFeed, type FeedFormat } from './seo/feeds';
import { site } from './site';
import { urls } from './urls';

const FEED_SIZE = 30;

/** The site-wide feed in the given format. */
export function siteFeedResponse(format: FeedFormat): Promise<Response> {
  return feedResponse(format, null);
}

/** One source's feed in the given format; null for an unknown source. */
export async function sourceFeedResponse(
  format: FeedFormat,
  slug: string,
): Promise<Response | null> {
  const source = await getSourceBySlug(slug);
  return source ? feedResponse(format, source) : null;
}

async function feedResponse(format: FeedFormat, source: SourceView | null): Promise<Response> {
  const items = await getFeedArticles(FEED_SIZE, source ?? undefined);
  const body = renderFeed(
    {
      title: source ? `${source.name}新闻 - ${site.name}` : site.name,
      description: source ? `${source.name}最新新闻` : site.description,
      pagePath: source ? urls.source(source.slug) : urls.home(),
      feedPaths: source ? urls.sourceFeeds(source.slug) : urls.feeds(),
      items: items.map((item) => ({ ...item, sourceName: item.source.name })),
    },
    format,
    env.SITE_URL,
  );
  const lastModified = items.reduce<Date | null>((latest, item) => {
    const date = new Date(item.updatedAt);
    return !latest || date > latest ? date : latest;
  }, null);
  return cachedBodyResponse(body, {
    contentType: FEED_CONTENT_TYPES[format],
    lastModified,
    maxAge: 300,
  });
}

/** The GET handler of a source feed route (the three formats differ only in `format`). */
export function sourceFeedHandler(format: FeedFormat) {
  return async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
    const slug = sourceSlugParam.safeParse(decodeSegment((await params).slug));
    const response = slug.success ? await sourceFeedResponse(format, slug.data) : null;
    // A renamed or merged source's old feed URL: subscribers follow a 301 to the current one.
    const renamed = !response && slug.success ? await getRenamedSourceSlug(slug.data) : null;
    if (renamed) {
      return new Response(null, {
        status: 301,
        headers: { Location: urls.sourceFeeds(renamed)[format] },
      });
    }
    return (
      response ??
      new Response('Not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    );
  };
}
