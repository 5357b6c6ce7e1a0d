import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { apiRoutes } from "./contract";
import { healthRoute, listProjectsRoute } from "./contract/foundation";
import { buildOpenApiDocument } from "./openapi";

describe("the OpenAPI document", () => {
  // "/" is what an instance without a configured public address serves; the other an instance behind its own name.
  it.each(["/", "https://provenance.acled.test"])("passes Redocly's recommended rules without an error or a warning (server %s)", async (serverUrl) => {
    const config = await createConfig({ extends: ["recommended"] });
    const problems = await lintFromString({ source: JSON.stringify(buildOpenApiDocument(apiRoutes, serverUrl)), config });
    const report = problems.map((problem) => `${problem.severity} ${problem.ruleId} at ${problem.location[0]?.pointer ?? "?"}: ${problem.message}`);
    expect(report).toEqual([]);
  });

  it("names every operation by its contract's operationId", () => {
    const document = buildOpenApiDocument(apiRoutes, "/");
    for (const route of apiRoutes) expect(document.paths?.[route.path]?.[route.method]?.operationId).toBe(route.operationId);
  });

  it("refuses two routes with one operationId, and one that is missing or not camelCase", () => {
    expect(() => buildOpenApiDocument([healthRoute, { ...listProjectsRoute, operationId: healthRoute.operationId }], "/")).toThrow(
      'GET /api/v1/projects and GET /api/health share the operationId "checkHealth".',
    );
    expect(() => buildOpenApiDocument([{ ...healthRoute, operationId: "check-health" }], "/")).toThrow('"check-health", is not a camelCase name');
    expect(() => buildOpenApiDocument([{ ...healthRoute, operationId: undefined as never }], "/")).toThrow("GET /api/health, undefined, is not a camelCase name");
  });
});
