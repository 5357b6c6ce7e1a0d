import { describeSpan } from "@/lib/anchoring/describe-span";
import { createCodePointIndex } from "@/lib/anchoring/code-point-index";
import { EXPORT_SCHEMA_VERSION, type ClaimRecord, type EntityRecord, type ExportLine, type SourceRecord } from "@/lib/export/records";
import { codePointLength, sha256Hex } from "@/lib/sources/text-content";

/**
 * A JSON Lines export of `claims` casualty figures, as format=jsonl writes
 * one, for import tests and the import bench: `claimsPerGroup` figures per
 * event (a subject + property group, some of which disagree), each quoted
 * from a sentence of one of `sources` texts and attributed to one of ten
 * organisations.
 */
export function syntheticImport({ claims, claimsPerGroup = 4, sources = 20 }: { claims: number; claimsPerGroup?: number; sources?: number }): string {
  const groups = Math.ceil(claims / claimsPerGroup);
  const events: EntityRecord[] = Array.from({ length: groups }, (_, g) => entity(`event-${g}`, `Attack number ${g}`, "event"));
  const origins: EntityRecord[] = Array.from({ length: 10 }, (_, o) => entity(`origin-${o}`, `Monitor ${o}`, "organisation"));
  // The figure of claim i: the four claims of a group read 10, 10, 30 and 12 (a divergence and agreements).
  const figure = (i: number) => [10, 10, 30, 12][i % 4]! + Math.floor(i / claimsPerGroup) % 7;

  const sentences: { start: number; end: number; claim: number }[][] = Array.from({ length: sources }, () => []);
  const texts = Array.from({ length: sources }, (_, s) => {
    let text = `Report ${s} of the monitoring network.\n`;
    for (let i = s; i < claims; i += sources) {
      const number = String(figure(i));
      const prefix = `In attack number ${Math.floor(i / claimsPerGroup)}, at least `;
      // ASCII only: code point offsets are string offsets.
      sentences[s]!.push({ start: text.length + prefix.length, end: text.length + prefix.length + number.length, claim: i });
      text += `${prefix}${number} people were killed, said monitor ${i % 10}. `;
    }
    return text;
  });
  const sourceRecords: SourceRecord[] = texts.map((text, s) => ({
    kind: "source",
    id: `source-${s}`,
    title: `Monitoring report ${s}`,
    outlet: "Monitoring network",
    author: null,
    url: null,
    publishedAt: "2024-05-01",
    retrievedAt: null,
    language: "en",
    revisions: [{ number: 1, sha256: sha256Hex(text), format: "plain", codePoints: codePointLength(text), text }],
  }));

  const person = { id: "someone-elsewhere", name: "A researcher elsewhere" };
  const claimRecords: ClaimRecord[] = [];
  sentences.forEach((spans, s) => {
    const index = createCodePointIndex(texts[s]!);
    const source = sourceRecords[s]!;
    for (const { start, end, claim: i } of spans) {
      const span = describeSpan(texts[s]!, start, end, index);
      if (!span.ok) throw new Error(span.error.message);
      const event = events[Math.floor(i / claimsPerGroup)]!;
      const origin = origins[i % 10]!;
      claimRecords.push({
        kind: "claim",
        id: `claim-${i}`,
        subject: { id: event.id, name: event.name },
        property: { key: "casualties", label: "Casualties", valueType: "quantity" },
        value: { type: "quantity", kind: "at_least", min: figure(i), max: null, category: "killed" },
        valueText: `at least ${figure(i)}`,
        qualifiers: { victimGroup: "civilians" },
        hedging: null,
        status: "approved",
        rank: "normal",
        note: "",
        evidence: [
          {
            annotationId: `annotation-${i}`,
            source: { id: source.id, title: source.title },
            revision: { number: 1, sha256: source.revisions[0]!.sha256 },
            start,
            end,
            exact: span.quote.exact,
            prefix: span.quote.prefix,
            suffix: span.quote.suffix,
          },
        ],
        attribution: [{ position: 0, role: "origin", entity: { id: origin.id, name: origin.name }, partyName: null, source: null }],
        conflicts: [],
        derivedFromId: null,
        originReliability: null,
        credibility: null,
        review: null,
        history: { version: 1, createdBy: person, createdAt: "2024-05-02T10:00:00.000Z", updatedBy: person, updatedAt: "2024-05-02T10:00:00.000Z", reviewCount: 0 },
      });
    }
  });

  const lines: ExportLine[] = [
    { kind: "header", schemaVersion: EXPORT_SCHEMA_VERSION },
    { kind: "property", key: "casualties", label: "Casualties", valueType: "quantity", isSingleValued: true, description: "" },
    ...events,
    ...origins,
    ...sourceRecords,
    ...claimRecords.sort((a, b) => Number(a.id.slice(6)) - Number(b.id.slice(6))),
  ];
  return `${lines.map((line) => JSON.stringify(line)).join("\n")}\n`;
}

function entity(id: string, name: string, entityKind: EntityRecord["entityKind"]): EntityRecord {
  return { kind: "entity", id, name, entityKind, aliases: [], wikidataQid: null, description: "" };
}
