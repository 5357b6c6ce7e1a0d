"use client";

import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { attributionName } from "@/lib/conflicts/attribution-name";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { callApi } from "@/lib/client/api-client";
import { listClaimsRoute } from "@/lib/api/contract/claims";
import { flagConflictRoute } from "@/lib/api/contract/conflicts";

type FoundClaim = Pick<ClaimView, "id" | "subject" | "property" | "valueText" | "attribution" | "evidence">;

/** "Le Monde (citing local sources) — Battle of Talataye (2022) · Occurred: denied: …", as explanations name it. */
function claimLabel(claim: FoundClaim): string {
  return `${attributionName(claim.attribution)} — ${claim.subject.name} · ${claim.property.label}: ${claim.valueText}`;
}

const SEARCH_DELAY_MS = 250;

/**
 * Flags a conflict no rule can see: search the project's claims (full text,
 * as on the claims page), tick two or more, possibly from different sources,
 * and say why they disagree.
 */
export function FlagConflictForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<{ claims: FoundClaim[]; total: number } | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const [selected, setSelected] = useState<FoundClaim[]>([]);
  const [rationale, setRationale] = useState("");
  const [message, setMessage] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    let isCurrent = true;
    // Wait for a pause in typing rather than searching on every keystroke.
    const timer = setTimeout(async () => {
      try {
        const found = await callApi(listClaimsRoute, { params: { projectId }, query: { pageSize: 20, q: query.trim() || undefined } });
        if (isCurrent) {
          setResults(found);
          setSearchError(null);
        }
      } catch (caught) {
        if (isCurrent) setSearchError(caught instanceof ApiRequestError ? caught.message : "The search failed. Try again.");
      }
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [projectId, query]);

  const isSelected = (id: string) => selected.some((claim) => claim.id === id);
  const toggle = (claim: FoundClaim) =>
    setSelected((current) => (current.some((c) => c.id === claim.id) ? current.filter((c) => c.id !== claim.id) : [...current, claim]));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    startTransition(async () => {
      try {
        await callApi(flagConflictRoute, { params: { projectId }, body: { claimIds: selected.map((claim) => claim.id), rationale } });
        setMessage({ kind: "success", text: `Conflict flagged between ${selected.length} claims.` });
        setSelected([]);
        setRationale("");
        router.refresh();
      } catch (caught) {
        setMessage({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The conflict could not be flagged. Try again." });
      }
    });
  }

  return (
    <form className="form flag-conflict" onSubmit={onSubmit} aria-label="Flag a conflict">
      <label className="field">
        <span>Find claims</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="e.g. airstrikes, Le Monde, 60" />
      </label>
      <div aria-live="polite" className="muted">
        {searchError ?? (results ? `${results.total} ${results.total === 1 ? "claim matches" : "claims match"}${results.total > results.claims.length ? `; showing ${results.claims.length}` : ""}.` : "Searching…")}
      </div>
      {results && results.claims.length > 0 ? (
        <fieldset className="flag-conflict__results">
          <legend>Matching claims</legend>
          <ul>
            {results.claims.map((claim) => (
              <li key={claim.id}>
                <label>
                  <input type="checkbox" checked={isSelected(claim.id)} onChange={() => toggle(claim)} /> {claimLabel(claim)}{" "}
                  <span className="muted">({[...new Set(claim.evidence.map((e) => e.sourceTitle))].join("; ")})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <section aria-label="Selected claims" className="flag-conflict__selected">
        <p>
          <strong>Selected claims ({selected.length})</strong>
          {selected.length < 2 ? <span className="muted"> — select at least two</span> : null}
        </p>
        {selected.length > 0 ? (
          <ul>
            {selected.map((claim) => (
              <li key={claim.id}>
                {claimLabel(claim)}{" "}
                <button type="button" className="button button--quiet button--small" onClick={() => toggle(claim)} aria-label={`Remove ${claimLabel(claim)}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <label className="field">
        <span>Rationale</span>
        <textarea value={rationale} onChange={(event) => setRationale(event.target.value)} required maxLength={2000} rows={3} placeholder="Why do these claims disagree?" />
      </label>
      <button type="submit" className="button button--primary" disabled={isPending || selected.length < 2}>
        {isPending ? "Flagging…" : "Flag conflict"}
      </button>
      <FormOutcome outcome={message} />
    </form>
  );
}
