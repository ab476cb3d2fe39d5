import { ConfirmButton } from '@/components/admin/confirm-button';
import { STATUS_ACTIONS } from '@/lib/admin/labels';
import {
  isDestructive,
  nextStatuses,
  type ArticleStatus,
  type StatusTarget,
} from '@/lib/admin/workflow';

const BUTTON = 'mr-1 rounded border border-stone-300 px-2 py-1 text-xs hover:border-brand';

/** What each destructive change does to readers, said in its confirmation. */
function consequence(article: { status: ArticleStatus }, status: StatusTarget): string {
  if (status === 'DELETED')
    return article.status === 'PUBLISHED'
      ? '文章会从网站上消失，它的地址返回 410（已删除），搜索引擎会移除它。之后仍可在“已删除”里找到并重新发布。'
      : '文章会移到“已删除”，之后仍可恢复。';
  if (status === 'UNPUBLISHED')
    return '文章会从网站上撤下，它的地址返回 410（已删除），首页、来源页和订阅中都不再出现。之后可以重新发布。';
  return '定时会取消，文章回到草稿。';
}

/**
 * The status changes open to an article (lib/admin/workflow.ts), each a small form posting to
 * `action`. Changes that take an article off the site ask first; sending a submitted draft back
 * asks for a note to its writer. `exclude`: changes made elsewhere on the page (the edit page
 * publishes through the editor, so what is on screen is what goes live).
 */
export function StatusButtons({
  article,
  back,
  action,
  exclude = [],
}: {
  article: { id: number; title: string; status: ArticleStatus };
  back: string;
  action: (form: FormData) => Promise<void>;
  exclude?: StatusTarget[];
}) {
  return (
    <>
      {nextStatuses(article.status)
        .filter((status) => !exclude.includes(status))
        .map((status) => {
          const returning = article.status === 'PENDING' && status === 'DRAFT';
          const label = returning ? '退回修改' : STATUS_ACTIONS[status];
          return (
            <form key={status} action={action} className="inline">
              <input type="hidden" name="id" value={article.id} />
              <input type="hidden" name="status" value={status} />
              <input type="hidden" name="back" value={back} />
              {returning ? (
                <ConfirmButton
                  label={label}
                  confirmLabel="退回给作者"
                  title={`把《${article.title}》退回作者修改？`}
                  ariaLabel={`${label} ${article.title}`}
                  className={BUTTON}
                  tone="neutral"
                >
                  <label className="block">
                    <span>告诉作者需要修改什么（作者会在文章页看到）：</span>
                    <textarea
                      name="note"
                      rows={3}
                      maxLength={1000}
                      className="mt-1 block w-full rounded border border-stone-300 px-2 py-1"
                    />
                  </label>
                </ConfirmButton>
              ) : isDestructive(article.status, status) ? (
                <ConfirmButton
                  label={label}
                  confirmLabel={`确认${label}`}
                  title={`${label}《${article.title}》？`}
                  ariaLabel={`${label} ${article.title}`}
                  className={`${BUTTON} text-red-700`}
                >
                  <p>{consequence(article, status)}</p>
                </ConfirmButton>
              ) : (
                <button type="submit" aria-label={`${label} ${article.title}`} className={BUTTON}>
                  {label}
                </button>
              )}
            </form>
          );
        })}
    </>
  );
}
