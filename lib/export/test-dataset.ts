import { readFileSync } from "node:fs";
import path from "node:path";
import { describeSpan } from "@/lib/anchoring/describe-span";
import { codePointLength, sha256Hex } from "@/lib/sources/text-content";
import type { DatasetDescription, DatasetReader } from "./dataset";
import { testDatasetMetadata } from "./datapackage-test-metadata";
import { exportFiltersSchema, filtersDigest } from "./filters";
import type { ClaimRecord, EntityRecord, EstimateRecord, EvidenceRecord, PropertyRecord, SourceRecord } from "./records";

/**
 * A small dataset of the reference scenario on the Talataye article, as the
 * export records it, for serializer tests: two contradicting casualty
 * figures (resolved) and the Le Monde airstrike denial with a three-link
 * attribution chain. Quotes and offsets are taken from the real corpus text.
 */

const text = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/corpus/battle-of-talataye-2022.txt"), "utf8");
const sha256 = sha256Hex(text);
const source = { id: "src1", title: "Battle of Talataye (2022)" };

function evidence(annotationId: string, phrase: string, on = { text, source, sha256 }): EvidenceRecord {
  const utf16 = on.text.indexOf(phrase);
  if (utf16 < 0) throw new Error(`"${phrase}" is not in the text`);
  const start = codePointLength(on.text.slice(0, utf16));
  const span = describeSpan(on.text, start, start + codePointLength(phrase));
  if (!span.ok) throw new Error(span.error.message);
  const { exact, prefix, suffix } = span.quote;
  return { annotationId, source: on.source, revision: { number: 1, sha256: on.sha256 }, start, end: span.position.end, exact, prefix, suffix };
}

const reviewer = { id: "u2", name: "Rémi Reviewer" };
const researcher = { id: "u3", name: "Rania Researcher" };
const history = (version = 2) => ({
  version,
  createdBy: researcher,
  createdAt: "2024-05-01T09:00:00.000Z",
  updatedBy: researcher,
  updatedAt: "2024-05-02T10:30:00.000Z",
  reviewCount: 2,
});
const approved = { decision: "approve" as const, reviewer, decidedAt: "2024-05-03T08:00:00.000Z", reason: null, claimVersion: 2 };

const conflict = {
  id: "k1",
  kind: "contradiction" as const,
  status: "resolved" as const,
  isManual: false,
  isClosedAutomatically: false,
  explanation: "MSA says exactly 4; IS says at least 60: the figures cannot both be true",
  rationale: null,
  statusNote: null,
  resolutionReason: "MSA counted its own dead",
  resolvedBy: reviewer,
  resolvedAt: "2024-05-04T12:00:00.000Z",
  claimIds: ["c1", "c2"],
  claimsOutsideSelection: [],
};

export const testProperties: PropertyRecord[] = [
  { kind: "property", key: "casualties", label: "Casualties", valueType: "quantity", isSingleValued: true, description: "" },
  { kind: "property", key: "occurred", label: "Occurred", valueType: "assertion", isSingleValued: true, description: "" },
];

export const testEntities: EntityRecord[] = [
  { kind: "entity", id: "e1", name: "MSA and JNIM forces", entityKind: "armed_group", aliases: ["JNIM-MSA forces"], wikidataQid: null, description: "" },
  { kind: "entity", id: "e2", name: "Movement for the Salvation of Azawad", entityKind: "armed_group", aliases: ["MSA"], wikidataQid: null, description: "" },
  { kind: "entity", id: "e3", name: "Islamic State in the Greater Sahara", entityKind: "armed_group", aliases: ["ISGS"], wikidataQid: null, description: "" },
  { kind: "entity", id: "e4", name: "Battle of Talataye (2022)", entityKind: "event", aliases: [], wikidataQid: null, description: "" },
  { kind: "entity", id: "e5", name: "Le Monde", entityKind: "media_outlet", aliases: [], wikidataQid: null, description: "" },
];

export const testSources: SourceRecord[] = [
  {
    kind: "source",
    id: source.id,
    title: source.title,
    outlet: "Wikipedia",
    author: null,
    url: "https://en.wikipedia.org/wiki/Battle_of_Talataye_(2022)",
    publishedAt: null,
    retrievedAt: "2024-04-30",
    language: "en",
    revisions: [{ number: 1, sha256, format: "plain", codePoints: codePointLength(text), text }],
  },
];

