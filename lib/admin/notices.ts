import { z } from 'zod';

/**
 * What an admin page says after an action that redirected to it: a code in the URL
 * (`?notice=<code>`, with an optional count `&n=`), never the words themselves, so no one can
 * make an admin page display a sentence of their choosing by sending a link. Unknown codes show
 * nothing.
 */
type Tone = 'done' | 'error';
interface NoticeDefinition {
  tone: Tone;
  text: string | ((count: number) => string);
}

const done = (text: NoticeDefinition['text']): NoticeDefinition => ({ tone: 'done', text });
const error = (text: NoticeDefinition['text']): NoticeDefinition => ({ tone: 'error', text });

export const NOTICES = {
  // Access and account
  denied: error('你的角色没有访问那个页面的权限。'),
  invalid: error('请求无效，请重试。'),
  'password-changed': done('密码已修改，其他设备上的登录已退出。'),

  // Articles
  created: done('草稿已保存。'),
  saved: done('已保存。'),
  published: done('已发布。'),
  unpublished: done('已撤下：文章地址现在返回 410（已删除）。'),
  deleted: done('已删除：文章地址现在返回 410（已删除）。'),
  drafted: done('已改回草稿。'),
  scheduled: done('已定时发布：到时会自动出现在网站上。'),
  submitted: done('已提交审核：编辑会在审核队列里看到它。'),
  returned: done('已退回给作者修改。'),
  restored: done((version) => `已恢复版本 ${version}。`),
  'dated-published': done((count) => `已定日期并发布 ${count} 篇文章。`),
  'article-missing': error('文章不存在。'),
  'article-denied': error('你只能修改自己的草稿。'),
  'bad-transition': error('文章当前的状态不能这样改，页面可能已过时：请刷新后再试。'),
  'needs-date': error('这篇文章还没有日期，不能发布：请先填写发布时间。'),
  'schedule-time': error('请选择一个将来的时间（北京时间）。'),
  'schedule-published': error('文章已发布；如需改期请先撤下。'),
  conflict: error('操作失败：文章刚被别人修改过，请刷新后再试。'),
  'revision-missing': error('找不到这个修订版本。'),
  'address-locked': error(
    '文章已发布过，它的地址（日期和 slug）不能再改：读者和搜索引擎手里的旧链接会失效。',
  ),
  'date-invalid': error('请填写有效的发布时间（北京时间）。'),

  // Sources
  'source-updated': done('来源已更新。'),
  'source-merged': done((moved) => `已合并来源，移过去 ${moved} 篇文章；旧地址会永久重定向。`),
  'source-missing': error('来源不存在。'),
  'source-name-invalid': error('来源名称不能为空，最多 100 个字。'),
  'source-slug-invalid': error(
    'slug 只能用小写字母、数字和连字符（如 shamenwanbao），最多 100 个字符。',
  ),
  'source-slug-taken': error('这个 slug 已被其他来源使用。'),
  'source-merge-self': error('不能把来源合并到它自己。'),
  'source-merge-target': error('请从列表中选择要并入的来源。'),
  'source-nav-set': done((position) => `来源已排在读者导航第 ${position} 位。`),
  'source-nav-removed': done('来源已从读者导航中移除。'),
  'source-nav-invalid': error('导航位置须为 1–99 的整数；留空则不在导航中。'),

  // Tags
  'tag-renamed': done('标签已改名。'),
  'tag-merged': done('标签已合并。'),
  'tag-deleted': done((count) => `标签已删除，${count} 篇文章不再带有它。`),
  'tag-missing': error('标签不存在。'),
  'tag-name-invalid': error('标签不能为空，最多 50 个字，且不能含逗号、顿号或空格。'),

  // Accounts
  'user-updated': done('账号已更新。'),
  'user-role-changed': done('角色已修改。'),
  'user-disabled': done('账号已停用，它的登录已全部退出。'),
  'user-enabled': done('账号已启用。'),
  'user-missing': error('账号不存在。'),
  'last-admin': error('至少要保留一个可用的管理员账号。'),
  'display-name-invalid': error('显示名称不能为空，最多 50 个字。'),

  // Media
  'media-uploaded': done((count) => `已上传 ${count} 张图片。`),
  'media-deleted': done('图片已删除。'),
  'media-in-use': error('这张图片还被文章用作封面，不能删除。'),
  'media-missing': error('图片不存在。'),
  'media-empty': error('请选择要上传的图片。'),
  'media-too-large': error('图片太大：每张最大 10 MB。'),
  'media-not-image': error('不是能识别的图片（支持 JPEG、PNG、WebP、GIF、AVIF）。'),
  'media-dimensions': error('图片尺寸太大：最长边不能超过 12,000 像素。'),
} as const satisfies Record<string, NoticeDefinition>;

export type NoticeCode = keyof typeof NOTICES;

const CODES = Object.keys(NOTICES) as [NoticeCode, ...NoticeCode[]];

/** The notice part of an admin page's search params; anything else reads as no notice. */
export const noticeParams = z.object({
  notice: z.enum(CODES).optional().catch(undefined),
  n: z.coerce.number().int().min(0).max(1_000_000_000).optional().catch(undefined),
});

export interface ShownNotice {
  tone: Tone;
  text: string;
}

/** The words of a notice (for forms that answer in place rather than by redirecting). */
export function noticeText(code: NoticeCode, count = 0): string {
  const definition: NoticeDefinition = NOTICES[code];
  return typeof definition.text === 'function' ? definition.text(count) : definition.text;
}

/** The words for a page's `notice`/`n` search params, or null. */
export function noticeFor(params: Record<string, unknown>): ShownNotice | null {
  const { notice, n } = noticeParams.parse(params);
  if (!notice) return null;
  return { tone: NOTICES[notice].tone, text: noticeText(notice, n ?? 0) };
}

/**
 * `path` (an admin path, perhaps with its own query) with a notice added; a notice already there
 * is replaced.
 */
export function withNotice(path: string, code: NoticeCode, count?: number): string {
  const url = new URL(path, 'http://admin.invalid');
  url.searchParams.delete('notice');
  url.searchParams.delete('n');
  url.searchParams.set('notice', code);
  if (count !== undefined) url.searchParams.set('n', String(count));
  return `${url.pathname}${url.search}`;
}
