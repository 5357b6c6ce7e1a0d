-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "needsRecheckSince" TIMESTAMP(3),
ADD COLUMN     "recheckReason" TEXT;

-- CreateIndex
CREATE INDEX "Claim_projectId_needsRecheckSince_idx" ON "Claim"("projectId", "needsRecheckSince");
