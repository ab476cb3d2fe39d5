'use client';

import { useEffect, useSyncExternalStore } from 'react';
import {
  FONT_SIZES,
  PREFERENCE_KEYS,
  type FontSize,
  type ScriptVariant,
  type Theme,
} from '@/lib/reader-preferences';
import { convertToTraditional, restoreSimplified } from './traditional';

const FONT_LABELS: Record<FontSize, string> = {
  small: '小',
  medium: '中',
  large: '大',
  'x-large': '特大',
};
const THEME_LABELS: Record<Theme, string> = { system: '跟随系统', light: '浅色', dark: '深色' };
const SCRIPT_LABELS: Record<ScriptVariant, string> = { hans: '简体', hant: '繁體' };

function store(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private mode without storage: the choice holds for this page only.
  }
}

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;
const CHANGED = 'finews:preferences';

function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && systemDark());
  document.documentElement.classList.toggle('dark', dark);
}

// The settings live in localStorage and on <html> (set before paint by the inline script); the
// buttons read them from there, so the server's render (defaults) never disagrees with hydration.
function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}
const readTheme = (): Theme => {
  const stored = read(PREFERENCE_KEYS.theme);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
};
const readFontSize = (): FontSize =>
  FONT_SIZES.find((s) => s === document.documentElement.getAttribute('data-font-size')) ?? 'medium';
const readScript = (): ScriptVariant =>
  document.documentElement.getAttribute('data-script') === 'hant' ? 'hant' : 'hans';

/**
 * The reader's settings (font size, dark mode, 简/繁), in the header of every page. The page the
 * server sends is the same for everyone; these change only this browser's view of it.
 */
export function ReaderSettings() {
  const theme = useSyncExternalStore(subscribe, readTheme, () => 'system' as const);
  const fontSize = useSyncExternalStore(subscribe, readFontSize, () => 'medium' as const);
  const script = useSyncExternalStore(subscribe, readScript, () => 'hans' as const);

  // A 繁體 reader's page is converted once loaded; the system's theme is followed until one is chosen.
  useEffect(() => {
    // Where the document was rendered in the browser (Next's error shell of a 404), the inline
    // script never ran: apply the stored choices here instead (idempotent where it did run).
    applyTheme(readTheme());
    const storedSize = FONT_SIZES.find((size) => size === read(PREFERENCE_KEYS.fontSize));
    if (storedSize && storedSize !== 'medium')
      document.documentElement.setAttribute('data-font-size', storedSize);
    if (read(PREFERENCE_KEYS.script) === 'hant')
      document.documentElement.setAttribute('data-script', 'hant');
    window.dispatchEvent(new Event(CHANGED));
    if (readScript() === 'hant') void convertToTraditional();
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (readTheme() === 'system') applyTheme('system');
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const changed = () => window.dispatchEvent(new Event(CHANGED));
  const chooseTheme = (next: Theme) => {
    store(PREFERENCE_KEYS.theme, next === 'system' ? null : next);
    applyTheme(next);
    changed();
  };
  const chooseFontSize = (next: FontSize) => {
    store(PREFERENCE_KEYS.fontSize, next === 'medium' ? null : next);
    if (next === 'medium') document.documentElement.removeAttribute('data-font-size');
    else document.documentElement.setAttribute('data-font-size', next);
    changed();
  };
  const chooseScript = (next: ScriptVariant) => {
    store(PREFERENCE_KEYS.script, next === 'hans' ? null : next);
    if (next === 'hant') {
      document.documentElement.setAttribute('data-script', 'hant');
      void convertToTraditional();
    } else {
      document.documentElement.removeAttribute('data-script');
      restoreSimplified();
    }
    changed();
  };

  return (
    <div className="space-y-3 text-sm">
      <Choices
        label="字号"
        options={FONT_SIZES}
        labels={FONT_LABELS}
        value={fontSize}
        onChoose={chooseFontSize}
      />
      <Choices
        label="外观"
        options={['system', 'light', 'dark'] as const}
        labels={THEME_LABELS}
        value={theme}
        onChoose={chooseTheme}
      />
      <Choices
        label="文字"
        options={['hans', 'hant'] as const}
        labels={SCRIPT_LABELS}
        value={script}
        onChoose={chooseScript}
      />
    </div>
  );
}

function Choices<T extends string>({
  label,
  options,
  labels,
  value,
  onChoose,
}: {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChoose: (value: T) => void;
}) {
  return (
    <div role="group" aria-label={label} className="flex items-center gap-2">
      <span className="w-8 shrink-0 text-subtle">{label}</span>
      <div className="flex flex-wrap gap-1">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            aria-pressed={value === option}
            onClick={() => onChoose(option)}
            className="min-h-8 rounded border border-line px-2.5 text-ink aria-pressed:border-brand aria-pressed:bg-brand aria-pressed:text-white"
          >
            {labels[option]}
          </button>
        ))}
      </div>
    </div>
  );
}
