import { dataFiles } from "@/lib/export/dataset";
import { formatTimestamp } from "@/lib/format/timestamp";
import type { ExportRunView } from "@/lib/server/export/list-export-runs";
import { TableFrame } from "@/components/ui/table-frame";

/** The dataset's versions, newest first: each one's zip and formats download again exactly as they were made. */
export function ExportRunsTable({ runs }: { runs: ExportRunView[] }) {
  return (
    <section aria-labelledby="export-runs-title" className="stack">
      <h2 id="export-runs-title">Versions</h2>
      {runs.length === 0 ? (
        <p className="empty">No versions yet: the first export makes version 1.</p>
      ) : (
        <TableFrame>
          <table className="table export-runs">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Statuses</th>
                <th scope="col" className="num">
                  Claims
                </th>
                <th scope="col">Exported</th>
                <th scope="col">sha256 of the zip</th>
                <th scope="col">Files</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td data-label="Version">v{run.datasetVersion}</td>
                  <td data-label="Statuses">{run.filters.statuses.join(", ")}</td>
                  <td className="num" data-label="Claims">{run.counts.claims}</td>
                  <td data-label="Exported">
                    {formatTimestamp(run.createdAt)} <span className="muted">by {run.createdBy.name}</span>
                  </td>
                  <td data-label="sha256">
                    <code className="export-runs__sha" title={run.sha256}>
                      {run.sha256.slice(0, 12)}…
                    </code>
                  </td>
                  <td data-label="Files">
                    <ul className="export-runs__files" aria-label={`Files of version ${run.datasetVersion}`}>
                      <li>
                        <a href={`/api/v1/exports/${run.id}/archive`} download>
                          {run.archiveName}
                        </a>
                      </li>
                      {run.formats.map((format) => (
                        <li key={format}>
                          <a href={`/api/v1/exports/${run.id}/archive?format=${format}`} download>
                            {dataFiles[format].label}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
