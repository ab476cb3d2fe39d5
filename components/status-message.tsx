import { urls } from '@/lib/urls';
import { ReaderPage } from './reader-page';

type SourceLink = { slug: string; name: string } | null;

/**
 * The body of an error page for readers (404, 410): the code, what happened, and where to go
 * from here: the source the address belonged to when it is known, every source, search, home.
 */
export function StatusMessage({
  code,
  title,
  text,
  source = null,
}: {
  code: number;
  title: string;
  text: string;
  source?: SourceLink;
}) {
  return (
    <>
      <p className="text-5xl font-bold text-accent">{code}</p>
      <h1 className="mt-4 text-xl font-semibold">{title}</h1>
      <p className="mt-2 text-muted">{text}</p>
      <p className="mt-6 flex flex-wrap justify-center gap-x-6">
        {source ? (
          <a
            href={urls.source(source.slug)}
            className="inline-block py-2 text-accent hover:underline"
          >
            {source.name}新闻
          </a>
        ) : null}
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

/** A reader page with only a StatusMessage, in the source's section when it is known. */
export function StatusPage({
  source = null,
  children,
}: {
  source?: SourceLink;
  children: React.ReactNode;
}) {
  return (
    <ReaderPage section={source ? { kind: 'source', slug: source.slug, exact: false } : null}>
      <div className="mx-auto max-w-3xl py-12 text-center">{children}</div>
    </ReaderPage>
  );
}

/** What the addresses of an article an editor unpublished or deleted show, with status 410. */
export function GoneMessage({ source = null }: { source?: SourceLink }) {
  return (
    <StatusPage source={source}>
      <StatusMessage
        code={410}
        title="这篇文章已撤下"
        text="编辑已将此文章撤下，这个地址不再提供内容。"
        source={source}
      />
    </StatusPage>
  );
}

export const goneMetadata = { title: '文章已撤下', robots: { index: false, follow: true } };
