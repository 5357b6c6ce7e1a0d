import { createCodePointIndex, type CodePointIndex } from "@/lib/anchoring/code-point-index";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { codePointLength, sha256Hex } from "@/lib/sources/text-content";
import {
  EXPORT_SCHEMA_VERSION,
  exportLineSchema,
  type ClaimRecord,
  type ConflictRecord,
  type EntityRecord,
  type ExportLine,
  type PropertyRecord,
  type SourceRecord,
} from "./records";

/**
 * Reads a JSON Lines export back, checking everything an import relies on
 * before anything is written: each line against its schema, every reference
 * (property, entity, source, revision) against the records of the file, every
 * revision text against its sha256, and every quote and offset against the
 * revision text. Every bad line is reported with its number and reason.
 */

export interface ImportProblem {
  line: number;
  reason: string;
}

export interface Numbered<T> {
  line: number;
  record: T;
}

export interface ParsedImport {
  properties: Numbered<PropertyRecord>[];
  entities: Numbered<EntityRecord>[];
  sources: Numbered<SourceRecord>[];
  claims: Numbered<ClaimRecord>[];
}

export type ParseImportResult = { ok: true; dataset: ParsedImport } | { ok: false; problems: ImportProblem[] };

export function parseImport(text: string): ParseImportResult {
  const problems: ImportProblem[] = [];
  const dataset: ParsedImport = { properties: [], entities: [], sources: [], claims: [] };
  let hasHeader = false;

  text.split("\n").forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const record = parseLine(raw, line, problems);
    if (!record) return;
    if (!hasHeader && record.kind !== "header") {
      problems.push({ line, reason: `The first record must be the header {"kind":"header","schemaVersion":"${EXPORT_SCHEMA_VERSION}"}.` });
      hasHeader = true;
    }
    switch (record.kind) {
      case "header":
        if (hasHeader) problems.push({ line, reason: "A second header: a file holds one dataset." });
        hasHeader = true;
        return;
      case "property":
        dataset.properties.push({ line, record });
        return;
      case "entity":
        dataset.entities.push({ line, record });
        return;
      case "source":
        dataset.sources.push({ line, record });
        return;
      case "claim":
        dataset.claims.push({ line, record });
        return;
      case "estimate":
        // Derived from the claims: the importing project computes its own under its rule.
        return;
    }
  });
  if (!hasHeader && problems.length === 0) problems.push({ line: 1, reason: "The file is empty." });

  problems.push(...checkReferences(dataset));
  problems.sort((a, b) => a.line - b.line);
  return problems.length ? { ok: false, problems } : { ok: true, dataset };
}

function parseLine(raw: string, line: number, problems: ImportProblem[]): ExportLine | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    problems.push({ line, reason: `Not valid JSON (${(error as Error).message}).` });
    return null;
  }
  const parsed = exportLineSchema.safeParse(json);
  if (!parsed.success) {
    const reasons = parsed.error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
    problems.push({ line, reason: reasons.join("; ") });
    return null;
  }
  return parsed.data;
}

