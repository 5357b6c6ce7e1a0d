import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import { ValidationError } from "../errors";
import { derivationIssue } from "./claim-derivation";

type Tx = Prisma.TransactionClient;

/** Follows merges: a claim about a merged entity is about the entity it was merged into. */
export async function resolveEntityId(tx: Tx, projectId: string, entityId: string): Promise<string | null> {
  let current = entityId;
  for (let hops = 0; hops < 10; hops++) {
    const entity = await tx.entity.findFirst({ where: { id: current, projectId }, select: { id: true, mergedIntoId: true } });
    if (!entity) return null;
    if (!entity.mergedIntoId) return entity.id;
    current = entity.mergedIntoId;
  }
  return null;
}

/**
 * Checks that everything a claim points at belongs to its project and fits
 * the property's value type; returns the input with merged entities resolved.
 * An archived property stays on the claims that have it (`keptPropertyId`)
 * and is refused to any other. A claim an edit marks as repeated must be
 * another claim of the project and not close a loop; a mark the edit keeps is
 * not checked again, so the claim stays editable after the one it repeats is
 * deleted.
 */
export async function checkClaimReferences(
  tx: Tx,
  projectId: string,
  input: ParsedClaimInput,
  existing?: { claimId: string; keptPropertyId: string; derivedFromId: string | null },
): Promise<ParsedClaimInput> {
  const keptPropertyId = existing?.keptPropertyId;
  const issues: { path: string; message: string }[] = [];
  const subjectId = await resolveEntityId(tx, projectId, input.subjectId);
  if (!subjectId) issues.push({ path: "subjectId", message: "No such entity in this project" });

  const property = await tx.property.findFirst({ where: { id: input.propertyId, projectId } });
  if (!property) issues.push({ path: "propertyId", message: "No such property in this project's vocabulary" });
  else if (property.archivedAt && property.id !== keptPropertyId) {
    issues.push({ path: "propertyId", message: `${property.label} is archived: new claims cannot use it` });
  } else if (property.valueType !== input.value.type) {
    issues.push({ path: "value.type", message: `${property.label} takes a ${property.valueType} value, not ${input.value.type}` });
  }

  let value = input.value;
  if (value.type === "entity") {
    const entityId = await resolveEntityId(tx, projectId, value.entityId);
    if (!entityId) issues.push({ path: "value.entityId", message: "No such entity in this project" });
    else value = { ...value, entityId };
  }

  const attribution = [];
  for (const [index, link] of input.attribution.entries()) {
    let entityId = link.entityId;
    if (entityId) {
      const resolved = await resolveEntityId(tx, projectId, entityId);
      if (!resolved) issues.push({ path: `attribution.${index}.entityId`, message: "No such entity in this project" });
      entityId = resolved ?? undefined;
    }
    if (link.sourceId && !(await tx.source.findFirst({ where: { id: link.sourceId, projectId }, select: { id: true } }))) {
      issues.push({ path: `attribution.${index}.sourceId`, message: "No such source in this project" });
    }
    attribution.push({ ...link, entityId });
  }

  const evidenceIds = [...new Set(input.evidenceAnnotationIds)];
  const found = await tx.annotation.findMany({ where: { id: { in: evidenceIds }, projectId }, select: { id: true } });
  if (found.length !== evidenceIds.length) {
    const known = new Set(found.map((a) => a.id));
    issues.push({
      path: "evidenceAnnotationIds",
      message: `Unknown annotations in this project: ${evidenceIds.filter((id) => !known.has(id)).join(", ")}`,
    });
  }

  if (input.derivedFromId && input.derivedFromId !== existing?.derivedFromId) {
    const message = await derivationIssue(tx, projectId, existing?.claimId, input.derivedFromId);
    if (message) issues.push({ path: "derivedFromId", message });
  }

  if (issues.length > 0) {
    throw new ValidationError(`The claim is not valid: ${issues.map((i) => `${i.path}: ${i.message}`).join("; ")}.`, issues);
  }
  return { ...input, subjectId: subjectId!, value, attribution, evidenceAnnotationIds: evidenceIds };
}
