"use client";

import { FormError } from "@/components/ui/form-error";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { VocabularyProperty } from "@/lib/server/projects/list-properties";
import { ClaimForm, type EvidenceSpan } from "./claim-form";
import { callApi } from "@/lib/client/api-client";
import { createAnnotationRoute } from "@/lib/api/contract/sources";
import { FormActions } from "@/components/ui/form-actions";

interface SourceOption {
  id: string;
  title: string;
}

/**
 * A new claim from the claims page: the evidence is found by quoting the
 * source's words (anchored like any highlight), then the claim form opens.
 */
export function NewClaimFromQuote({
  projectId,
  projectSlug,
  sources,
  properties,
}: {
  projectId: string;
  projectSlug: string;
  sources: SourceOption[];
  properties: VocabularyProperty[];
}) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [evidence, setEvidence] = useState<EvidenceSpan | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function findQuote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const sourceId = String(form.get("sourceId") ?? "");
    const exact = String(form.get("quote") ?? "").trim();
    try {
      const { annotation } = await callApi(createAnnotationRoute, { params: { sourceId }, body: { quote: { exact } } });
      setEvidence({ annotationId: annotation.id, exact, sourceTitle: sources.find((s) => s.id === sourceId)?.title ?? "" });
    } catch (caught) {
      setError(caught instanceof ApiRequestError ? caught.message : "The quote could not be anchored.");
    }
  }

  if (!isOpen) {
    return (
      <button type="button" className="button button--primary" onClick={() => setIsOpen(true)}>
        New claim…
      </button>
    );
  }
  if (evidence) {
    return (
      <section className="card new-claim" aria-label="New claim">
        <ClaimForm
          projectId={projectId}
          properties={properties}
          evidence={[evidence]}
          selectedText={evidence.exact}
          onSaved={(claim) => router.push(`/projects/${projectSlug}/claims/${claim.id}`)}
          onCancel={() => {
            setEvidence(null);
            setIsOpen(false);
          }}
        />
      </section>
    );
  }
  return (
    <form className="card form new-claim" onSubmit={findQuote} aria-label="Evidence for a new claim">
      <p className="muted">A claim rests on the words of a source. Quote them exactly; you can also select them in the source itself.</p>
      <label className="field">
        <span>Source</span>
        <select name="sourceId" required>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {source.title}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Quoted words</span>
        <input name="quote" required placeholder="17+ (per ACLED)" />
      </label>
      <FormError message={error} />
      <FormActions label="Find the words" onCancel={() => setIsOpen(false)} />
    </form>
  );
}
