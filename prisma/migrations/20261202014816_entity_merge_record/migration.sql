-- CreateTable
CREATE TABLE "EntityMergeRecord" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "targetAliasesBefore" TEXT[],
    "movedReferences" JSONB NOT NULL,
    "mergedById" TEXT NOT NULL,
    "undoneById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "EntityMergeRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EntityMergeRecord_sourceId_createdAt_idx" ON "EntityMergeRecord"("sourceId", "createdAt");

-- AddForeignKey
ALTER TABLE "EntityMergeRecord" ADD CONSTRAINT "EntityMergeRecord_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMergeRecord" ADD CONSTRAINT "EntityMergeRecord_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMergeRecord" ADD CONSTRAINT "EntityMergeRecord_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "Entity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMergeRecord" ADD CONSTRAINT "EntityMergeRecord_mergedById_fkey" FOREIGN KEY ("mergedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntityMergeRecord" ADD CONSTRAINT "EntityMergeRecord_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- An edit of an approved claim used to record its "submit" with the version the edit produced;
-- every other decision records the version it was made on. Old rows get the one meaning.
UPDATE "ReviewDecision" SET "claimVersion" = "claimVersion" - 1
WHERE decision = 'submit' AND "fromStatus" = 'approved' AND "toStatus" = 'submitted';
