'use client';

import { useCallback, useEffect, useState } from 'react';
import type { LiveDocument, LiveHeadline } from '@/lib/live';
import { formatShanghaiDateTime, toW3CDateTime } from '@/lib/time';

const POLL_MS = 60_000;

type Position = { publishedAt: string; id: number };

const newer = (a: Position, b: Position) =>
  a.publishedAt > b.publishedAt || (a.publishedAt === b.publishedAt && a.id > b.id);

/**
 * "有 N 条新消息" above a list of headlines: polls the list's small cached JSON document (the
 * same for every reader, lib/live.ts) every minute and when the tab comes back, and on a tap shows
 * the new headlines above the list, without reloading the page. More than the document holds: the
 * tap reloads instead.
 */
export function LiveUpdates({
  endpoint,
  since,
  showSource,
}: {
  endpoint: string;
  /** The newest headline the page was rendered with. */
  since: Position | null;
  showSource: boolean;
}) {
  const [shown, setShown] = useState<LiveHeadline[]>([]);
  const [waiting, setWaiting] = useState<LiveHeadline[]>([]);
  const [overflow, setOverflow] = useState(false);

  const newest = shown[0] ?? since;

  const poll = useCallback(async () => {
    try {
      const response = await fetch(endpoint, { cache: 'no-cache' });
      if (!response.ok) return;
      const { articles } = (await response.json()) as LiveDocument;
      const fresh = newest ? articles.filter((a) => newer(a, newest)) : articles;
      setWaiting(fresh);
      // Every headline of the document is new: there may be more than it holds.
      setOverflow(fresh.length > 0 && fresh.length === articles.length);
    } catch {
      // Offline or the server is restarting: the next poll tries again.
    }
  }, [endpoint, newest]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void poll();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === 'visible') void poll();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [poll]);

  const reveal = () => {
    if (overflow) {
      window.location.reload();
      return;
    }
    setShown((current) => [...waiting, ...current]);
    setWaiting([]);
  };

  return (
    <div aria-live="polite">
      {waiting.length ? (
        <button
          type="button"
          onClick={reveal}
          className="my-2 w-full rounded bg-brand/10 px-3 py-2 text-sm font-semibold text-accent hover:bg-brand/20"
        >
          有 {waiting.length}
          {overflow ? '+' : ''} 条新消息，点击查看
        </button>
      ) : null}
      {shown.length ? (
        <ul className="divide-y divide-line border-b border-line">
          {shown.map((article) => (
            <li key={article.id} className="py-3">
              <h3 className="text-[1.05rem] leading-snug font-semibold">
                <a href={article.url} className="hover:text-accent">
                  {article.title}
                </a>
              </h3>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 text-xs text-subtle">
                <time dateTime={toW3CDateTime(new Date(article.publishedAt))}>
                  {formatShanghaiDateTime(new Date(article.publishedAt))}
                </time>
                {showSource ? <span>{article.source.name}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
