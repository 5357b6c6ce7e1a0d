import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/server/actor";
import { hashPassword } from "@/lib/server/auth/password";
import { importSource, importSourceSchema } from "@/lib/server/sources/import-source";

let client: Db | undefined;

/** The Prisma client of this test file's own database. */
export function testDb(): Db {
  client ??= createPrismaClient(process.env.DATABASE_URL!);
  return client;
}

export const corpus = {
  talataye: readFileSync(path.resolve("prisma/seed/corpus/battle-of-talataye-2022.txt"), "utf8"),
  tinzaouaten: readFileSync(path.resolve("prisma/seed/corpus/battle-of-tinzaouaten-2024.txt"), "utf8"),
};

const passwordHashes = new Map<string, Promise<string>>();

export async function createUser(options: { name?: string; password?: string } = {}): Promise<Actor> {
  const password = options.password ?? "correct horse battery";
  if (!passwordHashes.has(password)) passwordHashes.set(password, hashPassword(password));
  const email = `user-${randomUUID()}@example.test`;
  const user = await testDb().user.create({
    data: { email, name: options.name ?? "Test User", passwordHash: await passwordHashes.get(password)! },
  });
  return { userId: user.id, email: user.email, name: user.name };
}

/** A project whose members are fresh users, one per requested role. */
export async function createProject<R extends Role>(roles: R[]) {
  const project = await testDb().project.create({
    data: { slug: `p-${randomUUID().slice(0, 8)}`, name: "Test project" },
  });
  const members = {} as Record<R, Actor>;
  for (const role of roles) {
    const user = await createUser({ name: `${role} user` });
    await testDb().membership.create({ data: { projectId: project.id, userId: user.userId, role } });
    members[role] = user;
  }
  return { project, members };
}

export async function createSource(actor: Actor, projectId: string, text = corpus.talataye, title = "Battle of Talataye (2022)") {
  return importSource(testDb(), actor, projectId, importSourceSchema.parse({ title, text, outlet: "Wikipedia", language: "en" }));
}
