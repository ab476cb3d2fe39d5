-- The editors' workflow (issue #13): review before publishing, bylines from display names, SEO
-- and cover fields, who wrote each revision, a media library, autosaves, and indexes for the
-- admin's sortable lists and filtered audit log.

-- A writer's draft submitted for an editor's review. (Not used in this migration, so adding the
-- value inside the migration's transaction is allowed.)
ALTER TYPE "ArticleStatus" ADD VALUE 'PENDING' AFTER 'DRAFT';

-- AlterTable
ALTER TABLE "users" ADD COLUMN "display_name" TEXT;

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "custom_excerpt" TEXT,
ADD COLUMN "seo_title" TEXT,
ADD COLUMN "seo_description" TEXT,
ADD COLUMN "cover_media_id" INTEGER,
ADD COLUMN "edited_by_id" INTEGER,
ADD COLUMN "review_note" TEXT;

-- AlterTable
ALTER TABLE "article_revisions" ADD COLUMN "edited_by_id" INTEGER;

-- CreateTable
CREATE TABLE "media" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "thumb_key" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" INTEGER NOT NULL,
    "original_name" TEXT NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "uploaded_by_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_autosaves" (
    "user_id" INTEGER NOT NULL,
    "draft_key" TEXT NOT NULL,
    "article_id" INTEGER,
    "base_version" INTEGER,
    "data" JSONB NOT NULL,
    "saved_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_autosaves_pkey" PRIMARY KEY ("user_id","draft_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "media_key_key" ON "media"("key");

-- CreateIndex
CREATE INDEX "media_created_at_id_idx" ON "media"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "article_autosaves_article_id_idx" ON "article_autosaves"("article_id");

-- CreateIndex
CREATE INDEX "articles_published_at_id_idx" ON "articles"("published_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_updated_at_id_idx" ON "articles"("updated_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "articles_cover_media_id_idx" ON "articles"("cover_media_id");

-- The audit log is read newest first with filters by actor and action, a page at a time.
DROP INDEX "audit_events_at_idx";
DROP INDEX "audit_events_actor_id_at_idx";

-- CreateIndex
CREATE INDEX "audit_events_at_id_idx" ON "audit_events"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_events_actor_id_at_id_idx" ON "audit_events"("actor_id", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "audit_events_action_at_id_idx" ON "audit_events"("action", "at" DESC, "id" DESC);

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_media_id_fkey" FOREIGN KEY ("cover_media_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_edited_by_id_fkey" FOREIGN KEY ("edited_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_autosaves" ADD CONSTRAINT "article_autosaves_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_autosaves" ADD CONSTRAINT "article_autosaves_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
