import type { AssertionValue, DateValue, EntityValue, QuantityValue } from "@/lib/claims/value";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { capitalise, describeDate, describeEntity, describeQuantity, formatNumber } from "@/lib/claims/describe-value";
import { qualifierDifference } from "@/lib/conflicts/group";
import { areDisjoint, dateInterval, quantityInterval, relativeGap, representativeValue } from "@/lib/conflicts/interval";
import { normalizePhrase } from "@/lib/conflicts/normalize-phrase";
import type { DetectionOptions } from "@/lib/conflicts/options";

export type DetectedConflictKind = "contradiction" | "divergence";

/**
 * What two claims have to do with each other:
 * - not_compared: they are not about the same thing, or cannot be compared
 *   automatically (text values, an unknown figure), with the reason;
 * - compatible: both can hold and their estimates are close;
 * - contradiction: both cannot hold (disjoint values, opposite polarity,
 *   two entities for a single-valued property);
 * - divergence: both can hold but the estimates are materially apart.
 * The explanation is built on demand: full detection compares many more
 * pairs than it reports.
 */
export type PairComparison =
  | { relation: "not_compared"; reason: string }
  | { relation: "compatible" | DetectedConflictKind; explain: () => string };

type Claim<V> = DetectableClaim & { value: V };

const notCompared = (reason: string): PairComparison => ({ relation: "not_compared", reason });

/**
 * Compares two claims. The result does not depend on their order: the pair
 * is first put in the order of the claim ids, and each explanation then
 * orders the two sides by their values.
 */
export function comparePair(x: DetectableClaim, y: DetectableClaim, options: DetectionOptions): PairComparison {
  const [a, b] = x.id <= y.id ? [x, y] : [y, x];
  if (a.id === b.id) return notCompared("it is the same claim");
  const deleted = a.isDeleted ? a : b.isDeleted ? b : null;
  if (deleted) return notCompared(`the claim attributed to ${deleted.attributedTo} was deleted`);
  const curatedAway = a.isCuratedAway ? a : b.isCuratedAway ? b : null;
  if (curatedAway) return notCompared(`the claim attributed to ${curatedAway.attributedTo} was curated away (another claim stands for its coding unit)`);
  if (a.subjectId !== b.subjectId || a.propertyKey !== b.propertyKey) {
    return notCompared("they are about different subjects or properties");
  }
  const difference = qualifierDifference(a.qualifiers, b.qualifiers);
  if (difference) return notCompared(difference);

  const [va, vb] = [a.value, b.value];
  if (va.type !== vb.type) return notCompared("their values are of different types");
  if (va.type === "text") return notCompared("text values are compared by people, not automatically");
  // Opposite polarities contradict whether or not the property may hold several values.
  if (va.type === "assertion") return compareAssertions(a as Claim<AssertionValue>, b as Claim<AssertionValue>);
  if (!a.isSingleValued || !b.isSingleValued) return notCompared("the property may hold several values at once");
  if (va.type === "quantity") return compareQuantities(a as Claim<QuantityValue>, b as Claim<QuantityValue>, options);
  if (va.type === "date") return compareDates(a as Claim<DateValue>, b as Claim<DateValue>);
  return compareEntities(a as Claim<EntityValue>, b as Claim<EntityValue>);
}

