import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, signIn } from "./helpers";

/** A project of the demo owner's own, with the demo researcher in it: the demo project's lexicon stays the default for the other specs. */
async function projectWithResearcher(request: APIRequestContext) {
  const owner = { authorization: `Bearer ${await apiToken(request, "owner@demo.test")}` };
  const created = await request.post("/api/v1/projects", { headers: owner, data: { name: `Vague amounts ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { project } = (await created.json()) as { project: { id: string; slug: string } };
  const invited = await request.post(`/api/v1/projects/${project.id}/invitations`, { headers: owner, data: { email: "researcher@demo.test", role: "researcher" } });
  expect(invited.status()).toBe(201);
  const researcher = { authorization: `Bearer ${await apiToken(request, "researcher@demo.test")}` };
  const accepted = await request.post("/api/v1/invitations/accept", { headers: researcher, data: { token: (await invited.json()).invitation.token } });
  expect(accepted.status()).toBe(201);
  return { url: `/projects/${project.slug}/vocabulary` };
}

test("an owner reads dozens as 24 to 99: a bad save keeps what was typed, a good one survives a reload; a researcher reads it and cannot edit", async ({ page, browser, request }) => {
  const { url } = await projectWithResearcher(request);
  await signIn(page, "owner@demo.test");
  await page.goto(url);
  const section = page.getByRole("region", { name: "Vague amounts" });
  await expect(section).toContainText("This project reads the default list.");
  await expect(section).toContainText("“dozens” = 12");
  const lowest = section.getByRole("textbox", { name: "Lowest for “dozens”", exact: true });
  const highest = section.getByRole("textbox", { name: "Highest for “dozens”", exact: true });
  await expect(lowest).toHaveValue("12");

  // Above the upper bound: refused beside the field, and nothing typed is lost.
  await lowest.fill("240");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("alert")).toHaveText("Nothing was saved: one field, marked in the table, needs correcting.");
  await expect(highest).toHaveAttribute("aria-invalid", "true");
  await expect(section.getByText("The lower bound must not exceed the upper bound")).toBeVisible();
  await expect(lowest).toHaveValue("240");

  await lowest.fill("24");
  await section.getByRole("button", { name: "Save" }).click();
  await expect(section.getByRole("status")).toHaveText("Saved: suggestions read vague amounts with this list from now on.");
  await page.reload();
  await expect(section).toContainText("This project reads its own list.");
  await expect(lowest).toHaveValue("24");
  await expect(highest).toHaveValue("99");

  const other = await browser.newContext();
  const researcherPage = await other.newPage();
  await signIn(researcherPage, "researcher@demo.test");
  await researcherPage.goto(url);
  const readOnly = researcherPage.getByRole("region", { name: "Vague amounts" });
  const dozens = readOnly.getByRole("row").filter({ has: researcherPage.getByRole("cell", { name: "dozens", exact: true }) });
  await expect(dozens.getByRole("cell")).toHaveText(["dozens", "24", "99", "Vague"]);
  await expect(readOnly.getByRole("textbox")).toHaveCount(0);
  await expect(readOnly.getByRole("button")).toHaveCount(0);
  await other.close();
});
