-- AlterTable
ALTER TABLE "ExportRun" ADD COLUMN     "archiveKey" TEXT;

-- An archive is stored under its own sha256 (lib/server/storage/archive-storage.ts, archiveKey).
ALTER TABLE "ExportRun"
  ADD CONSTRAINT "ExportRun_archiveKey_check" CHECK ("archiveKey" IS NULL OR "archiveKey" = 'archives/' || "sha256" || '.zip');
