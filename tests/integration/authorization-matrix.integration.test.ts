import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { exportFiltersSchema } from "@/lib/export/filters";
import { EXPORT_SCHEMA_VERSION } from "@/lib/export/records";
import { commentBodySchema } from "@/lib/review/comment-body";
import type { Actor } from "@/lib/server/actor";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "@/lib/server/claims/create-claim";
import { deleteClaim } from "@/lib/server/claims/delete-claim";
import { updateClaim } from "@/lib/server/claims/update-claim";
import { createComment } from "@/lib/server/comments/create-comment";
import { flagConflict } from "@/lib/server/conflicts/flag-conflict";
import { recomputeProject } from "@/lib/server/conflicts/recompute-project";
import { resolveConflict } from "@/lib/server/conflicts/resolve-conflict";
import { resolveConflictGroup } from "@/lib/server/conflicts/resolve-conflict-group";
import { confirmRecheck } from "@/lib/server/claims/recheck";
import { reattachAnnotation } from "@/lib/server/annotations/reattach-annotation";
import { setDivergenceThreshold } from "@/lib/server/conflicts/set-divergence-threshold";
import { createEntity, updateEntity } from "@/lib/server/entities/entities";
import { mergeEntities } from "@/lib/server/entities/merge-entities";
import { unmergeEntity } from "@/lib/server/entities/unmerge-entity";
import { AppError } from "@/lib/server/errors";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { importDataset } from "@/lib/server/export/import-dataset";
import { setUserDisabledByAdmin } from "@/lib/server/auth/disable-user";
import { createInvitation, revokeInvitation } from "@/lib/server/invitations/invitations";
import { createProperty, setPropertyArchived, updateProperty } from "@/lib/server/vocabulary/properties";
import { changeMemberRole, removeMember } from "@/lib/server/projects/members";
import { updateProjectSettings } from "@/lib/server/projects/update-project";
import { createProject as createProjectAs } from "@/lib/server/projects/create-project";
import { bulkApprove } from "@/lib/server/reviews/bulk-approve";
import { reviewClaim } from "@/lib/server/reviews/review-claim";
import { setRequiredApprovals } from "@/lib/server/reviews/set-required-approvals";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { addRevision } from "@/lib/server/sources/add-revision";
import { addRevisionSchema } from "@/lib/sources/source-input";
import { importSource } from "@/lib/server/sources/import-source";
import { importSourceSchema } from "@/lib/sources/source-input";
import { acceptCandidate } from "@/lib/server/suggestions/accept-candidate";
import { dismissCandidate } from "@/lib/server/suggestions/dismiss-candidate";
import { listCandidates } from "@/lib/server/suggestions/list-candidates";
import { replaceVagueLexicon } from "@/lib/server/suggestions/replace-vague-lexicon";
import { DEFAULT_VAGUE_QUANTITIES } from "@/lib/claims/parse/vague-quantities";
import { replaceVagueLexiconSchema } from "@/lib/vocabulary/vague-lexicon-input";
import { createProject, createUser, testDb } from "./factories";
import { msaClaim, reviewProject, submittedClaim, type ReviewProject } from "./review-factories";

/**
 * Every mutation of the data layer (which the API routes and server actions
 * call after authenticating) with every project role and with a user who is
 * not a member, asserting the exact outcome: "ok", or the status of the
 * typed error. Each cell prepares its own target objects, so the order of
 * the cells does not matter. Unauthenticated requests never reach this
 * layer; tests/e2e/authorization.spec.ts checks that they get 401.
 */

type Who = "owner" | "reviewer" | "researcher" | "viewer" | "outsider";
type Outcome = "ok" | 400 | 403 | 404 | 409;
type Expected = Record<Who, Outcome>;

interface Fixture extends ReviewProject {
  /** A second researcher: the author of "someone else's" claims. */
  author: Actor;
}

interface Case {
  name: string;
  expected: Expected;
  /** Prepares fresh targets for this cell, then runs the mutation as `actor`. */
  run: (fixture: Fixture, actor: Actor, who: Who) => Promise<unknown>;
}

