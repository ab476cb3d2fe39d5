import Link from 'next/link';
import { urls } from '@/lib/urls';

// Shown (with status 410, by proxy.ts) at the permalink of an article an editor unpublished or deleted.
export const dynamic = 'force-static';
export const metadata = { title: '文章已撤下', robots: { index: false, follow: true } };

export default function GonePage() {
  return (
    <div className="mx-auto max-w-3xl py-16 text-center">
      <p className="text-5xl font-bold text-brand">410</p>
      <h1 className="mt-4 text-xl font-semibold">这篇文章已撤下</h1>
      <p className="mt-2 text-stone-600">编辑已将此文章撤下，这个地址不再提供内容。</p>
      <p className="mt-6">
        <Link href={urls.home()} className="text-brand hover:underline">
          返回首页
        </Link>
      </p>
    </div>
  );
}
