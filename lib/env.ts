import { z } from "zod";

/**
 * The one reader of process.env. Everything else asks this module, so the
 * defaults and their meaning live in one place.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: an embedded PostgreSQL under .data/ is started by the CLI scripts. */
  DATABASE_URL: z.url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable means "unset", as in `DATABASE_URL= npm run dev`.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

export function requireDatabaseUrl(): string {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it explicitly.");
  return url;
}

/**
 * next-auth needs a secret. In development we derive a fixed one so sessions
 * survive restarts; production must set NEXTAUTH_SECRET.
 */
export function authSecret(): string {
  const env = readEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "production") {
    throw new Error("NEXTAUTH_SECRET must be set in production (at least 16 characters).");
  }
  return "provenance-editor-development-secret";
}
