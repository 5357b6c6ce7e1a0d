import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, talatayeText } from "./helpers";

const NEW_PASSWORD = "a long password for e2e";

/** Creates a project from the projects page and opens its members page. */
async function createProjectAndOpenMembers(page: Page, name: string) {
  await page.getByRole("button", { name: "New project" }).click();
  const form = page.getByRole("form", { name: "New project" });
  await form.getByLabel("Name").fill(name);
  await form.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("navigation", { name: "Project" }).getByRole("link", { name: "Members" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
}

/** Invites an address from the members page and returns the link shown to copy. */
async function invite(page: Page, email: string, role: string): Promise<string> {
  const form = page.getByRole("form", { name: "Invite a member" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Invite" }).click();
  const link = page.getByLabel(`Invitation link for ${email}`);
  await expect(link).toHaveValue(/\/invitations\//);
  return link.inputValue();
}

async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

test("an owner creates a project and invites a reviewer, who accepts in a second browser, has the role and works in the project", async ({ page, browser }) => {
  const stamp = Date.now();
  const name = `Ménaka field notes ${stamp}`;
  const email = `rania-${stamp}@example.test`;
  await signIn(page, "owner@demo.test");
  await createProjectAndOpenMembers(page, name);
  const url = await invite(page, email, "reviewer");
  await expect(page.getByRole("region", { name: "Pending invitations" })).toContainText(email);

  // The invitee, in a browser of their own, with no account yet.
  const invitee = await freshPage(browser);
  await invitee.page.goto(url);
  await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText(`Join ${name}`);
  await expect(invitee.page.getByText(`invites ${email} to work on this project as reviewer`)).toBeVisible();
  const accept = invitee.page.getByRole("form", { name: "Accept the invitation" });
  await accept.getByRole("button", { name: `Create my account and join ${name}` }).click();
  await expect(accept.getByRole("alert")).toHaveText("Please correct: Enter your name; Use at least 12 characters.");
  await expect(accept.getByText("Enter your name", { exact: true })).toBeVisible();
  await accept.getByLabel("Your name").fill("Rania Reviewer");
  await accept.getByLabel("Choose a password").fill(NEW_PASSWORD);
  await accept.getByRole("button", { name: `Create my account and join ${name}` }).click();
  await expect(invitee.page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(invitee.page.getByText("Project · Reviewer")).toBeVisible();

  // They work in it: a source of their own, read in the project.
  await invitee.page.getByRole("button", { name: "Import a source…" }).click();
  const importForm = invitee.page.getByRole("form", { name: "Import a source" });
  await importForm.getByLabel("Title", { exact: true }).fill(`Talataye, read by the reviewer ${stamp}`);
  await importForm.getByLabel("Text", { exact: true }).fill(`${talatayeText}\n${stamp}\n`);
  await importForm.getByRole("button", { name: "Import" }).click();
  await expect(invitee.page.getByRole("heading", { level: 1, name: `Talataye, read by the reviewer ${stamp}` })).toBeVisible();
  // A reviewer does not manage members.
  await invitee.page.goto(page.url());
  await expect(invitee.page.getByRole("form", { name: "Invite a member" })).toHaveCount(0);

  // The link was single use.
  const late = await freshPage(browser);
  await late.page.goto(url);
  await expect(late.page.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();
  await late.context.close();
  await invitee.context.close();

  // The owner sees the new member with the role, and nothing pending.
  await page.reload();
  await expect(page.getByLabel("Role of Rania Reviewer")).toHaveValue("reviewer");
  await expect(page.getByRole("region", { name: "Pending invitations" })).toContainText("No invitation is waiting");
});

test("an existing account accepts signed in; an owner changes its role and removes it, a withdrawn link says so, and the last owner is kept", async ({ page, browser }) => {
  const stamp = Date.now();
  await signIn(page, "owner@demo.test");
  await createProjectAndOpenMembers(page, `Members ${stamp}`);
  const url = await invite(page, "reviewer@demo.test", "viewer");

  const reviewer = await freshPage(browser);
  await reviewer.page.goto(url);
  await expect(reviewer.page.getByText("reviewer@demo.test has an account already")).toBeVisible();
  await reviewer.page.getByRole("link", { name: "Sign in" }).click();
  await reviewer.page.getByLabel("Email").fill("reviewer@demo.test");
  await reviewer.page.getByLabel("Password").fill("provenance-demo");
  await reviewer.page.getByRole("button", { name: "Sign in" }).click();
  await reviewer.page.getByRole("button", { name: `Join Members ${stamp}` }).click();
  await expect(reviewer.page.getByText("Project · Viewer")).toBeVisible();
  await reviewer.context.close();

  await page.reload();
  const role = page.getByLabel("Role of Rémi Reviewer");
  await expect(role).toHaveValue("viewer");
  await role.selectOption("reviewer");
  await expect(page.getByRole("status").filter({ hasText: "is now reviewer" })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Role of Rémi Reviewer")).toHaveValue("reviewer");
  await page.getByLabel("Role of Olivia Owner").selectOption("viewer");
  await expect(page.getByRole("alert").filter({ hasText: "last owner" })).toBeVisible();
  await expect(page.getByLabel("Role of Olivia Owner")).toHaveValue("owner");
  await page.getByRole("button", { name: "Remove Rémi Reviewer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "no longer a member" })).toBeVisible();
  await expect(page.getByLabel("Role of Rémi Reviewer")).toHaveCount(0);

  const withdrawnUrl = await invite(page, `nobody-${stamp}@example.test`, "researcher");
  await page.getByRole("button", { name: `Withdraw the invitation of nobody-${stamp}@example.test` }).click();
  await expect(page.getByRole("status").filter({ hasText: "is withdrawn" })).toBeVisible();
  const stranger = await freshPage(browser);
  await stranger.page.goto(withdrawnUrl);
  await expect(stranger.page.getByRole("alert").filter({ hasText: "withdrawn by the project's owner" })).toBeVisible();
  await expect(stranger.page.getByRole("form", { name: "Accept the invitation" })).toHaveCount(0);
  await stranger.context.close();
});

test("an owner defines the vocabulary: adds a property, renames it, archives and restores it; a property in use keeps its value type", async ({ page }) => {
  const stamp = Date.now();
  await signIn(page, "owner@demo.test");
  await page.getByRole("button", { name: "New project" }).click();
  const newProject = page.getByRole("form", { name: "New project" });
  await newProject.getByLabel("Name").fill(`Vocabulary ${stamp}`);
  await newProject.getByLabel("Template").selectOption("blank");
  await newProject.getByRole("button", { name: "Create project" }).click();
  await page.getByRole("region", { name: "Start here" }).getByRole("link", { name: "the properties" }).click();
  await expect(page.getByText("No properties yet")).toBeVisible();

  await page.getByRole("button", { name: "Add a property" }).click();
  const add = page.getByRole("form", { name: "New property" });
  await add.getByLabel("Key").fill("Displaced People");
  await add.getByLabel("Label").fill("Displaced people");
  await add.getByRole("button", { name: "Add property" }).click();
  await expect(add.getByText("Use lowercase letters, digits and underscores")).toBeVisible();
  await add.getByLabel("Key").fill("displaced");
  await add.getByLabel("Value type").selectOption("quantity");
  await add.getByRole("button", { name: "Add property" }).click();
  await expect(page.getByRole("status")).toHaveText("Displaced people is in the vocabulary.");
  const row = page.getByRole("row").filter({ hasText: "displaced" });
  await expect(row).toContainText("Quantity");

  await page.getByRole("button", { name: "Edit Displaced people" }).click();
  const edit = page.getByRole("form", { name: "Edit Displaced people" });
  await edit.getByLabel("Label").fill("People displaced");
  await edit.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("People displaced is saved.");
  await page.getByRole("button", { name: "Archive People displaced" }).click();
  await expect(page.getByRole("row").filter({ hasText: "displaced" })).toContainText("Archived");
  await page.reload();
  await page.getByRole("button", { name: "Restore People displaced" }).click();
  await expect(page.getByRole("row").filter({ hasText: "displaced" })).not.toContainText("Archived");

  // In the demo project, claims use Casualties: its value type cannot change.
  await page.goto("/projects/demo/vocabulary");
  await page.getByRole("button", { name: "Edit Casualties" }).click();
  const casualties = page.getByRole("form", { name: "Edit Casualties" });
  await expect(casualties.getByLabel("Value type")).toBeDisabled();
  await expect(casualties).toContainText("Claims use this property, so its value type stays.");
  await casualties.getByRole("button", { name: "Cancel" }).click();
});

test("someone signs up where the instance allows it; an administrator disables the account, which is signed out at once, and enables it again", async ({ page, browser }) => {
  const stamp = Date.now();
  const email = `self-${stamp}@example.test`;
  const newcomer = await freshPage(browser);
  await newcomer.page.goto("/sign-in");
  await newcomer.page.getByRole("link", { name: "Create an account" }).click();
  const form = newcomer.page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Your name").fill("Sami Self");
  await form.getByLabel("Choose a password").fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByText("Use at least 12 characters", { exact: true })).toBeVisible();
  await expect(form.getByRole("alert")).toHaveText("Please correct: Use at least 12 characters.");
  await form.getByLabel("Choose a password").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.page.getByRole("heading", { name: "Your projects" })).toBeVisible();

  await signIn(page, "owner@demo.test");
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Accounts" }).click();
  const account = page.getByRole("row").filter({ hasText: email });
  await expect(account).toContainText("Active");
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.getByRole("status")).toContainText(`${email} is disabled`);
  await expect(account).toContainText("Disabled");

  await newcomer.page.reload();
  await expect(newcomer.page).toHaveURL(/\/sign-in/);
  await page.getByRole("button", { name: `Enable ${email}` }).click();
  await expect(account).toContainText("Active");
  await signIn(newcomer.page, email, NEW_PASSWORD);
  await newcomer.context.close();

  // To anyone else the page does not exist.
  const researcher = await freshPage(browser);
  await signIn(researcher.page, "researcher@demo.test");
  expect((await researcher.page.goto("/admin/users"))?.status()).toBe(404);
  await researcher.context.close();
});
