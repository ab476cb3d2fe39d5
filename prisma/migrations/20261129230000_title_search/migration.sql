-- Title search for Chinese text, which has no spaces between words: a title is indexed as the set
-- of its two-character grams (plus its last character), as CJK search engines do. Written by hand:
-- Prisma's schema cannot describe a function or an expression index (see lib/search.ts and the
-- schema-drift test, which checks this index exists).

-- CreateFunction
CREATE FUNCTION "title_bigrams"(title TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT gram)), ''::tsvector)
  FROM (
    SELECT substr(lower(title), i, 2) AS gram FROM generate_series(1, char_length(title)) AS i
  ) grams
  WHERE gram !~ '\s'
$$;

-- CreateIndex
CREATE INDEX "articles_title_bigrams_idx" ON "articles" USING gin ("title_bigrams"("title")) WHERE "status" = 'PUBLISHED';
