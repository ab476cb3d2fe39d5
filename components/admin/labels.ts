/** Names editors see for roles and article statuses. */
export const ROLE_NAMES = { ADMIN: '管理员', EDITOR: '编辑', WRITER: '作者' } as const;

export const STATUS_NAMES = {
  PUBLISHED: '已发布',
  DRAFT: '草稿',
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
} as const;
