'use client';

/**
 * 简→繁 in the reader's browser: the page is converted in place (text, titles, labels) with
 * OpenCC's dictionaries, loaded only when a reader asks for 繁體 and cached by the browser from then
 * on. Characters, the phrases that differ by region, and Taiwan's variants (about 30 KB gzipped);
 * OpenCC's full phrase list would be 450 KB for the few one-to-many characters it settles. Nodes
 * added later (new articles arriving) are converted as they appear; the originals are kept, so
 * 简体 restores the page exactly.
 */
type Convert = (text: string) => string;

let converter: Promise<Convert> | null = null;
let observer: MutationObserver | null = null;
const originals = new Map<Node, string>();
const attributeOriginals = new Map<Element, Record<string, string>>();
let originalTitle: string | null = null;
const ATTRIBUTES = ['title', 'placeholder', 'aria-label', 'alt'];

function loadConverter(): Promise<Convert> {
  converter ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/STCharacters'),
    import('opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases'),
    import('opencc-js/dict/TWVariantsPhrases'),
    import('opencc-js/dict/TWVariants'),
  ]).then(([core, characters, regional, variantPhrases, variants]) =>
    core.ConverterFactory(
      [regional.default, characters.default],
      [variantPhrases.default, variants.default],
    ),
  );
  return converter;
}

function convertNode(root: Node, convert: Convert) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.nodeValue ?? '';
      const converted = convert(text);
      if (converted !== text) {
        if (!originals.has(node)) originals.set(node, text);
        node.nodeValue = converted;
      }
    } else if (node instanceof Element) {
      if (node.tagName === 'SCRIPT' || node.tagName === 'STYLE') continue;
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (!value) continue;
        const converted = convert(value);
        if (converted === value) continue;
        const kept = attributeOriginals.get(node) ?? {};
        kept[name] ??= value;
        attributeOriginals.set(node, kept);
        node.setAttribute(name, converted);
      }
    }
  }
}

export async function convertToTraditional(): Promise<void> {
  const root = document.documentElement;
  try {
    const convert = await loadConverter();
    if (root.getAttribute('data-script') !== 'hant') return;
    convertNode(document.body, convert);
    originalTitle ??= document.title;
    document.title = convert(originalTitle);
    root.lang = 'zh-Hant';
    observer?.disconnect();
    observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') convertNode(record.target, convert);
        record.addedNodes.forEach((node) => convertNode(node, convert));
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  } finally {
    root.classList.remove('script-pending');
  }
}

export function restoreSimplified(): void {
  observer?.disconnect();
  observer = null;
  for (const [node, text] of originals) node.nodeValue = text;
  for (const [element, values] of attributeOriginals)
    for (const [name, value] of Object.entries(values)) element.setAttribute(name, value);
  originals.clear();
  attributeOriginals.clear();
  document.documentElement.lang = 'zh-CN';
  if (originalTitle !== null) document.title = originalTitle;
  originalTitle = null;
}
