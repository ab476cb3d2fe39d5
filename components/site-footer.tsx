import Link from 'next/link';
import { site } from '@/lib/site';
import { urls } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-stone-500">
        <p>
          <Link href={urls.home()} className="font-semibold text-stone-700">
            {site.name}
          </Link>{' '}
          转载自各媒体的新闻，版权归原作者所有。时间均为北京时间（GMT+8）。
        </p>
      </div>
    </footer>
  );
}
