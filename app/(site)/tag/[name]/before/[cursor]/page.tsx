import { HeadlineListing } from '@/components/headline-listing';
import { MissingPage, missingPageMetadata } from '@/components/missing-page';
import { ReaderPage } from '@/components/reader-page';
import { getTagArticles } from '@/lib/db/articles/reader';
import { getTagByName } from '@/lib/db/tags';
import { cursorParam, decodeSegment, tagNameParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';

// Older pages of a tag, addressed by keyset cursor so each is a stable, cacheable URL.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const PAGE_SIZE = 30;

type Props = { params: Promise<{ name: string; cursor: string }> };

async function load(params: Props['params']) {
  const raw = await params;
  const name = tagNameParam.safeParse(decodeSegment(raw.name));
  const cursor = cursorParam.safeParse(raw.cursor);
  if (!name.success || !cursor.success) return null;
  const tag = await getTagByName(name.data);
  return tag ? { tag, cursor: cursor.data } : null;
}

export async function generateMetadata({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return missingPageMetadata;
  return buildMetadata({
    title: `${loaded.tag.name}（更早）`,
    description: `标签“${loaded.tag.name}”下较早的新闻。`,
    path: urls.tagPage(loaded.tag.name, (await params).cursor),
  });
}

export default async function OlderTagPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded)
    return <MissingPage title="找不到这个标签" text="没有文章带这个标签，或链接有误。" />;
  const page = await getTagArticles(loaded.tag, loaded.cursor, PAGE_SIZE);
  if (!page.articles.length) return <MissingPage />;
  return (
    <ReaderPage section={null}>
      <HeadlineListing
        crumb={`标签：${loaded.tag.name}`}
        heading={loaded.tag.name}
        page={page}
        newestHref={urls.tag(loaded.tag.name)}
        olderHref={(cursor) => urls.tagPage(loaded.tag.name, cursor)}
        showSource
      />
    </ReaderPage>
  );
}
