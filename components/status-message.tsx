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
      <p className="text-5xl font-bold text-accent">{code}</p>
      <h1 className="mt-4 text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{text}</p>
      <p className="mt-6 flex justify-center gap-6">
        <a href={urls.home()} className="inline-block py-2 text-accent hover:underline">
          返回首页
        </a>
        <a href={urls.sources()} className="inline-block py-2 text-accent hover:underline">
          全部来源
        </a>
        <a href={urls.search()} className="inline-block py-2 text-accent hover:underline">
          搜索新闻
        </a>
      </p>
    </>
  );
}
