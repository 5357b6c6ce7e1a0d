import "server-only";
import type { AgreementReport } from "@/lib/agreement/agreement-report-schema";
import type { Db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { NotFoundError } from "../errors";
import { codingRoundInclude, codingRoundView, type CodingRoundView } from "./coding-round-record";
import { getRoundAgreement } from "./get-round-agreement";

export interface RoundReport {
  round: CodingRoundView;
  agreement: AgreementReport;
  /** Names of the subjects and entity values, and labels of the properties, the disagreements mention. */
  entityNames: Record<string, string>;
  propertyLabels: Record<string, string>;
}

export interface SourceRounds {
  /** Newest first; at most one is open. */
  rounds: CodingRoundView[];
  /** The members an owner may name as coders (those who may create claims); empty for everyone else. */
  coderChoices: { id: string; name: string }[];
  canManage: boolean;
  /** Owners and reviewers curate a closed round's claims. */
  canCurate: boolean;
  /** The report of the round asked for, else of the latest closed round; null while no round has closed. */
  report: RoundReport | null;
}

/**
 * What the rounds panel of a source page shows (issue 19): the source's rounds,
 * whom an owner may choose as coders, and the agreement report of one closed
 * round (`reportRoundId`, else the latest). A round still open has no report
 * on the page: it would show each coder the others' values.
 */
export async function sourceRounds(db: Db, { actor, sourceId, reportRoundId }: { actor: Actor; sourceId: string; reportRoundId?: string }): Promise<SourceRounds> {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { projectId: true } });
  if (!source) throw new NotFoundError("Source");
  const { role } = await requireProjectPermission(db, actor, source.projectId, "project:read", "Source");
  const canManage = can(role, "project:manage");
  const [records, members] = await Promise.all([
    db.codingRound.findMany({ where: { sourceId }, include: codingRoundInclude, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
    canManage
      ? db.membership.findMany({ where: { projectId: source.projectId }, include: { user: { select: { id: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })
      : [],
  ]);
  const rounds = records.map(codingRoundView);
  const closed = rounds.filter((round) => round.status === "closed");
  const shown = (reportRoundId ? closed.find((round) => round.id === reportRoundId) : undefined) ?? closed[0];
  return {
    rounds,
    coderChoices: members.filter((member) => can(member.role, "claim:create")).map((member) => member.user),
    canManage,
    canCurate: can(role, "claim:review"),
    report: shown ? await roundReport(db, actor, shown) : null,
  };
}

async function roundReport(db: Db, actor: Actor, round: CodingRoundView): Promise<RoundReport> {
  const agreement = await getRoundAgreement(db, { actor, roundId: round.id });
  const units = agreement.disagreements.map(({ unit }) => unit);
  const entityIds = new Set(units.map((unit) => unit.subjectId));
  for (const { valuesByCoder } of agreement.disagreements) {
    for (const coded of Object.values(valuesByCoder)) if (coded?.value.type === "entity") entityIds.add(coded.value.entityId);
  }
  const [entities, properties] = await Promise.all([
    db.entity.findMany({ where: { projectId: round.projectId, id: { in: [...entityIds] } }, select: { id: true, name: true } }),
    db.property.findMany({ where: { projectId: round.projectId, id: { in: units.map((unit) => unit.propertyId) } }, select: { id: true, label: true } }),
  ]);
  return {
    round,
    agreement,
    entityNames: Object.fromEntries(entities.map((entity) => [entity.id, entity.name])),
    propertyLabels: Object.fromEntries(properties.map((property) => [property.id, property.label])),
  };
}
