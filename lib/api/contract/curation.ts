import { curateUnitSchema } from "@/lib/curation/curation-input";
import { curationDecisionSchema, curationUnitSchema } from "@/lib/curation/curation-schema";
import { defineRoute } from "../define-route";
import { codingRoundSchema } from "./coding-rounds";
import { idSchema, z } from "../schemas";

const roundParams = z.object({ roundId: idSchema });

export const getCurationUnitsRoute = defineRoute({
  operationId: "getCurationUnits",
  method: "get",
  path: "/api/v1/coding-rounds/{roundId}/units",
  summary:
    "The units of a closed coding round side by side, for curators (owners and reviewers): per unit (subject, property, qualifiers, attribution origin) " +
    "and per coder in the round's order, the claim that counts with its value and evidence, the claims it replaced, and the unit's curation decision once made " +
    "(who chose which claim, when). 409 while the round is open.",
  tag: "Coding rounds",
  params: roundParams,
  response: { status: 200, description: "The round and its units.", schema: z.object({ round: codingRoundSchema, units: z.array(curationUnitSchema) }) },
  errors: [403, 404, 409],
});

export const curateUnitRoute = defineRoute({
  operationId: "curateUnit",
  method: "post",
  path: "/api/v1/coding-rounds/{roundId}/curation",
  summary:
    "Decide one unit of a closed round (owners and reviewers): accept one of its claims (`claimId`) or write your own (`claim`, as creating a claim takes, " +
    "about the unit's subject and property). The curated claim is submitted for review as usual; the unit's other claims are kept, marked curated away, and never go to review. " +
    "400 for a key or claim not of the round's units; 409 while the round is open, for a unit decided already, a claim rejected in review, or another claim of the unit " +
    "already in review. One transaction, audited on the round.",
  tag: "Coding rounds",
  params: roundParams,
  body: curateUnitSchema,
  response: { status: 201, description: "The decision and the curated claim, now submitted.", schema: z.object({ decision: curationDecisionSchema, claim: curationDecisionSchema.shape.claim }) },
  errors: [403, 404, 409],
});
