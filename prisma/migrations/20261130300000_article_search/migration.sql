-- Full-text search over titles and bodies (lib/search.ts). An article's document is its title and
-- its body's text (tags dropped, entities decoded), indexed as the set of its two-character grams in
-- `search_grams`, like the titles' index (migration 20261129230000_title_search). The importer
-- computes the grams itself, in its worker threads (lib/search.ts documentGrams); every other write
-- (editors' saves, re-rendering, hand-written SQL) gets the same grams from the trigger below.
-- Written by hand: Prisma's schema cannot describe a function, a trigger or a GIN index on a
-- tsvector (the schema-drift test checks them).

-- CreateFunction: the body's text as lib/content/render.ts htmlToText gives it. Sanitised bodies
-- escape only these five characters; every kind of white space becomes one space.
CREATE FUNCTION "search_html_text"(html TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(replace(replace(replace(replace(replace(replace(
    regexp_replace(html, '<[^>]*>', ' ', 'g'),
    '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&#x27;', ''''), '&nbsp;', ' '), '&amp;', '&')
$$;

-- CreateFunction: the distinct grams of a text, as title_bigrams, in one pass over its characters
-- (white space at either end dropped: the last character of the text is a gram of its own).
CREATE FUNCTION "text_grams"(doc TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_to_tsvector(array_agg(DISTINCT gram)), ''::tsvector)
  FROM (
    SELECT c || coalesce(lead(c) OVER (ORDER BY i), '') AS gram
    FROM unnest(regexp_split_to_array(
      btrim(lower(regexp_replace(doc, '[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]', ' ', 'g'))),
      '')) WITH ORDINALITY AS t(c, i)
  ) grams
  WHERE gram !~ ' '
$$;

-- CreateFunction
CREATE FUNCTION "article_search_grams"(title TEXT, body_html TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT text_grams(title || ' ' || search_html_text(body_html))
$$;

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "search_grams" tsvector;

-- CreateTrigger: a write that changes the title or body without giving grams gets them computed.
CREATE FUNCTION "articles_search_grams_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.search_grams IS NULL THEN
      NEW.search_grams := article_search_grams(NEW.title, NEW.body_html);
    END IF;
  ELSIF NEW.search_grams IS NOT DISTINCT FROM OLD.search_grams
    AND (NEW.title IS DISTINCT FROM OLD.title OR NEW.body_html IS DISTINCT FROM OLD.body_html) THEN
    NEW.search_grams := article_search_grams(NEW.title, NEW.body_html);
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "articles_search_grams" BEFORE INSERT OR UPDATE ON "articles"
FOR EACH ROW EXECUTE FUNCTION articles_search_grams_trigger();

-- Backfill the articles stored before this migration.
UPDATE "articles" SET "search_grams" = article_search_grams("title", "body_html");

-- CreateExtension: btree_gin lets a GIN index hold a plain column beside the grams (contrib; trusted).
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- CreateFunction: the month of publication (UTC) as a number, for the indexes below.
CREATE FUNCTION "publication_month"(at TIMESTAMPTZ) RETURNS INTEGER
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT (extract(year FROM at AT TIME ZONE 'UTC') * 12 + extract(month FROM at AT TIME ZONE 'UTC') - 1)::int
$$;

-- CreateIndex: published articles by gram and month. A search whose matches are too many to sort
-- reads the newest month's first, then a quarter's, a year's: the index intersects the grams with
-- the months itself, so only matches of the window reach the table (lib/db/articles/search.ts).
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search_grams", publication_month("published_at")) WHERE "status" = 'PUBLISHED';

-- The title index, by month as well, replaces the one of 20261129230000_title_search.
DROP INDEX "articles_title_bigrams_idx";
CREATE INDEX "articles_title_search_idx" ON "articles" USING gin (title_bigrams("title"), publication_month("published_at")) WHERE "status" = 'PUBLISHED';
