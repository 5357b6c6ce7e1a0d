-- CreateEnum
CREATE TYPE "ClaimCuration" AS ENUM ('curated', 'curated_away');

-- CreateEnum
CREATE TYPE "CurationKind" AS ENUM ('accepted', 'written');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "curation" "ClaimCuration";

-- CreateTable
CREATE TABLE "CurationDecision" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "unitKey" TEXT NOT NULL,
    "kind" "CurationKind" NOT NULL,
    "curatedClaimId" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CurationDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CurationDecision_curatedClaimId_idx" ON "CurationDecision"("curatedClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "CurationDecision_roundId_unitKey_key" ON "CurationDecision"("roundId", "unitKey");

-- AddForeignKey
ALTER TABLE "CurationDecision" ADD CONSTRAINT "CurationDecision_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "CodingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurationDecision" ADD CONSTRAINT "CurationDecision_curatedClaimId_fkey" FOREIGN KEY ("curatedClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CurationDecision" ADD CONSTRAINT "CurationDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
