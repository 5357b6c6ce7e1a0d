import { DATA_FORMATS, dataFiles } from "@/lib/export/dataset";
import { filtersToParams, type ExportFilters } from "@/lib/export/filters";

const formatNames = { jsonl: "JSON Lines", csv: "CSV", webannotation: "W3C Web Annotation", prov: "W3C PROV-O" } as const;

/**
 * Download links for the selection. Each download is recorded as the
 * project's next dataset version; the zip holds every format and the manifest.
 */
export function ExportDownloads({ projectId, filters, isEmpty }: { projectId: string; filters: ExportFilters; isEmpty: boolean }) {
  const href = (format: string) => `/api/v1/projects/${projectId}/export?${new URLSearchParams({ ...filtersToParams(filters), format })}`;
  return (
    <section aria-labelledby="export-downloads-title" className="card export-downloads">
      <h2 id="export-downloads-title">Export</h2>
      <p className="muted">
        Each export becomes the next version of the dataset. The same data and filters give byte-identical data files; only the
        manifest says when and by whom.
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
              {formatNames[format]}
            </a>{" "}
            <span className="muted">{dataFiles[format].description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
