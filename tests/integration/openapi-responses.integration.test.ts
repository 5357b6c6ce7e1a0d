import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { apiRoutes } from "@/lib/api/contract";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { DATA_FORMATS } from "@/lib/export/dataset";
import { exportFiltersSchema } from "@/lib/export/filters";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { createClaim } from "@/lib/server/claims/create-claim";
import { closeCodingRound } from "@/lib/server/coding-rounds/close-coding-round";
import { getCurationUnits } from "@/lib/server/coding-rounds/curation-units";
import { openCodingRound } from "@/lib/server/coding-rounds/open-coding-round";
import { mergeEntities } from "@/lib/server/entities/merge-entities";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { startExportJob } from "@/lib/server/jobs/start-export-job";
import { createInvitation } from "@/lib/server/invitations/invitations";
import { submitClaim } from "@/lib/server/reviews/submit-claim";
import { addRevision } from "@/lib/server/sources/add-revision";
import { bytesOf, reviewedScenario } from "./export-factories";
import { annotatePhrase, createProject, createSource, createUser, freshAddress, testDb } from "./factories";
import { responseChecker } from "./openapi-responses";
import { callRoute, tokenOf } from "./route-client";

type Call = Parameters<typeof callRoute>[1];
type World = Awaited<ReturnType<typeof buildWorld>>;

const document = buildOpenApiDocument(apiRoutes, "/");
const problemsOf = responseChecker(document);
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { operationId: string; responses: Record<string, unknown> }>).map(([method, operation]) => ({
    path,
    method,
    operationId: operation.operationId,
    isProtected: "401" in operation.responses,
  })),
);
const contractOf = (operationId: string) => apiRoutes.find((route) => route.operationId === operationId)!;

/** The reviewed Talataye project (approved claims, a resolved contradiction, a draft), its owner an instance administrator. */
async function buildWorld() {
  const scenario = await reviewedScenario();
  const { owner, reviewer, researcher } = scenario.members;
  await testDb().user.update({ where: { id: owner.userId }, data: { isAdmin: true } });
  const evidence = await testDb().evidence.findFirstOrThrow({ where: { claimId: scenario.claims.acled.id } });
  return {
    ...scenario,
    projectId: scenario.project.id,
    annotationId: evidence.annotationId,
    tokens: { owner: await tokenOf(owner), reviewer: await tokenOf(reviewer), researcher: await tokenOf(researcher) },
  };
}

let world: World;
beforeAll(async () => {
  world = await buildWorld();
  vi.stubEnv("ALLOW_SIGNUP", "true");
});
afterAll(() => vi.unstubAllEnvs());

