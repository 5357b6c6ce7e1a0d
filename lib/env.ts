import { z } from "zod";

/**
 * The one reader of process.env. Everything else asks this module, so the
 * defaults and their meaning live in one place.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Unset: an embedded PostgreSQL under .data/ is started by the CLI scripts. */
  DATABASE_URL: z.url().optional(),
  /** The schema owner's connection, for migrations, when DATABASE_URL is the application's own role. */
  MIGRATION_DATABASE_URL: z.url().optional(),
  /**
   * A read replica (a streaming standby of DATABASE_URL): the claims list and the export
   * reader read there, everything else on DATABASE_URL. Unset: they read DATABASE_URL too.
   */
  DATABASE_REPLICA_URL: z.url().optional(),
  /** "false": `npm start` / `npm run dev` start no job worker beside the web server (run `npm run worker` apart). */
  JOB_WORKER: z.enum(["true", "false"]).default("true").transform((value) => value === "true"),
  /** "1": the benchmark-only routes under /api/bench answer; otherwise they are 404 (tests/bench/claims-list-bench.ts). */
  BENCH_BARE_ROUTES: z.enum(["0", "1"]).default("0").transform((value) => value === "1"),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  EMBEDDED_PG_DIR: z.string().default(".data/postgres"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Who may create projects: everyone signed in, or instance administrators only. */
  PROJECT_CREATION: z.enum(["everyone", "admins"]).default("everyone"),
  /** Anyone may register an account when "true"; otherwise accounts come from invitations (and the seed). */
  ALLOW_SIGNUP: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),
  /** smtp(s)://user:pass@host:port — when set, invitations are also mailed; without it the owner copies the link. */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  /** The sender of the app's mail. */
  MAIL_FROM: z.string().default("Provenance Editor <no-reply@localhost>"),
  /** How many proxies in front of `npm start` append to X-Forwarded-For; 0 means clients connect directly. */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** The app's public address, when it is served under another name than requests carry (a proxy). */
  NEXTAUTH_URL: z.url().optional(),
  /**
   * Where the app is reachable from outside: the base of the IRIs an export
   * hands out (its JSON-LD context, each annotated revision's text). Falls
   * back to NEXTAUTH_URL, then to http://localhost:PORT.
   */
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The folder dataset archives are kept in, unless S3_BUCKET puts them in S3-compatible storage (lib/server/storage). */
  ARCHIVE_DIR: z.string().default(".data/archives"),
  /** Keeps archives in this S3 bucket; credentials come from the AWS SDK's usual sources (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, a role). */
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "a bucket name: 3 to 63 lower-case letters, digits, dots and hyphens")
    .optional(),
  /** An S3-compatible service other than AWS (MinIO, Ceph, R2…); its requests use path-style addresses unless S3_FORCE_PATH_STYLE=false. */
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().regex(/^[a-z0-9-]+$/, "a region name such as eu-west-1").optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
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

/** PUBLIC_BASE_URL (or its fallbacks) without a trailing slash, so paths can be appended. */
export function publicBaseUrl(env: Env = readEnv()): string {
  const base = new URL(env.PUBLIC_BASE_URL ?? env.NEXTAUTH_URL ?? `http://localhost:${env.PORT}`);
  return `${base.origin}${base.pathname.replace(/\/+$/, "")}`;
}

/** Where reads that may lag a little (the claims list, exports) go: the replica when there is one. */
export function readerDatabaseUrl(): string {
  return readEnv().DATABASE_REPLICA_URL ?? requireDatabaseUrl();
}

export function requireDatabaseUrl(): string {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it explicitly.");
  return url;
}

/**
 * next-auth needs a secret. Production must set NEXTAUTH_SECRET; `npm run dev` generates one
 * per checkout (lib/cli/development-secret.ts), so no secret is shared by every copy of the code.
 */
export function authSecret(): string {
  const env = readEnv();
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  if (env.NODE_ENV === "test") return "provenance-editor-test-secret";
  throw new Error(
    env.NODE_ENV === "production"
      ? "NEXTAUTH_SECRET must be set in production (at least 16 characters)."
      : "NEXTAUTH_SECRET is not set: start the app with `npm run dev`, which creates one under .data/, or set it.",
  );
}
