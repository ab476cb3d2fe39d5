-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "author_id" INTEGER;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "source_redirects" (
    "old_slug" TEXT NOT NULL,
    "source_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_redirects_pkey" PRIMARY KEY ("old_slug")
);

-- CreateIndex
CREATE INDEX "source_redirects_source_id_idx" ON "source_redirects"("source_id");

-- CreateIndex
CREATE INDEX "articles_author_id_id_idx" ON "articles"("author_id", "id" DESC);

-- AddForeignKey
ALTER TABLE "source_redirects" ADD CONSTRAINT "source_redirects_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
