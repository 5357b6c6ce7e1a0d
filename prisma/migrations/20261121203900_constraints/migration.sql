-- Constraints Prisma's schema language cannot express. Everything here is
-- database-only: the drift test compares Prisma-owned objects and checks
-- these separately (tests/integration/schema-drift.integration.test.ts).

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lowercase_check" CHECK ("email" = lower("email") AND position('@' in "email") > 1),
  ADD CONSTRAINT "User_name_check" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "User_sessionVersion_check" CHECK ("sessionVersion" >= 0);

ALTER TABLE "Project"
  ADD CONSTRAINT "Project_slug_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 64),
  ADD CONSTRAINT "Project_name_check" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "Project_divergenceThreshold_check" CHECK ("divergenceThreshold" > 0 AND "divergenceThreshold" <= 10),
  ADD CONSTRAINT "Project_requiredApprovals_check" CHECK ("requiredApprovals" BETWEEN 1 AND 2);

ALTER TABLE "ApiToken"
  ADD CONSTRAINT "ApiToken_tokenHash_check" CHECK ("tokenHash" ~ '^[0-9a-f]{64}$');

ALTER TABLE "Source"
  ADD CONSTRAINT "Source_title_check" CHECK (length(btrim("title")) > 0);

ALTER TABLE "SourceRevision"
  ADD CONSTRAINT "SourceRevision_number_check" CHECK ("number" >= 1),
  ADD CONSTRAINT "SourceRevision_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "SourceRevision_text_check" CHECK (length("text") > 0 AND length("text") = "codePoints");

ALTER TABLE "Annotation"
  ADD CONSTRAINT "Annotation_span_check" CHECK ("start" >= 0 AND "end" > "start"),
  ADD CONSTRAINT "Annotation_exact_check" CHECK (length("exact") = "end" - "start");

ALTER TABLE "AnnotationAnchor"
  ADD CONSTRAINT "AnnotationAnchor_span_check" CHECK (
    ("status" = 'orphaned' AND "start" IS NULL AND "end" IS NULL)
    OR ("status" <> 'orphaned' AND "start" >= 0 AND "end" > "start")
  );

ALTER TABLE "Entity"
  ADD CONSTRAINT "Entity_name_check" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "Entity_wikidataQid_check" CHECK ("wikidataQid" IS NULL OR "wikidataQid" ~ '^Q[1-9][0-9]*$'),
  ADD CONSTRAINT "Entity_not_merged_into_self_check" CHECK ("mergedIntoId" IS NULL OR "mergedIntoId" <> "id");

ALTER TABLE "Property"
  ADD CONSTRAINT "Property_key_check" CHECK ("key" ~ '^[a-z][a-z0-9_]*$');

ALTER TABLE "Claim"
  ADD CONSTRAINT "Claim_version_check" CHECK ("version" >= 1),
  ADD CONSTRAINT "Claim_value_type_check" CHECK (jsonb_typeof("value") = 'object' AND "value" ? 'type'),
  ADD CONSTRAINT "Claim_quantity_bounds_check" CHECK ("quantityMin" IS NULL OR "quantityMax" IS NULL OR "quantityMin" <= "quantityMax"),
  ADD CONSTRAINT "Claim_date_bounds_check" CHECK ("dateStart" IS NULL OR "dateEnd" IS NULL OR "dateStart" <= "dateEnd");

ALTER TABLE "Attribution"
  ADD CONSTRAINT "Attribution_position_check" CHECK ("position" >= 0),
  ADD CONSTRAINT "Attribution_party_check" CHECK ("entityId" IS NOT NULL OR "partyName" IS NOT NULL OR "sourceId" IS NOT NULL);

ALTER TABLE "Conflict"
  ADD CONSTRAINT "Conflict_manual_rationale_check" CHECK (NOT "isManual" OR length(btrim(coalesce("rationale", ''))) > 0),
  ADD CONSTRAINT "Conflict_resolution_check" CHECK ("status" <> 'resolved' OR ("resolutionReason" IS NOT NULL AND "resolvedAt" IS NOT NULL));

ALTER TABLE "ReviewDecision"
  ADD CONSTRAINT "ReviewDecision_reason_check" CHECK (
    "decision" NOT IN ('reject', 'request_changes') OR length(btrim(coalesce("reason", ''))) > 0
  );

ALTER TABLE "Comment"
  ADD CONSTRAINT "Comment_one_target_check" CHECK (num_nonnulls("claimId", "conflictId", "annotationId") = 1);

ALTER TABLE "ExportRun"
  ADD CONSTRAINT "ExportRun_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT "ExportRun_datasetVersion_check" CHECK ("datasetVersion" >= 1);

-- The audit trail is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
-- The migration runner splits statements on every semicolon, even inside
-- quotes, so the body spells its semicolons as the octal escape \073.
CREATE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''AuditEvent rows are append-only (% refused)'', TG_OP USING ERRCODE = ''insufficient_privilege''\073
END\073
';

CREATE TRIGGER "AuditEvent_no_update_delete"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_is_append_only"();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_is_append_only"();
