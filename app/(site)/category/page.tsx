import { ReaderPage } from '@/components/reader-page';
import { SourceFilter } from '@/components/source-filter';
import { getSourceDirectory } from '@/lib/db/sources';
import { buildMetadata } from '@/lib/seo/metadata';
import { groupByInitial } from '@/lib/source-directory';
import { formatShanghaiDateTime, toW3CDateTime } from '@/lib/time';
import { urls } from '@/lib/urls';

// Every source, by pinyin initial, with its article count and newest publication. Re-rendered
// when sources or article lists change.
export const revalidate = 3600;

export const metadata = buildMetadata({
  title: '全部来源',
  description: '金融消息转载的全部媒体来源，按拼音首字母排列，附文章数与最近更新时间。',
  path: urls.sources(),
});

export default async function SourcesPage() {
  const groups = groupByInitial(await getSourceDirectory());
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  return (
    <ReaderPage section={{ kind: 'sources' }}>
      <section className="rounded-lg bg-surface px-4 py-3 shadow-sm">
        <nav aria-label="面包屑" className="text-xs text-subtle">
          <a href={urls.home()} className="inline-block py-1 hover:text-accent">
            首页
          </a>{' '}
          › 全部来源
        </nav>
        <h1 className="mt-1 border-b-2 border-brand pb-2 text-xl font-bold text-accent">
          全部来源（{total} 个）
        </h1>
        <div className="mt-3">
          <SourceFilter listId="source-directory" />
        </div>
        <nav aria-label="拼音首字母" className="mt-3 flex flex-wrap gap-1 text-sm">
          {groups.map((group) => (
            <a
              key={group.initial}
              href={`#initial-${group.initial === '#' ? 'other' : group.initial}`}
              className="inline-flex h-8 min-w-8 items-center justify-center rounded border border-line px-2 hover:border-brand hover:text-accent"
            >
              {group.initial}
            </a>
          ))}
        </nav>
        <div id="source-directory">
          {groups.map((group) => (
            <section
              key={group.initial}
              data-group
              aria-labelledby={`initial-${group.initial === '#' ? 'other' : group.initial}`}
              className="mt-5"
            >
              <h2
                id={`initial-${group.initial === '#' ? 'other' : group.initial}`}
                className="border-b border-line pb-1 text-lg font-bold text-accent"
              >
                {group.initial === '#' ? '其他' : group.initial}
              </h2>
              <ul className="mt-2 grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
                {group.entries.map((source) => (
                  <li
                    key={source.slug}
                    data-filter={`${source.name} ${source.slug} ${source.pinyin}`.toLowerCase()}
                    className="flex items-baseline justify-between gap-3 border-b border-line/60 py-1"
                  >
                    <a
                      href={urls.source(source.slug)}
                      className="inline-block min-w-0 truncate py-1 hover:text-accent"
                    >
                      {source.name}
                    </a>
                    <span className="shrink-0 text-xs text-subtle">
                      {source.articles} 篇 · 最新{' '}
                      <time dateTime={toW3CDateTime(new Date(source.latestAt))}>
                        {formatShanghaiDateTime(new Date(source.latestAt))}
                      </time>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </section>
    </ReaderPage>
  );
}
