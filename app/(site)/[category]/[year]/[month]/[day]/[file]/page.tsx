import { ArticleBody } from '@/components/article-body';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ShareLink } from '@/components/share-link';
import { TimeStamp } from '@/components/time-stamp';
import { getArticleByPermalink } from '@/lib/db/articles/reader';
import { env } from '@/lib/env';
import { decodeSegment, permalinkParams } from '@/lib/params';
import { buildMetadata, firstImage } from '@/lib/seo/metadata';
import { JsonLdScript } from '@/components/json-ld';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { site } from '@/lib/site';
import { shanghaiDayKey } from '@/lib/time';
import { absoluteUrl, urls } from '@/lib/urls';

// Article pages keep the old Jekyll permalinks. Rendered on first request, then served from the
// full-route cache until the article (or everything, after an import) is invalidated.
export const revalidate = 86400;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type RawParams = { category: string; year: string; month: string; day: string; file: string };
type Props = { params: Promise<RawParams> };

const loadArticle = cache(async (raw: RawParams) => {
  const parsed = permalinkParams.safeParse({
    ...raw,
    category: decodeSegment(raw.category),
    file: decodeSegment(raw.file),
  });
  if (!parsed.success) return null;
  const { category, year, month, day, file } = parsed.data;
  return getArticleByPermalink(category, { year, month, day }, file);
});

export async function generateMetadata({ params }: Props) {
  const article = await loadArticle(await params);
  if (!article) return {};
  return buildMetadata({
    title: article.title,
    description: article.excerpt,
    path: article.url,
    image: firstImage(article.bodyHtml),
    article: {
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.source.name,
      tags: article.tags,
    },
  });
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle(await params);
  if (!article) notFound();
  const sourceUrl = urls.source(article.source.slug);
  const structuredData = [
    newsArticleJsonLd({ ...article, image: firstImage(article.bodyHtml) }, env.SITE_URL),
    breadcrumbJsonLd(
      [
        { name: site.name, path: urls.home() },
        { name: article.source.name, path: sourceUrl },
        { name: article.title, path: article.url },
      ],
      env.SITE_URL,
    ),
  ];
  const shareUrl = article.infoCode
    ? absoluteUrl(urls.share(article.infoCode), env.SITE_URL)
    : null;

  return (
    <article className="mx-auto max-w-3xl rounded-lg bg-white px-4 py-5 shadow-sm sm:px-8">
      <JsonLdScript data={structuredData} />
      <nav aria-label="面包屑" className="text-xs text-stone-500">
        <Link href={urls.home()} className="hover:text-brand">
          首页
        </Link>{' '}
        ›{' '}
        <Link href={sourceUrl} className="hover:text-brand">
          {article.source.name}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl leading-snug font-bold sm:text-3xl">{article.title}</h1>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 border-b border-stone-200 pb-3 text-sm text-stone-500">
        <Link
          href={urls.day(shanghaiDayKey(new Date(article.publishedAt)))}
          className="hover:text-brand"
        >
          <TimeStamp iso={article.publishedAt} /> <span className="text-xs">(GMT+8)</span>
        </Link>
        <Link href={sourceUrl} className="text-brand hover:underline">
          {article.source.name}
        </Link>
        {article.sourceName ? <span>文章来源：{article.sourceName}</span> : null}
      </p>

      <ArticleBody html={article.bodyHtml} className="mt-5" />

      {article.tags.length ? (
        <ul aria-label="标签" className="mt-6 flex flex-wrap gap-2">
          {article.tags.map((tag) => (
            <li key={tag}>
              <Link
                href={urls.tag(tag)}
                rel="tag"
                className="block rounded-full bg-stone-100 px-3 py-1 text-xs text-stone-600 hover:bg-brand hover:text-white"
              >
                {tag}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}

      <div className="mt-6 space-y-2 border-t border-stone-200 pt-4">
        {article.originalUrl ? (
          <p className="text-sm">
            <span className="text-stone-500">原文链接：</span>
            <a
              href={article.originalUrl}
              rel="nofollow noopener noreferrer"
              target="_blank"
              className="break-all text-brand hover:underline"
            >
              {article.originalUrl}
            </a>
          </p>
        ) : null}
        {shareUrl ? <ShareLink url={shareUrl} /> : null}
      </div>

      <nav aria-label="返回" className="mt-6 text-center text-sm">
        <Link href={sourceUrl} className="text-brand hover:underline">
          返回{article.source.name}新闻
        </Link>
        <span className="mx-2 text-stone-400">｜</span>
        <Link href={urls.home()} className="text-brand hover:underline">
          返回首页
        </Link>
      </nav>
    </article>
  );
}
