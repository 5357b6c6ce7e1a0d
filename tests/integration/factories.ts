import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient, type Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/server/actor";
import { hashPassword } from "@/lib/server/auth/password";
import { importSource } from "@/lib/server/sources/import-source";
import { importSourceSchema } from "@/lib/sources/source-input";

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

/** An address of the documentation ranges, fresh for each test so tests never share a limit. */
export function freshAddress(): string {
  const bytes = randomUUID().replace(/-/g, "");
  return `2001:db8:${bytes.slice(0, 4)}:${bytes.slice(4, 8)}::${bytes.slice(8, 12)}`;
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

/** The demo vocabulary and a few entities in a test project, for claims. */
export async function createVocabulary(projectId: string) {
  const db = testDb();
  const property = (key: string, label: string, valueType: "quantity" | "assertion" | "entity" | "date" | "text", isSingleValued = true) =>
    db.property.create({ data: { projectId, key, label, valueType, isSingleValued } });
  const entity = (name: string, kind: "armed_group" | "organisation" | "media_outlet" | "event" | "state_force", aliases: string[] = []) =>
    db.entity.create({ data: { projectId, name, kind, aliases } });
  return {
    casualties: await property("casualties", "Casualties", "quantity"),
    civilianDeaths: await property("civilian_deaths", "Civilian deaths", "quantity"),
    occurred: await property("occurred", "Occurred", "assertion"),
    result: await property("result", "Result", "entity"),
    msaJnim: await entity("MSA and JNIM forces", "armed_group", ["JNIM-MSA forces"]),
    isgs: await entity("Islamic State in the Greater Sahara", "armed_group", ["ISGS", "Sahel Province"]),
    msa: await entity("Movement for the Salvation of Azawad", "armed_group", ["MSA"]),
    acled: await entity("ACLED", "organisation"),
    battle: await entity("Battle of Talataye (2022)", "event"),
    leMonde: await entity("Le Monde", "media_outlet"),
  };
}

/** An annotation on the current revision covering the first occurrence of `phrase`. */
export async function annotatePhrase(actor: Actor, sourceId: string, phrase: string) {
  const { createAnnotation } = await import("@/lib/server/annotations/create-annotation");
  const revision = await testDb().sourceRevision.findFirstOrThrow({ where: { sourceId }, orderBy: { number: "desc" } });
  const start = [...revision.text.slice(0, revision.text.indexOf(phrase))].length;
  if (revision.text.indexOf(phrase) < 0) throw new Error(`"${phrase}" is not in the source`);
  return createAnnotation(testDb(), actor, sourceId, { start, end: start + [...phrase].length });
}
