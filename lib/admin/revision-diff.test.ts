import { describe, expect, it } from 'vitest';
import { diffRevision, htmlToParagraphs } from './revision-diff';

describe('revision diff', () => {
  it('reads a body as paragraphs, whatever blocks hold them', () => {
    expect(
      htmlToParagraphs(
        '<h2>标题</h2><p>第一段&amp;<strong>加粗</strong>。</p><ul><li>甲</li><li>乙</li></ul>第二行<br>第三行',
      ),
    ).toEqual(['标题', '第一段&加粗。', '甲', '乙', '第二行', '第三行']);
  });

  it('shows a title change', () => {
    const diff = diffRevision(
      { title: '春运火车票开售', bodyHtml: '<p>正文</p>' },
      { title: '春运火车票今日开售', bodyHtml: '<p>正文</p>' },
    );
    expect(diff.title).toEqual([
      { text: '春运火车票', change: 'same' },
      { text: '今日', change: 'added' },
      { text: '开售', change: 'same' },
    ]);
    expect(diff.unchanged).toBe(false);
    expect(diff.paragraphs).toEqual([{ kind: 'same', text: '正文' }]);
  });

  it('keeps paragraphs apart: an added paragraph, a removed one, and characters within a changed one', () => {
    const diff = diffRevision(
      { title: 't', bodyHtml: '<p>第一段不变。</p><p>第二段有错字。</p><p>第三段会删掉。</p>' },
      {
        title: 't',
        bodyHtml: '<p>第一段不变。</p><p>第二段没有错字。</p><p>新加的第四段。</p><p>第五段。</p>',
      },
    );
    expect(diff.title).toBeNull();
    expect(diff.paragraphs).toEqual([
      { kind: 'same', text: '第一段不变。' },
      {
        kind: 'changed',
        parts: [
          { text: '第二段', change: 'same' },
          { text: '没', change: 'added' },
          { text: '有错字。', change: 'same' },
        ],
      },
      // Too different to be an edit of one another: one paragraph out, another in.
      { kind: 'removed', text: '第三段会删掉。' },
      { kind: 'added', text: '新加的第四段。' },
      { kind: 'added', text: '第五段。' },
    ]);
  });

  it('says when nothing in the text changed', () => {
    expect(
      diffRevision({ title: 'a', bodyHtml: '<p>x</p>' }, { title: 'a', bodyHtml: 'x' }),
    ).toEqual({
      title: null,
      paragraphs: [{ kind: 'same', text: 'x' }],
      unchanged: true,
    });
  });
});
