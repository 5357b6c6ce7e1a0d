import Link from "next/link";
import { SelectField, type SelectOption } from "@/components/ui/select-field";
import { ConflictKind, ConflictStatus } from "@/lib/db/generated/enums";
import type { conflictBoardOptions } from "@/lib/server/conflicts/conflict-board-options";
import type { ConflictParamValues } from "./conflict-filter-params";
import { conflictStatusLabels, kindLabels } from "./conflict-labels";

export type ConflictFilterOptions = Awaited<ReturnType<typeof conflictBoardOptions>>;

/**
 * The board's filters as a plain GET form: the URL holds the state, so a
 * filtered board can be shared and the form works without JavaScript.
 * Entities, properties and sources are those some conflict involves.
 */
export function ConflictFilters({ slug, values, options }: { slug: string; values: ConflictParamValues; options: ConflictFilterOptions }) {
  const select = (name: keyof ConflictParamValues, label: string, any: string, choices: SelectOption[]) => (
    <SelectField label={label} name={name} anyLabel={any} defaultValue={values[name]} options={choices} />
  );
  return (
    <form method="get" action={`/projects/${slug}/conflicts`} className="form form--inline conflict-filters" aria-label="Filter conflicts">
      {select("status", "Status", "Any status", Object.values(ConflictStatus).map((s) => ({ value: s, label: conflictStatusLabels[s] })))}
      {select("kind", "Kind", "Any kind", Object.values(ConflictKind).map((k) => ({ value: k, label: kindLabels[k] })))}
      {select("entityId", "Entity", "Any entity", options.entities.map((e) => ({ value: e.id, label: e.name })))}
      {select("propertyId", "Property", "Any property", options.properties.map((p) => ({ value: p.id, label: p.label })))}
      {select("sourceId", "Source", "Any source", options.sources.map((s) => ({ value: s.id, label: s.title })))}
      {values.claimId ? <input type="hidden" name="claimId" value={values.claimId} /> : null}
      <button type="submit" className="button button--primary">
        Apply
      </button>
      <Link href={`/projects/${slug}/conflicts`} className="button button--quiet">
        Clear
      </Link>
    </form>
  );
}
