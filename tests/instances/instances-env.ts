import { embeddedUrl } from "@/lib/db/embedded";

/**
 * Where the two-instance suite runs (playwright.instances.config.ts): two `npm start` on one
 * PostgreSQL, and a small load balancer in front of them. Overridable, so that a run beside
 * other suites can pick free ports.
 */
export const instancesEnv = {
  balancerPort: Number(process.env.INSTANCES_PORT ?? 3120),
  portA: Number(process.env.INSTANCES_PORT_A ?? 3121),
  portB: Number(process.env.INSTANCES_PORT_B ?? 3122),
  databasePort: Number(process.env.INSTANCES_PG_PORT ?? 54335),
};

export const balancerUrl = `http://localhost:${instancesEnv.balancerPort}`;
export const instanceA = `http://localhost:${instancesEnv.portA}`;
export const instanceB = `http://localhost:${instancesEnv.portB}`;
/** The embedded cluster's superuser; both instances migrate with it at once, on purpose. */
export const instancesDatabaseUrl = embeddedUrl(instancesEnv.databasePort);
/** The balancer's own page of how many requests each instance served, by method. */
export const BALANCER_STATS_PATH = "/__balancer/stats";
