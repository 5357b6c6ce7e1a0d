import type { ClaimValue } from "@/lib/claims/value";
import { iri } from "./vocabulary";

/**
 * A claim's typed value as terms of our context, for RDF readers who query
 * rather than parse the `claimValue` JSON literal: numbers, days and IRIs
 * become typed RDF terms on the claim itself. They sit on the claim rather
 * than on a node of their own because PROV tools (ProvPy) refuse a node that
 * has a type but is no PROV record. An unknown bound (null) is left out.
 */
export function claimValueTerms(value: ClaimValue) {
  const wording = value.text === undefined ? {} : { wording: value.text };
  switch (value.type) {
    case "quantity":
      return {
        valueType: value.type,
        quantityKind: value.kind,
        ...(value.min === null ? {} : { minimum: value.min }),
        ...(value.max === null ? {} : { maximum: value.max }),
        ...(value.category ? { quantityCategory: value.category } : {}),
        ...wording,
      };
    case "date":
      return { valueType: value.type, startDate: value.start, endDate: value.end, datePrecision: value.precision, ...wording };
    case "assertion":
      return { valueType: value.type, proposition: value.proposition, polarity: value.polarity, ...wording };
    case "entity":
      return { valueType: value.type, valueEntity: iri.entity(value.entityId), ...wording };
    case "text":
      return { valueType: value.type, wording: value.text };
  }
}
