import { describe, expect, it } from 'vitest';
import { applyCommand, insertBlock, prefixLines, wrap } from './markdown-edit';

const at = (value: string, start: number, end = start) => ({
  value,
  selectionStart: start,
  selectionEnd: end,
});

describe('markdown toolbar edits', () => {
  it('wraps the selection and keeps it selected', () => {
    expect(wrap(at('夜里的码头灯火', 3, 5), '**', '**', 'x')).toEqual(
      at('夜里的**码头**灯火', 5, 7),
    );
  });

  it('wraps a placeholder when nothing is selected, selecting it for typing over', () => {
    const edit = applyCommand(at('前文', 2), 'link');
    expect(edit.value).toBe('前文[链接文字](https://)');
    expect(edit.value.slice(edit.selectionStart, edit.selectionEnd)).toBe('链接文字');
  });

  it('prefixes every selected line, numbering a numbered list', () => {
    expect(prefixLines(at('甲\n乙\n丙', 0, 3), '- ').value).toBe('- 甲\n- 乙\n丙');
    expect(applyCommand(at('甲\n乙', 1, 3), 'numbered').value).toBe('1. 甲\n2. 乙');
    expect(applyCommand(at('第一段\n\n小标题', 6), 'heading').value).toBe('第一段\n\n## 小标题');
  });

  it('inserts a block on lines of its own', () => {
    expect(insertBlock(at('第一段', 3), '![图](/media/a.jpg)').value).toBe(
      '第一段\n\n![图](/media/a.jpg)\n\n',
    );
    expect(insertBlock(at('', 0), '---').value).toBe('---\n\n');
    // A selection is kept, not replaced: the block goes after it.
    expect(insertBlock(at('## 小标题', 0, 6), '![]()').value).toBe('## 小标题\n\n![]()\n\n');
  });
});
