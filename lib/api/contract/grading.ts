import { ReliabilityGrade } from "@/lib/db/generated/enums";
import { estimateRuleKindSchema } from "@/lib/estimates/rule";
import { estimateSettingsSchema, setPartyReliabilitySchema } from "@/lib/grading/grading-input";
import { defineRoute } from "../define-route";
import { idSchema, z } from "../schemas";

const projectParams = z.object({ projectId: idSchema });

const estimateSettingsResponse = {
  status: 200,
  description: "The project's estimate rule and grading.",
  schema: z
    .object({
      rule: estimateRuleKindSchema.meta({ description: "ucdp: best is a median (UCDP); conservative: best is the lowest credible figure (ACLED)." }),
      isGradingEnabled: z.boolean().meta({ description: "Whether Admiralty grades are shown, filtered on and weighed by the rule." }),
      excludedReliability: z.array(z.enum(ReliabilityGrade)).meta({ description: "Claims whose origin has one of these grades do not count (when grading is on)." }),
      excludedCredibility: z.array(z.number().int()).meta({ description: "Claims with one of these credibility grades do not count (when grading is on)." }),
    })
    .meta({ id: "EstimateSettings" }),
};

export const getEstimateSettingsRoute = defineRoute({
  operationId: "getEstimateSettings",
  method: "get",
  path: "/api/v1/projects/{projectId}/estimate-settings",
  summary: "The rule the project's estimates follow, and whether source grading (Admiralty: reliability A–F, credibility 1–6) is on and which grades it leaves out.",
  tag: "Estimates",
  params: projectParams,
  response: estimateSettingsResponse,
  errors: [404],
});

export const updateEstimateSettingsRoute = defineRoute({
  operationId: "updateEstimateSettings",
  method: "put",
  path: "/api/v1/projects/{projectId}/estimate-settings",
  summary: "Set the estimate rule and grading (owners only). Estimates follow at once. Audited with before and after; a save that changes nothing is not.",
  tag: "Estimates",
  params: projectParams,
  body: estimateSettingsSchema,
  response: estimateSettingsResponse,
  errors: [403, 404],
});

const partyReliabilitiesResponse = {
  status: 200,
  description: "The graded named parties, by normalised name.",
  schema: z.object({
    parties: z.array(
      z
        .object({
          name: z.string().meta({ description: "Normalised: chains' party names that normalise to it have its grade." }),
          label: z.string().meta({ description: "The name as it was last graded." }),
          grade: z.enum(ReliabilityGrade),
          updatedAt: z.string(),
        })
        .meta({ id: "PartyReliability" }),
    ),
  }),
};

export const listPartyReliabilitiesRoute = defineRoute({
  operationId: "listPartyReliabilities",
  method: "get",
  path: "/api/v1/projects/{projectId}/party-reliabilities",
  summary: "The reliability grades of named parties, the origins that are no entity (\"local sources\"); an entity's grade is on the entity.",
  tag: "Estimates",
  params: projectParams,
  response: partyReliabilitiesResponse,
  errors: [404],
});

export const setPartyReliabilityRoute = defineRoute({
  operationId: "setPartyReliability",
  method: "put",
  path: "/api/v1/projects/{projectId}/party-reliabilities",
  summary:
    "Grade one named party by its name, matched after normalisation (\"The Local Sources\" is \"local sources\"); `grade: null` removes its grade. Owners and reviewers; audited.",
  tag: "Estimates",
  params: projectParams,
  body: setPartyReliabilitySchema,
  response: partyReliabilitiesResponse,
  errors: [403, 404],
});
