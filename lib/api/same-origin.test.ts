import { describe, expect, it } from "vitest";
import { assertSameOriginMutation } from "./same-origin";

const request = (method: string, headers: Record<string, string>) => new Request("http://localhost:3000/api/v1/projects/p/entities", { method, headers });
const cookie = { cookie: "next-auth.session-token=abc" };
const json = { "content-type": "application/json" };

describe("assertSameOriginMutation", () => {
  it("lets our own pages mutate: JSON, and the browser says same-origin or names our origin", () => {
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, ...json, "sec-fetch-site": "same-origin" }), [])).not.toThrow();
    expect(() => assertSameOriginMutation(request("PATCH", { ...cookie, ...json, origin: "http://localhost:3000" }), [])).not.toThrow();
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, ...json, origin: "https://app.example.org" }), ["https://app.example.org"])).not.toThrow();
  });

  it("refuses a cookie-authenticated mutation from another page of the same site, or one that is not JSON", () => {
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, ...json, "sec-fetch-site": "same-site" }), [])).toThrow(/another site's page/);
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, ...json, origin: "http://localhost:4000" }), [])).toThrow(/no Origin|refused/);
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, ...json }), [])).toThrow(/no Origin/);
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, "content-type": "text/plain", "sec-fetch-site": "same-origin" }), [])).toThrow(/JSON/);
  });

  it("leaves reads, bearer tokens and cookie-less calls alone", () => {
    expect(() => assertSameOriginMutation(request("GET", { ...cookie, "sec-fetch-site": "cross-site" }), [])).not.toThrow();
    expect(() => assertSameOriginMutation(request("POST", { ...cookie, authorization: "Bearer t", "content-type": "text/plain" }), [])).not.toThrow();
    expect(() => assertSameOriginMutation(request("POST", { "content-type": "text/plain" }), [])).not.toThrow();
  });
});
