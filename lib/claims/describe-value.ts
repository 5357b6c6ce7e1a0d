import type { DateValue, EntityValue, QuantityValue } from "@/lib/claims/value";

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "13,000", "2.5": thousands grouped by hand, as Intl formatting dominated full recomputation. */
export function formatNumber(value: number): string {
  if (value < 1000) return String(value);
  const [whole = "", fraction] = String(value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A quantity in words, from its interval, with the source's own words when
 * the interval is only a reading of them: "exactly 4", "at least 60",
 * "between 200 and 900 (“several hundred”)".
 */
export function describeQuantity(quantity: QuantityValue): string {
  const { min, max, kind, text } = quantity;
  const words = (kind === "approximately" || kind === "vague") && text ? ` (“${text}”)` : "";
  if (min === null) return `an unknown number${words}`;
  if (max === null) return `at least ${formatNumber(min)}${words}`;
  if (min === max) return `exactly ${formatNumber(min)}`;
  if (kind === "at_most") return `at most ${formatNumber(max)}`;
  return `between ${formatNumber(min)} and ${formatNumber(max)}${words}`;
}

/** "6 September 2022", "6 September 2022 to 7 September 2022", "March 2022", "2009". */
export function describeDate(date: DateValue): string {
  const format = (iso: string) => {
    const instant = new Date(`${iso}T00:00:00Z`);
    if (date.precision === "year") return iso.slice(0, 4);
    return (date.precision === "month" ? monthFormat : dayFormat).format(instant);
  };
  const start = format(date.start);
  const end = format(date.end);
  return start === end ? start : `${start} to ${end}`;
}

/** The words the entity was read from when there are some, else its id. */
export function describeEntity(entity: EntityValue): string {
  return `“${entity.text ?? entity.entityId}”`;
}

/** Explanations open with the origin's name: "A local elected official says …". */
export function capitalise(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}
