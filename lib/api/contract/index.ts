import type { RouteContract } from "../define-route";
import * as claims from "./claims";
import * as codingRounds from "./coding-rounds";
import * as conflicts from "./conflicts";
import * as curation from "./curation";
import * as estimates from "./estimates";
import * as datasetExports from "./exports";
import * as foundation from "./foundation";
import * as grading from "./grading";
import * as jobs from "./jobs";
import * as reviews from "./reviews";
import * as sources from "./sources";
import * as suggestions from "./suggestions";
import * as teams from "./teams";

/** Every API route; the OpenAPI document lists exactly these. */
export const apiRoutes: RouteContract[] = [foundation, teams, sources, suggestions, claims, reviews, conflicts, estimates, grading, datasetExports, jobs, codingRounds, curation].flatMap((module) => Object.values(module).filter(isRoute));

function isRoute(value: unknown): value is RouteContract {
  return typeof value === "object" && value !== null && "method" in value && "path" in value && "response" in value;
}
