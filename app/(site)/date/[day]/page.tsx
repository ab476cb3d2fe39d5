import { HeadlineListing } from '@/components/headline-listing';
import { MissingPage, missingPageMetadata } from '@/components/missing-page';
import { ReaderPage } from '@/components/reader-page';
import { getAdjacentDays, getDayArticles } from '@/lib/db/articles/reader';
import { cursorParam, dayParam } from '@/lib/params';
import { buildMetadata } from '@/lib/seo/metadata';
import { formatShanghaiDate, parseSiteDate } from '@/lib/time';
import { urls } from '@/lib/urls';

// One Beijing day's articles (page 1 at /date/<day>, older ones at /date/<day>/before/<cursor>).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

const PAGE_SIZE = 50;

type Props = { params: Promise<{ day: string; cursor?: string }> };

async function load(params: Props['params']) {
  const raw = await params;
  const day = dayParam.safeParse(raw.day);
  const cursor = raw.cursor === undefined ? null : cursorParam.safeParse(raw.cursor);
  if (!day.success || (cursor && !cursor.success)) return null;
  const page = await getDayArticles(day.data, cursor?.data ?? null, PAGE_SIZE);
  // A day without articles is no page at all.
  if (!page.articles.length) return null;
  return { key: raw.day, start: day.data, cursor: raw.cursor ?? null, page };
}

export async function generateMetadata({ params }: Props) {
  const loaded = await load(params);
  if (!loaded) return missingPageMetadata;
  const date = formatShanghaiDate(loaded.start);
  return buildMetadata({
    title: loaded.cursor ? `${date}新闻（更早）` : `${date}新闻`,
    description: `${date}的新闻：${loaded.page.articles
      .slice(0, 3)
      .map((a) => a.title)
      .join('；')}`,
    path: urls.dayPage(loaded.key, loaded.cursor),
  });
}

export default async function DayPage({ params }: Props) {
  const loaded = await load(params);
  if (!loaded)
    return <MissingPage title="这一天没有新闻" text="这一天没有发布的新闻，或日期有误。" />;
  const { earlier, later } = await getAdjacentDays(loaded.start);
  const date = formatShanghaiDate(loaded.start);
  // The neighbouring days are the nearest with news, not always the calendar's: name them.
  const dayName = (key: string) => {
    const date = parseSiteDate(key);
    return date ? formatShanghaiDate(date) : key;
  };
  return (
    <ReaderPage section={null}>
      <HeadlineListing
        crumb={date}
        heading={`${date}新闻`}
        page={loaded.page}
        newestHref={loaded.cursor ? urls.day(loaded.key) : null}
        olderHref={(cursor) => urls.dayPage(loaded.key, cursor)}
        showSource
        extraNav={
          <span className="flex flex-wrap gap-x-4">
            {earlier ? (
              <a
                href={urls.day(earlier)}
                rel="prev"
                className="inline-block px-1 py-2 text-accent hover:underline"
              >
                ‹ 上一个有新闻的日子：{dayName(earlier)}
              </a>
            ) : null}
            {later ? (
              <a
                href={urls.day(later)}
                className="inline-block px-1 py-2 text-accent hover:underline"
              >
                下一个有新闻的日子：{dayName(later)} ›
              </a>
            ) : null}
          </span>
        }
      />
    </ReaderPage>
  );
}
