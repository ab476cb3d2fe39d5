-- CreateIndex
CREATE INDEX "articles_id_status_updated_at_idx" ON "articles"("id", "status", "updated_at");
