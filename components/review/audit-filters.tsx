import Link from "next/link";

export type AuditFilterValues = Partial<Record<"actorId" | "objectType" | "objectId" | "from" | "to", string>>;

/** The audit page's filters (actor, object type, days) as a GET form; an object's history keeps its id. */
export function AuditFilters({
  path,
  values,
  facets,
}: {
  path: string;
  values: AuditFilterValues;
  facets: { actors: { id: string; name: string }[]; objectTypes: string[] };
}) {
  return (
    <form method="get" action={path} className="form form--inline claim-filters" aria-label="Filter the audit trail">
      <label className="field">
        <span>Who</span>
        <select name="actorId" defaultValue={values.actorId ?? ""}>
          <option value="">Anyone</option>
          {facets.actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Object type</span>
        <select name="objectType" defaultValue={values.objectType ?? ""}>
          <option value="">Any type</option>
          {facets.objectTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input type="date" name="from" defaultValue={values.from ?? ""} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" name="to" defaultValue={values.to ?? ""} />
      </label>
      {values.objectId ? <input type="hidden" name="objectId" value={values.objectId} /> : null}
      <button type="submit" className="button">
        Filter
      </button>
      {Object.keys(values).length > 0 ? <Link href={path}>Clear filters</Link> : null}
    </form>
  );
}
