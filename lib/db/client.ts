import { PrismaPg } from "@prisma/adapter-pg";
import { readReplicas } from "@prisma/extension-read-replicas";
import { readEnv, requireDatabaseUrl } from "@/lib/env";
import { PrismaClient } from "./generated/client";

export type Db = PrismaClient;

export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}

// One client per server process; Next.js dev reloads modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replica?: { url: string; client: PrismaClient } };

export function db(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(requireDatabaseUrl());
  return globalForPrisma.prisma;
}

/**
 * The client for reads that may lag the primary by a replica's delay: the claims list. With
 * DATABASE_REPLICA_URL set it is a client of the replica, picked by Prisma's read-replicas
 * extension; without it, the primary's. The extension is asked explicitly, through
 * `$replica()`, and never routes `db()`'s reads by itself: permission checks and the reads
 * that follow a write must see the primary.
 */
export function replicaDb(): PrismaClient {
  const url = readEnv().DATABASE_REPLICA_URL;
  if (!url) return db();
  // Keyed by the URL, so a process (a test) that changes it gets a client of the new one.
  if (globalForPrisma.replica?.url !== url) {
    void globalForPrisma.replica?.client.$disconnect();
    const withReplicas = db().$extends(readReplicas({ replicas: [createPrismaClient(url)] }));
    // `$replica()` hands back the replica's own PrismaClient (typed as the extended client minus its two methods).
    globalForPrisma.replica = { url, client: withReplicas.$replica() as unknown as PrismaClient };
  }
  return globalForPrisma.replica.client;
}
