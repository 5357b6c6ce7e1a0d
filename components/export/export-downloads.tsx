import { DATA_FORMATS, dataFiles } from "@/lib/export/dataset";
import { filtersToParams, type ExportFilters } from "@/lib/export/filters";

/**
 * Download links for the selection. The first download of data that changed
 * records the dataset's next version; every format of it is a file of that
 * one snapshot, so downloading them one after another gives one version.
 */
export function ExportDownloads({ projectId, filters, isEmpty }: { projectId: string; filters: ExportFilters; isEmpty: boolean }) {
  const href = (format: string) => `/api/v1/projects/${projectId}/export?${new URLSearchParams({ ...filtersToParams(filters), format })}`;
  return (
    <section aria-labelledby="export-downloads-title" className="card export-downloads">
      <h2 id="export-downloads-title">Export</h2>
      <p className="muted">
        A version is one snapshot of the data these filters select, in every format. If nothing changed since the latest
        version with these filters, you get that version again; otherwise the download becomes the next version.
      </p>
      {isEmpty ? <p className="form-error">Nothing matches these filters; an export would hold no claims.</p> : null}
      <p>
        <a className="button button--primary" href={href("zip")} download>
          Export dataset (zip: every format + manifest)
        </a>
      </p>
      <ul className="export-downloads__formats" aria-label="Single formats">
        {DATA_FORMATS.map((format) => (
          <li key={format}>
            <a className="button button--small" href={href(format)} download>
              {dataFiles[format].label}
            </a>{" "}
            <span className="muted">{dataFiles[format].description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
