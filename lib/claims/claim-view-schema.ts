import { claimValueSchema } from "@/lib/claims/value";
import { AttributionRole, ClaimCuration, ClaimRank, ClaimStatus, ConflictKind, ConflictStatus, Hedging, ValueType } from "@/lib/db/generated/enums";
import { z } from "zod";

export const personSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "Person" });

/** A claim as every route sends it: the claim routes, a conflict's members, the review queue. */
export const claimSchema = z
  .object({
    id: z.string(),
    projectId: z.string(),
    subject: z.object({ id: z.string(), name: z.string() }),
    property: z.object({ id: z.string(), key: z.string(), label: z.string(), valueType: z.enum(ValueType) }),
    value: claimValueSchema,
    valueText: z.string(),
    qualifiers: z.record(z.string(), z.string()),
    hedging: z.enum(Hedging).nullable(),
    note: z.string(),
    status: z.enum(ClaimStatus),
    rank: z.enum(ClaimRank),
    /** Set while a new revision of a source left the claim's evidence uncertain (see lib/server/claims/recheck.ts). */
    recheck: z.object({ since: z.string(), reason: z.string() }).nullable(),
    version: z.number().int(),
    /** Where the curation of its coding-round unit left it: the unit's curated claim, curated away (kept, never reviewed), or null. */
    curation: z.enum(ClaimCuration).nullable(),
    /** Admiralty credibility, 1–6; set whether or not the project weighs grades. */
    credibility: z.number().int().min(1).max(6).nullable(),
    /** The claim this one repeats, which makes it no independent source. */
    derivedFrom: z.object({ id: z.string(), label: z.string(), isDeleted: z.boolean() }).nullable(),
    attribution: z.array(
      z.object({
        position: z.number().int(),
        role: z.enum(AttributionRole),
        entity: z.object({ id: z.string(), name: z.string() }).nullable(),
        partyName: z.string().nullable(),
        source: z.object({ id: z.string(), title: z.string() }).nullable(),
        label: z.string(),
      }),
    ),
    evidence: z.array(
      z.object({
        annotationId: z.string(),
        sourceId: z.string(),
        sourceTitle: z.string(),
        revision: z.number().int(),
        sha256: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        exact: z.string(),
        prefix: z.string(),
        suffix: z.string(),
      }),
    ),
    conflicts: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(ConflictKind),
        status: z.enum(ConflictStatus),
        explanation: z.string(),
        isManual: z.boolean(),
        rank: z.enum(ClaimRank),
        rankReason: z.string().nullable(),
      }),
    ),
    createdBy: personSchema,
    updatedBy: personSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: "Claim" });
