"use client";

import { useEffect, useState } from "react";
import { listClaimsRoute } from "@/lib/api/contract/claims";
import { callApi } from "@/lib/client/api-client";

/**
 * The propositions already recorded about a subject under an assertion
 * property, so a new claim can reuse one word for word: only claims with the
 * same proposition meet in one conflict group.
 */
export function useRecordedPropositions(projectId: string, subjectId: string | undefined, propertyId: string | undefined): string[] {
  const [found, setFound] = useState<{ key: string; propositions: string[] } | null>(null);
  const key = subjectId && propertyId ? `${subjectId}|${propertyId}` : null;

  useEffect(() => {
    if (!subjectId || !propertyId) return;
    let isCurrent = true;
    callApi(listClaimsRoute, { params: { projectId }, query: { entityId: subjectId, propertyId, pageSize: 200 } })
      .then(({ claims }) => {
        const propositions = claims
          .filter((c) => c.subject.id === subjectId && c.value.type === "assertion")
          .map((c) => (c.value.type === "assertion" ? c.value.proposition : ""));
        if (isCurrent) setFound({ key: `${subjectId}|${propertyId}`, propositions: [...new Set(propositions)].sort() });
      })
      // Only a convenience: without the list, the proposition is typed by hand.
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [projectId, subjectId, propertyId]);

  return found && found.key === key ? found.propositions : [];
}
