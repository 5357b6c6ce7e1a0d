import type { ExportCounts } from "@/lib/export/dataset";
import { attributionLabel, type ClaimRecord } from "@/lib/export/records";
import { TableFrame } from "@/components/ui/table-frame";

/** What the export will hold: its counts and its first claims, as the files will carry them. */
export function ExportPreview({ counts, claims }: { counts: ExportCounts; claims: ClaimRecord[] }) {
  return (
    <section aria-labelledby="export-preview-title" className="stack">
      <h2 id="export-preview-title">Preview</h2>
      <dl className="stats" aria-label="Export counts">
        <div>
          <dt>Claims</dt>
          <dd data-testid="export-count-claims">{counts.claims}</dd>
        </div>
        <div>
          <dt>Evidence spans</dt>
          <dd>{counts.evidence}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{counts.sources}</dd>
        </div>
        <div>
          <dt>Entities</dt>
          <dd>{counts.entities}</dd>
        </div>
        <div>
          <dt>Conflicts</dt>
          <dd>{counts.conflicts}</dd>
        </div>
      </dl>
      {claims.length === 0 ? (
        <p className="empty">No claims match these filters: the export would hold no claims.</p>
      ) : (
        <TableFrame>
          <table className="table export-preview">
            <caption className="muted">
              The first {claims.length} of {counts.claims} claims, in export order
            </caption>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">Property</th>
                <th scope="col">Value</th>
                <th scope="col">Attribution</th>
                <th scope="col">Evidence</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Conflicts
                </th>
              </tr>
            </thead>
            <tbody>
              {claims.map((claim) => (
                <tr key={claim.id}>
                  <td>{claim.subject.name}</td>
                  <td>{claim.property.label}</td>
                  <td>{claim.valueText}</td>
                  <td>{claim.attribution.map(attributionLabel).join(" → ") || "—"}</td>
                  <td>
                    {claim.evidence.map((evidence) => (
                      <q key={evidence.annotationId} className="export-preview__quote">
                        {evidence.exact}
                      </q>
                    ))}
                  </td>
                  <td>
                    <span className={`badge badge--${claim.status}`}>{claim.status.replace("_", " ")}</span>
                  </td>
                  <td className="num">{claim.conflicts.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
