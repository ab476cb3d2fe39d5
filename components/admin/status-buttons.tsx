import { STATUS_ACTIONS } from './labels';

type Target = keyof typeof STATUS_ACTIONS;

/** Publish / unpublish / delete buttons for one article: each a small form posting to `action`. */
export function StatusButtons({
  article,
  back,
  action,
}: {
  article: { id: number; title: string; status: string };
  back: string;
  action: (form: FormData) => Promise<void>;
}) {
  return (
    <>
      {(Object.keys(STATUS_ACTIONS) as Target[])
        .filter((status) => status !== article.status)
        .map((status) => (
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
