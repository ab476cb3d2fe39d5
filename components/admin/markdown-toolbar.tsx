'use client';

import type { ToolbarCommand } from '@/lib/admin/markdown-edit';

/**
 * Buttons that write Markdown into the body field around the selection (the readers' renderer and
 * sanitiser turn it into HTML, as they do imported posts): bold, italic, heading, quote, lists,
 * link, rule, and an image from the media library. Ctrl/⌘+B, I and K work in the field too.
 */
const BUTTONS: { command: ToolbarCommand; label: string; title: string }[] = [
  { command: 'bold', label: 'B', title: '粗体（Ctrl+B）' },
  { command: 'italic', label: 'I', title: '斜体（Ctrl+I）' },
  { command: 'heading', label: 'H', title: '小标题' },
  { command: 'quote', label: '“”', title: '引用' },
  { command: 'list', label: '•', title: '列表' },
  { command: 'numbered', label: '1.', title: '编号列表' },
  { command: 'link', label: '链接', title: '链接（Ctrl+K）' },
  { command: 'rule', label: '—', title: '分隔线' },
];

export const SHORTCUTS: Record<string, ToolbarCommand> = { b: 'bold', i: 'italic', k: 'link' };

export function MarkdownToolbar({
  onCommand,
  children,
}: {
  onCommand: (command: ToolbarCommand) => void;
  /** More buttons (the image button, which opens the media library). */
  children?: React.ReactNode;
}) {
  return (
    <div
      role="toolbar"
      aria-label="格式"
      className="flex flex-wrap gap-1 rounded-t border border-b-0 border-stone-300 bg-stone-50 p-1"
    >
      {BUTTONS.map((button) => (
        <button
          key={button.command}
          type="button"
          title={button.title}
          aria-label={button.title}
          onClick={() => onCommand(button.command)}
          className={`min-h-8 min-w-8 rounded px-2 text-sm hover:bg-white ${button.command === 'bold' ? 'font-bold' : button.command === 'italic' ? 'italic' : ''}`}
        >
          {button.label}
        </button>
      ))}
      {children}
    </div>
  );
}
