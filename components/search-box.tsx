import { urls } from '@/lib/urls';

/** The header's search box: a plain GET form to the search page, working without JavaScript. */
export function SearchBox() {
  return (
    <form action={urls.search()} role="search" aria-label="站内搜索" className="flex">
      <label htmlFor="site-search" className="sr-only">
        搜索新闻
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="搜索新闻"
        maxLength={50}
        enterKeyHint="search"
        className="h-9 w-32 rounded bg-white/15 px-2 text-sm text-white placeholder:text-red-100 focus:bg-white focus:text-stone-900 sm:w-48"
      />
    </form>
  );
}
