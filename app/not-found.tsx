import Link from 'next/link';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { urls } from '@/lib/urls';

export const metadata = { title: '页面不存在', robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-3xl px-4 py-16 text-center">
        <p className="text-5xl font-bold text-brand">404</p>
        <h1 className="mt-4 text-xl font-semibold">找不到这个页面</h1>
        <p className="mt-2 text-stone-600">文章可能已被移除，或链接有误。</p>
        <p className="mt-6">
          <Link href={urls.home()} className="text-brand hover:underline">
            返回首页
          </Link>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
