"use client";

import { useEffect, useId, useState } from "react";
import { listClaimsRoute } from "@/lib/api/contract/claims";
import { callApi } from "@/lib/client/api-client";
import type { ClaimView } from "@/lib/server/claims/claim-view";

interface Option {
  id: string;
  label: string;
}

/**
 * Which claim this one repeats, among the project's claims about the same
 * subject and property ("Reuters, citing ACLED" repeating ACLED's own claim):
 * a derived claim counts as its original's source, not as another one.
 */
export function DerivedFromField({
  projectId,
  claimId,
  subjectId,
  propertyId,
  value,
  onChange,
  error,
}: {
  projectId: string;
  /** The claim being edited, which cannot repeat itself. */
  claimId?: string;
  subjectId: string | undefined;
  propertyId: string;
  value: ClaimView["derivedFrom"];
  onChange: (derivedFrom: ClaimView["derivedFrom"]) => void;
  error?: string;
}) {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    if (!subjectId || !propertyId) return;
    const controller = new AbortController();
    callApi(listClaimsRoute, { params: { projectId }, query: { entityId: subjectId, propertyId, pageSize: 200 }, signal: controller.signal })
      .then(({ claims }) =>
        setOptions(
          claims
            .filter((c) => c.subject.id === subjectId && c.id !== claimId)
            .map((c) => ({ id: c.id, label: `${c.valueText} — ${c.attribution[0]?.label || "unattributed"} (${c.status.replace("_", " ")})` })),
        ),
      )
      // Only a convenience: without the list, the claim keeps what it repeats.
      .catch(() => undefined);
    return () => controller.abort();
  }, [projectId, claimId, subjectId, propertyId]);

  const selectId = useId();
  const shown = value && !options.some((option) => option.id === value.id) ? [{ id: value.id, label: value.label }, ...options] : options;
  return (
    // The hint sits outside the label, so that the select's name is "Derived from" alone and not the hint's words.
    <div className="field">
      <label htmlFor={selectId}>Derived from</label>
      <select
        id={selectId}
        value={value?.id ?? ""}
        onChange={(event) => {
          const chosen = shown.find((option) => option.id === event.target.value);
          onChange(chosen ? { id: chosen.id, label: chosen.label, isDeleted: false } : null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby="derived-from-hint"
      >
        <option value="">Independent: repeats no other claim</option>
        {shown.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <small id="derived-from-hint" className="muted">
        {subjectId ? "A claim that repeats another counts as that claim's source in estimates." : "Choose the subject to list the claims this one could repeat."}
      </small>
      {error ? <span className="field-error">{error}</span> : null}
    </div>
  );
}
