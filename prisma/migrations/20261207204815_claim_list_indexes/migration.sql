-- CreateIndex
CREATE INDEX "Claim_list_idx" ON "Claim"("projectId", "isDeleted", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_list_status_idx" ON "Claim"("projectId", "isDeleted", "status", "createdAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Claim_list_property_idx" ON "Claim"("projectId", "isDeleted", "propertyId", "createdAt" DESC, "id");
