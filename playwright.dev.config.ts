import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/playwright-chromium";

const PORT = Number(process.env.DEV_SMOKE_PORT ?? 3200);
const DB_PORT = Number(process.env.DEV_SMOKE_PG_PORT ?? 54341);

/**
 * The newcomer's app: `npm run dev` (Next's dev server, its own module order and origin
 * checks), reached at 127.0.0.1 rather than localhost on purpose.
 */
export default defineConfig({
  testDir: "tests/dev",
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // The dev server compiles each route on its first request.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure" },
  projects: [chromiumProject],
  webServer: {
    command: "tsx --conditions=react-server lib/cli/e2e-server.ts dev",
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      EMBEDDED_PG_PORT: String(DB_PORT),
      EMBEDDED_PG_DIR: path.join(os.tmpdir(), `provenance-dev-smoke-db-${DB_PORT}`),
      NEXT_DIST_DIR: ".next-dev-smoke",
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      DATABASE_URL: "",
      NODE_ENV: "development",
    },
  },
});
