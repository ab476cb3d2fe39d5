import { textGrams } from './search';

/**
 * Related articles, scored from candidates the database hands over cheaply (the same source around
 * the article's time, articles sharing a tag): titles that share words (two-character grams,
 * Dice's coefficient) count most, then shared tags, then the same source. Pure.
 */
export interface RelatedCandidate {
  id: number;
  title: string;
  sourceSlug: string;
  tags: string[];
}

export function rankRelated<T extends RelatedCandidate>(
  article: RelatedCandidate,
  candidates: T[],
  limit: number,
): T[] {
  const grams = textGrams(article.title);
  const tags = new Set(article.tags);
  const seen = new Set<number>([article.id]);
  const titles = new Set<string>([article.title]);
  const scored: { candidate: T; score: number }[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id) || titles.has(candidate.title)) continue;
    seen.add(candidate.id);
    titles.add(candidate.title);
    const other = textGrams(candidate.title);
    let shared = 0;
    for (const gram of other) if (grams.has(gram)) shared++;
    const titleScore = grams.size + other.size ? (2 * shared) / (grams.size + other.size) : 0;
    const sharedTags = candidate.tags.filter((t) => tags.has(t)).length;
    const score =
      titleScore +
      0.15 * Math.min(sharedTags, 3) +
      (candidate.sourceSlug === article.sourceSlug ? 0.05 : 0);
    // Sharing only the source and its catch-all tag is not being related.
    if (titleScore >= 0.15) scored.push({ candidate, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.candidate);
}
