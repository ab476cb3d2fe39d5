import { describe, expect, it } from 'vitest';
import { articleText, fieldErrors, formFields, tagList } from './article-form';

describe('article form', () => {
  it('splits tags on either comma width, 、 and spaces, dropping blanks and repeats', () => {
    expect(tagList.parse('厦门晚报新闻，财经, 股市、财经  港股')).toEqual([
      '厦门晚报新闻',
      '财经',
      '股市',
      '港股',
    ]);
    expect(tagList.parse('  ')).toEqual([]);
  });

  it('refuses too many or too long tags with a reason', () => {
    const many = Array.from({ length: 21 }, (_, i) => `t${i}`).join(',');
    expect(tagList.safeParse(many).error?.issues[0]?.message).toBe('最多 20 个标签');
    expect(tagList.safeParse('长'.repeat(51)).error?.issues[0]?.message).toBe(
      '单个标签最多 50 个字',
    );
  });

  it('requires a title and a body and reports each by field', () => {
    const result = articleText.safeParse({ title: '  ', tags: '', body: '' });
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ title: '标题不能为空', body: '正文不能为空' });
  });

  it('reads missing form fields as empty strings, ignoring files', () => {
    const form = new FormData();
    form.set('title', '标题');
    form.set('body', new Blob(['x']));
    expect(formFields(form, ['title', 'body', 'tags'])).toEqual({
      title: '标题',
      body: '',
      tags: '',
    });
  });
});