export const testClaims: ClaimRecord[] = [
  {
    kind: "claim",
    id: "c1",
    subject: { id: "e1", name: "MSA and JNIM forces" },
    property: { key: "casualties", label: "Casualties", valueType: "quantity" },
    value: { type: "quantity", kind: "exact", min: 4, max: 4, category: "killed" },
    valueText: "exactly 4 killed",
    qualifiers: { side: "MSA, JNIM" },
    hedging: "claimed",
    status: "approved",
    rank: "preferred",
    note: '=HYPERLINK("http://attacker.example","click")',
    evidence: [evidence("a1", "4 (per MSA)")],
    attribution: [{ position: 0, role: "origin", entity: { id: "e2", name: "Movement for the Salvation of Azawad" }, partyName: null, source: null }],
    conflicts: [{ ...conflict, rank: "preferred", rankReason: "first-hand count" }],
    derivedFromId: null,
    originReliability: null,
    credibility: null,
    review: approved,
    history: history(),
  },
  {
    kind: "claim",
    id: "c2",
    subject: { id: "e1", name: "MSA and JNIM forces" },
    property: { key: "casualties", label: "Casualties", valueType: "quantity" },
    value: { type: "quantity", kind: "at_least", min: 60, max: null, category: "killed", text: "60+" },
    valueText: "at least 60 killed",
    qualifiers: {},
    hedging: null,
    status: "approved",
    rank: "deprecated",
    note: "",
    evidence: [evidence("a2", "60+ (per IS)")],
    attribution: [{ position: 0, role: "origin", entity: { id: "e3", name: "Islamic State in the Greater Sahara" }, partyName: null, source: null }],
    conflicts: [{ ...conflict, rank: "deprecated", rankReason: null }],
    derivedFromId: null,
    originReliability: null,
    credibility: null,
    review: approved,
    history: history(),
  },
  {
    kind: "claim",
    id: "c3",
    subject: { id: "e4", name: "Battle of Talataye (2022)" },
    property: { key: "occurred", label: "Occurred", valueType: "assertion" },
    value: { type: "assertion", proposition: "airstrikes occurred during the battle", polarity: "denied" },
    valueText: "denied: airstrikes occurred during the battle",
    qualifiers: {},
    hedging: "reported",
    status: "approved",
    rank: "normal",
    note: 'Le Monde, "citing local sources"\nsee the talk page',
    evidence: [evidence("a3", "Le Monde, which stated that airstrikes did not occur, citing local sources")],
    attribution: [
      { position: 0, role: "origin", entity: null, partyName: "local sources", source: null },
      { position: 1, role: "intermediary", entity: { id: "e5", name: "Le Monde" }, partyName: null, source: null },
      { position: 2, role: "reporter", entity: null, partyName: null, source },
    ],
    conflicts: [],
    derivedFromId: null,
    originReliability: null,
    credibility: null,
    review: null,
    history: history(1),
  },
];

async function* iterate<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** The MSA/JNIM-side casualties of the test claims, as the export weighs them (c2 deprecated by the resolution). */
export const testEstimates: EstimateRecord[] = [
  {
    kind: "estimate",
    subject: { id: "e1", name: "MSA and JNIM forces" },
    property: { key: "casualties" },
    qualifiers: { side: "MSA, JNIM" },
    rule: "ucdp",
    low: 4,
    best: 4,
    high: 4,
    independentSources: 1,
    sourceOriginal: ["Movement for the Salvation of Azawad"],
    explanation: "Low 4: Movement for the Salvation of Azawad's exactly 4 killed.",
    claims: [
      { id: "c1", isUsed: true },
      { id: "c2", isUsed: false, reason: "deprecated when its conflict was resolved" },
    ],
    event: null,
  },
];

export function testReader(
  claims: readonly ClaimRecord[] = testClaims,
  sources: readonly SourceRecord[] = testSources,
  estimates: readonly EstimateRecord[] = testEstimates,
): DatasetReader {
  return {
    counts: {
      claims: claims.length,
      evidence: claims.reduce((sum, c) => sum + c.evidence.length, 0),
      sources: sources.length,
      entities: testEntities.length,
      properties: testProperties.length,
      conflicts: new Set(claims.flatMap((c) => c.conflicts.map((k) => k.id))).size,
      claimsByStatus: { approved: claims.length },
    },
    properties: () => iterate(testProperties),
    entities: () => iterate(testEntities),
    sources: () => iterate(sources),
    claims: () => iterate(claims),
    claimsByRevision: () => iterate(claimsByRevision(claims, sources)),
    estimates: () => iterate(estimates),
  };
}

/** What the database reads for DatasetReader.claimsByRevision, from arrays. */
function claimsByRevision(claims: readonly ClaimRecord[], sources: readonly SourceRecord[]) {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...sources].sort(byId).flatMap((source) =>
    source.revisions.flatMap((revision) =>
      [...claims]
        .sort(byId)
        .filter((claim) => claim.evidence.some((e) => e.source.id === source.id && e.revision.number === revision.number))
        .map((claim) => ({
          revision: {
            sourceId: source.id,
            sourceTitle: source.title,
            sourceUrl: source.url,
            language: source.language,
            number: revision.number,
            sha256: revision.sha256,
          },
          claim,
        })),
    ),
  );
}

export const testDataset: DatasetDescription = (() => {
  const filters = exportFiltersSchema.parse({});
  return { projectId: "p1", name: "Mali War: Talataye", filters, digest: filtersDigest(filters), baseUrl: "https://data.example.org", metadata: testDatasetMetadata };
})();

export async function collectText(parts: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const part of parts) text += part;
  return text;
}

/**
 * A second source whose text has characters outside the Basic Multilingual
 * Plane (a flag, emoji, a mathematical letter): there code point offsets, as
 * the W3C model counts, differ from the UTF-16 units JavaScript strings count.
 */
export function outsideBmpSource(): { source: SourceRecord; claim: ClaimRecord } {
  const postText = "🇲🇱 Talataye 🕌 — update: at least 7 civilians killed near the market, 𝕃ocal sources said. 😢\n";
  const post = { id: "src2", title: "Telegram post on Talataye" };
  const postSha256 = sha256Hex(postText);
  return {
    source: {
      kind: "source",
      ...post,
      outlet: "Telegram",
      author: null,
      url: "https://t.me/s/example/1",
      publishedAt: "2022-09-07",
      retrievedAt: "2022-09-08",
      language: "en",
      revisions: [{ number: 1, sha256: postSha256, format: "plain", codePoints: codePointLength(postText), text: postText }],
    },
    claim: {
      ...testClaims[0]!,
      id: "c9",
      value: { type: "quantity", kind: "at_least", min: 7, max: null, category: "killed" },
      valueText: "at least 7 killed",
      conflicts: [],
      evidence: [evidence("a9", "at least 7 civilians killed", { text: postText, source: post, sha256: postSha256 })],
    },
  };
}
