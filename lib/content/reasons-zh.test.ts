import { describe, expect, it } from 'vitest';
import { normalisePost } from './normalise';
import { reasonInChinese } from './reasons-zh';

// Anything left with a run of English words was not translated.
const ENGLISH = /[a-z]{3,}[ :,]+[a-z]{2,}/i;

const post = (front: string, body = '正文。') => `---\n${front}\n---\n${body}\n`;

describe('import reasons in Chinese', () => {
  it('translates what the importer says about the files it rejects or imports with a warning', () => {
    const cases: [string, string][] = [
      ['_posts/2021-12-21-a.md', '没有 front matter 的文件'],
      ['_posts/2021-12-21-b.md', '---\ntitle: 没有结束\n'],
      ['_posts/2021-12-21-c.md', post('title: [unclosed')],
      ['_posts/2021-12-21-d.md', post('- just\n- a list')],
      ['_posts/2021-12-21-e.md', post('title: 无来源')],
      ['_posts/2021-12-21-f.md', post('categories: emnews\ntitle:', '')],
      ['_posts/.md', post('title: 没有slug\ncategories: emnews')],
      ['_posts/2021-12-21-g.md', post('title: 日期空\ndate:\ncategories: emnews')],
      ['_posts/2021-12-21-h.md', post('title: 日期错\ndate: 2021-02-30\ncategories: emnews')],
      ['_posts/-2022052623919217.md', post('title: 无日期\ncategories: emnews')],
      ['_posts/-2022052623919218.md', post('title: 无日期\ndate: 昨天\ncategories: emnews')],
      ['_posts/2021-12-21-i.md', post('categories: emnews\ntitle:', '正文的第一句话就是标题。')],
    ];
    const reasons = cases.flatMap(([path, text]) => {
      const result = normalisePost(path, text, 'hash');
      return result.ok ? result.post.warnings : [result.reason];
    });
    expect(reasons.length).toBeGreaterThanOrEqual(cases.length);
    for (const reason of reasons) {
      const chinese = reasonInChinese(reason);
      expect(chinese, reason).not.toMatch(ENGLISH);
      expect(chinese, reason).toMatch(/\p{Script=Han}/u);
    }
  });

  it('translates the reader’s and the store’s reasons, and each of several joined warnings', () => {
    for (const reason of [
      'empty file',
      'binary file (contains NUL bytes), not a post',
      'could not be read: ENOENT: no such file',
      'not UTF-8, and not GB18030/GBK Chinese text either: re-save the file as UTF-8',
      'same article as _posts/2021-12-21-a.md',
      'an article with this key is stored from _posts/',
      'category page skipped: category page has no category or no title',
    ]) {
      expect(reasonInChinese(reason), reason).not.toMatch(ENGLISH);
    }
    expect(
      reasonInChinese('not UTF-8: decoded as GB18030/GBK; date is empty: used the file name\'s date'),
    ).toBe('不是 UTF-8 编码：已按 GB18030/GBK 转换；没有日期：用了文件名里的日期');
    expect(reasonInChinese('no category: the post names no source')).toBe(
      '没有 categories：文章没有写明来源',
    );
  });
});
