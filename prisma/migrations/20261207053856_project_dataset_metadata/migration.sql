-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "citationAuthors" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "doi" TEXT,
ADD COLUMN     "licence" TEXT;
