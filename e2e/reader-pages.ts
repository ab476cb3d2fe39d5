/** The reader pages every accessibility and page-weight check covers (fixtures of the e2e run). */
export const READER_PAGES = [
  ['home', '/'],
  ['source', '/category/emnews'],
  ['article', '/shamenwanbao/2021/12/21/NW202112212221212333.html'],
  ['tag', `/tag/${encodeURIComponent('厦门晚报新闻')}`],
  ['day', '/date/2021-12-21'],
  ['search', `/search?q=${encodeURIComponent('海沧')}`],
  ['not-found', '/no-such-page'],
  ['all-sources', '/category'],
] as const;

export const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1366, height: 900 },
] as const;
