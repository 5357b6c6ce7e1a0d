import type { ClaimValue } from "@/lib/claims/value";
import type { AgreementReport } from "./agreement-report-schema";
import { krippendorffAlpha, type ReliabilityData } from "./krippendorff-alpha";
import { spanAgreement, type CharacterSpan } from "./span-agreement";
import { comparedValue, type CodingUnit } from "./units";

/**
 * The agreement report of a coding round, from its units (see `buildUnits`).
 *
 * - α per kind of value, over the round's coders in the given order:
 *   interval over quantities' lower bounds, nominal over assertions' polarity
 *   and over entity ids. A coder's value counts for a kind only if their
 *   counted claim in the unit is of that kind; anything else is missing data.
 * - Disagreements: units where two coders' counted values differ in what α
 *   compares (a lower bound, a polarity, an entity id; a day range; a text),
 *   or are of different kinds. An exact 30 and "at least 30" agree here, as
 *   they do for α. A unit only one coder coded is missing data, never a
 *   disagreement.
 * - Span agreement per coder pair over every evidence span of the coders'
 *   claims in the units, superseded claims included: where a coder found
 *   evidence does not depend on which of their values counts.
 * - α per coder pair: the same three α over those two coders alone, so a
 *   team sees which coder reads the text unlike the others.
 *
 * Claims of people who are not coders of the round are left out.
 */
export function agreementReport({ coders, units }: { coders: readonly string[]; units: readonly CodingUnit[] }): AgreementReport {
  return {
    coders: [...coders],
    units: units.length,
    alpha: alphaByKind(units, coders),
    disagreements: units.filter((unit) => isDisagreement(unit, coders)).map((unit) => ({ unit: describeUnit(unit), valuesByCoder: valuesByCoder(unit, coders) })),
    superseded: units.flatMap((unit) => unit.superseded.filter((claim) => coders.includes(claim.coderId)).map((claim) => ({ unit: unit.key, ...claim }))),
    spanAgreement: spanAgreement(coders, evidenceByCoder(units, coders)),
    pairAlpha: coders.flatMap((coderA, i) => coders.slice(i + 1).map((coderB) => ({ coderA, coderB, alpha: alphaByKind(units, [coderA, coderB]) }))),
  };
}

function alphaByKind(units: readonly CodingUnit[], coders: readonly string[]): AgreementReport["alpha"] {
  const alphaOver = (kind: ClaimValue["type"]): ReliabilityData =>
    units.map((unit) =>
      coders.map((coder) => {
        const claim = unit.claimsByCoder.get(coder);
        return claim?.value.type === kind ? comparedValue(claim.value) : null;
      }),
    );
  return {
    quantity: { metric: "interval", ...krippendorffAlpha(alphaOver("quantity"), "interval") },
    assertion: { metric: "nominal", ...krippendorffAlpha(alphaOver("assertion"), "nominal") },
    entity: { metric: "nominal", ...krippendorffAlpha(alphaOver("entity"), "nominal") },
  };
}

function isDisagreement(unit: CodingUnit, coders: readonly string[]): boolean {
  const compared = new Set<string>();
  for (const coder of coders) {
    const claim = unit.claimsByCoder.get(coder);
    if (claim) compared.add(JSON.stringify([claim.value.type, comparedValue(claim.value)]));
  }
  return compared.size > 1;
}

function describeUnit(unit: CodingUnit): AgreementReport["disagreements"][number]["unit"] {
  const { key, sourceId, subjectId, propertyId, qualifiers, origin, proposition } = unit;
  return { key, sourceId, subjectId, propertyId, qualifiers, origin: { key: origin.key, label: origin.label }, proposition };
}

function valuesByCoder(unit: CodingUnit, coders: readonly string[]): AgreementReport["disagreements"][number]["valuesByCoder"] {
  return Object.fromEntries(
    coders.map((coder) => {
      const claim = unit.claimsByCoder.get(coder);
      return [coder, claim ? { claimId: claim.id, value: claim.value } : null];
    }),
  );
}

function evidenceByCoder(units: readonly CodingUnit[], coders: readonly string[]): Map<string, CharacterSpan[]> {
  const spans = new Map(coders.map((coder) => [coder, [] as CharacterSpan[]]));
  for (const unit of units) {
    for (const claim of unit.claims) spans.get(claim.coderId)?.push(...claim.evidence);
  }
  return spans;
}