const PASSWORD = "correct horse battery";
const commentBody = { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Checked against the document." }] }] } };

async function freshToken(actor: Actor) {
  const { sessionVersion } = await testDb().user.findUniqueOrThrow({ where: { id: actor.userId } });
  return createApiToken(testDb(), { ...actor, sessionVersion });
}

async function freshMember(role: "viewer" | "researcher") {
  const user = await createUser();
  await testDb().membership.create({ data: { projectId: world.projectId, userId: user.userId, role } });
  return user;
}

const freshProperty = (data: { archivedAt?: Date } = {}) =>
  testDb().property.create({ data: { projectId: world.projectId, key: `p_${randomUUID().slice(0, 8)}`, label: "Fresh", valueType: "text", ...data } });
const freshEntity = () => testDb().entity.create({ data: { projectId: world.projectId, name: `Group ${randomUUID()}`, kind: "armed_group" } });
const freshSource = (text = `A report of its own (${randomUUID()}): 4 (per MSA) were killed.`) => createSource(world.members.owner, world.projectId, text, "A fresh report");
const invite = () =>
  createInvitation(testDb(), { actor: world.members.owner, projectId: world.projectId, input: { email: `${randomUUID()}@example.test`, role: "viewer" }, origin: "http://localhost" });

/** A draft by the researcher on a fresh highlight of the Talataye source: casualties of `count`, per MSA. */
async function draftClaim(count = 4, sourceId = world.source.id) {
  const span = await annotatePhrase(world.members.researcher, sourceId, "4 (per MSA)");
  const { msaJnim, casualties, msa } = world.vocabulary;
  return createClaim(testDb(), {
    actor: world.members.researcher,
    projectId: world.projectId,
    input: claimInputSchema.parse({
      subjectId: msaJnim.id,
      propertyId: casualties.id,
      value: { type: "quantity", kind: "exact", min: count, max: count, category: "killed" },
      attribution: [{ role: "origin", entityId: msa.id }],
      evidenceAnnotationIds: [span.id],
    }),
  });
}

async function submittedClaim() {
  const claim = await draftClaim();
  await submitClaim(testDb(), world.members.researcher, claim.id, {});
  return testDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
}

/** Two drafts that contradict each other (4 and 60 killed): their open conflict. */
async function openConflict() {
  const [four, sixty] = [await draftClaim(4), await draftClaim(60)];
  return testDb().conflict.findFirstOrThrow({ where: { status: "open", AND: [four.id, sixty.id].map((claimId) => ({ members: { some: { claimId } } })) } });
}

/** A claim on a fresh source whose second revision lost the words of its evidence: the highlight is lost, the claim marked for re-check. */
async function revisedSource() {
  const { source } = await freshSource();
  const claim = await draftClaim(4, source.id);
  const replacement = "four, by the MSA's count";
  const text = `Another wording (${randomUUID()}): ${replacement}.`;
  await addRevision(testDb(), world.members.owner, source.id, { text, format: "plain" });
  const evidence = await testDb().evidence.findFirstOrThrow({ where: { claimId: claim.id } });
  const start = [...text.slice(0, text.indexOf(replacement))].length;
  return { claim, annotationId: evidence.annotationId, span: { start, end: start + [...replacement].length } };
}

async function candidates(): Promise<{ revision: { id: string }; candidates: { key: string; value: { type: string } }[] }> {
  const listed = await callRoute(contractOf("suggestClaims"), { token: world.tokens.researcher, params: { sourceId: world.source.id }, body: {} });
  return listed.json as never;
}

/** A blind round on a fresh source coded by the researcher and the reviewer, with one draft of the researcher in it. */
async function codingRound() {
  const { source } = await freshSource();
  const { researcher, reviewer } = world.members;
  const round = await openCodingRound(testDb(), { actor: world.members.owner, sourceId: source.id, input: { coderIds: [researcher.userId, reviewer.userId], isBlind: true } });
  await draftClaim(4, source.id);
  return round;
}

/** That round closed by its owner, and its units as a curator sees them. */
async function closedRound() {
  const round = await codingRound();
  await closeCodingRound(testDb(), { actor: world.members.owner, roundId: round.id });
  return getCurationUnits(testDb(), { actor: world.members.owner, roundId: round.id });
}

const everyStatus = exportFiltersSchema.parse({ statuses: ["draft", "submitted", "approved", "rejected", "changes_requested"] });
const formats = ["zip", ...DATA_FORMATS] as const;

/**
 * One case per operation of the document, by operationId: the call (or calls) that should succeed,
 * with data each case sets up for itself so no case depends on another having run.
 */
const cases: Record<string, () => Promise<Call | Call[]>> = {
  checkHealth: async () => ({}),
  getOpenApiDocument: async () => ({}),
  createToken: async () => ({ body: { email: (await createUser({ password: PASSWORD })).email, password: PASSWORD }, headers: { "x-forwarded-for": freshAddress() } }),
  listTokens: async () => ({ token: world.tokens.owner }),
  createOwnToken: async () => ({ token: world.tokens.owner, body: { name: "checked" } }),
  revokeToken: async () => {
    const spare = await freshToken(world.members.owner);
    return { token: world.tokens.owner, params: { tokenId: spare.id } };
  },
  changePassword: async () => ({ token: (await freshToken(await createUser({ password: PASSWORD }))).token, body: { currentPassword: PASSWORD, newPassword: "another long password" } }),
  signUp: async () => ({ body: { email: `${randomUUID()}@example.test`, name: "Signed up", password: PASSWORD }, headers: { "x-forwarded-for": freshAddress() } }),
  listProjects: async () => ({ token: world.tokens.owner }),
  createProject: async () => ({ token: world.tokens.owner, body: { name: `Checked ${randomUUID().slice(0, 8)}` } }),
  updateProject: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId }, body: { description: "Checked against the document." } }),
  listMembers: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId } }),
  changeMemberRole: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId, userId: (await freshMember("viewer")).userId }, body: { role: "researcher" } }),
  removeMember: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId, userId: (await freshMember("viewer")).userId } }),
  listInvitations: async () => {
    await invite();
    return { token: world.tokens.owner, params: { projectId: world.projectId } };
  },
  createInvitation: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId }, body: { email: `${randomUUID()}@example.test`, role: "viewer" } }),
  revokeInvitation: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId, invitationId: (await invite()).id } }),
  acceptInvitation: async () => ({ body: { token: (await invite()).token, name: "Invited", password: PASSWORD } }),
  listAccounts: async () => ({ token: world.tokens.owner }),
  updateAccount: async () => ({ token: world.tokens.owner, params: { userId: (await createUser()).userId }, body: { isDisabled: true } }),
  listProperties: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId } }),
  createProperty: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId }, body: { key: "checked_figure", label: "Checked figure", valueType: "quantity" } }),
  updateProperty: async () => ({ token: world.tokens.owner, params: { propertyId: (await freshProperty()).id }, body: { label: "Relabelled" } }),
  archiveProperty: async () => ({ token: world.tokens.owner, params: { propertyId: (await freshProperty()).id } }),
  restoreProperty: async () => ({ token: world.tokens.owner, params: { propertyId: (await freshProperty({ archivedAt: new Date() })).id } }),
  getVagueLexicon: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId } }),
  replaceVagueLexicon: async () => ({
    token: world.tokens.owner,
    params: { projectId: world.projectId },
    body: { entries: [{ words: "dozens", min: 12, max: 99, kind: "vague" }] },
  }),
  listSources: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId } }),
  importSource: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId }, body: { title: "Imported", text: `A text of its own (${randomUUID()}).` } }),
  getSource: async () => ({ token: world.tokens.researcher, params: { sourceId: world.source.id } }),
  addRevision: async () => ({ token: world.tokens.owner, params: { sourceId: (await freshSource()).source.id }, body: { text: `A second wording (${randomUUID()}).` } }),
  getRevisionText: async () => ({ token: world.tokens.researcher, params: { sourceId: world.source.id, number: "1" } }),
  listAnnotations: async () => ({ token: world.tokens.researcher, params: { sourceId: world.source.id } }),
  listAnnotationColumns: async () => ({ token: world.tokens.researcher, params: { sourceId: world.source.id }, query: { revision: "1" } }),
  createAnnotation: async () => ({ token: world.tokens.researcher, params: { sourceId: (await freshSource()).source.id }, body: { start: 0, end: 8 } }),
  deleteAnnotation: async () => {
    const { source } = await freshSource();
    return { token: world.tokens.researcher, params: { annotationId: (await annotatePhrase(world.members.researcher, source.id, "report")).id } };
  },
  reattachAnnotation: async () => {
    const { annotationId, span } = await revisedSource();
    return { token: world.tokens.researcher, params: { annotationId }, body: span };
  },
  suggestText: async () => ({ token: world.tokens.researcher, body: { text: "At least 17 civilians were killed on 6 September 2022, ACLED said.", language: "en" } }),
  suggestClaims: async () => ({ token: world.tokens.researcher, params: { sourceId: world.source.id }, body: {} }),
  dismissCandidate: async () => {
    const listed = await candidates();
    return { token: world.tokens.researcher, params: { sourceId: world.source.id, key: listed.candidates[0]!.key }, body: { revisionId: listed.revision.id } };
  },
  acceptCandidate: async () => {
    const listed = await candidates();
    const figure = listed.candidates.findLast((candidate) => candidate.value.type === "quantity")!;
    const { msaJnim, casualties } = world.vocabulary;
    return {
      token: world.tokens.researcher,
      params: { sourceId: world.source.id, key: figure.key },
      body: { revisionId: listed.revision.id, subjectId: msaJnim.id, propertyId: casualties.id },
    };
  },
  listClaims: async () => ({ token: world.tokens.researcher, params: { projectId: world.projectId } }),
  createClaim: async () => {
    const span = await annotatePhrase(world.members.researcher, world.source.id, "17+ (per ACLED)");
    const { msaJnim, casualties, acled } = world.vocabulary;
    return {
      token: world.tokens.researcher,
      params: { projectId: world.projectId },
      body: {
        subjectId: msaJnim.id,
        propertyId: casualties.id,
        value: { type: "quantity", kind: "at_least", min: 17, max: null, category: "killed" },
        attribution: [{ role: "origin", entityId: acled.id }],
        evidenceAnnotationIds: [span.id],
      },
    };
  },
  getClaim: async () => ({ token: world.tokens.researcher, params: { claimId: world.claims.acled.id } }),
  updateClaim: async () => {
    const claim = await draftClaim();
    return { token: world.tokens.researcher, params: { claimId: claim.id }, body: { version: claim.version, note: "Edited." } };
  },
  listEntities: async () => ({ token: world.tokens.researcher, params: { projectId: world.projectId } }),
  createEntity: async () => ({ token: world.tokens.researcher, params: { projectId: world.projectId }, body: { name: `Group ${randomUUID()}`, kind: "armed_group" } }),
  updateEntity: async () => ({ token: world.tokens.researcher, params: { entityId: (await freshEntity()).id }, body: { aliases: ["Another name"] } }),
  mergeEntity: async () => ({ token: world.tokens.owner, params: { entityId: (await freshEntity()).id }, body: { intoEntityId: (await freshEntity()).id } }),
  unmergeEntity: async () => {
    const [merged, target] = [await freshEntity(), await freshEntity()];
    await mergeEntities(testDb(), world.members.owner, { sourceId: merged.id, targetId: target.id });
    return { token: world.tokens.owner, params: { entityId: merged.id } };
  },
  submitClaim: async () => ({ token: world.tokens.researcher, params: { claimId: (await draftClaim()).id }, body: {} }),
  getClaimReview: async () => ({ token: world.tokens.reviewer, params: { claimId: world.claims.acled.id } }),
  reviewClaim: async () => ({ token: world.tokens.reviewer, params: { claimId: (await submittedClaim()).id }, body: { decision: "approve" } }),
  listReviewQueue: async () => {
    await submittedClaim();
    return { token: world.tokens.reviewer, params: { projectId: world.projectId } };
  },
  bulkApprove: async () => {
    const claim = await submittedClaim();
    return { token: world.tokens.reviewer, params: { projectId: world.projectId }, body: { claims: [{ claimId: claim.id, version: claim.version }] } };
  },
  confirmRecheck: async () => ({ token: world.tokens.researcher, params: { claimId: (await revisedSource()).claim.id }, body: {} }),
  listAudit: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId } }),
  listEstimates: async () => ({ token: world.tokens.researcher, params: { projectId: world.projectId }, query: { status: "all" } }),
  getEstimateSettings: async () => ({ token: world.tokens.researcher, params: { projectId: world.projectId } }),
  updateEstimateSettings: async () => ({
    token: world.tokens.owner,
    params: { projectId: world.projectId },
    body: { rule: "ucdp", isGradingEnabled: true, excludedReliability: ["E", "F"], excludedCredibility: [5, 6] },
  }),
  listPartyReliabilities: async () => ({ token: world.tokens.researcher, params: { projectId: world.projectId } }),
  setPartyReliability: async () => ({ token: world.tokens.reviewer, params: { projectId: world.projectId }, body: { name: `Party ${randomUUID()}`, grade: "C" } }),
  listClaimComments: async () => ({ token: world.tokens.researcher, params: { claimId: world.claims.acled.id } }),
  createClaimComment: async () => ({ token: world.tokens.researcher, params: { claimId: world.claims.acled.id }, body: commentBody }),
  listConflictComments: async () => ({ token: world.tokens.researcher, params: { conflictId: world.contradiction.id } }),
  createConflictComment: async () => ({ token: world.tokens.researcher, params: { conflictId: world.contradiction.id }, body: commentBody }),
  listAnnotationComments: async () => ({ token: world.tokens.researcher, params: { annotationId: world.annotationId } }),
  createAnnotationComment: async () => ({ token: world.tokens.researcher, params: { annotationId: world.annotationId }, body: commentBody }),
  listInbox: async () => ({ token: world.tokens.researcher }),
  markInboxRead: async () => ({ token: world.tokens.researcher, body: { all: true } }),
  listConflicts: async () => ({ token: world.tokens.reviewer, params: { projectId: world.projectId } }),
  flagConflict: async () => ({
    token: world.tokens.reviewer,
    params: { projectId: world.projectId },
    body: { claimIds: [world.claims.acled.id, world.claims.airstrikes.id], rationale: "ACLED's count includes deaths from the airstrikes Le Monde denies." },
  }),
  resolveConflict: async () => ({ token: world.tokens.reviewer, params: { conflictId: (await openConflict()).id }, body: { status: "dismissed", reason: "Two counts of different days." } }),
  resolveConflictGroup: async () => ({ token: world.tokens.reviewer, body: { status: "dismissed", conflictIds: [(await openConflict()).id], reason: "Two counts of different days." } }),
  exportDataset: async () => formats.map((format) => ({ token: world.tokens.owner, params: { projectId: world.projectId }, query: { format } })),
  previewExport: async () => ({ token: world.tokens.owner, params: { projectId: world.projectId } }),
  startExportJob: async () => [
    { token: world.tokens.owner, params: { projectId: world.projectId } },
    { token: world.tokens.owner, params: { projectId: world.projectId }, body: { status: ["approved", "submitted"], filters: { propertyKeys: [world.vocabulary.casualties.key] } } },
  ],
  getJob: async () => {
    const job = await startExportJob(testDb(), { actor: world.members.owner, projectId: world.projectId, filters: everyStatus });
    return { token: world.tokens.reviewer, params: { jobId: job.id } };
  },
  listProjectJobs: async () => {
    await startExportJob(testDb(), { actor: world.members.owner, projectId: world.projectId, filters: everyStatus });
    return { token: world.tokens.researcher, params: { projectId: world.projectId } };
  },
  cancelJob: async () => {
    const job = await startExportJob(testDb(), { actor: world.members.owner, projectId: world.projectId, filters: everyStatus });
    return { token: world.tokens.reviewer, params: { jobId: job.id } };
  },
  openCodingRound: async () => {
    const { source } = await freshSource();
    return { token: world.tokens.owner, params: { sourceId: source.id }, body: { coderIds: [world.members.researcher.userId, world.members.reviewer.userId], isBlind: true } };
  },
  getCodingRound: async () => ({ token: world.tokens.researcher, params: { roundId: (await codingRound()).id } }),
  markCodingDone: async () => ({ token: world.tokens.researcher, params: { roundId: (await codingRound()).id } }),
  closeCodingRound: async () => ({ token: world.tokens.owner, params: { roundId: (await codingRound()).id } }),
  getRoundAgreement: async () => ({ token: world.tokens.owner, params: { roundId: (await codingRound()).id } }),
  getCurationUnits: async () => ({ token: world.tokens.reviewer, params: { roundId: (await closedRound()).round.id } }),
  curateUnit: async () => {
    const { round, units } = await closedRound();
    return { token: world.tokens.owner, params: { roundId: round.id }, body: { unitKey: units[0]!.key, claimId: units[0]!.codings[0]!.claim!.id } };
  },
  listExportRuns: async () => {
    await exportDataset(testDb(), world.members.owner, world.projectId, { format: "zip", filters: everyStatus });
    return { token: world.tokens.owner, params: { projectId: world.projectId } };
  },
  downloadExport: async () => {
    const exported = await exportDataset(testDb(), world.members.owner, world.projectId, { format: "zip", filters: everyStatus });
    const run = await testDb().exportRun.findFirstOrThrow({ where: { projectId: world.projectId, datasetVersion: exported.datasetVersion } });
    return formats.map((format) => ({ token: world.tokens.owner, params: { exportId: run.id }, query: { format } }));
  },
  importDataset: async () => {
    const exported = await exportDataset(testDb(), world.members.owner, world.projectId, { format: "jsonl", filters: everyStatus });
    const { project, members } = await createProject(["owner"]);
    return {
      token: await tokenOf(members.owner),
      params: { projectId: project.id },
      rawBody: (await bytesOf(exported)).toString("utf8"),
      headers: { "content-type": "application/x-ndjson" },
    };
  },
};

