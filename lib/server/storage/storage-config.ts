import { S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { z } from "zod";
import { readEnv, type Env } from "@/lib/env";
import type { ArchiveStorage } from "./archive-storage";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";

/** Where archives go, as the environment says: S3 when S3_BUCKET is set, else the folder ARCHIVE_DIR. */
export const storageConfigSchema = z
  .object({
    ARCHIVE_DIR: z.string().min(1),
    S3_BUCKET: z.string().optional(),
    S3_ENDPOINT: z.string().optional(),
    S3_REGION: z.string().optional(),
    S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
  })
  .superRefine((env, context) => {
    if (env.S3_BUCKET) {
      if (!env.S3_REGION && !env.S3_ENDPOINT) {
        context.addIssue({ code: "custom", path: ["S3_REGION"], message: "is required with S3_BUCKET on AWS (e.g. eu-west-1); another service needs S3_ENDPOINT" });
      }
      return;
    }
    // Settings for a bucket that is not named would silently leave archives in the folder.
    for (const name of ["S3_ENDPOINT", "S3_REGION", "S3_FORCE_PATH_STYLE"] as const) {
      if (env[name]) context.addIssue({ code: "custom", path: [name], message: "is set but S3_BUCKET is not: name the bucket, or unset it to keep archives in ARCHIVE_DIR" });
    }
  })
  .transform((env) =>
    env.S3_BUCKET
      ? {
          kind: "s3" as const,
          bucket: env.S3_BUCKET,
          region: env.S3_REGION ?? "us-east-1",
          endpoint: env.S3_ENDPOINT,
          forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === "true" : Boolean(env.S3_ENDPOINT),
        }
      : { kind: "folder" as const, folder: env.ARCHIVE_DIR },
  );
export type StorageConfig = z.output<typeof storageConfigSchema>;

export function storageConfig(env: Env = readEnv()): StorageConfig {
  const parsed = storageConfigSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ");
    throw new Error(`Invalid archive storage settings: ${problems}.`);
  }
  return parsed.data;
}

type S3Config = Extract<StorageConfig, { kind: "s3" }>;

export function createArchiveStorage(config: StorageConfig, requestHandler?: S3ClientConfig["requestHandler"]): ArchiveStorage {
  if (config.kind === "folder") return createLocalStorage(config.folder);
  return createS3Storage({ bucket: config.bucket, client: createS3Client(config, requestHandler) });
}

/**
 * Credentials are the SDK's own business: its default chain reads
 * AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, profiles, roles. Checksums
 * only where S3 requires them: several S3-compatible services refuse the
 * SDK's newer default (CRC32 trailers on every upload); the archive's sha256
 * is its key anyway. `requestHandler`: the tests' HTTP layer.
 */
function createS3Client(config: S3Config, requestHandler?: S3ClientConfig["requestHandler"]): S3Client {
  return new S3Client({
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    ...(requestHandler ? { requestHandler } : {}),
  });
}

/** The process's storage, made from the environment at first use (a bad setting fails there, saying which) and kept on globalThis like the Prisma client. */
const globalForStorage = globalThis as unknown as { archiveStorage?: ArchiveStorage };

export function archiveStorage(): ArchiveStorage {
  globalForStorage.archiveStorage ??= createArchiveStorage(storageConfig());
  return globalForStorage.archiveStorage;
}

/** Replaces the process's storage (tests point it at a folder of their own); undefined goes back to the environment's. */
export function setArchiveStorage(storage: ArchiveStorage | undefined): void {
  globalForStorage.archiveStorage = storage;
}
