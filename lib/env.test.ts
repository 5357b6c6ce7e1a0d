import { describe, expect, it } from "vitest";
import { publicBaseUrl, readEnv } from "./env";

describe("publicBaseUrl", () => {
  it("is PUBLIC_BASE_URL, else NEXTAUTH_URL, else localhost on PORT, without a trailing slash", () => {
    expect(publicBaseUrl(readEnv({ NODE_ENV: "test", PUBLIC_BASE_URL: "https://data.example.org/pe/", NEXTAUTH_URL: "https://app.example.org" }))).toBe(
      "https://data.example.org/pe",
    );
    expect(publicBaseUrl(readEnv({ NODE_ENV: "test", NEXTAUTH_URL: "https://app.example.org/" }))).toBe("https://app.example.org");
    expect(publicBaseUrl(readEnv({ NODE_ENV: "test", PORT: "3100" }))).toBe("http://localhost:3100");
  });

  it("refuses a base URL that is not HTTP(S)", () => {
    expect(() => readEnv({ NODE_ENV: "test", PUBLIC_BASE_URL: "ftp://data.example.org" })).toThrow(/PUBLIC_BASE_URL/);
  });
});
