import { getNavigationSources } from '@/lib/db/sources';
import { site } from '@/lib/site';
import { urls } from '@/lib/urls';
import { ReaderSettings } from './reader-settings';
import { SearchBox } from './search-box';

/** Which part of the site a page belongs to, for the navigation's aria-current. */
export type Section =
  | { kind: 'home'; exact: boolean }
  | { kind: 'sources' }
  | { kind: 'source'; slug: string; exact: boolean }
  | null;

const navLink =
  'block rounded px-3 py-2 hover:bg-white/15 aria-[current]:bg-white aria-[current]:font-semibold aria-[current]:text-brand focus-visible:outline-white';

/**
 * Masthead, search, the reader's settings and the navigation: the sources editors pinned, in
 * their order, and every source. Plain links: a page is one cached document, not a client-side
 * route (no prefetching of every link on screen).
 */
export async function SiteHeader({ section }: { section: Section }) {
  const sources = await getNavigationSources();
  const current = (match: boolean, exact: boolean) =>
    match ? ({ 'aria-current': exact ? 'page' : 'true' } as const) : {};
  return (
    <header className="bg-brand text-white shadow-sm">
      <a
        href="#main"
        className="absolute top-2 left-2 z-50 -translate-y-20 rounded bg-white px-4 py-2 font-semibold text-brand focus:translate-y-0"
      >
        跳到正文
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-2.5">
        <a
          href={urls.home()}
          className="shrink-0 py-1 text-2xl font-bold tracking-wide focus-visible:outline-white"
        >
          {site.name}
        </a>
        <div className="flex items-center gap-2 sm:gap-4">
          <p className="hidden text-sm text-red-100 lg:block">汇集两千家媒体的财经要闻</p>
          <SearchBox />
          <details className="relative">
            <summary
              aria-label="阅读设置"
              className="flex h-9 w-9 cursor-pointer list-none items-center justify-center rounded bg-white/15 text-sm font-semibold select-none hover:bg-white/25 focus-visible:outline-white [&::-webkit-details-marker]:hidden"
            >
              Aa
            </summary>
            <div className="absolute right-0 z-40 mt-2 w-72 rounded-lg border border-line bg-surface p-3 text-ink shadow-lg">
              <ReaderSettings />
            </div>
          </details>
        </div>
      </div>
      <nav aria-label="新闻来源" className="bg-brand-dark/60">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1 text-sm whitespace-nowrap">
          <li>
            <a
              href={urls.home()}
              className={navLink}
              {...current(section?.kind === 'home', section?.kind === 'home' && section.exact)}
            >
              首页
            </a>
          </li>
          {sources.map((source) => (
            <li key={source.slug}>
              <a
                href={urls.source(source.slug)}
                className={navLink}
                {...current(
                  section?.kind === 'source' && section.slug === source.slug,
                  section?.kind === 'source' && section.exact,
                )}
              >
                {source.name}
              </a>
            </li>
          ))}
          <li>
            <a
              href={urls.sources()}
              className={navLink}
              {...current(section?.kind === 'sources', true)}
            >
              全部来源 ›
            </a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
