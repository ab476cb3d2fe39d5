import { permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { ArticleBody } from '@/components/article-body';
import { ArticleList } from '@/components/article-list';
import { JsonLdScript } from '@/components/json-ld';
import { LatestColumn } from '@/components/latest-column';
import { MissingPage, missingPageMetadata } from '@/components/missing-page';
import { ReaderPage } from '@/components/reader-page';
import { ShareTools } from '@/components/share-tools';
import { TimeStamp } from '@/components/time-stamp';
import { getArticleByPermalink } from '@/lib/db/articles/reader';
import { getRelatedArticles, getSourceNeighbours } from '@/lib/db/articles/related';
import { getSourceAtCategories, getSourceBySlug } from '@/lib/db/sources';
import { env } from '@/lib/env';
import { sitePathParam } from '@/lib/params';
import { buildMetadata, firstImage } from '@/lib/seo/metadata';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/site';
import { formatShanghaiDate, shanghaiDayKey } from '@/lib/time';
import { absoluteUrl, urls } from '@/lib/urls';

// Every path under the site root that no other route serves: an article at the address Jekyll
// gave it (`/<categories…>/<yyyy>/<mm>/<dd>/<slug>.html`, any number of categories), or the old
// site's source index `/<slug>`. Anything else is a 404 page. Rendered on first request, then
// served from the full-route cache until the article or its source's listing changes: the page
// reads nothing of the site-wide lists (its "latest" column loads in the browser from /latest.json).
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ path: string[] }> };

const load = cache(async (segments: string[]) => {
  const path = sitePathParam.safeParse(segments);
  if (!path.success) return { article: null, source: null };
  if (path.data.kind === 'source') {
    // The old site's source index: permanent (308; /<slug>/ gets a 301 from proxy.ts).
    const source = await getSourceBySlug(path.data.slug);
    if (source) permanentRedirect(urls.source(source.slug));
    return { article: null, source: null };
  }
  const { permalink, slug } = path.data;
  const article = await getArticleByPermalink(permalink, slug);
  // A missing article's page still leads to the source its address names, when it names one.
  const source = article ? null : await getSourceAtCategories(permalink.split('/').slice(1, -4));
  return { article, source };
});

export async function generateMetadata({ params }: Props) {
  const { article } = await load((await params).path);
  if (!article) return missingPageMetadata;
  return buildMetadata({
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.excerpt,
    path: article.url,
    image: article.cover ? article.cover.url : firstImage(article.bodyHtml),
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.source.name,
      tags: article.tags,
    },
  });
}

const RELATED = 5;

