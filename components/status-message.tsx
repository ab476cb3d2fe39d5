import Link from 'next/link';
import { urls } from '@/lib/urls';

/** The body of an error page for readers (404, 410): the code, what happened, the way home. */
export function StatusMessage({
  code,
  title,
  text,
}: {
  code: number;
  title: string;
  text: string;
}) {
  return (
    <>
      <p className="text-5xl font-bold text-brand">{code}</p>
      <h1 className="mt-4 text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-600">{text}</p>
      <p className="mt-6">
        <Link href={urls.home()} className="text-brand hover:underline">
          返回首页
        </Link>
      </p>
    </>
  );
}
