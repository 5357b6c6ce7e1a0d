import { formatTimestamp } from "@/lib/format/timestamp";
import type { ExportRunView } from "@/lib/server/export/list-export-runs";

/** Past exports, newest first, each downloadable again exactly as it was made. */
export function ExportRunsTable({ runs }: { runs: ExportRunView[] }) {
  return (
    <section aria-labelledby="export-runs-title" className="stack">
      <h2 id="export-runs-title">Past exports</h2>
      {runs.length === 0 ? (
        <p className="empty">No exports yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="table export-runs">
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Format</th>
                <th scope="col">Statuses</th>
                <th scope="col" className="num">
                  Claims
                </th>
                <th scope="col">Exported</th>
                <th scope="col">sha256 of the zip</th>
                <th scope="col">Download</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id}>
                  <td>v{run.datasetVersion}</td>
                  <td>{run.format}</td>
                  <td>{run.filters.statuses.join(", ")}</td>
                  <td className="num">{run.counts.claims}</td>
                  <td>
                    {formatTimestamp(run.createdAt)} <span className="muted">by {run.createdBy.name}</span>
                  </td>
                  <td>
                    <code className="export-runs__sha" title={run.sha256}>
                      {run.sha256.slice(0, 12)}…
                    </code>
                  </td>
                  <td>
                    <a href={`/api/v1/exports/${run.id}/archive`} download aria-label={`Download version ${run.datasetVersion}`}>
                      {run.archiveName}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
