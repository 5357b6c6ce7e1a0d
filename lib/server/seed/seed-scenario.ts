import type { Db } from "@/lib/db/client";
import type { Actor } from "../actor";
import { createAnnotation } from "../annotations/create-annotation";
import { claimInputSchema } from "@/lib/claims/claim-input";
import { createClaim } from "../claims/create-claim";
import { reviewClaim } from "../reviews/review-claim";
import { submitClaim } from "../reviews/submit-claim";
import { referenceScenario, type ScenarioClaim } from "./reference-scenario";

interface ScenarioContext {
  projectId: string;
  sources: Record<ScenarioClaim["source"], string>;
  researcher: Actor;
  reviewer: Actor;
}

/**
 * Records the reference scenario as the researcher would, through the same
 * use cases (so conflicts are detected), then applies the reviewer's
 * decisions. Skipped when the project already has claims.
 */
export async function seedReferenceScenario(db: Db, context: ScenarioContext): Promise<number> {
  if ((await db.claim.count({ where: { projectId: context.projectId } })) > 0) return 0;
  const entities = await db.entity.findMany({ where: { projectId: context.projectId } });
  const properties = await db.property.findMany({ where: { projectId: context.projectId } });
  const entityId = (name: string) => {
    const entity = entities.find((e) => e.name === name);
    if (!entity) throw new Error(`Seed entity "${name}" is missing`);
    return entity.id;
  };
  const propertyId = (key: string) => properties.find((p) => p.key === key)!.id;

  for (const scenario of referenceScenario) {
    const sourceId = context.sources[scenario.source];
    const evidence = [];
    for (const exact of scenario.evidence) {
      evidence.push(await createAnnotation(db, context.researcher, sourceId, { quote: { exact, prefix: "", suffix: "" } }));
    }
    const value = scenario.valueEntity && scenario.value.type === "entity" ? { ...scenario.value, entityId: entityId(scenario.valueEntity) } : scenario.value;
    const claim = await createClaim(db, {
      actor: context.researcher,
      projectId: context.projectId,
      input: claimInputSchema.parse({
        subjectId: entityId(scenario.subject),
        propertyId: propertyId(scenario.property),
        value,
        qualifiers: scenario.qualifiers ?? {},
        hedging: scenario.hedging ?? null,
        attribution: scenario.chain.map((link) => ({
          role: link.role,
          ...(link.entity ? { entityId: entityId(link.entity) } : { partyName: link.party }),
        })),
        evidenceAnnotationIds: evidence.map((a) => a.id),
      }),
    });
    if (scenario.review !== "draft") await applyReview(db, claim.id, scenario.review, context);
  }
  return referenceScenario.length;
}

/** The researcher submits; the reviewer decides, through the same use cases as the app (four eyes included). */
async function applyReview(db: Db, claimId: string, outcome: "approved" | "submitted" | "rejected", context: ScenarioContext) {
  await submitClaim(db, context.researcher, claimId, {});
  if (outcome === "submitted") return;
  await reviewClaim(db, context.reviewer, claimId, {
    decision: outcome === "approved" ? "approve" : "reject",
    reason: outcome === "approved" ? "Checked against the quoted passage." : "Not supported by the passage.",
  });
}
