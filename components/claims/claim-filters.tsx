import Link from "next/link";
import { statusLabels } from "@/components/source-workspace/highlight-model";
import { SelectField } from "@/components/ui/select-field";
import { ClaimStatus } from "@/lib/db/generated/enums";
import type { ClaimFilterParams } from "./claim-filters-params";
import { describeCredibility, describeReliability } from "@/lib/grading/grade-words";
import { reliabilityGradeSchema } from "@/lib/estimates/rule";

export interface ClaimFilterOptions {
  sources: { id: string; title: string }[];
  entities: { id: string; name: string }[];
  properties: { id: string; label: string }[];
}

/**
 * The claims page's filters as a plain GET form: the URL holds the state, so
 * filtered views can be shared and the form works without JavaScript.
 */
export function ClaimFilters({
  slug,
  values,
  options,
  isGradingEnabled = false,
}: {
  slug: string;
  values: ClaimFilterParams["values"];
  options: ClaimFilterOptions;
  /** Offers the grade filters, which only mean something while the project grades sources. */
  isGradingEnabled?: boolean;
}) {
  return (
    <form method="get" action={`/projects/${slug}/claims`} className="form form--inline claim-filters" aria-label="Filter claims">
      <label className="field claim-filters__search">
        <span>Search</span>
        <input type="search" name="q" defaultValue={values.q ?? ""} placeholder="e.g. ACLED, airstrikes, 60" />
      </label>
      <SelectField label="Source" name="sourceId" anyLabel="Any source" defaultValue={values.sourceId} options={options.sources.map((s) => ({ value: s.id, label: s.title }))} />
      <SelectField label="Entity" name="entityId" anyLabel="Any entity" defaultValue={values.entityId} options={options.entities.map((e) => ({ value: e.id, label: e.name }))} />
      <SelectField label="Property" name="propertyId" anyLabel="Any property" defaultValue={values.propertyId} options={options.properties.map((p) => ({ value: p.id, label: p.label }))} />
      <label className="field">
        <span>Status</span>
        <select name="status" defaultValue={values.status ?? ""}>
          <option value="">Any status</option>
          {Object.values(ClaimStatus).map((status) => (
            <option key={status} value={status}>
              {statusLabels[status]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Attributed to</span>
        <input
          name="attributedTo"
          defaultValue={values.attributedTo ?? ""}
          list="claim-filters-parties"
          placeholder="entity or party, e.g. local sources"
        />
        <datalist id="claim-filters-parties">
          {options.entities.map((entity) => (
            <option key={entity.id} value={entity.name} />
          ))}
        </datalist>
      </label>
      <label className="field">
        <span>Conflict</span>
        <select name="hasConflict" defaultValue={values.hasConflict ?? ""}>
          <option value="">Any</option>
          <option value="true">In an open conflict</option>
          <option value="false">In no open conflict</option>
        </select>
      </label>
      <label className="field">
        <span>Re-check</span>
        <select name="needsRecheck" defaultValue={values.needsRecheck ?? ""}>
          <option value="">Any</option>
          <option value="true">Needs re-check</option>
        </select>
      </label>
      {isGradingEnabled ? (
        <>
          <SelectField
            label="Origin reliability"
            name="reliability"
            anyLabel="Any reliability"
            defaultValue={values.reliability}
            options={reliabilityGradeSchema.options.map((grade) => ({ value: grade, label: describeReliability(grade) }))}
          />
          <SelectField
            label="Credibility"
            name="credibility"
            anyLabel="Any credibility"
            defaultValue={values.credibility}
            options={[1, 2, 3, 4, 5, 6].map((grade) => ({ value: String(grade), label: describeCredibility(grade) }))}
          />
        </>
      ) : null}
      {values.pageSize ? <input type="hidden" name="pageSize" value={values.pageSize} /> : null}
      <button type="submit" className="button button--primary">
        Apply
      </button>
      <Link href={`/projects/${slug}/claims`} className="button button--quiet">
        Clear
      </Link>
    </form>
  );
}
