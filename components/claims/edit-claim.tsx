"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import type { VocabularyProperty } from "@/lib/server/projects/list-properties";
import { ClaimForm } from "./claim-form";

/** "Edit claim" on the claim page: the claim form, saved against the version shown. */
export function EditClaim({ claim, properties }: { claim: ClaimView; properties: VocabularyProperty[] }) {
  const router = useRouter();
  const [isEditing, setIsEditing] = useState(false);
  if (!isEditing) {
    return (
      <button type="button" className="button" onClick={() => setIsEditing(true)}>
        Edit claim
      </button>
    );
  }
  return (
    <section className="card" aria-label="Edit the claim">
      <ClaimForm
        projectId={claim.projectId}
        properties={properties}
        claim={claim}
        evidence={claim.evidence.map((e) => ({ annotationId: e.annotationId, exact: e.exact, sourceTitle: e.sourceTitle }))}
        onSaved={() => {
          setIsEditing(false);
          router.refresh();
        }}
        onCancel={() => setIsEditing(false)}
      />
    </section>
  );
}