const WHO: Who[] = ["owner", "reviewer", "researcher", "viewer", "outsider"];

const writers: Expected = { owner: "ok", reviewer: "ok", researcher: "ok", viewer: 403, outsider: 404 };
const reviewers: Expected = { owner: "ok", reviewer: "ok", researcher: 403, viewer: 403, outsider: 404 };
const ownerOnly: Expected = { owner: "ok", reviewer: 403, researcher: 403, viewer: 403, outsider: 404 };

const db = () => testDb();
const unique = () => randomUUID().slice(0, 8);
const hello = commentBodySchema.parse({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Checked." }] }] });

/** Who writes a claim the actor then acts on as its author; viewers and outsiders cannot write, so the researcher does. */
function ownAuthor(fixture: Fixture, who: Who): Actor {
  return who === "viewer" || who === "outsider" ? fixture.members.researcher : actorOf(fixture, who);
}

function actorOf(fixture: Fixture, who: Who): Actor {
  return who === "outsider" ? fixture.outsider : fixture.members[who];
}

async function freshSource(fixture: Fixture) {
  const text = `A report ${unique()}: the MSA said 4 of its fighters were killed.`;
  return (await importSource(db(), fixture.members.owner, fixture.project.id, importSourceSchema.parse({ title: `Report ${unique()}`, text }))).source;
}

/** A source of its own whose one candidate claim is a figure: "at least 30 civilians". */
async function freshCandidate(fixture: Fixture) {
  const text = `Report ${unique()}. According to ACLED, at least 30 civilians were killed.`;
  const { source } = await importSource(db(), fixture.members.owner, fixture.project.id, importSourceSchema.parse({ title: `Report ${unique()}`, text }));
  const { revision, candidates } = await listCandidates(db(), fixture.members.owner, source.id);
  const candidate = candidates.find((c) => c.value.type === "quantity");
  if (!candidate) throw new Error("The parser found no figure in the report");
  return { sourceId: source.id, revisionId: revision.id, key: candidate.key };
}

/** Two casualty claims about a subject of their own, so no other claim joins their group. */
async function claimPair(fixture: Fixture, counts: [number, number]) {
  const subject = await db().entity.create({ data: { projectId: fixture.project.id, name: `Side ${unique()}`, kind: "armed_group" } });
  const claim = (count: number) =>
    createClaim(db(), {
      actor: fixture.author,
      projectId: fixture.project.id,
      input: claimInputSchema.parse({
        subjectId: subject.id,
        propertyId: fixture.vocabulary.casualties.id,
        value: { type: "quantity", kind: "exact", min: count, max: count },
        evidenceAnnotationIds: [fixture.span.id],
      }),
    });
  return [await claim(counts[0]), await claim(counts[1])] as const;
}

/** A freshly detected conflict: 4 and 60 about the same side contradict each other. */
async function freshConflict(fixture: Fixture) {
  const [four] = await claimPair(fixture, [4, 60]);
  return db().conflict.findFirstOrThrow({ where: { members: { some: { claimId: four.id } } } });
}

/** A claim by `author` marked for re-check, as a new revision would mark it. */
async function claimToRecheck(fixture: Fixture, author: Actor) {
  const claim = await msaClaim(fixture, author);
  return db().claim.update({ where: { id: claim.id }, data: { needsRecheckSince: new Date(), recheckReason: "Revision 2 changed the words of its evidence." } });
}

const cases: Case[] = [
  {
    name: "sources: import",
    expected: writers,
    run: (f, actor) =>
      importSource(db(), actor, f.project.id, importSourceSchema.parse({ title: `Note ${unique()}`, text: `Field note ${unique()}` })),
  },
  {
    name: "sources: add a revision",
    expected: writers,
    run: async (f, actor) => addRevision(db(), actor, (await freshSource(f)).id, addRevisionSchema.parse({ text: `Revised ${unique()}` })),
  },
  { name: "annotations: create", expected: writers, run: (f, actor) => createAnnotation(db(), actor, f.source.id, { start: 0, end: 5 }) },
  {
    name: "suggestions: dismiss a candidate claim",
    expected: writers,
    run: async (f, actor) => {
      const { sourceId, revisionId, key } = await freshCandidate(f);
      return dismissCandidate(db(), actor, sourceId, key, { revisionId });
    },
  },
  {
    name: "suggestions: accept a candidate claim (highlight and draft claim)",
    expected: writers,
    run: async (f, actor) => {
      const { sourceId, revisionId, key } = await freshCandidate(f);
      return acceptCandidate(db(), actor, sourceId, key, { revisionId, subjectId: f.vocabulary.battle.id, propertyId: f.vocabulary.civilianDeaths.id });
    },
  },
  {
    name: "annotations: re-attach one a new revision lost",
    expected: writers,
    run: async (f, actor) => {
      const source = await freshSource(f);
      const lost = await createAnnotation(db(), f.members.owner, source.id, { start: 0, end: 8 });
      await addRevision(db(), f.members.owner, source.id, addRevisionSchema.parse({ text: `Rewritten ${unique()}` }));
      return reattachAnnotation(db(), actor, lost.id, { start: 0, end: 9 });
    },
  },
  {
    name: "claims: confirm a re-check of one's own claim",
    expected: writers,
    run: async (f, actor, who) => confirmRecheck(db(), actor, (await claimToRecheck(f, ownAuthor(f, who))).id, "Still holds"),
  },
  {
    name: "claims: confirm a re-check of someone else's claim",
    expected: reviewers,
    run: async (f, actor) => confirmRecheck(db(), actor, (await claimToRecheck(f, f.author)).id, "Still holds"),
  },
  { name: "claims: create", expected: writers, run: (f, actor) => msaClaim(f, actor) },
  {
    name: "claims: edit one's own draft",
    expected: writers,
    run: async (f, actor, who) => updateClaim(db(), { actor, claimId: (await msaClaim(f, ownAuthor(f, who))).id, update: { version: 1, note: "edited" } }),
  },
  {
    name: "claims: edit someone else's draft",
    expected: { owner: "ok", reviewer: "ok", researcher: 403, viewer: 403, outsider: 404 },
    run: async (f, actor) => updateClaim(db(), { actor, claimId: (await msaClaim(f, f.author)).id, update: { version: 1, note: "edited" } }),
  },
  {
    name: "claims: withdraw one's own draft",
    expected: writers,
    run: async (f, actor, who) => deleteClaim(db(), actor, (await msaClaim(f, ownAuthor(f, who))).id, 1),
  },
  {
    name: "claims: withdraw someone else's draft",
    expected: { owner: "ok", reviewer: "ok", researcher: 403, viewer: 403, outsider: 404 },
    run: async (f, actor) => deleteClaim(db(), actor, (await msaClaim(f, f.author)).id, 1),
  },
  {
    name: "entities: create",
    expected: writers,
    run: (f, actor) => createEntity(db(), actor, f.project.id, { name: `Group ${unique()}`, kind: "armed_group", aliases: [], description: "" }),
  },
  {
    name: "entities: update",
    expected: writers,
    run: async (f, actor) => {
      const entity = await db().entity.create({ data: { projectId: f.project.id, name: `Group ${unique()}`, kind: "armed_group" } });
      return updateEntity(db(), actor, entity.id, { aliases: ["G"] });
    },
  },
  {
    name: "entities: merge",
    expected: reviewers,
    run: async (f, actor) => {
      const [source, target] = await Promise.all(
        [1, 2].map(() => db().entity.create({ data: { projectId: f.project.id, name: `Group ${unique()}`, kind: "armed_group" } })),
      );
      return mergeEntities(db(), actor, { sourceId: source!.id, targetId: target!.id });
    },
  },
  {
    name: "entities: un-merge",
    expected: reviewers,
    run: async (f, actor) => {
      const [source, target] = await Promise.all(
        [1, 2].map(() => db().entity.create({ data: { projectId: f.project.id, name: `Group ${unique()}`, kind: "armed_group" } })),
      );
      await mergeEntities(db(), f.members.owner, { sourceId: source!.id, targetId: target!.id });
      return unmergeEntity(db(), actor, source!.id);
    },
  },
  {
    name: "projects: create (any signed-in user; the instance may keep it to admins)",
    expected: { owner: "ok", reviewer: "ok", researcher: "ok", viewer: "ok", outsider: "ok" },
    run: (_f, actor) => createProjectAs(db(), { actor, input: { name: `Project ${unique()}`, description: "", template: "blank" } }),
  },
  {
    name: "accounts: disable one (instance administrators only, whatever their project roles)",
    expected: { owner: 403, reviewer: 403, researcher: 403, viewer: 403, outsider: 403 },
    run: async (_f, actor) => setUserDisabledByAdmin(db(), { actor, userId: (await createUser()).userId, isDisabled: true }),
  },
  {
    name: "invitations: invite an address",
    expected: ownerOnly,
    run: (f, actor) => createInvitation(db(), { actor, projectId: f.project.id, input: { email: `invitee-${unique()}@example.test`, role: "viewer" }, origin: "http://localhost" }),
  },
  {
    name: "invitations: withdraw one",
    expected: ownerOnly,
    run: async (f, actor) => {
      const invitation = await createInvitation(db(), { actor: f.members.owner, projectId: f.project.id, input: { email: `invitee-${unique()}@example.test`, role: "viewer" }, origin: "http://localhost" });
      return revokeInvitation(db(), { actor, projectId: f.project.id, invitationId: invitation.id });
    },
  },
  {
    name: "vocabulary: add a property",
    expected: ownerOnly,
    run: (f, actor) => createProperty(db(), { actor, projectId: f.project.id, input: { key: `k_${unique()}`, label: "Displaced", valueType: "quantity", isSingleValued: true, description: "" } }),
  },
  {
    name: "vocabulary: change a property",
    expected: ownerOnly,
    run: async (f, actor) => {
      const property = await db().property.create({ data: { projectId: f.project.id, key: `k_${unique()}`, label: "Before", valueType: "text" } });
      return updateProperty(db(), { actor, propertyId: property.id, input: { label: `After ${unique()}` } });
    },
  },
  {
    name: "vocabulary: archive a property",
    expected: ownerOnly,
    run: async (f, actor) => {
      const property = await db().property.create({ data: { projectId: f.project.id, key: `k_${unique()}`, label: "Old", valueType: "text" } });
      return setPropertyArchived(db(), { actor, propertyId: property.id, isArchived: true });
    },
  },
  {
    name: "vocabulary: restore an archived property",
    expected: ownerOnly,
    run: async (f, actor) => {
      const property = await db().property.create({ data: { projectId: f.project.id, key: `k_${unique()}`, label: "Old", valueType: "text", archivedAt: new Date() } });
      return setPropertyArchived(db(), { actor, propertyId: property.id, isArchived: false });
    },
  },
  {
    // The default's own readings, so the other cells' suggestions read as they would without a list.
    name: "vocabulary: replace the vague-amount lexicon",
    expected: ownerOnly,
    run: (f, actor) => replaceVagueLexicon(db(), { actor, projectId: f.project.id, input: replaceVagueLexiconSchema.parse({ entries: DEFAULT_VAGUE_QUANTITIES }) }),
  },
  {
    name: "vocabulary: reset the vague-amount lexicon to the default",
    expected: ownerOnly,
    run: (f, actor) => replaceVagueLexicon(db(), { actor, projectId: f.project.id, input: { entries: null } }),
  },
  {
    name: "projects: change the settings",
    expected: ownerOnly,
    run: (f, actor) => updateProjectSettings(db(), { actor, projectId: f.project.id, input: { description: `Updated ${unique()}` } }),
  },
  {
    name: "members: change a role",
    expected: ownerOnly,
    run: async (f, actor) => {
      const user = await createUser();
      await db().membership.create({ data: { projectId: f.project.id, userId: user.userId, role: "viewer" } });
      return changeMemberRole(db(), { actor, projectId: f.project.id, userId: user.userId, role: "researcher" });
    },
  },
  {
    name: "members: remove",
    expected: ownerOnly,
    run: async (f, actor) => {
      const user = await createUser();
      await db().membership.create({ data: { projectId: f.project.id, userId: user.userId, role: "viewer" } });
      return removeMember(db(), { actor, projectId: f.project.id, userId: user.userId });
    },
  },
  {
    name: "reviews: submit one's own claim",
    expected: writers,
    run: async (f, actor, who) => submitClaim(db(), actor, (await msaClaim(f, ownAuthor(f, who))).id, {}),
  },
  {
    name: "reviews: submit someone else's claim",
    expected: { owner: "ok", reviewer: "ok", researcher: 403, viewer: 403, outsider: 404 },
    run: async (f, actor) => submitClaim(db(), actor, (await msaClaim(f, f.author)).id, {}),
  },
  {
    name: "reviews: approve",
    expected: reviewers,
    run: async (f, actor) => reviewClaim(db(), actor, (await submittedClaim(f, f.author)).id, { decision: "approve" }),
  },
  {
    name: "reviews: approve one's own claim (four eyes)",
    expected: { owner: 403, reviewer: 403, researcher: 403, viewer: 403, outsider: 404 },
    run: async (f, actor, who) => reviewClaim(db(), actor, (await submittedClaim(f, ownAuthor(f, who))).id, { decision: "approve" }),
  },
  {
    name: "reviews: approve a claim one edited after its submission (four eyes)",
    expected: { owner: 403, reviewer: 403, researcher: 403, viewer: 403, outsider: 404 },
    run: async (f, actor, who) => {
      const claim = await submittedClaim(f, f.author);
      // Only owners and reviewers may edit someone else's submitted claim; the others' approval is refused anyway.
      if (who === "owner" || who === "reviewer") await updateClaim(db(), { actor, claimId: claim.id, update: { version: claim.version, note: `Edited by the ${who}` } });
      return reviewClaim(db(), actor, claim.id, { decision: "approve" });
    },
  },
  {
    name: "reviews: approve a claim whose conflict another reviewer resolved (four eyes: a ranking is no edit)",
    expected: reviewers,
    run: async (f, actor, who) => {
      const conflict = await freshConflict(f);
      const members = await db().conflictMember.findMany({ where: { conflictId: conflict.id } });
      for (const member of members) await submitClaim(db(), f.author, member.claimId, {});
      const resolver = who === "owner" ? f.members.reviewer : f.members.owner;
      await resolveConflict(db(), resolver, conflict.id, {
        status: "resolved",
        reason: "The larger figure counts both sides",
        ranks: members.map((m, i) => ({ claimId: m.claimId, rank: i === 0 ? "preferred" : "deprecated" })),
      });
      return reviewClaim(db(), actor, members[0]!.claimId, { decision: "approve" });
    },
  },
  {
    name: "reviews: approve a claim one resolved a conflict of, after another reviewer's edit (four eyes)",
    expected: { owner: "ok", reviewer: 403, researcher: 403, viewer: 403, outsider: 404 },
    run: async (f, actor) => {
      // The reviewer edits, the owner ranks: the reviewer still may not approve the edit, the owner may.
      const conflict = await freshConflict(f);
      const members = await db().conflictMember.findMany({ where: { conflictId: conflict.id } });
      for (const member of members) await submitClaim(db(), f.author, member.claimId, {});
      const target = await db().claim.findUniqueOrThrow({ where: { id: members[0]!.claimId } });
      await updateClaim(db(), { actor: f.members.reviewer, claimId: target.id, update: { version: target.version, note: "The reviewer's wording" } });
      await resolveConflict(db(), f.members.owner, conflict.id, {
        status: "resolved",
        reason: "Ranked by the owner",
        ranks: members.map((m, i) => ({ claimId: m.claimId, rank: i === 0 ? "preferred" : "deprecated" })),
      });
      return reviewClaim(db(), actor, target.id, { decision: "approve" });
    },
  },
  {
    name: "reviews: reject",
    expected: reviewers,
    run: async (f, actor) => reviewClaim(db(), actor, (await submittedClaim(f, f.author)).id, { decision: "reject", reason: "Not in the source" }),
  },
  {
    name: "reviews: request changes",
    expected: reviewers,
    run: async (f, actor) =>
      reviewClaim(db(), actor, (await submittedClaim(f, f.author)).id, { decision: "request_changes", reason: "Add the qualifier" }),
  },
  {
    name: "reviews: bulk approve",
    expected: reviewers,
    run: async (f, actor) => {
      const claim = await submittedClaim(f, f.author);
      return bulkApprove(db(), actor, f.project.id, { claims: [{ claimId: claim.id, version: claim.version }] });
    },
  },
  {
    name: "reviews: set required approvals",
    expected: ownerOnly,
    run: (f, actor) => setRequiredApprovals(db(), actor, f.project.id, { requiredApprovals: 1 }),
  },
  {
    name: "comments: on a claim",
    expected: writers,
    run: async (f, actor) => createComment(db(), actor, { type: "claim", id: (await msaClaim(f, f.author)).id }, hello),
  },
  {
    name: "comments: on a highlighted span",
    expected: writers,
    run: async (f, actor) =>
      createComment(db(), actor, { type: "annotation", id: (await createAnnotation(db(), f.author, f.source.id, { start: 0, end: 5 })).id }, hello),
  },
  {
    name: "comments: on a conflict",
    expected: writers,
    run: async (f, actor) => createComment(db(), actor, { type: "conflict", id: (await freshConflict(f)).id }, hello),
  },
  {
    name: "conflicts: flag by hand",
    expected: writers,
    run: async (f, actor) => {
      // Equal figures: detection sees no disagreement, a person may still flag one.
      const [a, b] = await claimPair(f, [4, 4]);
      return flagConflict(db(), actor, f.project.id, { claimIds: [a.id, b.id], rationale: "Different counting" });
    },
  },
  {
    name: "conflicts: resolve (dismiss)",
    expected: reviewers,
    run: async (f, actor) => resolveConflict(db(), actor, (await freshConflict(f)).id, { status: "dismissed", reason: "Different periods" }),
  },
  {
    name: "conflicts: resolve a group (dismiss)",
    expected: reviewers,
    run: async (f, actor) => resolveConflictGroup(db(), actor, { status: "dismissed", conflictIds: [(await freshConflict(f)).id], reason: "Different periods" }),
  },
  {
    name: "conflicts: set the divergence threshold",
    expected: ownerOnly,
    run: (f, actor) => setDivergenceThreshold(db(), actor, f.project.id, { divergenceThreshold: 0.5 }),
  },
  { name: "conflicts: recompute the project", expected: ownerOnly, run: (f, actor) => recomputeProject(db(), actor, f.project.id) },
  {
    name: "exports: start an export",
    expected: reviewers,
    run: async (f, actor) => {
      // A pool of this cell's own, closed here, so no export connection outlives the test database.
      const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
      try {
        await exportDataset(db(), actor, f.project.id, { format: "jsonl", filters: exportFiltersSchema.parse({}) }, pool);
      } finally {
        await pool.end();
      }
    },
  },
  {
    name: "exports: import a dataset into an empty project",
    expected: ownerOnly,
    run: async (_f, _actor, who) => {
      // An import needs an empty project: a fresh one per cell, with the same role.
      const { project, members } = await createProject(["owner", "reviewer", "researcher", "viewer"]);
      const actor = who === "outsider" ? await createUser() : members[who];
      return importDataset(db(), actor, project.id, `${JSON.stringify({ kind: "header", schemaVersion: EXPORT_SCHEMA_VERSION })}\n`);
    },
  },
];

async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.status as Outcome;
    throw error;
  }
}

let fixture: Fixture;

beforeAll(async () => {
  const setup = await reviewProject();
  const author = await createUser({ name: "Second researcher" });
  await db().membership.create({ data: { projectId: setup.project.id, userId: author.userId, role: "researcher" } });
  fixture = { ...setup, author };
});

describe("authorization matrix", () => {
  describe.each(cases)("$name", ({ expected, run }) => {
    it.each(WHO)("as %s", async (who) => {
      expect(await outcomeOf(() => run(fixture, actorOf(fixture, who), who))).toBe(expected[who]);
    });
  });
});
