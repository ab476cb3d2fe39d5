import { HeadlineListing } from '@/components/headline-listing';
import { MissingPage, missingPageMetadata } from '@/components/missing-page';
import { ReaderPage } from '@/components/reader-page';
import { getTagArticles } from '@/lib/db/articles/reader';
import { getTagByName } from '@/lib/db/tags';
import { decodeSegment, tagNameParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';

// A tag's newest articles. Rendered on first request, then cached until an article list changes.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const PAGE_SIZE = 30;

type Props = { params: Promise<{ name: string }> };

async function loadTag(params: Props['params']) {
  const name = tagNameParam.safeParse(decodeSegment((await params).name));
  return name.success ? getTagByName(name.data) : null;
}

export async function generateMetadata({ params }: Props) {
  const tag = await loadTag(params);
  if (!tag) return missingPageMetadata;
  const page = await getTagArticles(tag, null, PAGE_SIZE);
  return buildMetadata({
    title: tag.name,
    description: `标签“${tag.name}”下的新闻：${page.articles
      .slice(0, 3)
      .map((a) => a.title)
      .join('；')}`,
    path: urls.tag(tag.name),
    noindex: page.articles.length === 0,
  });
}

export default async function TagPage({ params }: Props) {
  const tag = await loadTag(params);
  if (!tag) return <MissingPage title="找不到这个标签" text="没有文章带这个标签，或链接有误。" />;
  const page = await getTagArticles(tag, null, PAGE_SIZE);
  return (
    <ReaderPage section={null}>
      <HeadlineListing
        crumb={`标签：${tag.name}`}
        heading={tag.name}
        page={page}
        newestHref={null}
        olderHref={(cursor) => urls.tagPage(tag.name, cursor)}
        showSource
      />
    </ReaderPage>
  );
}
