import { describe, expect, it } from 'vitest';
import { PostRejection, splitPost } from './front-matter';

const post = (frontMatter: string, body = 'body') => `---\n${frontMatter}\n---\n${body}`;

describe('splitPost', () => {
  it('reads the fields the old site writes, keeping dates as strings', () => {
    const { frontMatter, body } = splitPost(
      post('layout: post\ntitle: "创新社会治理"\ndate: 2021-12-21 15:37:38 +0800\ncategories: shamenwanbao\ntags: 厦门晚报新闻', '<p>x</p>'),
    );
    expect(frontMatter).toMatchObject({
      layout: 'post',
      title: '创新社会治理',
      date: '2021-12-21 15:37:38 +0800',
      categories: ['shamenwanbao'],
      tags: ['厦门晚报新闻'],
    });
    expect(body).toBe('<p>x</p>');
  });

  it('does not read an unquoted date as a UTC timestamp', () => {
    expect(splitPost(post('date: 2021-12-08 10:46:18')).frontMatter.date).toBe('2021-12-08 10:46:18');
  });

  it('accepts categories and tags as lists, and numbers as titles', () => {
    const { frontMatter } = splitPost(post('title: 2022\ncategories: [emnews, other]\ntags:\n  - a\n  - b'));
    expect(frontMatter).toMatchObject({ title: '2022', categories: ['emnews', 'other'], tags: ['a', 'b'] });
  });

  it('accepts a BOM, CRLF line endings and blank lines before the front matter', () => {
    const { frontMatter, body } = splitPost('\uFEFF\r\n\r\n---\r\ntitle: "t"\r\n---\r\nline 1\r\nline 2');
    expect(frontMatter.title).toBe('t');
    expect(body).toBe('line 1\nline 2');
  });

  it('treats empty values as empty', () => {
    const { frontMatter } = splitPost(post('title: ""\ndate:  +0800\ncategories:'));
    expect(frontMatter).toMatchObject({ title: '', date: '+0800', categories: [] });
  });

  it('rejects a file with no front matter', () => {
    expect(() => splitPost('just text')).toThrow(PostRejection);
    expect(() => splitPost('just text')).toThrow(/does not start with a --- line/);
  });

  it('rejects unclosed front matter', () => {
    expect(() => splitPost('---\ntitle: x\nbody without end')).toThrow(/front matter is not closed/);
  });

  it('rejects invalid YAML with the parser message and the file line', () => {
    expect(() => splitPost('\n---\ntitle: "abc\ndate: 2021\n---\nbody')).toThrow(
      /invalid YAML front matter at line 4: /,
    );
  });

  it('rejects front matter that is not a mapping', () => {
    expect(() => splitPost(post('- a\n- b'))).toThrow(/not a set of key: value pairs/);
  });
});
