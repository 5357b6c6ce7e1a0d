"use client";

import { FormError } from "@/components/ui/form-error";
import { useEffect, useId, useState } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { callApi } from "@/lib/client/api-client";
import { listClaimsRoute, updateClaimRoute } from "@/lib/api/contract/claims";

/** Finds an existing claim by full-text search and adds a span to its evidence. */
export function AddEvidencePicker({
  projectId,
  annotationId,
  onAdded,
  onCancel,
}: {
  projectId: string;
  annotationId: string;
  onAdded: (claim: ClaimView) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [claims, setClaims] = useState<ClaimView[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(async () => {
      const result = await callApi(listClaimsRoute, { params: { projectId }, query: { pageSize: 20, q: query.trim() || undefined } });
      if (isCurrent) setClaims(result.claims);
    }, 150);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, projectId]);

  async function add(claim: ClaimView) {
    setError(null);
    try {
      const { claim: updated } = await callApi(updateClaimRoute, {
        params: { claimId: claim.id },
        body: { version: claim.version, evidenceAnnotationIds: [...claim.evidence.map((e) => e.annotationId), annotationId] },
      });
      onAdded(updated);
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The evidence could not be added.");
    }
  }

  return (
    <section className="evidence-picker" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Add as evidence to a claim</h2>
      <label className="field">
        <span>Search claims</span>
        <input autoFocus value={query} onChange={(e) => setQuery(e.target.value)} placeholder="ACLED civilians, Wagner…" />
      </label>
      <FormError message={error} />
      <ul className="evidence-picker__list">
        {claims.map((claim) => (
          <li key={claim.id}>
            <button type="button" className="annotation-item" onClick={() => add(claim)}>
              <span>
                {claim.subject.name} · {claim.property.label}: <strong>{claim.valueText}</strong>
              </span>
              <span className="muted">{claim.attribution.map((l) => l.label).join(" → ") || "unattributed"}</span>
            </button>
          </li>
        ))}
        {claims.length === 0 ? <li className="muted">No claim matches.</li> : null}
      </ul>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
