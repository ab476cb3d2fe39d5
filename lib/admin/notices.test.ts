import { describe, expect, it } from 'vitest';
import { noticeFor, withNotice } from './notices';

describe('admin notices', () => {
  it('shows the words of a known code, with its count', () => {
    expect(noticeFor({ notice: 'published' })).toEqual({ tone: 'done', text: '已发布。' });
    expect(noticeFor({ notice: 'restored', n: '3' })).toEqual({
      tone: 'done',
      text: '已恢复版本 3。',
    });
    expect(noticeFor({ notice: 'denied' })?.tone).toBe('error');
  });

  it('never shows text taken from the URL', () => {
    const forged = '会话已过期，请到 http://evil.example 重新登录';
    for (const params of [
      { error: forged },
      { done: forged },
      { notice: forged },
      { notice: ['published', forged] },
      { notice: 'restored', n: forged },
      { notice: 'toString' },
      { notice: '__proto__' },
    ]) {
      expect(JSON.stringify(noticeFor(params))).not.toContain('evil.example');
    }
    expect(noticeFor({ error: forged })).toBeNull();
    expect(noticeFor({ notice: 'toString' })).toBeNull();
    expect(noticeFor({ notice: 'restored', n: forged })?.text).toBe('已恢复版本 0。');
  });

  it('adds a notice to a path, keeping its query and replacing an earlier notice', () => {
    expect(withNotice('/admin/articles/7', 'saved')).toBe('/admin/articles/7?notice=saved');
    expect(withNotice('/admin/articles?status=DRAFT&notice=published&n=2', 'deleted')).toBe(
      '/admin/articles?status=DRAFT&notice=deleted',
    );
    expect(withNotice('/admin/sources?q=厦门', 'source-merged', 12)).toBe(
      `/admin/sources?q=${encodeURIComponent('厦门')}&notice=source-merged&n=12`,
    );
  });
});
