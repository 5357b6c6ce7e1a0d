"use client";

import Link from "next/link";
import { useState } from "react";
import { submitClaimRoute } from "@/lib/api/contract/reviews";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { ClaimView } from "@/lib/server/claims/claim-view";

/** After a claim is saved in the reader: open it, or send it to review without leaving the text. */
export function ClaimNoticeActions({ claim, slug, onSubmitted }: { claim: ClaimView; slug: string; onSubmitted: (text: string) => void }) {
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setIsSubmitting(true);
    setError(null);
    try {
      await callApi(submitClaimRoute, { params: { claimId: claim.id }, body: { version: claim.version } });
      onSubmitted(`Submitted for review: ${claim.subject.name} · ${claim.property.label}.`);
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The claim could not be submitted. Try again.");
      setIsSubmitting(false);
    }
  }

  return (
    <>
      <Link href={`/projects/${slug}/claims/${claim.id}`}>Open the claim</Link>{" "}
      {claim.status === "draft" || claim.status === "changes_requested" ? (
        <button type="button" className="button button--small" disabled={isSubmitting} onClick={() => void submit()}>
          {isSubmitting ? "Submitting…" : "Submit for review"}
        </button>
      ) : null}
      {error ? <span className="field-error"> {error}</span> : null}
    </>
  );
}
