import { defineConfig } from "@playwright/test";
import { chromiumProject } from "./tests/playwright-chromium";
import { balancerUrl } from "./tests/instances/instances-env";

/**
 * Two `npm start` of one production build on one database, behind a load balancer
 * (tests/instances/two-instances-server.ts): nothing an instance keeps in memory may
 * matter. Runs after the build, in `npm run test:e2e`.
 */
export default defineConfig({
  testDir: "tests/instances",
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: { baseURL: balancerUrl, trace: "retain-on-failure" },
  projects: [chromiumProject],
  webServer: {
    command: "tsx --conditions=react-server tests/instances/two-instances-server.ts",
    url: `${balancerUrl}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    // The server stops both instances and its database itself; a SIGKILL would leave them running.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: { DATABASE_URL: "", MIGRATION_DATABASE_URL: "" },
  },
});
