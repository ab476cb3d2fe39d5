-- When an article's text last really changed (its title or body), for dateModified and
-- article:modified_time. updated_at also moves when a source is renamed or the status changes, and
-- an import writes it, so it cannot say that. Null: unchanged since first stored (the publication
-- time stands). Kept by the same trigger as the search grams, so every writer gets it right.

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "content_changed_at" TIMESTAMPTZ(3);

-- CreateFunction
CREATE OR REPLACE FUNCTION "articles_search_grams_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.search_grams IS NULL THEN
      NEW.search_grams := article_search_grams(NEW.title, NEW.body_html);
    END IF;
  ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.body_html IS DISTINCT FROM OLD.body_html THEN
    NEW.content_changed_at := now();
    IF NEW.search_grams IS NOT DISTINCT FROM OLD.search_grams THEN
      NEW.search_grams := article_search_grams(NEW.title, NEW.body_html);
    END IF;
  END IF;
  RETURN NEW;
END
$$;
