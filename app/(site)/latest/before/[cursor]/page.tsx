import { notFound } from 'next/navigation';
import { HeadlineListing } from '@/components/headline-listing';
import { ReaderPage } from '@/components/reader-page';
import { getLatestPage } from '@/lib/db/articles/reader';
import { cursorParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
import { urls } from '@/lib/urls';

// The home page's newest list, continued: older articles across all sources by keyset cursor.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const PAGE_SIZE = 30;

type Props = { params: Promise<{ cursor: string }> };

async function load(params: Props['params']) {
  const raw = (await params).cursor;
  const cursor = cursorParam.safeParse(raw);
  if (!cursor.success) return null;
  const page = await getLatestPage(cursor.data, PAGE_SIZE);
  return page.articles.length ? { raw, page } : null;
}

export async function generateMetadata({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return {};
  return buildMetadata({
    title: '更早的新闻',
    description: `更早的新闻：${loaded.page.articles
      .slice(0, 3)
      .map((a) => a.title)
      .join('；')}`,
    path: urls.latestPage(loaded.raw),
    noindex: true,
  });
}

export default async function OlderLatestPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) notFound();
  return (
    <ReaderPage section={{ kind: 'home', exact: false }}>
      <HeadlineListing
        crumb="更早的新闻"
        heading="更早的新闻"
        page={loaded.page}
        newestHref={urls.home()}
        olderHref={(cursor) => urls.latestPage(cursor)}
        showSource
      />
    </ReaderPage>
  );
}
