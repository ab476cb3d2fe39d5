/** Facts about the publication itself, shared by pages, feeds and structured data. */
export const site = {
  name: '金融消息',
  description: '金融消息汇集约两千家中文媒体的财经与时政新闻，按来源、日期与标签浏览，随时分享。',
  language: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  /** The UTC offset of Asia/Shanghai; China has had no daylight saving since 1991. */
  utcOffset: '+08:00',
} as const;
