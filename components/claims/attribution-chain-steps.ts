import type { ClaimView } from "@/lib/server/claims/claim-view";

export type ChainStepRole = "origin" | "intermediary" | "reporter" | "document";

export interface ChainStep {
  key: string;
  role: ChainStepRole;
  label: string;
  /** Set for the reporting documents: the source page holding the evidence. */
  sourceId?: string;
}

export const chainRoleLabels: Record<ChainStepRole, string> = {
  origin: "Origin",
  intermediary: "Via",
  reporter: "Reported by",
  document: "Reporting document",
};

/**
 * A claim's chain in reading order: the recorded links (origin, then
 * intermediaries), ending with the documents holding its evidence, unless a
 * link already names that document.
 */
export function attributionSteps(claim: Pick<ClaimView, "attribution" | "evidence">): ChainStep[] {
  const steps: ChainStep[] = claim.attribution.map((link) => ({
    key: `link-${link.position}`,
    role: link.role,
    label: link.label,
    sourceId: link.source?.id,
  }));
  const named = new Set(steps.map((step) => step.sourceId).filter(Boolean));
  for (const evidence of claim.evidence) {
    if (named.has(evidence.sourceId)) continue;
    named.add(evidence.sourceId);
    steps.push({ key: `document-${evidence.sourceId}`, role: "document", label: evidence.sourceTitle, sourceId: evidence.sourceId });
  }
  return steps;
}

/** The parties who assert the claim, as one line for tables: "local sources → Le Monde". */
export function attributionLine(claim: Pick<ClaimView, "attribution">): string {
  return claim.attribution.map((link) => link.label).join(" → ");
}
