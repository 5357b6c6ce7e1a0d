import Link from "next/link";
import { SelectField, type SelectOption } from "@/components/ui/select-field";

export interface QueueFilterOptions {
  sources: { id: string; title: string }[];
  entities: { id: string; name: string }[];
  properties: { id: string; label: string }[];
}

export type QueueFilterValues = Partial<Record<"sourceId" | "entityId" | "propertyId" | "hasConflict", string>>;

/** The queue's filters as a plain GET form, so a filtered queue is a shareable address. */
export function ReviewQueueFilters({ slug, values, options }: { slug: string; values: QueueFilterValues; options: QueueFilterOptions }) {
  const select = (name: keyof QueueFilterValues, label: string, any: string, choices: SelectOption[]) => (
    <SelectField label={label} name={name} anyLabel={any} defaultValue={values[name]} options={choices} />
  );
  return (
    <form method="get" action={`/projects/${slug}/review`} className="form form--inline claim-filters" aria-label="Filter the review queue">
      {select("sourceId", "Source", "Any source", options.sources.map((s) => ({ value: s.id, label: s.title })))}
      {select("propertyId", "Property", "Any property", options.properties.map((p) => ({ value: p.id, label: p.label })))}
      {select("entityId", "Entity", "Any entity", options.entities.map((e) => ({ value: e.id, label: e.name })))}
      {select("hasConflict", "Conflict", "With or without", [
        { value: "true", label: "In an open conflict" },
        { value: "false", label: "Not in a conflict" },
      ])}
      <button type="submit" className="button">
        Filter
      </button>
      {Object.keys(values).length > 0 ? <Link href={`/projects/${slug}/review`}>Clear filters</Link> : null}
    </form>
  );
}
