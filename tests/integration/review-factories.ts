import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/server/actor";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { annotatePhrase, createProject, createSource, createUser, createVocabulary, testDb } from "./factories";

/** A project with one member per role, the Talataye source, the vocabulary and the "4 (per MSA)" span. */
export async function reviewProject() {
  const { project, members } = await createProject(["owner", "reviewer", "researcher", "viewer"] satisfies Role[]);
  const { source } = await createSource(members.owner, project.id);
  const vocabulary = await createVocabulary(project.id);
  const span = await annotatePhrase(members.researcher, source.id, "4 (per MSA)");
  const outsider = await createUser({ name: "Not a member" });
  return { project, members, source, vocabulary, span, outsider };
}
export type ReviewProject = Awaited<ReturnType<typeof reviewProject>>;

/** "MSA casualties: exactly 4", per MSA, as a draft by `author`. */
export async function msaClaim(setup: ReviewProject, author: Actor = setup.members.researcher, count = 4) {
  const { vocabulary: v } = setup;
  return createClaim(testDb(), {
    actor: author,
    projectId: setup.project.id,
    input: claimInputSchema.parse({
      subjectId: v.msa.id,
      propertyId: v.casualties.id,
      value: { type: "quantity", kind: "exact", min: count, max: count, category: "killed" },
      attribution: [{ role: "origin", entityId: v.msa.id }],
      evidenceAnnotationIds: [setup.span.id],
    }),
  });
}

/** The same claim, already submitted by its author. */
export async function submittedClaim(setup: ReviewProject, author: Actor = setup.members.researcher, count = 4) {
  const claim = await msaClaim(setup, author, count);
  await submitClaim(testDb(), author, claim.id, {});
  return testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
}
