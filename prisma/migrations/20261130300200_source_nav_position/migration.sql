-- Editors pin sources in the readers' navigation, in an order they choose (null: not pinned).

-- AlterTable
ALTER TABLE "sources" ADD COLUMN "nav_position" INTEGER;
