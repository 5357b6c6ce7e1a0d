import Link from "next/link";
import { entityKindLabels, entityKinds } from "./entity-kinds";

/** Search by name or alias and filter by kind, as a GET form so the URL keeps the view. */
export function EntitySearch({ slug, q, kind }: { slug: string; q?: string; kind?: string }) {
  return (
    <form method="get" action={`/projects/${slug}/entities`} className="form form--inline" aria-label="Search entities" role="search">
      <label className="field">
        <span>Name or alias</span>
        <input type="search" name="q" defaultValue={q ?? ""} placeholder="e.g. ISGS" />
      </label>
      <label className="field">
        <span>Kind</span>
        <select name="kind" defaultValue={kind ?? ""}>
          <option value="">Any kind</option>
          {entityKinds.map((k) => (
            <option key={k} value={k}>
              {entityKindLabels[k]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        Search
      </button>
      {q || kind ? (
        <Link href={`/projects/${slug}/entities`} className="button button--quiet">
          Clear
        </Link>
      ) : null}
    </form>
  );
}
