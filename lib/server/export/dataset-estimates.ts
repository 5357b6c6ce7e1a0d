import type pg from "pg";
import type { Prisma } from "@/lib/db/generated/client";
import QueryStream from "pg-query-stream";
import { z } from "zod";
import { ReliabilityGrade } from "@/lib/db/generated/enums";
import type { EstimateRecord } from "@/lib/export/records";
import type { OriginLink } from "@/lib/estimates/origin";
import { estimateRuleKindSchema } from "@/lib/estimates/rule";
import { estimateClaimsSql, toEstimateClaimRow, type EstimateClaimRow } from "../estimates/estimate-claims-query";
import { originReliabilityReader, type GradedOrigins } from "@/lib/grading/origin-reliability";
import { estimateUnits, type EstimateSettings } from "../estimates/estimate-units";
import type { Statement } from "./export-sql";

// No "server-only" marker: the export bench and CLI run this module outside Next.js.

/** The project's estimate rule and source grades, as the export's snapshot sees them. */
export interface DatasetGrading {
  settings: EstimateSettings;
  grades: GradedOrigins;
  /** The reliability of a claim's origin, when the project grades sources; null otherwise. */
  originReliability(origin: OriginLink | undefined): ReliabilityGrade | null;
}

const settingsSchema = z.object({
  estimateRule: estimateRuleKindSchema,
  isGradingEnabled: z.boolean(),
  excludedReliability: z.array(z.enum(ReliabilityGrade)),
  excludedCredibility: z.array(z.number().int()),
});
const entityGradeSchema = z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), reliability: z.enum(ReliabilityGrade).nullable() });
const partyGradeSchema = z.object({ name: z.string(), grade: z.enum(ReliabilityGrade) });

export async function readDatasetGrading(client: pg.ClientBase, projectId: string): Promise<DatasetGrading> {
  const project = await client.query(
    `SELECT "estimateRule"::text AS "estimateRule", "isGradingEnabled", "excludedReliability"::text[] AS "excludedReliability", "excludedCredibility"
     FROM "Project" WHERE id = $1`,
    [projectId],
  );
  const settings = settingsSchema.parse(project.rows[0]);
  const entities = await client.query(
    `SELECT id, name, aliases, reliability::text AS reliability FROM "Entity" WHERE "projectId" = $1 AND "mergedIntoId" IS NULL ORDER BY id`,
    [projectId],
  );
  const parties = await client.query(`SELECT name, grade::text AS grade FROM "PartyReliability" WHERE "projectId" = $1`, [projectId]);
  const grades: GradedOrigins = {
    entities: entities.rows.map((row) => entityGradeSchema.parse(row)),
    parties: new Map(parties.rows.map((row) => partyGradeSchema.parse(row)).map((party) => [party.name, party.grade])),
  };
  const readOrigin = originReliabilityReader(grades);
  return { settings, grades, originReliability: (origin) => (settings.isGradingEnabled ? readOrigin(origin).grade : null) };
}

/**
 * The estimates of the selection, unit by unit: claims stream in subject and
 * property order, and each (subject, property) block is weighed when the
 * next begins, so memory holds one block. The selection already chose the
 * statuses, so every claim in it may count.
 */
export async function* readDatasetEstimates(
  client: pg.ClientBase,
  projectId: string,
  selected: Statement,
  grading: DatasetGrading,
): AsyncGenerator<EstimateRecord> {
  const { text, values } = afterSelection(selected, estimateClaimsSql(projectId, {}, true));
  let block: EstimateClaimRow[] = [];
  const weigh = () => estimateUnits(block, grading.grades, grading.settings, "all").map(toEstimateRecord);
  for await (const raw of client.query(new QueryStream(text, values, { batchSize: 500, highWaterMark: 500 }))) {
    const row = toEstimateClaimRow(raw);
    const previous = block[0];
    if (previous && (previous.subjectId !== row.subjectId || previous.propertyId !== row.propertyId)) {
      yield* weigh();
      block = [];
    }
    block.push(row);
  }
  if (block.length) yield* weigh();
}

/**
 * One `pg` statement: the export's `selected` CTE (its $1…$n), then a query
 * built by Prisma.sql, whose own placeholders (the only `$` in its text,
 * which Prisma numbered from $1) move past the CTE's.
 */
function afterSelection(selected: Statement, query: Prisma.Sql): Statement {
  const offset = selected.values.length;
  return {
    text: `WITH ${selected.text}\n${query.text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`)}`,
    values: [...selected.values, ...query.values],
  };
}

function toEstimateRecord(unit: ReturnType<typeof estimateUnits>[number]): EstimateRecord {
  return {
    kind: "estimate",
    subject: unit.subject,
    property: { key: unit.property.key },
    qualifiers: unit.qualifiers,
    rule: unit.rule,
    low: unit.low,
    best: unit.best,
    high: unit.high,
    independentSources: unit.independentSources,
    sourceOriginal: unit.sourceOriginal,
    explanation: unit.explanation,
    claims: unit.claims,
    event: unit.event,
  };
}
