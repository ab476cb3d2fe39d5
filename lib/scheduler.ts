import 'server-only';
import { TAGS } from './cache-tags';
import { publishDueArticles } from './db/articles/editorial';
import { recordAudit } from './db/audit';

/**
 * Scheduled publishing without an external cron: every server process checks every few seconds
 * for scheduled articles whose time has come and publishes them. The schedule lives in the
 * database (status SCHEDULED + published_at), so it survives restarts; the flip is one atomic
 * UPDATE, so two instances never publish twice. The cache is expired through the server's own
 * revalidation endpoint (invalidation needs a request context).
 */
const INTERVAL_MS = 5000;

export function startScheduler(port: number, secret: string | undefined): void {
  const state = globalThis as { finewsScheduler?: NodeJS.Timeout };
  if (state.finewsScheduler) return;
  state.finewsScheduler = setInterval(() => {
    void publishDue(port, secret).catch((error: unknown) =>
      console.error('scheduled publishing failed', error),
    );
  }, INTERVAL_MS);
  state.finewsScheduler.unref();
}

async function publishDue(port: number, secret: string | undefined): Promise<void> {
  const published = await publishDueArticles();
  for (const article of published) {
    await recordAudit({
      actorId: null,
      action: 'article.published-on-schedule',
      target: `${article.id} ${article.title}`,
      detail: { at: article.publishedAt?.toISOString() ?? null },
    });
  }
  if (published.length === 0 || !secret) return;
  const tags = [
    TAGS.articleLists,
    ...published.flatMap((a) => [
      TAGS.article(a.slug),
      TAGS.source(a.sourceSlug),
      ...(a.infoCode ? [TAGS.infoCode(a.infoCode)] : []),
    ]),
  ];
  await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ tags: [...new Set(tags)].slice(0, 100) }),
  });
}
