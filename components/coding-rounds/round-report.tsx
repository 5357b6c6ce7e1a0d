import Link from "next/link";
import { TableFrame } from "@/components/ui/table-frame";
import { describeClaimValue } from "@/lib/claims/describe-claim-value";
import { describeQualifiers } from "@/lib/claims/labels";
import { formatTimestamp } from "@/lib/format/timestamp";
import type { RoundReport as Report } from "@/lib/server/coding-rounds/source-rounds";

const metrics = [
  { kind: "quantity", label: "Quantities (interval, lower bounds)" },
  { kind: "assertion", label: "Assertions (nominal, polarity)" },
  { kind: "entity", label: "Entities (nominal)" },
] as const;

function alphaText(alpha: { value: number | null }): string {
  return alpha.value === null ? "not enough data" : alpha.value.toFixed(3);
}

function shareText(share: number | null): string {
  return share === null ? "not enough data" : `${Math.round(share * 100)} %`;
}

/**
 * A closed round's agreement: Krippendorff's α per kind of value for the
 * round and per coder pair, span agreement per pair, and the units where the
 * coders' values differ.
 */
export function RoundReport({ report, slug, canCurate }: { report: Report; slug: string; canCurate: boolean }) {
  const { round, agreement, entityNames, propertyLabels } = report;
  const nameOf = new Map(round.coders.map((coder) => [coder.id, coder.name]));
  const coderName = (id: string) => nameOf.get(id) ?? id;
  const spanOf = new Map(agreement.spanAgreement.map((pair) => [`${pair.coderA} ${pair.coderB}`, pair]));
  return (
    <section aria-labelledby={`report-${round.id}`} className="stack coding-round__report">
      <h3 id={`report-${round.id}`}>Agreement of the round closed {round.closedAt ? formatTimestamp(round.closedAt) : ""}</h3>
      <p className="muted">
        {agreement.units} {agreement.units === 1 ? "unit" : "units"} coded by {round.coders.map((coder) => coder.name).join(", ")}.
      </p>
      <table className="table" aria-label="Krippendorff's alpha">
        <thead>
          <tr>
            <th scope="col">Values</th>
            <th scope="col">α</th>
            <th scope="col">Pairable values</th>
          </tr>
        </thead>
        <tbody>
          {metrics.map(({ kind, label }) => (
            <tr key={kind}>
              <th scope="row">{label}</th>
              <td>{alphaText(agreement.alpha[kind])}</td>
              <td>{agreement.alpha[kind].pairableValues}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TableFrame>
        <table className="table" aria-label="Agreement per coder pair">
          <thead>
            <tr>
              <th scope="col">Coders</th>
              {metrics.map(({ kind }) => (
                <th scope="col" key={kind}>
                  α {kind}
                </th>
              ))}
              <th scope="col">Span agreement</th>
            </tr>
          </thead>
          <tbody>
            {agreement.pairAlpha.map((pair) => {
              const span = spanOf.get(`${pair.coderA} ${pair.coderB}`);
              return (
                <tr key={`${pair.coderA} ${pair.coderB}`}>
                  <th scope="row">
                    {coderName(pair.coderA)} and {coderName(pair.coderB)}
                  </th>
                  {metrics.map(({ kind }) => (
                    <td key={kind}>{alphaText(pair.alpha[kind])}</td>
                  ))}
                  <td>{span ? `${shareText(span.share)} (${span.matchedSpans} of ${span.spans} spans)` : "not enough data"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableFrame>
      <h4>Disagreements</h4>
      {agreement.disagreements.length === 0 ? (
        <p className="empty">The coders agree on every unit they both coded.</p>
      ) : (
        <ul className="coding-round__disagreements" aria-label="Disagreements">
          {agreement.disagreements.map(({ unit, valuesByCoder }) => {
            const qualifiers = describeQualifiers(unit.qualifiers);
            return (
              <li key={unit.key}>
                <strong>
                  {entityNames[unit.subjectId] ?? unit.subjectId}: {propertyLabels[unit.propertyId] ?? unit.propertyId}
                </strong>
                {qualifiers ? ` (${qualifiers})` : ""}, per {unit.origin.label}
                <ul>
                  {agreement.coders.map((coderId) => {
                    const coded = valuesByCoder[coderId];
                    const entityName = coded?.value.type === "entity" ? entityNames[coded.value.entityId] : undefined;
                    return (
                      <li key={coderId}>
                        {coderName(coderId)}: {coded ? describeClaimValue(coded.value, entityName) : "not coded"}
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {canCurate ? (
        <p>
          <Link href={`/projects/${slug}/coding-rounds/${round.id}`}>Curate this round</Link>
        </p>
      ) : null}
    </section>
  );
}
