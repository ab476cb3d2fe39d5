import Link from 'next/link';
import { ArticleList } from '@/components/article-list';
import { getHomeSections, getLatestArticles } from '@/lib/db/articles/reader';
import { buildMetadata } from '@/lib/seo/metadata';
import { JsonLdScript } from '@/components/json-ld';
import { env } from '@/lib/env';
import { websiteJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/site';
import { urls } from '@/lib/urls';

// Incrementally regenerated: served from the full-route cache, re-rendered when an import or an
// edit invalidates article lists (lib/revalidate.ts), and at the latest every 5 minutes.
export const revalidate = 300;

export const metadata = buildMetadata({
  path: urls.home(),
  feeds: { ...urls.feeds(), title: site.name },
});

export default async function HomePage() {
  const [latest, sections] = await Promise.all([getLatestArticles(20), getHomeSections(12, 5)]);
  return (
    <>
      <JsonLdScript data={websiteJsonLd(env.SITE_URL)} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.25fr)]">
        <section
          aria-labelledby="latest-heading"
          className="rounded-lg bg-white px-4 py-3 shadow-sm"
        >
          <h1
            id="latest-heading"
            className="border-b-2 border-brand pb-2 text-lg font-bold text-brand"
          >
            最新消息
          </h1>
          {latest.length ? (
            <ArticleList articles={latest} />
          ) : (
            <p className="py-6 text-stone-500">还没有文章。</p>
          )}
        </section>
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="sr-only">
            各媒体最新
          </h2>
          <div className="grid gap-4 sm:grid-cols-2">
            {sections.map((section) => (
              <article
                key={section.source.slug}
                className="rounded-lg bg-white px-4 py-3 shadow-sm"
              >
                <h3 className="flex items-baseline justify-between border-b border-stone-200 pb-2">
                  <Link
                    href={urls.source(section.source.slug)}
                    className="font-bold hover:text-brand"
                  >
                    {section.source.name}
                  </Link>
                  <Link
                    href={urls.source(section.source.slug)}
                    className="text-xs text-stone-500 hover:text-brand"
                  >
                    更多 ›
                  </Link>
                </h3>
                <ul className="mt-2 space-y-2 text-[0.95rem]">
                  {section.articles.map((article) => (
                    <li key={article.id} className="leading-snug">
                      <Link href={article.url} className="hover:text-brand">
                        {article.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </article>
            ))}
          </div>
        </section>
      </div>
    </>
  );
}
