import { afterEach, describe, expect, it } from "vitest";
import { projectTemplates } from "@/lib/projects/templates";
import { setUserAdmin } from "@/lib/server/auth/disable-user";
import { createUser, testDb } from "./factories";
import { callRoute, route, tokenOf } from "./route-client";

const createRoute = route("post", "/api/v1/projects");
const listRoute = route("get", "/api/v1/projects");
const unique = () => Math.random().toString(36).slice(2, 8);

interface ProjectJson {
  id: string;
  slug: string;
  name: string;
  role: string;
}

async function create(token: string, body: Record<string, unknown>) {
  return callRoute(createRoute, { token, body }) as Promise<{ status: number; json: { project: ProjectJson; error?: { code: string; message: string } } }>;
}

afterEach(() => {
  delete process.env.PROJECT_CREATION;
});

describe("creating a project", () => {
  it("makes the creator its owner, gives it its template's vocabulary, and audits it", async () => {
    const user = await createUser({ name: "Founder" });
    const token = await tokenOf(user);
    const name = `Sahel casualties ${unique()}`;
    const { status, json } = await create(token, { name, template: "conflict-casualty-monitoring", description: "2022–2024" });
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json.project).toMatchObject({ name, slug: name.toLowerCase().replace(/ /g, "-"), role: "owner" });

    const project = await testDb().project.findUniqueOrThrow({ where: { id: json.project.id }, include: { memberships: true, properties: true } });
    expect(project.memberships).toEqual([expect.objectContaining({ userId: user.userId, role: "owner" })]);
    expect(project.properties.map((p) => p.key).sort()).toEqual(projectTemplates["conflict-casualty-monitoring"].properties.map((p) => p.key).sort());
    expect(await testDb().auditEvent.findFirst({ where: { projectId: project.id, action: "project.create" } })).toMatchObject({ actorId: user.userId });
    const listed = (await callRoute(listRoute, { token })).json as { projects: ProjectJson[] };
    expect(listed.projects.map((p) => p.id)).toContain(project.id);

    const blank = await create(token, { name: `Blank ${unique()}` });
    expect(blank.status).toBe(201);
    expect(await testDb().property.count({ where: { projectId: blank.json.project.id } })).toBe(0);
  });

  it("numbers a slug made from a taken name, refuses a taken or malformed address, and names the field", async () => {
    const token = await tokenOf(await createUser());
    const name = `Tinzaouaten ${unique()}`;
    const first = await create(token, { name });
    const second = await create(token, { name });
    expect(second.json.project.slug).toBe(`${first.json.project.slug}-2`);
    const taken = await create(token, { name: "Another", slug: first.json.project.slug });
    expect(taken).toMatchObject({ status: 409, json: { error: { code: "duplicate" } } });
    const malformed = await create(token, { name: "Another", slug: "Not A Slug" });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error?.message).toContain("body.slug");
    expect((await create(token, { name: "  " })).status).toBe(400);
  });

  it("can be kept to instance administrators", async () => {
    process.env.PROJECT_CREATION = "admins";
    const user = await createUser();
    const token = await tokenOf(user);
    const refused = await create(token, { name: `Admins only ${unique()}` });
    expect(refused).toMatchObject({ status: 403, json: { error: { message: expect.stringContaining("only administrators") } } });
    await setUserAdmin(testDb(), user.email, true);
    expect((await create(token, { name: `Admins only ${unique()}` })).status).toBe(201);
    expect(await testDb().auditEvent.findFirst({ where: { objectType: "User", objectId: user.userId, action: "user.admin" } })).toMatchObject({ after: { isAdmin: true } });
  });
});
