-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
