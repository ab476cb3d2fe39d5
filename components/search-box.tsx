import { urls } from '@/lib/urls';

/** A plain GET form to the search page: works without JavaScript, on any page. */
export function SearchBox({
  defaultValue,
  compact = false,
}: {
  defaultValue?: string;
  compact?: boolean;
}) {
  return (
    <form action={urls.search()} role="search" className="flex gap-2">
      <input
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="搜索新闻标题"
        aria-label="搜索新闻标题"
        maxLength={50}
        enterKeyHint="search"
        className={
          compact
            ? 'w-32 rounded bg-white/15 px-2 py-1 text-sm text-white placeholder:text-red-100 focus:bg-white focus:text-stone-900 focus:outline-none sm:w-48'
            : 'w-full max-w-md min-w-0 rounded border border-stone-300 px-3 py-2'
        }
      />
      {compact ? null : (
        <button
          type="submit"
          className="shrink-0 rounded bg-brand px-4 py-2 font-semibold whitespace-nowrap text-white"
        >
          搜索
        </button>
      )}
    </form>
  );
}
