import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { sha256Hex } from "@/lib/sources/text-content";
import { hashPassword } from "../auth/password";
import { importSourceSchema } from "@/lib/sources/source-input";
import { importSource } from "../sources/import-source";
import { seedReferenceScenario } from "./seed-scenario";
import { DEMO_PASSWORD, DEMO_PROJECT_SLUG, demoAccounts, demoEntities, demoProperties, demoSources } from "./demo-data";

const CORPUS_DIR = path.resolve(process.cwd(), "prisma/seed/corpus");

export interface SeedReport {
  createdUsers: string[];
  createdSources: string[];
  createdClaims: number;
}

/**
 * The demo project, its members, vocabulary, entities and the two corpus
 * texts. Idempotent: running it again changes nothing that exists.
 */
export async function seedDemo(db: Db): Promise<SeedReport> {
  const report: SeedReport = { createdUsers: [], createdSources: [], createdClaims: 0 };

  const project = await db.project.upsert({
    where: { slug: DEMO_PROJECT_SLUG },
    update: {},
    create: {
      slug: DEMO_PROJECT_SLUG,
      name: "Mali War: Talataye and Tinzaouaten",
      description: "Casualty figures, airstrikes and outcomes of two battles of the Mali War, as reported by disagreeing sources.",
    },
  });

  const users: Record<Role, string> = { owner: "", reviewer: "", researcher: "", viewer: "" };
  for (const account of demoAccounts) {
    const existing = await db.user.findUnique({ where: { email: account.email } });
    // Hashing is deliberately slow: only for accounts that do not exist yet, so restarts stay quick.
    // The demo owner also administers the instance, so the accounts page can be tried.
    const user = existing ?? (await db.user.create({ data: { email: account.email, name: account.name, isAdmin: account.role === "owner", passwordHash: await hashPassword(DEMO_PASSWORD) } }));
    if (!existing) report.createdUsers.push(account.email);
    users[account.role] = user.id;
    await db.membership.upsert({
      where: { projectId_userId: { projectId: project.id, userId: user.id } },
      update: {},
      create: { projectId: project.id, userId: user.id, role: account.role },
    });
  }

  for (const property of demoProperties) {
    await db.property.upsert({
      where: { projectId_key: { projectId: project.id, key: property.key } },
      update: {},
      create: { projectId: project.id, ...property },
    });
  }

  for (const entity of demoEntities) {
    await db.entity.upsert({
      where: { projectId_name: { projectId: project.id, name: entity.name } },
      update: {},
      create: { projectId: project.id, ...entity },
    });
  }

  const owner = await db.user.findUniqueOrThrow({ where: { id: users.owner } });
  const actor = { userId: owner.id, email: owner.email, name: owner.name };
  for (const { file, ...metadata } of demoSources) {
    const text = await readFile(path.join(CORPUS_DIR, file), "utf8");
    const exists = await db.sourceRevision.findUnique({
      where: { projectId_sha256: { projectId: project.id, sha256: sha256Hex(text) } },
    });
    if (exists) continue;
    await importSource(db, actor, project.id, importSourceSchema.parse({ ...metadata, text, format: "plain" }));
    report.createdSources.push(metadata.title);
  }

  const sources = await db.source.findMany({ where: { projectId: project.id }, select: { id: true, title: true } });
  const sourceId = (title: string) => sources.find((s) => s.title === title)!.id;
  const member = async (id: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    return { userId: user.id, email: user.email, name: user.name };
  };
  report.createdClaims = await seedReferenceScenario(db, {
    projectId: project.id,
    sources: { talataye: sourceId(demoSources[0].title), tinzaouaten: sourceId(demoSources[1].title) },
    researcher: await member(users.researcher),
    reviewer: await member(users.reviewer),
  });
  return report;
}
