import { nextStatuses, type ArticleStatus } from '@/lib/admin/workflow';
import { STATUS_ACTIONS } from './labels';

/** The status changes open to an article (lib/admin/workflow.ts): each a small form posting to `action`. */
export function StatusButtons({
  article,
  back,
  action,
}: {
  article: { id: number; title: string; status: ArticleStatus };
  back: string;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <>
      {nextStatuses(article.status).map((status) => (
        <form key={status} action={action} className="inline">
          <input type="hidden" name="id" value={article.id} />
          <input type="hidden" name="status" value={status} />
          <input type="hidden" name="back" value={back} />
          <button
            type="submit"
            aria-label={`${STATUS_ACTIONS[status]} ${article.title}`}
            className="mr-1 rounded border border-stone-300 px-2 py-0.5 text-xs hover:border-brand"
          >
            {STATUS_ACTIONS[status]}
          </button>
        </form>
      ))}
    </>
  );
}
