import { ArticleList } from '@/components/article-list';
import { JsonLdScript } from '@/components/json-ld';
import { LiveUpdates } from '@/components/live-updates';
import { ReaderPage } from '@/components/reader-page';
import { getHomeSections, getLatestPage, getRollingColumn } from '@/lib/db/articles/reader';
import { env } from '@/lib/env';
import { buildMetadata } from '@/lib/seo/metadata';
import { websiteJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/site';
import { formatShanghaiDateTime, toW3CDateTime } from '@/lib/time';
import { urls } from '@/lib/urls';

// Incrementally regenerated: served from the full-route cache, re-rendered when an import or an
// edit invalidates article lists (lib/revalidate.ts), and at the latest every 5 minutes.
export const revalidate = 300;

export const metadata = buildMetadata({
  path: urls.home(),
  feeds: { ...urls.feeds(), title: site.name },
});

const LATEST = 20;
const SECTIONS = 12;
const PER_SECTION = 5;

export default async function HomePage() {
  const [latest, rolling, sections] = await Promise.all([
    getLatestPage(null, LATEST),
    getRollingColumn(2, 15),
    // Enough per source that each box still has five once the headlines above are left out.
    getHomeSections(SECTIONS, PER_SECTION + LATEST),
  ]);
  const above = new Set(latest.articles.map((a) => a.id));
  const boxes = sections
    .map((section) => ({
      ...section,
      articles: section.articles.filter((a) => !above.has(a.id)).slice(0, PER_SECTION),
    }))
    .filter((section) => section.articles.length > 0);
  const newest = latest.articles[0];
  return (
    <ReaderPage section={{ kind: 'home', exact: true }}>
      <JsonLdScript data={websiteJsonLd(env.SITE_URL)} />
      <h1 className="sr-only">{site.name}：最新财经新闻</h1>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1.7fr)_minmax(0,1fr)]">
        <section
          aria-labelledby="latest-heading"
          className="rounded-lg bg-surface px-4 py-3 shadow-sm"
        >
          <h2
            id="latest-heading"
            className="border-b-2 border-brand pb-2 text-lg font-bold text-accent"
          >
            最新消息
          </h2>
          <LiveUpdates
            endpoint={urls.latest()}
            since={newest ? { publishedAt: newest.publishedAt, id: newest.id } : null}
            showSource
          />
          {latest.articles.length ? (
            <ArticleList articles={latest.articles} headingLevel={3} />
          ) : (
            <p className="py-6 text-subtle">还没有文章。</p>
          )}
          {latest.nextCursor ? (
            <p className="border-t border-line pt-1 text-right text-sm">
              <a
                href={urls.latestPage(latest.nextCursor)}
                rel="next"
                className="inline-block px-1 py-2 text-accent hover:underline"
              >
                更多新闻 »
              </a>
            </p>
          ) : null}
        </section>
        {rolling.articles.length ? (
          <section
            aria-labelledby="rolling-heading"
            className="rounded-lg bg-surface px-4 py-3 shadow-sm lg:self-start"
          >
            <h2
              id="rolling-heading"
              className="flex items-baseline justify-between border-b-2 border-brand pb-2 text-lg font-bold text-accent"
            >
              7×24 快讯
              <span className="text-xs font-normal text-subtle">
                {rolling.sources.map((s) => s.name).join('、')}
              </span>
            </h2>
            <ol className="mt-2 border-l-2 border-line pl-3">
              {rolling.articles.map((article) => (
                <li key={article.id} className="relative py-1.5">
                  <span className="absolute top-3 -left-[1.1rem] h-2 w-2 rounded-full bg-brand" />
                  <time
                    dateTime={toW3CDateTime(new Date(article.publishedAt))}
                    className="block text-xs text-subtle"
                  >
                    {formatShanghaiDateTime(new Date(article.publishedAt))}
                  </time>
                  <a
                    href={article.url}
                    className="block py-1 text-sm leading-snug hover:text-accent"
                  >
                    {article.title}
                  </a>
                </li>
              ))}
            </ol>
            <p className="text-right text-sm">
              {rolling.sources.map((s) => (
                <a
                  key={s.slug}
                  href={urls.source(s.slug)}
                  className="ml-3 inline-block py-2 text-accent hover:underline"
                >
                  {s.name} ›
                </a>
              ))}
            </p>
          </section>
        ) : null}
      </div>
      {boxes.length ? (
        <section aria-labelledby="sources-heading" className="mt-6">
          <h2 id="sources-heading" className="mb-3 text-lg font-bold">
            各媒体最新
          </h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {boxes.map((section) => (
              <article
                key={section.source.slug}
                className="rounded-lg bg-surface px-4 py-3 shadow-sm"
              >
                <h3 className="flex items-center justify-between border-b border-line pb-1">
                  <a
                    href={urls.source(section.source.slug)}
                    className="inline-block py-1 font-bold hover:text-accent"
                  >
                    {section.source.name}
                  </a>
                  <a
                    href={urls.source(section.source.slug)}
                    className="inline-block px-1 py-1 text-xs text-subtle hover:text-accent"
                  >
                    更多<span className="sr-only">{section.source.name}新闻</span> ›
                  </a>
                </h3>
                <ul className="mt-2 space-y-1 text-[0.95rem]">
                  {section.articles.map((article) => (
                    <li key={article.id} className="leading-snug">
                      <a href={article.url} className="block py-0.5 hover:text-accent">
                        {article.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        </section>
      ) : null}
    </ReaderPage>
  );
}
