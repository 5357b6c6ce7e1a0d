-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "citationAuthors" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "contactEmail" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "doi" TEXT,
ADD COLUMN     "licence" TEXT;

-- The citation's authors are a list, as the export's CITATION.cff and datapackage.json need them.
ALTER TABLE "Project" ADD CONSTRAINT "Project_citationAuthors_check" CHECK (jsonb_typeof("citationAuthors") = 'array');
