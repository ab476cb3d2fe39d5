import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editableBody, renderBody, rerenderStoredBody } from './render';

const seed = readFileSync('test/fixtures/seed-NW202112212221212333.md', 'utf8');

describe('stored bodies', () => {
  it('an editor edits the body without the front matter, and it renders as the import did', () => {
    const body = editableBody(seed);
    expect(body.startsWith('<p>海沧在全市率先获评福建省第四轮首批平安区。</p>')).toBe(true);
    expect(body).not.toContain('layout: post');
    expect(rerenderStoredBody(body).html).toBe(rerenderStoredBody(seed).html);
  });

  it('a bare body is its own editable body', () => {
    expect(editableBody('<p>正文</p>')).toBe('<p>正文</p>');
  });

  it('lifts the 文章来源 line out of the body, even when quote links split the name', () => {
    const rendered = renderBody('<p>正文。</p><p class="em_media">（文章来源：上海<a href="http://q.example/">证券</a>报）</p>');
    expect(rendered).toMatchObject({ html: '<p>正文。</p>', sourceName: '上海证券报', excerpt: '正文。' });
  });
});
