import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/env";
import { apiServerUrl } from "./public-origin";

const env = (variables: Record<string, string>) => readEnv({ NODE_ENV: "test", ...variables });

describe("the server the OpenAPI document names", () => {
  it("is the configured public origin, PUBLIC_BASE_URL before NEXTAUTH_URL, and / when none is configured", () => {
    expect(apiServerUrl(env({ PUBLIC_BASE_URL: "https://data.example.org/provenance/", NEXTAUTH_URL: "https://app.example.org" }))).toBe("https://data.example.org");
    expect(apiServerUrl(env({ NEXTAUTH_URL: "https://app.example.org/api/auth" }))).toBe("https://app.example.org");
    expect(apiServerUrl(env({}))).toBe("/");
  });
});
