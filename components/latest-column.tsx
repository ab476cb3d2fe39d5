'use client';

import { useEffect, useState } from 'react';
import type { LiveDocument, LiveHeadline } from '@/lib/live';

/**
 * The article page's "最新消息" column, loaded in the browser from the small cached document
 * (lib/live.ts): the article page itself does not depend on the site-wide newest list, so an
 * import elsewhere never expires it.
 */
export function LatestColumn({
  endpoint,
  exclude,
  limit,
}: {
  endpoint: string;
  exclude: number;
  limit: number;
}) {
  const [articles, setArticles] = useState<LiveHeadline[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch(endpoint)
      .then((response) => (response.ok ? (response.json() as Promise<LiveDocument>) : null))
      .then((document) => {
        if (live && document)
          setArticles(document.articles.filter((a) => a.id !== exclude).slice(0, limit));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [endpoint, exclude, limit]);
  if (!articles) return <p className="py-2 text-sm text-subtle">正在载入…</p>;
  return (
    <ul className="divide-y divide-line text-sm">
      {articles.map((article) => (
        <li key={article.id} className="py-1 leading-snug">
          <a href={article.url} className="block py-1 hover:text-accent">
            {article.title}
          </a>
          <span className="mt-0.5 block text-xs text-subtle">{article.source.name}</span>
        </li>
      ))}
    </ul>
  );
}
