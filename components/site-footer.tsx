import { site } from '@/lib/site';
import { urls } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-subtle">
        <p>
          <a href={urls.home()} className="font-semibold text-ink">
            {site.name}
          </a>{' '}
          转载自各媒体的新闻，版权归原作者所有。时间均为北京时间（GMT+8）。
        </p>
        <p className="flex flex-wrap gap-x-4">
          <a href={urls.sources()} className="inline-block py-1 hover:text-accent">
            全部来源
          </a>
          <a href={urls.search()} className="inline-block py-1 hover:text-accent">
            搜索
          </a>
          <a href={urls.feeds().rss} className="inline-block py-1 hover:text-accent">
            RSS 订阅
          </a>
        </p>
      </div>
    </footer>
  );
}