function compareQuantities(a: Claim<QuantityValue>, b: Claim<QuantityValue>, { divergenceThreshold }: DetectionOptions): PairComparison {
  // Categories follow the qualifier rule: killed and wounded are different counts, an unsaid category matches any.
  const [ca, cb] = [a.value.category, b.value.category];
  if (ca !== undefined && cb !== undefined && ca !== cb) return notCompared(`they count different things (${ca}; ${cb})`);
  const [ia, ib] = [quantityInterval(a.value), quantityInterval(b.value)];
  const [ra, rb] = [representativeValue(a.value), representativeValue(b.value)];
  if (ia === null || ib === null || ra === null || rb === null) {
    const vague = ia === null ? a : b;
    return notCompared(`${vague.attributedTo} gives ${describeQuantity(vague.value)}, which cannot be compared`);
  }
  // The smaller estimate speaks first: "MSA says exactly 4; IS says at least 60".
  const [low, high, rLow, rHigh] = ra <= rb ? [a, b, ra, rb] : [b, a, rb, ra];
  if (areDisjoint(ia, ib)) {
    return { relation: "contradiction", explain: () => `${quantitySides(low, high)}: the figures cannot both be true.` };
  }
  const threshold = () => `${formatNumber(Math.round(divergenceThreshold * 100))}%`;
  if (rHigh > rLow && relativeGap(rLow, rHigh) >= divergenceThreshold) {
    return {
      relation: "divergence",
      explain: () =>
        `${quantitySides(low, high)}: the estimates differ by ${threshold()} or more (${describeRatio(rLow, rHigh)}).`,
    };
  }
  return {
    relation: "compatible",
    explain: () => `${quantitySides(low, high)}: the figures are compatible and less than ${threshold()} apart.`,
  };
}

function quantitySides(low: Claim<QuantityValue>, high: Claim<QuantityValue>): string {
  return `${capitalise(low.attributedTo)} says ${describeQuantity(low.value)}; ${high.attributedTo} says ${describeQuantity(high.value)}`;
}

/** "60 is 3.5 times 17", to one decimal. */
function describeRatio(low: number, high: number): string {
  if (low === 0) return `${formatNumber(high)} against none`;
  return `${formatNumber(high)} is ${formatNumber(Math.round((high / low) * 10) / 10)} times ${formatNumber(low)}`;
}

function compareDates(a: Claim<DateValue>, b: Claim<DateValue>): PairComparison {
  const [first, second] = a.value.start <= b.value.start ? [a, b] : [b, a];
  const sides = () =>
    `${capitalise(first.attributedTo)} says ${describeDate(first.value)}; ${second.attributedTo} says ${describeDate(second.value)}`;
  // Days have no relative gap worth a divergence: dates either overlap or contradict.
  return areDisjoint(dateInterval(a.value), dateInterval(b.value))
    ? { relation: "contradiction", explain: () => `${sides()}: the dates do not overlap, so both cannot be true.` }
    : { relation: "compatible", explain: () => `${sides()}: the dates overlap.` };
}

function compareAssertions(a: Claim<AssertionValue>, b: Claim<AssertionValue>): PairComparison {
  const [pa, pb] = [a.value.proposition, b.value.proposition];
  if (pa !== pb && normalizePhrase(pa) !== normalizePhrase(pb)) {
    return notCompared("they are about different propositions");
  }
  if (a.value.polarity === b.value.polarity) {
    const verb = a.value.polarity === "affirmed" ? "say" : "deny";
    return {
      relation: "compatible",
      explain: () => `${capitalise(a.attributedTo)} and ${b.attributedTo} both ${verb} that ${a.value.proposition}.`,
    };
  }
  const [affirms, denies] = a.value.polarity === "affirmed" ? [a, b] : [b, a];
  return {
    relation: "contradiction",
    explain: () =>
      `${capitalise(affirms.attributedTo)} says that ${affirms.value.proposition}; ${denies.attributedTo} denies it: both cannot be true.`,
  };
}

function compareEntities(a: Claim<EntityValue>, b: Claim<EntityValue>): PairComparison {
  const property = a.propertyKey;
  if (a.value.entityId === b.value.entityId) {
    return {
      relation: "compatible",
      explain: () => `${capitalise(a.attributedTo)} and ${b.attributedTo} both give ${property} as ${describeEntity(a.value)}.`,
    };
  }
  return {
    relation: "contradiction",
    explain: () =>
      `${capitalise(a.attributedTo)} gives ${property} as ${describeEntity(a.value)}; ${b.attributedTo} gives ${describeEntity(b.value)}: ${property} has a single value, so both cannot be true.`,
  };
}
