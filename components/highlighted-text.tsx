import { highlight } from '@/lib/search';

/** A text with the searched terms marked. */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((piece, i) =>
        piece.match ? <mark key={i}>{piece.text}</mark> : piece.text,
      )}
    </>
  );
}
