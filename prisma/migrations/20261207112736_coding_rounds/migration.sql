-- CreateEnum
CREATE TYPE "CodingRoundStatus" AS ENUM ('open', 'closed');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "codingRoundId" TEXT;

-- CreateTable
CREATE TABLE "CodingRound" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "isBlind" BOOLEAN NOT NULL DEFAULT true,
    "status" "CodingRoundStatus" NOT NULL DEFAULT 'open',
    "openedById" TEXT NOT NULL,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CodingRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CodingRoundCoder" (
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "CodingRoundCoder_pkey" PRIMARY KEY ("roundId","userId")
);

-- CreateIndex
CREATE INDEX "CodingRound_sourceId_status_idx" ON "CodingRound"("sourceId", "status");

-- CreateIndex
CREATE INDEX "CodingRound_projectId_createdAt_idx" ON "CodingRound"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "CodingRoundCoder_userId_idx" ON "CodingRoundCoder"("userId");

-- CreateIndex
CREATE INDEX "Claim_codingRoundId_idx" ON "Claim"("codingRoundId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_codingRoundId_fkey" FOREIGN KEY ("codingRoundId") REFERENCES "CodingRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodingRound" ADD CONSTRAINT "CodingRound_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodingRound" ADD CONSTRAINT "CodingRound_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodingRound" ADD CONSTRAINT "CodingRound_openedById_fkey" FOREIGN KEY ("openedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodingRoundCoder" ADD CONSTRAINT "CodingRoundCoder_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "CodingRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CodingRoundCoder" ADD CONSTRAINT "CodingRoundCoder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A round is closed exactly when it records when it closed: the data layer sets both in one update.
ALTER TABLE "CodingRound" ADD CONSTRAINT "CodingRound_closed_check" CHECK (("status" = 'closed') = ("closedAt" IS NOT NULL));
