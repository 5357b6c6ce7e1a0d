-- CreateEnum
CREATE TYPE "EstimateRuleKind" AS ENUM ('ucdp', 'conservative');

-- CreateEnum
CREATE TYPE "ReliabilityGrade" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "EventDatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "PlacePrecision" AS ENUM ('exact', 'near', 'region', 'country');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "estimateRule" "EstimateRuleKind" NOT NULL DEFAULT 'ucdp',
ADD COLUMN     "excludedCredibility" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "excludedReliability" "ReliabilityGrade"[] DEFAULT ARRAY[]::"ReliabilityGrade"[],
ADD COLUMN     "isGradingEnabled" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Entity" ADD COLUMN     "eventDatePrecision" "EventDatePrecision",
ADD COLUMN     "eventEnd" DATE,
ADD COLUMN     "eventPlaceId" TEXT,
ADD COLUMN     "eventPlacePrecision" "PlacePrecision",
ADD COLUMN     "eventStart" DATE,
ADD COLUMN     "reliability" "ReliabilityGrade";

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "credibility" INTEGER,
ADD COLUMN     "derivedFromId" TEXT;

-- CreateTable
CREATE TABLE "EventParticipant" (
    "eventId" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,

    CONSTRAINT "EventParticipant_pkey" PRIMARY KEY ("eventId","entityId")
);

-- CreateTable
CREATE TABLE "PartyReliability" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "grade" "ReliabilityGrade" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PartyReliability_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventParticipant_entityId_idx" ON "EventParticipant"("entityId");

-- CreateIndex
CREATE UNIQUE INDEX "PartyReliability_projectId_name_key" ON "PartyReliability"("projectId", "name");

-- AddForeignKey
ALTER TABLE "Entity" ADD CONSTRAINT "Entity_eventPlaceId_fkey" FOREIGN KEY ("eventPlaceId") REFERENCES "Entity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EventParticipant" ADD CONSTRAINT "EventParticipant_entityId_fkey" FOREIGN KEY ("entityId") REFERENCES "Entity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartyReliability" ADD CONSTRAINT "PartyReliability_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_derivedFromId_fkey" FOREIGN KEY ("derivedFromId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Checks the data layer's zod schemas make first: the database refuses what slips past them.
ALTER TABLE "Claim"
  ADD CONSTRAINT "Claim_credibility_check" CHECK ("credibility" BETWEEN 1 AND 6),
  ADD CONSTRAINT "Claim_derivedFrom_not_self_check" CHECK ("derivedFromId" <> "id");
ALTER TABLE "Entity"
  ADD CONSTRAINT "Entity_event_dates_check" CHECK ("eventEnd" IS NULL OR "eventStart" IS NULL OR "eventEnd" >= "eventStart");
ALTER TABLE "Project"
  ADD CONSTRAINT "Project_excludedCredibility_check" CHECK ("excludedCredibility" <@ ARRAY[1, 2, 3, 4, 5, 6]);
