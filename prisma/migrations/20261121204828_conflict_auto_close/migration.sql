-- AlterTable
ALTER TABLE "Conflict" ADD COLUMN     "isClosedAutomatically" BOOLEAN NOT NULL DEFAULT false;
