import Link from 'next/link';
import { roleAtLeast } from '@/lib/auth/policy';
import type { Role } from '@/lib/generated/prisma/client';
const LINKS: { href: string; label: string; role: Role }[] = [
  { href: '/admin/articles', label: '文章', role: 'WRITER' },
  { href: '/admin/articles/new', label: '写文章', role: 'WRITER' },
  { href: '/admin/media', label: '媒体库', role: 'WRITER' },
  { href: '/admin/sources', label: '来源', role: 'EDITOR' },
  { href: '/admin/tags', label: '标签', role: 'EDITOR' },
  { href: '/admin/import', label: '导入', role: 'EDITOR' },
  { href: '/admin/users', label: '账号', role: 'ADMIN' },
  { href: '/admin/audit', label: '审计', role: 'ADMIN' },
  { href: '/admin/account', label: '我的账号', role: 'WRITER' },
];

/** The admin's sections a role can open. Only navigation: every page checks access itself. */
export function AdminNav({ role }: { role: Role }) {
  return (
    <nav aria-label="后台" className="border-b border-stone-200 bg-white">
      <ul className="mx-auto flex max-w-5xl gap-4 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap">
        {LINKS.filter((link) => roleAtLeast(role, link.role)).map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="text-stone-700 hover:text-brand">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
