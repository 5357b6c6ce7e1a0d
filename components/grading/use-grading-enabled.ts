"use client";

import { useEffect, useState } from "react";
import { getEstimateSettingsRoute } from "@/lib/api/contract/grading";
import { callApi } from "@/lib/client/api-client";

/**
 * Whether the project grades sources, for forms that open in several places
 * (reader, claims page, claim page) and so are not handed it. Until the
 * answer comes, and if it does not, grades are not offered.
 */
export function useGradingEnabled(projectId: string): boolean {
  const [found, setFound] = useState<{ projectId: string; isGradingEnabled: boolean } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    callApi(getEstimateSettingsRoute, { params: { projectId }, signal: controller.signal })
      .then(({ isGradingEnabled }) => setFound({ projectId, isGradingEnabled }))
      .catch(() => undefined);
    return () => controller.abort();
  }, [projectId]);
  return found?.projectId === projectId && found.isGradingEnabled;
}
