import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./content-security-policy";

describe("content security policy", () => {
  it("lets scripts run only with the response's nonce, and frames nowhere", () => {
    const policy = contentSecurityPolicy("abc123", { isDevelopment: false });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("allows what next dev needs only in development", () => {
    expect(contentSecurityPolicy("n", { isDevelopment: true })).toMatch(/script-src [^;]*'unsafe-eval'/);
    expect(contentSecurityPolicy("n", { isDevelopment: true })).toMatch(/connect-src 'self' ws:/);
  });

  it("makes a new nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{24}$/);
  });
});
