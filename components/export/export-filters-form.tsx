import Link from "next/link";
import { statusLabels } from "@/components/source-workspace/highlight-model";
import { SelectField } from "@/components/ui/select-field";
import { ClaimStatus } from "@/lib/db/generated/enums";
import type { ExportFilters } from "@/lib/export/filters";
import type { ExportPageData } from "@/lib/server/export/export-page-data";

/** The selection, as a plain GET form: the address of the page is the selection, so it can be shared and reloaded. */
export function ExportFiltersForm({ path, filters, options }: { path: string; filters: ExportFilters; options: ExportPageData["options"] }) {
  return (
    <form method="get" action={path} className="form export-filters" aria-label="Export filters">
      <fieldset className="export-filters__statuses">
        <legend>Claim status</legend>
        {Object.values(ClaimStatus).map((status) => (
          <label key={status} className="export-filters__check">
            <input type="checkbox" name="status" value={status} defaultChecked={filters.statuses.includes(status)} />
            <span className={`badge badge--${status}`}>{statusLabels[status]}</span>
          </label>
        ))}
      </fieldset>
      <div className="export-filters__grid">
        <SelectField label="Sources" name="sources" multiple defaultValue={filters.sourceIds} options={options.sources.map((s) => ({ value: s.id, label: s.title }))} />
        <SelectField label="Properties" name="properties" multiple defaultValue={filters.propertyKeys} options={options.properties.map((p) => ({ value: p.key, label: p.label }))} />
        <SelectField label="Entities" name="entities" multiple defaultValue={filters.entityIds} options={options.entities.map((e) => ({ value: e.id, label: e.name }))} />
        <div className="export-filters__dates">
          <label className="field">
            <span>Recorded from</span>
            <input type="date" name="from" defaultValue={filters.recordedFrom ?? ""} />
          </label>
          <label className="field">
            <span>Recorded until</span>
            <input type="date" name="to" defaultValue={filters.recordedTo ?? ""} />
          </label>
        </div>
      </div>
      <p className="muted export-filters__hint">No source, property or entity selected means all of them; an entity matches a claim about it, valued as it or attributed to it. Hold Ctrl (⌘ on a Mac) to select several.</p>
      <div className="export-filters__actions">
        <button className="button" type="submit">
          Preview
        </button>
        <Link href={path} className="button button--quiet">
          Reset to approved claims
        </Link>
      </div>
    </form>
  );
}
