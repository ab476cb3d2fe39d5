-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "permalink" TEXT;

-- CreateTable
CREATE TABLE "article_aliases" (
    "path" TEXT NOT NULL,
    "article_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_aliases_pkey" PRIMARY KEY ("path")
);

-- Existing articles get Jekyll's address as far as SQL can tell it: the source's categories split on
-- whitespace and lower-cased, the Beijing day of publication, the slug with the characters Jekyll
-- replaces turned into '-'. (What SQL cannot know, such as a YAML list of categories or a date
-- YAML read as UTC, only a re-import from the archive gets exactly right.) Rare collisions keep the
-- article id in the slug, so the unique index below can be built.
UPDATE "articles" a SET "slug" = s.jekyll_slug
FROM (
    SELECT id, btrim(regexp_replace(slug, '[^[:alnum:]._~!$&''()+,;=@]+', '-', 'g'), '-') AS jekyll_slug
    FROM "articles"
) s
WHERE s.id = a.id AND s.jekyll_slug <> '' AND s.jekyll_slug <> a.slug;

WITH addressed AS (
    SELECT a.id, a.slug,
        '/' || lower(array_to_string(regexp_split_to_array(btrim(s.slug, E' \t\n\r\f\v'), E'[ \t\n\r\f\v]+'), '/'))
            || to_char(a.published_at AT TIME ZONE 'Asia/Shanghai', '/YYYY/MM/DD/') AS prefix
    FROM "articles" a JOIN "sources" s ON s.id = a.source_id
    WHERE a.published_at IS NOT NULL AND a.status <> 'DRAFT'
), numbered AS (
    SELECT id, slug, prefix, row_number() OVER (PARTITION BY prefix, slug ORDER BY id) AS n
    FROM addressed
)
UPDATE "articles" a
SET "slug" = CASE WHEN n.n = 1 THEN n.slug ELSE n.slug || '-' || a.id END,
    "permalink" = n.prefix || CASE WHEN n.n = 1 THEN n.slug ELSE n.slug || '-' || a.id END || '.html'
FROM numbered n
WHERE n.id = a.id;

-- DropIndex (articles are found by permalink now, never by slug)
DROP INDEX "articles_slug_idx";

-- CreateIndex
CREATE UNIQUE INDEX "articles_permalink_key" ON "articles"("permalink");

-- CreateIndex
CREATE INDEX "article_aliases_article_id_idx" ON "article_aliases"("article_id");

-- AddForeignKey
ALTER TABLE "article_aliases" ADD CONSTRAINT "article_aliases_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
