import "server-only";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { readEnv } from "@/lib/env";
import { errorCodes } from "@/lib/errors/error-codes";
import { slugFor, type CreateProjectInput } from "@/lib/projects/project-input";
import { projectTemplates } from "@/lib/projects/templates";
import type { Actor } from "../actor";
import { writeAudit } from "../audit";
import { ConflictError, ForbiddenError } from "../errors";

export interface CreateProjectOptions {
  actor: Actor;
  input: CreateProjectInput;
}

/**
 * Creates a project with its template's vocabulary; the creator becomes its
 * owner. Who may create projects is the instance's choice
 * (PROJECT_CREATION): everyone signed in, or instance admins only. Without a
 * slug of its own, the project gets one from its name, numbered if taken.
 */
export async function createProject(db: Db, { actor, input }: CreateProjectOptions) {
  return db.$transaction(async (tx) => {
    if (!(await mayCreateProjects(tx, actor))) {
      throw new ForbiddenError("On this instance only administrators create projects. Ask one to create it and invite you.");
    }
    const slug = input.slug ?? (await freeSlug(tx, slugFor(input.name)));
    if (input.slug && (await tx.project.findUnique({ where: { slug }, select: { id: true } }))) {
      throw new ConflictError(`The address "${slug}" is taken by another project; choose another.`, undefined, errorCodes.duplicate);
    }
    const template = projectTemplates[input.template];
    const project = await tx.project.create({
      data: {
        slug,
        name: input.name,
        description: input.description,
        memberships: { create: { userId: actor.userId, role: "owner" } },
        properties: { create: template.properties.map((property) => ({ ...property })) },
      },
    });
    await writeAudit(tx, {
      projectId: project.id,
      actor,
      action: "project.create",
      objectType: "Project",
      objectId: project.id,
      after: { slug, name: input.name, template: input.template, properties: template.properties.length },
    });
    return { id: project.id, slug, name: project.name, description: project.description, role: "owner" as const, sourceCount: 0, claimCount: 0 };
  });
}

/** Whether the instance lets this user create projects (PROJECT_CREATION: everyone signed in, or admins). */
export async function mayCreateProjects(db: Db | Prisma.TransactionClient, actor: Actor): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { isDisabled: true, isAdmin: true } });
  if (!user || user.isDisabled) return false;
  return readEnv().PROJECT_CREATION === "everyone" || user.isAdmin;
}

/** The slug itself when free, else the first of slug-2, slug-3, … that is. */
async function freeSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set(
    (await tx.project.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, 64 - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
