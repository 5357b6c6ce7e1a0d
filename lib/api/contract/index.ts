import type { RouteContract } from "../define-route";
import * as foundation from "./foundation";

/** Every API route; the OpenAPI document lists exactly these. */
export const apiRoutes: RouteContract[] = [...Object.values(foundation).filter(isRoute)];

function isRoute(value: unknown): value is RouteContract {
  return typeof value === "object" && value !== null && "method" in value && "path" in value && "response" in value;
}
