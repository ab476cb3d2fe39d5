import { describe, expect, it } from 'vitest';
import { extractBodyParts, stripLiquid } from './body';

describe('extractBodyParts', () => {
  it('lifts the share link, original link and footer back-links out of the body', () => {
    const parts = extractBodyParts(
      [
        '<p>正文</p>',
        '',
        '<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW202112212221212333>',
        '',
        '[返回厦门晚报新闻](//finews.withounder.com/category/shamenwanbao.html)｜[返回首页](//finews.withounder.com/)',
      ].join('\n'),
    );
    expect(parts).toEqual({ markdown: '<p>正文</p>', shareInfoCode: 'NW202112212221212333', originalUrl: null });
  });

  it('takes a standalone autolink as the original article', () => {
    const parts = extractBodyParts(
      '离岸人民币兑美元升至6.3512。\n\n<http://finance.eastmoney.com/news/11060,202112082206672930.html>\n\n[返回东财滚动新闻](../emnews/)\n[返回首页](../)',
    );
    expect(parts.originalUrl).toBe('http://finance.eastmoney.com/news/11060,202112082206672930.html');
    expect(parts.markdown).toBe('离岸人民币兑美元升至6.3512。');
  });

  it('recognises back-links whose URL has spaces and parentheses', () => {
    const line = '[返回厦门晚报新闻](//finews.withounder.com/category/Xiamen Evening (厦门晚报).html)｜[返回首页](//finews.withounder.com/)';
    expect(extractBodyParts(`text\n\n${line}`).markdown).toBe('text');
  });

  it('drops empty <> links', () => {
    expect(extractBodyParts('text\n\n<>\n').markdown).toBe('text');
  });

  it('ignores a share link whose infoCode is not a code', () => {
    const parts = extractBodyParts('<http://x/html_News/NewsShare.html?infoCode=>');
    expect(parts.shareInfoCode).toBeNull();
  });
});

describe('stripLiquid', () => {
  it('keeps {% raw %} contents literally and drops other tags unexecuted', () => {
    expect(stripLiquid('a {% raw %}{{ x }} {% if %}{% endraw %} b {% include evil.html %} c')).toBe(
      'a {{ x }} {% if %} b  c',
    );
  });
});
