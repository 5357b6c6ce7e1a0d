import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import { ValidationError } from "../errors";
import { derivationIssue } from "./claim-derivation";

type Tx = Prisma.TransactionClient;

/**
 * Where the reference checks look rows up: the database, one query per
 * reference (a claim written from a form), or rows read in bulk beforehand
 * (an import checking thousands of claims in one transaction).
 */
export interface ClaimReferenceLookup {
  entity(id: string): Promise<{ id: string; mergedIntoId: string | null } | null>;
  property(id: string): Promise<{ id: string; label: string; valueType: string; archivedAt: Date | null } | null>;
  hasSource(id: string): Promise<boolean>;
  /** Which of these annotations the project has. */
  knownAnnotations(ids: readonly string[]): Promise<ReadonlySet<string>>;
}

/** The lookups as single queries, scoped to the project. */
export function databaseLookup(tx: Tx, projectId: string): ClaimReferenceLookup {
  return {
    entity: (id) => tx.entity.findFirst({ where: { id, projectId }, select: { id: true, mergedIntoId: true } }),
    property: (id) => tx.property.findFirst({ where: { id, projectId }, select: { id: true, label: true, valueType: true, archivedAt: true } }),
    hasSource: async (id) => Boolean(await tx.source.findFirst({ where: { id, projectId }, select: { id: true } })),
    knownAnnotations: async (ids) =>
      new Set((await tx.annotation.findMany({ where: { id: { in: [...ids] }, projectId }, select: { id: true } })).map((a) => a.id)),
  };
}

/** Follows merges: a claim about a merged entity is about the entity it was merged into. */
export async function resolveEntityId(tx: Tx, projectId: string, entityId: string, lookup = databaseLookup(tx, projectId)): Promise<string | null> {
  let current = entityId;
  for (let hops = 0; hops < 10; hops++) {
    const entity = await lookup.entity(current);
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
  lookup = databaseLookup(tx, projectId),
): Promise<ParsedClaimInput> {
  const keptPropertyId = existing?.keptPropertyId;
  const issues: { path: string; message: string }[] = [];
  const subjectId = await resolveEntityId(tx, projectId, input.subjectId, lookup);
  if (!subjectId) issues.push({ path: "subjectId", message: "No such entity in this project" });

  const property = await lookup.property(input.propertyId);
  if (!property) issues.push({ path: "propertyId", message: "No such property in this project's vocabulary" });
  else if (property.archivedAt && property.id !== keptPropertyId) {
    issues.push({ path: "propertyId", message: `${property.label} is archived: new claims cannot use it` });
  } else if (property.valueType !== input.value.type) {
    issues.push({ path: "value.type", message: `${property.label} takes a ${property.valueType} value, not ${input.value.type}` });
  }

  let value = input.value;
  if (value.type === "entity") {
    const entityId = await resolveEntityId(tx, projectId, value.entityId, lookup);
    if (!entityId) issues.push({ path: "value.entityId", message: "No such entity in this project" });
    else value = { ...value, entityId };
  }

  const attribution = [];
  for (const [index, link] of input.attribution.entries()) {
    let entityId = link.entityId;
    if (entityId) {
      const resolved = await resolveEntityId(tx, projectId, entityId, lookup);
      if (!resolved) issues.push({ path: `attribution.${index}.entityId`, message: "No such entity in this project" });
      entityId = resolved ?? undefined;
    }
    if (link.sourceId && !(await lookup.hasSource(link.sourceId))) {
      issues.push({ path: `attribution.${index}.sourceId`, message: "No such source in this project" });
    }
    attribution.push({ ...link, entityId });
  }

  const evidenceIds = [...new Set(input.evidenceAnnotationIds)];
  const known = await lookup.knownAnnotations(evidenceIds);
  if (known.size !== evidenceIds.length) {
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
