'use client';

import { useEffect, useId, useRef, useState } from 'react';

export interface SourceChoice {
  id: number;
  slug: string;
  name: string;
}

const LOOKUP_DELAY_MS = 200;

/**
 * Chooses a source by typing its name (or slug): a combobox that asks the server as the editor
 * types (/admin/sources/lookup) instead of shipping ~2,000 names with the page. The form gets the
 * chosen source's id or slug in a hidden field `name`.
 */
export function SourcePicker({
  name,
  label,
  submit = 'id',
  initial = null,
  placeholder = '输入来源名称…',
  required = false,
  onChoose,
  className = '',
}: {
  name: string;
  label: string;
  /** What the hidden field carries. */
  submit?: 'id' | 'slug';
  initial?: SourceChoice | null;
  placeholder?: string;
  required?: boolean;
  /** Told of every choice (and of null when the text no longer names the chosen source). */
  onChoose?: (source: SourceChoice | null) => void;
  className?: string;
}) {
  const [chosen, setChosen] = useState<SourceChoice | null>(initial);
  const [text, setText] = useState(initial?.name ?? '');
  const [options, setOptions] = useState<SourceChoice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const query = text.trim();
    if (!open || !query || query === chosen?.name) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/admin/sources/lookup?q=${encodeURIComponent(query)}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { sources: SourceChoice[] };
        setOptions(body.sources);
        setActive(0);
      } catch {
        // Aborted by the next keystroke, or offline: the list stays as it was.
      }
    }, LOOKUP_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, open, chosen]);

  // An unfinished choice must not be submitted as the old one: the field names what is chosen.
  useEffect(() => {
    input.current?.setCustomValidity(required && !chosen ? '请从列表中选择一个来源' : '');
  }, [chosen, required]);

  const choose = (source: SourceChoice) => {
    setChosen(source);
    setText(source.name);
    setOpen(false);
    onChoose?.(source);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (!open || options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      const option = options[active];
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const showList = open && options.length > 0 && text.trim() !== '';
  return (
    <div className={`relative ${className}`}>
      <label className="block">
        <span className="block text-sm text-stone-700">{label}</span>
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${listId}-${active}` : undefined}
          autoComplete="off"
          value={text}
          placeholder={placeholder}
          required={required}
          onChange={(event) => {
            setText(event.target.value);
            if (chosen) onChoose?.(null);
            setChosen(null);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
          className="mt-1 block w-full rounded border border-stone-300 px-2 py-1"
        />
      </label>
      <input type="hidden" name={name} value={chosen ? String(chosen[submit]) : ''} />
      {showList ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={label}
          className="absolute z-20 mt-1 max-h-72 w-full min-w-56 overflow-auto rounded border border-stone-300 bg-white py-1 text-sm shadow-lg"
        >
          {options.map((option, index) => (
            <li
              key={option.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              onMouseDown={(event) => {
                event.preventDefault();
                choose(option);
              }}
              className={`cursor-pointer px-3 py-2 ${index === active ? 'bg-stone-100' : ''}`}
            >
              {option.name} <span className="text-xs text-stone-500">{option.slug}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
