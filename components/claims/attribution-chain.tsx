import Link from "next/link";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { attributionSteps, chainRoleLabels } from "./attribution-chain-steps";

/** Who asserts the claim and through whom it reached us: origin → intermediaries → reporting document. */
export function AttributionChain({ claim, slug }: { claim: Pick<ClaimView, "attribution" | "evidence">; slug: string }) {
  const steps = attributionSteps(claim);
  if (steps.length === 0) return <p className="muted">No attribution recorded.</p>;
  return (
    <ol className="attribution-chain" aria-label="Attribution chain, from origin to reporting document">
      {steps.map((step) => (
        <li key={step.key} className={`attribution-chain__step attribution-chain__step--${step.role}`}>
          <span className="attribution-chain__role">{chainRoleLabels[step.role]}</span>
          {step.sourceId ? (
            <Link href={`/projects/${slug}/sources/${step.sourceId}`} className="attribution-chain__party">
              {step.label}
            </Link>
          ) : (
            <span className="attribution-chain__party">{step.label}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
