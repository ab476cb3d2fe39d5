/**
 * The Markdown the editor's toolbar writes around a selection in the body field (pure, so the
 * toolbar is a thin button row: components/admin/markdown-toolbar.tsx).
 */
export interface TextEdit {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

/** Wraps the selection (or a placeholder) in `before` … `after`. */
export function wrap(edit: TextEdit, before: string, after: string, placeholder: string): TextEdit {
  const { value, selectionStart: start, selectionEnd: end } = edit;
  const selected = value.slice(start, end) || placeholder;
  return {
    value: value.slice(0, start) + before + selected + after + value.slice(end),
    selectionStart: start + before.length,
    selectionEnd: start + before.length + selected.length,
  };
}

/** Puts `prefix` (numbered when it is "1. ") before every line the selection touches. */
export function prefixLines(edit: TextEdit, prefix: string): TextEdit {
  const { value, selectionStart: start, selectionEnd: end } = edit;
  const lineStart = value.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = value.indexOf('\n', end) === -1 ? value.length : value.indexOf('\n', end);
  const lines = value.slice(lineStart, lineEnd).split('\n');
  const prefixed = lines
    .map((line, i) => (prefix === '1. ' ? `${i + 1}. ` : prefix) + line)
    .join('\n');
  return {
    value: value.slice(0, lineStart) + prefixed + value.slice(lineEnd),
    selectionStart: lineStart,
    selectionEnd: lineStart + prefixed.length,
  };
}

/** Inserts `text` as a block of its own after the selection (which stays as it was). */
export function insertBlock(edit: TextEdit, text: string): TextEdit {
  const { value, selectionEnd: at } = edit;
  const before = value.slice(0, at);
  const lead =
    before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const inserted = `${lead}${text}\n\n`;
  return {
    value: before + inserted + value.slice(at),
    selectionStart: at + inserted.length,
    selectionEnd: at + inserted.length,
  };
}

export type ToolbarCommand =
  'bold' | 'italic' | 'heading' | 'quote' | 'list' | 'numbered' | 'link' | 'rule';

export function applyCommand(edit: TextEdit, command: ToolbarCommand): TextEdit {
  switch (command) {
    case 'bold':
      return wrap(edit, '**', '**', '粗体文字');
    case 'italic':
      return wrap(edit, '*', '*', '斜体文字');
    case 'heading':
      return prefixLines(edit, '## ');
    case 'quote':
      return prefixLines(edit, '> ');
    case 'list':
      return prefixLines(edit, '- ');
    case 'numbered':
      return prefixLines(edit, '1. ');
    case 'link':
      return wrap(edit, '[', '](https://)', '链接文字');
    case 'rule':
      return insertBlock(edit, '---');
  }
}
