import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/playwright-chromium";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_PORT = Number(process.env.E2E_PG_PORT ?? 54331);
export const E2E_DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${DB_PORT}/provenance`;

export default defineConfig({
  testDir: "tests/e2e",
  // The production build; tests/dev holds the same app on `npm run dev` (playwright.dev.config.ts).
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [chromiumProject],
  webServer: {
    command: "tsx --conditions=react-server lib/cli/e2e-server.ts",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      EMBEDDED_PG_PORT: String(DB_PORT),
      EMBEDDED_PG_DIR: path.join(os.tmpdir(), `provenance-e2e-db-${DB_PORT}`),
      NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough",
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      DATABASE_URL: "",
      // The sign-up form is tried here; the closed default is tested in tests/integration/accounts.
      ALLOW_SIGNUP: "true",
    },
  },
});
