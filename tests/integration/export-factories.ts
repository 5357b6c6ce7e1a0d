import { claimInputSchema } from "@/lib/claims/claim-input";
import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/server/actor";
import { createClaim } from "@/lib/server/claims/create-claim";
import { resolveConflict } from "@/lib/server/conflicts/resolve-conflict";
import { reviewClaim } from "@/lib/server/reviews/review-claim";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { annotatePhrase, createProject, createSource, createVocabulary, testDb } from "./factories";

/**
 * The reference scenario on the Talataye article, reviewed: MSA/JNIM-side
 * casualties of 4 (per MSA), 60+ (per IS) and 17+ (per ACLED), approved, with
 * the contradiction between MSA and IS resolved; the airstrikes denied by Le
 * Monde citing local sources (a three-link chain), approved; and one draft.
 */
export async function reviewedScenario() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher", "viewer"]);
  const { source } = await createSource(members.owner, project.id);
  const v = await createVocabulary(project.id);
  const researcher = members.researcher;
  const span = (phrase: string) => annotatePhrase(researcher, source.id, phrase);
  const casualties = async (phrase: string, kind: "exact" | "at_least", min: number, origin: string) =>
    createClaim(testDb(), {
      actor: researcher,
      projectId: project.id,
      input: claimInputSchema.parse({
        subjectId: v.msaJnim.id,
        propertyId: v.casualties.id,
        value: { type: "quantity", kind, min, max: kind === "exact" ? min : null, category: "killed" },
        attribution: [{ role: "origin", entityId: origin }],
        evidenceAnnotationIds: [(await span(phrase)).id],
      }),
    });
  const msa = await casualties("4 (per MSA)", "exact", 4, v.msa.id);
  const is = await casualties("60+ (per IS)", "at_least", 60, v.isgs.id);
  const acled = await casualties("17+ (per ACLED)", "at_least", 17, v.acled.id);
  const airstrikes = await createClaim(testDb(), {
    actor: researcher,
    projectId: project.id,
    input: claimInputSchema.parse({
      subjectId: v.battle.id,
      propertyId: v.occurred.id,
      value: { type: "assertion", proposition: "airstrikes occurred during the battle", polarity: "denied" },
      hedging: "reported",
      note: "=cmd|' /C calc'!A0",
      attribution: [
        { role: "origin", partyName: "local sources" },
        { role: "intermediary", entityId: v.leMonde.id },
        { role: "reporter", sourceId: source.id },
      ],
      evidenceAnnotationIds: [(await span("Le Monde, which stated that airstrikes did not occur, citing local sources")).id],
    }),
  });
  const draft = await createClaim(testDb(), {
    actor: researcher,
    projectId: project.id,
    input: claimInputSchema.parse({
      subjectId: v.battle.id,
      propertyId: v.result.id,
      value: { type: "entity", entityId: v.isgs.id },
      attribution: [{ role: "origin", entityId: v.isgs.id }],
      evidenceAnnotationIds: [(await span("ISGS fighters withdrew from Talataye")).id],
    }),
  });
  for (const claim of [msa, is, acled, airstrikes]) await approve(claim.id, researcher, members.reviewer);
  const contradiction = await testDb().conflict.findFirstOrThrow({
    where: { projectId: project.id, kind: "contradiction", members: { every: { claimId: { in: [msa.id, is.id] } } } },
  });
  await resolveConflict(testDb(), members.reviewer, contradiction.id, {
    status: "resolved",
    reason: "MSA counted its own dead",
    ranks: [
      { claimId: msa.id, rank: "preferred" },
      { claimId: is.id, rank: "deprecated", reason: "Propaganda figure" },
    ],
  });
  return { project, members, source, vocabulary: v, claims: { msa, is, acled, airstrikes, draft }, contradiction };
}

async function approve(claimId: string, author: Actor, reviewer: Actor): Promise<void> {
  await submitClaim(testDb(), author, claimId, {});
  await reviewClaim(testDb(), reviewer, claimId, { decision: "approve" });
}

export async function statusOf(claimId: string): Promise<ClaimStatus> {
  return (await testDb().claim.findUniqueOrThrow({ where: { id: claimId } })).status;
}

/** Every byte of a downloaded or exported file (the app streams them; the tests' files are small). */
export async function bytesOf(file: { body: ReadableStream<Uint8Array> }): Promise<Buffer> {
  return Buffer.from(await new Response(file.body).arrayBuffer());
}