export default async function ArticlePage({ params }: Props) {
  const { article, source } = await load((await params).path);
  if (!article) return <MissingPage source={source} />;
  const [neighbours, related] = await Promise.all([
    getSourceNeighbours(article),
    getRelatedArticles(article, RELATED),
  ]);
  const sourceUrl = urls.source(article.source.slug);
  const structuredData = [
    newsArticleJsonLd(
      {
        ...article,
        image: article.cover
          ? absoluteUrl(article.cover.url, env.SITE_URL)
          : firstImage(article.bodyHtml),
      },
      env.SITE_URL,
    ),
    breadcrumbJsonLd(
      [
        { name: site.name, path: urls.home() },
        { name: article.source.name, path: sourceUrl },
        { name: article.title, path: article.url },
      ],
      env.SITE_URL,
    ),
  ];
  const published = new Date(article.publishedAt);
  const pageUrl = absoluteUrl(article.url, env.SITE_URL);

  return (
    <ReaderPage section={{ kind: 'source', slug: article.source.slug, exact: false }}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <article className="min-w-0 rounded-lg bg-surface px-4 py-5 shadow-sm sm:px-8">
          <JsonLdScript data={structuredData} />
          <nav aria-label="面包屑" className="text-xs text-subtle">
            <a href={urls.home()} className="inline-block py-1 hover:text-accent">
              首页
            </a>{' '}
            ›{' '}
            <a href={sourceUrl} className="inline-block py-1 hover:text-accent">
              {article.source.name}
            </a>
          </nav>
          <h1 className="mt-2 text-2xl leading-snug font-bold sm:text-3xl">{article.title}</h1>
          <p className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-line pb-3 text-sm text-subtle">
            <a
              href={urls.day(shanghaiDayKey(published))}
              title={`${formatShanghaiDate(published)}的全部新闻`}
              className="inline-block py-1 hover:text-accent"
            >
              <TimeStamp iso={article.publishedAt} /> <span className="text-xs">(GMT+8)</span>
            </a>
            <a href={sourceUrl} className="inline-block py-1 text-accent hover:underline">
              {article.source.name}
            </a>
            {article.byline ? <span>作者：{article.byline}</span> : null}
          </p>

          {article.cover ? (
            // eslint-disable-next-line @next/next/no-img-element -- already sized and content-hashed
            <img
              src={article.cover.url}
              alt={article.cover.alt}
              width={article.cover.width}
              height={article.cover.height}
              className="mt-5 h-auto w-full rounded"
            />
          ) : null}
          <ArticleBody html={article.bodyHtml} className="mt-5" />

          {article.tags.length ? (
            <ul aria-label="标签" className="mt-6 flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag}>
                  <a
                    href={urls.tag(tag)}
                    rel="tag"
                    className="block rounded-full bg-chip px-3 py-1 text-xs text-muted hover:bg-brand hover:text-white"
                  >
                    {tag}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}

          <dl className="mt-6 grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-1 rounded bg-chip px-4 py-3 text-sm">
            <dt className="text-subtle">来源：</dt>
            <dd>{article.sourceName ?? article.source.name}</dd>
            <dt className="text-subtle">原标题：</dt>
            <dd>{article.title}</dd>
            {article.originalUrl ? (
              <>
                <dt className="text-subtle">原文链接：</dt>
                <dd>
                  <a
                    href={article.originalUrl}
                    rel="nofollow noopener noreferrer"
                    target="_blank"
                    className="inline-block break-all py-0.5 text-accent hover:underline"
                  >
                    {article.originalUrl}
                  </a>
                </dd>
              </>
            ) : null}
          </dl>

          <div className="mt-6 border-t border-line pt-4">
            <ShareTools url={pageUrl} title={article.title} />
          </div>

          <nav
            aria-label={`${article.source.name}的上一篇和下一篇`}
            className="mt-6 grid gap-3 border-t border-line pt-4 text-sm sm:grid-cols-2"
          >
            {neighbours.previous ? (
              <a
                href={neighbours.previous.url}
                rel="prev"
                className="block rounded border border-line px-3 py-2 hover:border-brand"
              >
                <span className="block text-xs text-subtle">‹ 上一篇（{article.source.name}）</span>
                {neighbours.previous.title}
              </a>
            ) : (
              <span />
            )}
            {neighbours.next ? (
              <a
                href={neighbours.next.url}
                rel="next"
                className="block rounded border border-line px-3 py-2 text-right hover:border-brand"
              >
                <span className="block text-xs text-subtle">下一篇（{article.source.name}）›</span>
                {neighbours.next.title}
              </a>
            ) : null}
          </nav>
        </article>

        <aside aria-label="延伸阅读" className="space-y-6">
          {related.length ? (
            <section
              aria-labelledby="related-heading"
              className="rounded-lg bg-surface px-4 py-3 shadow-sm"
            >
              <h2 id="related-heading" className="border-b-2 border-brand pb-2 font-bold">
                相关文章
              </h2>
              <ArticleList articles={related} headingLevel={3} showExcerpt={false} />
            </section>
          ) : null}
          <section
            aria-labelledby="latest-heading"
            className="rounded-lg bg-surface px-4 py-3 shadow-sm"
          >
            <h2 id="latest-heading" className="border-b-2 border-brand pb-2 font-bold">
              最新消息
            </h2>
            <LatestColumn endpoint={urls.latest()} exclude={article.id} limit={8} />
            <p className="text-right text-sm">
              <a href={urls.home()} className="inline-block py-2 text-accent hover:underline">
                更多 ›
              </a>
            </p>
          </section>
          <p className="text-center text-sm">
            <a href={sourceUrl} className="inline-block py-2 text-accent hover:underline">
              返回{article.source.name}新闻
            </a>
          </p>
        </aside>
      </div>
    </ReaderPage>
  );
}
