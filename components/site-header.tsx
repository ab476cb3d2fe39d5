import Link from 'next/link';
import { getActiveSources } from '@/lib/db/sources';
import { SearchBox } from './search-box';
import { site } from '@/lib/site';
import { urls } from '@/lib/urls';

/** Masthead and a swipeable row of the most active sources. */
export async function SiteHeader() {
  const sources = await getActiveSources(12);
  return (
    <header className="bg-brand text-white shadow-sm">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-3">
        <Link href={urls.home()} className="text-2xl font-bold tracking-wide">
          {site.name}
        </Link>
        <div className="flex items-center gap-4">
          <p className="hidden text-sm text-red-100 md:block">汇集两千家媒体的财经要闻</p>
          <SearchBox compact />
        </div>
      </div>
      <nav aria-label="新闻来源" className="bg-brand-dark/60">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 py-1.5 text-sm whitespace-nowrap">
          <li>
            <Link href={urls.home()} className="block rounded px-2.5 py-1.5 hover:bg-white/15">
              首页
            </Link>
          </li>
          {sources.map((source) => (
            <li key={source.slug}>
              <Link
                href={urls.source(source.slug)}
                className="block rounded px-2.5 py-1.5 hover:bg-white/15"
              >
                {source.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
