/**
 * The words editors see for the codes the system stores: roles, statuses, flags, revision reasons
 * and audit actions. Codes stay in the database (they are what filters and code compare); nothing
 * in the admin shows one.
 */
export const ROLE_NAMES = { ADMIN: '管理员', EDITOR: '编辑', WRITER: '作者' } as const;

export const STATUS_NAMES = {
  PUBLISHED: '已发布',
  DRAFT: '草稿',
  PENDING: '待审核',
  SCHEDULED: '定时发布',
  UNPUBLISHED: '已撤下',
  DELETED: '已删除',
} as const;

/** What each status button does, by the status it sets. */
export const STATUS_ACTIONS = {
  PUBLISHED: '发布',
  UNPUBLISHED: '撤下',
  DELETED: '删除',
  DRAFT: '改回草稿',
  PENDING: '提交审核',
} as const;

/** Marks the importer leaves on an article for an editor to look at (lib/content/normalise.ts). */
const FLAG_NAMES: Record<string, string> = {
  'needs-date': '待定日期',
  'derived-title': '标题取自正文',
  'date-from-file-name': '日期取自文件名',
  'decoded-gb18030': '由 GBK 编码转换',
};

export function flagName(flag: string): string {
  return FLAG_NAMES[flag] ?? '需要留意';
}

/** Why a revision's text was replaced. */
export function revisionReasonName(reason: string): string {
  if (reason === 'import') return '被重新导入的文本替换';
  if (reason === 'edit') return '被编辑替换';
  // "restore:3" (and "restore of version 3", as older revisions say it).
  const restored = /^restore(?::| of version )(\d+)$/.exec(reason);
  if (restored) return `恢复版本 ${restored[1]} 时被替换`;
  return '被替换';
}

/** Every action the audit log records, with the words the log shows. */
export const AUDIT_ACTIONS = {
  'login.succeeded': '登录',
  'login.failed': '登录失败',
  'login.blocked': '登录被暂时阻止（失败次数过多）',
  logout: '退出登录',
  'password.changed': '修改密码',
  'password.change-failed': '修改密码失败（当前密码不正确）',
  'user.created': '新建账号',
  'user.role-changed': '修改角色',
  'user.disabled': '停用账号',
  'user.enabled': '启用账号',
  'user.password-reset': '重置密码',
  'user.renamed': '修改显示名称',
  'article.created': '新建草稿',
  'article.edited': '编辑文章',
  'article.restored': '恢复修订版本',
  'article.scheduled': '定时发布',
  'article.published': '发布',
  'article.published-on-schedule': '按定时自动发布',
  'article.unpublished': '撤下',
  'article.deleted': '删除文章',
  'article.draft': '改回草稿',
  'article.submitted': '提交审核',
  'article.returned': '退回作者修改',
  'source.updated': '修改来源',
  'source.merged': '合并来源',
  'source.navigation': '调整来源在导航中的位置',
  'tag.renamed': '标签改名',
  'tag.merged': '合并标签',
  'tag.deleted': '删除标签',
  'import.uploaded': '上传导入',
  'media.uploaded': '上传图片',
  'media.updated': '修改图片说明',
  'media.deleted': '删除图片',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function auditActionName(action: string): string {
  return (AUDIT_ACTIONS as Record<string, string>)[action] ?? '其他操作';
}

export function isAuditAction(action: string): action is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, action);
}