describe("every operation of the OpenAPI document, through the handler Next calls", () => {
  it("has a case here, and every case an operation", () => {
    const documented = operations.map((operation) => operation.operationId);
    expect(documented.filter((operationId) => !(operationId in cases)), "operations without a case").toEqual([]);
    expect(Object.keys(cases).filter((operationId) => !documented.includes(operationId)), "cases of no operation").toEqual([]);
  });

  it.each(operations)("$operationId ($method $path) succeeds with the status, content type and body the document promises", async ({ operationId, method, path }) => {
    const contract = contractOf(operationId);
    const calls = [await cases[operationId]!()].flat();
    for (const call of calls) {
      const { response, json } = await callRoute(contract, call);
      const what = `${method.toUpperCase()} ${path} ${JSON.stringify(call.query ?? {})} answered ${JSON.stringify(json)?.slice(0, 400)}`;
      expect({ status: response.status, problems: await problemsOf(method, path, response) }, what).toEqual({
        status: contract.response.status,
        problems: [],
      });
    }
  });

  it.each(operations.filter((operation) => operation.isProtected))("$operationId answers 401 without credentials, as documented", async ({ operationId, method, path }) => {
    const { response } = await callRoute(contractOf(operationId), {});
    expect(response.status).toBe(401);
    expect(await problemsOf(method, path, response)).toEqual([]);
  });
});
