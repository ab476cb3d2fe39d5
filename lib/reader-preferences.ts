/**
 * What a reader chooses for themselves (dark mode, font size, 简/繁) lives in their browser, never
 * on the server: every reader is sent the same cached page. The choices are kept in localStorage
 * and applied to <html> before the first paint by READER_PREFERENCES_SCRIPT, a constant inline
 * script (the same bytes on every page, so a CSP can allow it by its hash); the header's settings
 * island (components/reader-settings.tsx) changes them.
 */
export const PREFERENCE_KEYS = {
  theme: 'finews:theme',
  fontSize: 'finews:font-size',
  script: 'finews:script',
} as const;

export const FONT_SIZES = ['small', 'medium', 'large', 'x-large'] as const;
export type FontSize = (typeof FONT_SIZES)[number];
export type Theme = 'system' | 'light' | 'dark';
export type ScriptVariant = 'hans' | 'hant';

/**
 * Before paint: `dark` class (the reader's choice, else the system's), `data-font-size`, and for a
 * 繁體 reader `data-script="hant"` plus `script-pending`, which hides the page until it is
 * converted (and at most 3 s, should the converter fail to load).
 */
export const READER_PREFERENCES_SCRIPT = `(function(){var d=document.documentElement;try{var s=localStorage,t=s.getItem('${PREFERENCE_KEYS.theme}'),f=s.getItem('${PREFERENCE_KEYS.fontSize}'),v=s.getItem('${PREFERENCE_KEYS.script}');if(t==='dark'||(t!=='light'&&matchMedia('(prefers-color-scheme: dark)').matches))d.classList.add('dark');if(f==='small'||f==='large'||f==='x-large')d.setAttribute('data-font-size',f);if(v==='hant'){d.setAttribute('data-script','hant');d.classList.add('script-pending');setTimeout(function(){d.classList.remove('script-pending')},3000)}}catch(e){}})();`;
