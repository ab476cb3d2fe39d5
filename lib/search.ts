import { htmlToText } from './content/render';

/**
 * Full-text search for Chinese. Chinese has no spaces between words, so a text is indexed as its
 * two-character grams, as CJK search engines do: titles by the SQL function title_bigrams (an
 * expression index), whole articles (title and body text) by the `search_grams` column, which the
 * importer fills from documentGrams() below and the database fills itself (same grams, SQL
 * function article_search_grams) for every other write. A query matches the texts that hold every
 * gram of every term; a one-character term matches grams that start with it. Each term must then
 * also appear whole (ILIKE), so grams found apart do not count. Pure: lib/db/articles/search.ts
 * runs the queries.
 */
export const MAX_QUERY_LENGTH = 50;

export interface SearchQuery {
  /** The query as the reader typed it: trimmed, single spaces, case kept (`A股`, `LPR`). */
  text: string;
  /** The terms matched, lower-cased and distinct. */
  terms: string[];
  /** A tsquery over grams, in tsquery syntax (cast with ::tsquery, no parsing). */
  tsquery: string;
  /** ILIKE patterns, one per term, each of which the text must contain. */
  patterns: string[];
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What to search for, or null when the query holds nothing to search. */
export function parseSearchQuery(query: string): SearchQuery | null {
  const text = [...query.trim().replace(/\s+/g, ' ')].slice(0, MAX_QUERY_LENGTH).join('').trim();
  if (!text) return null;
  const terms = [...new Set(text.toLowerCase().split(' '))];
  const lexemes = new Set<string>();
  for (const term of terms) {
    const chars = [...term];
    if (chars.length === 1) {
      lexemes.add(`${quoteLexeme(term)}:*`);
      continue;
    }
    for (let i = 0; i + 1 < chars.length; i++)
      lexemes.add(quoteLexeme(`${chars[i]}${chars[i + 1]}`));
  }
  return {
    text,
    terms,
    tsquery: [...lexemes].join(' & '),
    patterns: terms.map((term) => `%${escapeLike(term)}%`),
  };
}

/**
 * The distinct grams of a text, as the SQL functions title_bigrams and text_grams compute them:
 * at every character, it and the next one (the last character alone), lower-cased, skipping any
 * gram that holds white space.
 */
export function textGrams(text: string): Set<string> {
  return new Set([...gramKeys(text)].map(gramOf));
}

// A gram as one number (its code points), so collecting a body's grams hashes numbers rather than
// making a string per character: the importer does this for every body it stores.
const PLANE = 0x110000;
const gramOf = (key: number) =>
  key % PLANE
    ? String.fromCodePoint(Math.floor(key / PLANE), key % PLANE)
    : String.fromCodePoint(key / PLANE);

function gramKeys(text: string): Set<number> {
  const keys = new Set<number>();
  const lower = text.toLowerCase();
  let previous = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.codePointAt(i) as number;
    if (code > 0xffff) i++;
    if (isSpace(code)) {
      previous = 0;
      continue;
    }
    if (previous) keys.add(previous * PLANE + code);
    previous = code;
  }
  if (previous) keys.add(previous * PLANE);
  return keys;
}

/** White space as JavaScript's \s knows it (and the SQL functions replace), without a regex. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** An article's plain text for search: its title and its body's text, tags dropped. */
export function searchableText(title: string, bodyHtml: string): string {
  return `${title} ${htmlToText(bodyHtml)}`.trim();
}

/**
 * The `search_grams` value of an article in tsvector input syntax: what the importer writes, in
 * its worker threads, so a bulk import does not make PostgreSQL compute grams one row at a time.
 */
export function documentGrams(title: string, bodyHtml: string): string {
  const lexemes: string[] = [];
  for (const key of gramKeys(searchableText(title, bodyHtml))) {
    const gram = gramOf(key);
    lexemes.push(/['\\]/.test(gram) ? quoteLexeme(gram) : `'${gram}'`);
  }
  return lexemes.join(' ');
}

/** A piece of text, marked when it is one of the searched terms. */
export interface Highlighted {
  text: string;
  match: boolean;
}

function termPattern(terms: string[]): RegExp | null {
  const sorted = [...terms].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!sorted.length) return null;
  return new RegExp(sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
}

/** Splits a text into plain and matching pieces (case-insensitive), for <mark>. */
export function highlight(text: string, terms: string[]): Highlighted[] {
  const pattern = termPattern(terms);
  if (!pattern) return [{ text, match: false }];
  const pieces: Highlighted[] = [];
  let at = 0;
  for (const found of text.matchAll(pattern)) {
    const index = found.index ?? 0;
    if (index > at) pieces.push({ text: text.slice(at, index), match: false });
    pieces.push({ text: found[0], match: true });
    at = index + found[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces.length ? pieces : [{ text, match: false }];
}

const SNIPPET_BEFORE = 30;
const SNIPPET_LENGTH = 110;

/**
 * The part of a text around its first match, about 110 characters, cut with an ellipsis where the
 * text goes on; the start of the text when no term is found in it.
 */
export function snippet(text: string, terms: string[]): string {
  const pattern = termPattern(terms);
  const first = pattern ? (pattern.exec(text)?.index ?? -1) : -1;
  const chars = [...text];
  // Index in code units → in characters (a search term never splits a surrogate pair).
  const firstChar = first < 0 ? 0 : [...text.slice(0, first)].length;
  const start = Math.max(0, Math.min(firstChar - SNIPPET_BEFORE, chars.length - SNIPPET_LENGTH));
  const end = Math.min(chars.length, start + SNIPPET_LENGTH);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
