import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { getCurrentUser } from '@/lib/auth/session';

// The editors' area: its own chrome, never indexed. Each page checks access itself.
export const metadata: Metadata = {
  title: { default: '编辑后台', template: '%s - 编辑后台 - 金融消息' },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <div className="min-h-screen bg-stone-100">
      <header className="bg-stone-900 text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-4 py-3">
          <Link href="/admin" className="font-bold">
            金融消息 · 编辑后台
          </Link>
          <Link href="/" className="text-sm text-stone-300 hover:text-white">
            查看网站 ›
          </Link>
        </div>
      </header>
      {user && !user.mustChangePassword ? <AdminNav role={user.role} /> : null}
      <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
    </div>
  );
}
