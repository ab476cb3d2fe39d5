/**
 * Reader search over titles. Chinese has no spaces between words, so titles are indexed as their
 * two-character grams (SQL function title_bigrams, migration 20261129230000_title_search) and a
 * query matches the titles that hold every gram of every term; a one-character term matches grams
 * that start with it. Each term must then also appear whole (ILIKE), so grams found apart do not
 * count. Pure: builds what the query needs; lib/db/articles/reader.ts runs it.
 */
export const MAX_QUERY_LENGTH = 50;

export interface TitleSearch {
  /** The query as searched: trimmed, lower-cased, single spaces. */
  text: string;
  /** A tsquery over title_bigrams(title), in tsquery syntax (cast with ::tsquery, no parsing). */
  tsquery: string;
  /** ILIKE patterns, one per term, each of which the title must contain. */
  patterns: string[];
}

const quoteLexeme = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** What to search for, or null when the query holds nothing to search. */
export function titleSearch(query: string): TitleSearch | null {
  const text = query.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, MAX_QUERY_LENGTH).trim();
  if (!text) return null;
  const terms = [...new Set(text.split(' '))];
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
    tsquery: [...lexemes].join(' & '),
    patterns: terms.map((term) => `%${escapeLike(term)}%`),
  };
}