function checkReferences(dataset: ParsedImport): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const report = (line: number, reason: string) => problems.push({ line, reason });

  const properties = uniqueBy(dataset.properties, (p) => p.key, "property key", report);
  const entities = uniqueBy(dataset.entities, (e) => e.id, "entity id", report);
  uniqueBy(dataset.entities, (e) => e.name, "entity name", report);
  const sources = uniqueBy(dataset.sources, (s) => s.id, "source id", report);
  uniqueBy(dataset.claims, (c) => c.id, "claim id", report);

  const revisions = new Map<string, { text: string; index: CodePointIndex }>();
  const revisionOwners = new Map<string, number>();
  for (const { line, record: source } of dataset.sources) {
    const numbers = new Set<number>();
    for (const revision of source.revisions) {
      if (numbers.has(revision.number)) report(line, `Revision ${revision.number} appears twice.`);
      numbers.add(revision.number);
      if (sha256Hex(revision.text) !== revision.sha256) {
        report(line, `The text of revision ${revision.number} does not match its sha256.`);
        continue;
      }
      if (codePointLength(revision.text) !== revision.codePoints) {
        report(line, `Revision ${revision.number} has ${codePointLength(revision.text)} code points, not ${revision.codePoints}.`);
      }
      const owner = revisionOwners.get(revision.sha256);
      if (owner !== undefined) report(line, `Revision ${revision.number} has the same text as a revision on line ${owner}.`);
      revisionOwners.set(revision.sha256, line);
      revisions.set(`${source.id}#${revision.number}#${revision.sha256}`, { text: revision.text, index: createCodePointIndex(revision.text) });
    }
  }

  const conflicts = new Map<string, { line: number; conflict: ConflictRecord }>();
  for (const { line, record: claim } of dataset.claims) {
    const fail = (reason: string) => report(line, reason);
    const property = properties.get(claim.property.key);
    if (!property) fail(`Property "${claim.property.key}" has no property record in the file.`);
    else if (property.valueType !== claim.value.type) fail(`Property "${claim.property.key}" takes ${property.valueType} values, not ${claim.value.type}.`);
    if (!entities.has(claim.subject.id)) fail(`Subject entity ${claim.subject.id} has no entity record in the file.`);
    if (claim.value.type === "entity" && !entities.has(claim.value.entityId)) {
      fail(`Value entity ${claim.value.entityId} has no entity record in the file.`);
    }
    claim.attribution.forEach((link, position) => {
      if (link.position !== position) fail(`Attribution link ${position} is numbered ${link.position}.`);
      if (!link.entity && !link.partyName && !link.source) fail(`Attribution link ${position} names no entity, party or source.`);
      if (link.entity && !entities.has(link.entity.id)) fail(`Attribution entity ${link.entity.id} has no entity record in the file.`);
      if (link.source && !sources.has(link.source.id)) fail(`Attribution source ${link.source.id} has no source record in the file.`);
    });
    for (const evidence of claim.evidence) {
      const revision = revisions.get(`${evidence.source.id}#${evidence.revision.number}#${evidence.revision.sha256}`);
      if (!revision) {
        fail(`Evidence ${evidence.annotationId} lies on revision ${evidence.revision.number} of source ${evidence.source.id}, which the file does not hold.`);
        continue;
      }
      const span = describeSpan(revision.text, evidence.start, evidence.end, revision.index);
      if (!span.ok) fail(`Evidence ${evidence.annotationId}: ${span.error.message}.`);
      else if (span.quote.exact !== evidence.exact || span.quote.prefix !== evidence.prefix || span.quote.suffix !== evidence.suffix) {
        fail(`Evidence ${evidence.annotationId}: the quote does not match the text at [${evidence.start}, ${evidence.end}).`);
      }
    }
    for (const conflict of claim.conflicts) {
      if (!conflict.claimIds.includes(claim.id)) fail(`Conflict ${conflict.id} does not list this claim among its members.`);
      const first = conflicts.get(conflict.id);
      if (!first) conflicts.set(conflict.id, { line, conflict });
      else if (first.conflict.kind !== conflict.kind || first.conflict.status !== conflict.status) {
        fail(`Conflict ${conflict.id} is described differently on line ${first.line}.`);
      }
    }
  }
  return problems;
}

function uniqueBy<T>(
  items: Numbered<T>[],
  key: (record: T) => string,
  what: string,
  report: (line: number, reason: string) => void,
): Map<string, T> {
  const seen = new Map<string, T>();
  const lines = new Map<string, number>();
  for (const { line, record } of items) {
    const value = key(record);
    const earlier = lines.get(value);
    if (earlier !== undefined) report(line, `Duplicate ${what} "${value}" (first on line ${earlier}).`);
    else {
      seen.set(value, record);
      lines.set(value, line);
    }
  }
  return seen;
}
