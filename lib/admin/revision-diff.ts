import { diffArrays, diffChars, type Change } from 'diff';
import { decodeHTML } from 'entities';

/**
 * What changed between two versions of an article, as editors read it: the title, and the body
 * paragraph by paragraph (paragraphs added, removed, or changed — and within a changed one, the
 * characters: Chinese has no spaces to split words on).
 */
export interface DiffPart {
  text: string;
  change: 'same' | 'added' | 'removed';
}

export type ParagraphDiff =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'changed'; parts: DiffPart[] };

export interface RevisionDiff {
  title: DiffPart[] | null;
  paragraphs: ParagraphDiff[];
  /** Nothing differs (a save that changed only tags or settings). */
  unchanged: boolean;
}

const BLOCK_END =
  /<\/(p|h[1-6]|li|blockquote|div|tr|pre|figure|figcaption|table|ul|ol)>|<br\s*\/?>|<hr\s*\/?>/gi;

/** A body's paragraphs as plain text, in order (block elements and line breaks end one). */
export function htmlToParagraphs(html: string): string[] {
  return decodeHTML(html.replace(BLOCK_END, '\n').replace(/<[^>]*>/g, ''))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const parts = (changes: Change[]): DiffPart[] =>
  changes.map((c) => ({
    text: c.value,
    change: c.added ? 'added' : c.removed ? 'removed' : 'same',
  }));

// Past this, a character diff of a paragraph pair costs more than it tells: show both whole.
const CHAR_DIFF_MAX = 4000;
// A pair sharing less than this share of its characters is two different paragraphs, not an edit.
const SIMILAR = 0.5;

/** A paragraph replaced by another: an edit shown character by character, or one out, one in. */
function pairDiff(old: string, now: string): ParagraphDiff[] {
  const whole: ParagraphDiff[] = [
    { kind: 'removed', text: old },
    { kind: 'added', text: now },
  ];
  if (old.length + now.length > CHAR_DIFF_MAX) return whole;
  const changes = diffChars(old, now);
  const kept = changes
    .filter((c) => !c.added && !c.removed)
    .reduce((n, c) => n + c.value.length, 0);
  return kept / Math.max(old.length, now.length) < SIMILAR
    ? whole
    : [{ kind: 'changed', parts: parts(changes) }];
}

export function diffRevision(
  before: { title: string; bodyHtml: string },
  after: { title: string; bodyHtml: string },
): RevisionDiff {
  const title = before.title === after.title ? null : parts(diffChars(before.title, after.title));
  const paragraphs: ParagraphDiff[] = [];
  const chunks = diffArrays(htmlToParagraphs(before.bodyHtml), htmlToParagraphs(after.bodyHtml));
  for (let i = 0; i < chunks.length; i += 1) {
    const chunk = chunks[i]!;
    const next = chunks[i + 1];
    if (!chunk.added && !chunk.removed) {
      for (const text of chunk.value) paragraphs.push({ kind: 'same', text });
    } else if (chunk.removed && next?.added) {
      // Paragraphs replaced by others: pair them up, and show what changed inside each pair.
      const count = Math.max(chunk.value.length, next.value.length);
      for (let j = 0; j < count; j += 1) {
        const old = chunk.value[j];
        const now = next.value[j];
        if (old === undefined) paragraphs.push({ kind: 'added', text: now! });
        else if (now === undefined) paragraphs.push({ kind: 'removed', text: old });
        else paragraphs.push(...pairDiff(old, now));
      }
      i += 1;
    } else {
      for (const text of chunk.value)
        paragraphs.push({ kind: chunk.added ? 'added' : 'removed', text });
    }
  }
  return {
    title,
    paragraphs,
    unchanged: title === null && paragraphs.every((p) => p.kind === 'same'),
  };
}
