import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const BOARD = "/projects/demo/conflicts";
const AIRSTRIKES_CONTRADICTION =
  "A journalist says that airstrikes occurred during the battle; Le Monde (citing local sources) denies it: both cannot be true.";

/** The id of the annotation a board's evidence link opens, from its href. */
async function annotationId(page: Page, quote: string): Promise<string> {
  const href = await page.getByRole("link", { name: `“${quote}”` }).first().getAttribute("href");
  const id = new URL(href ?? "", "http://localhost").searchParams.get("annotation");
  expect(id).toBeTruthy();
  return id!;
}

test.describe("conflicts board", () => {
  test("the reviewer sees the detected airstrike contradiction, flags the government against Le Monde, and resolves the contradiction", async ({ page }) => {
    await signIn(page, "reviewer@demo.test");
    await page.goto(BOARD);
    await expect(page.getByRole("heading", { name: "Conflicts", level: 1 })).toBeVisible();
    // Other specs' claims add conflicts of their own: narrow the board to the property, as a reviewer would.
    await page.getByLabel("Property").selectOption({ label: "Occurred" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/propertyId=\w/);
    const boardForProperty = page.url();

    // Detected automatically: the journalist against Le Monde, side by side, with their evidence.
    const contradiction = page.getByTestId("conflict-card").filter({ hasText: AIRSTRIKES_CONTRADICTION });
    await expect(contradiction.getByRole("heading", { name: "Contradiction Open" })).toBeVisible();
    await expect(contradiction.getByTestId("conflict-claim")).toHaveCount(2);
    const journalistQuote = contradiction.getByRole("link", { name: "“Journalist stated that while airstrikes occurred”" });
    await expect(journalistQuote).toHaveAttribute("href", /\/projects\/demo\/sources\/[^/?]+\?annotation=/);
    await expect(contradiction.getByTestId("conflict-claim").filter({ hasText: "local sources" })).toContainText("via Le Monde");

    // No rule compares "offensive reconnaissance" with "no airstrikes": flag it by hand.
    await page.getByText("Flag a conflict", { exact: true }).click();
    const flag = page.getByRole("form", { name: "Flag a conflict" });
    await flag.getByLabel("Find claims").fill("offensive reconnaissance");
    await flag.getByRole("checkbox", { name: /^Government of Mali — Battle of Talataye \(2022\) · Occurred: affirmed/ }).check();
    await flag.getByLabel("Find claims").fill("Le Monde");
    await flag.getByRole("checkbox", { name: /^Le Monde \(citing local sources\) — Battle of Talataye \(2022\) · Occurred: denied: airstrikes occurred/ }).check();
    await expect(flag.getByText("Selected claims (2)")).toBeVisible();
    const rationale = "“Offensive reconnaissance” by the air force is the government's word for the strikes Le Monde's local sources deny.";
    await flag.getByLabel("Rationale").fill(rationale);
    await flag.getByRole("button", { name: "Flag conflict" }).click();
    await expect(flag.getByRole("status")).toHaveText("Conflict flagged between 2 claims.");
    // The flag shares Le Monde's claim with the contradiction: both conflicts now sit on one card, with the three claims once each.
    const group = page.getByTestId("conflict-group").filter({ hasText: rationale });
    await expect(group.getByRole("heading", { name: "Battle of Talataye (2022) · Occurred 2 open" })).toBeVisible();
    await expect(group).toContainText("3 claims · 2 disagreements");
    await expect(group.getByTestId("conflict-claim")).toHaveCount(3);
    const pairs = group.getByTestId("conflict-card");
    await expect(pairs).toHaveCount(2);
    await expect(pairs.filter({ hasText: AIRSTRIKES_CONTRADICTION })).toContainText("a journalist (affirmed: airstrikes occurred during the battle) vs");
    const manual = pairs.filter({ hasText: rationale });
    await expect(manual).toContainText("Flagged by hand");
    await expect(group.getByTestId("conflict-claim").filter({ hasText: "Government of Mali" })).toContainText("affirmed");

    // One decision ranks all three claims and resolves both conflicts: Le Monde preferred, the journalist deprecated.
    await group.getByText("Resolve or dismiss the group…").click();
    const decision = group.getByRole("form", { name: "Decide on every open conflict of this group" });
    const leMonde = decision.getByRole("group", { name: /^Le Monde \(citing local sources\): denied/ });
    await leMonde.getByLabel(/^Rank/).selectOption("preferred");
    await leMonde.getByLabel("Reason for this rank (optional)").fill("Cites local sources on the ground");
    const journalist = decision.getByRole("group", { name: /^a journalist: affirmed/ });
    await journalist.getByLabel(/^Rank/).selectOption("deprecated");
    await journalist.getByLabel("Reason for this rank (optional)").fill("Unnamed journalist, no source given");
    await expect(decision.getByRole("group", { name: /^Government of Mali: affirmed/ }).getByLabel(/^Rank/)).toHaveValue("normal");
    await decision.getByLabel("Reason for the decision").fill("Le Monde's local sources outweigh an unsourced statement.");
    await decision.getByRole("button", { name: "Resolve 2 conflicts" }).click();

    await expect(group.getByRole("heading", { name: "Battle of Talataye (2022) · Occurred Decided" })).toBeVisible();
    await expect(pairs.filter({ hasText: AIRSTRIKES_CONTRADICTION })).toContainText("Resolved by Rémi Reviewer");
    await expect(manual).toContainText("Resolved by Rémi Reviewer");
    await expect(group.getByTestId("conflict-claim").filter({ hasText: "via Le Monde" })).toContainText("Preferred");
    await expect(group.getByTestId("conflict-claim").filter({ hasText: "a journalist" })).toContainText("Why: Unnamed journalist, no source given");

    // The editor's conflict markers follow open conflicts: neither span is in an open conflict any more.
    const journalistSpan = await annotationId(page, "Journalist stated that while airstrikes occurred");
    const leMondeSpan = await annotationId(page, "Le Monde, which stated that airstrikes did not occur, citing local sources");
    await group.getByRole("link", { name: "“Journalist stated that while airstrikes occurred”" }).click();
    const highlight = (id: string) => page.locator(`.source-reader__document .hl[data-highlight-ids~="${id}"]`).first();
    await expect(highlight(journalistSpan)).toBeVisible();
    await expect(highlight(journalistSpan)).not.toHaveClass(/hl--conflict/);
    await expect(highlight(leMondeSpan)).not.toHaveClass(/hl--conflict/);

    // The ranks show on the claim.
    await page.goto(boardForProperty);
    await page
      .getByTestId("conflict-group")
      .filter({ hasText: AIRSTRIKES_CONTRADICTION })
      .getByRole("link", { name: /^Open claim: a journalist/ })
      .click();
    await expect(page.getByRole("heading", { name: "Battle of Talataye (2022) · Occurred", level: 1 })).toBeVisible();
    const onClaim = page.getByTestId("claim-conflict").filter({ hasText: AIRSTRIKES_CONTRADICTION });
    await expect(onClaim).toContainText("This claim: Deprecated");
    await expect(onClaim).toContainText("Unnamed journalist, no source given");
  });

  test("researchers flag but cannot decide; owners also see the detection settings", async ({ page }) => {
    await signIn(page, "researcher@demo.test");
    await page.goto(`${BOARD}?kind=contradiction`);
    await expect(page.getByTestId("conflict-card").first()).toBeVisible();
    await expect(page.getByText("Flag a conflict", { exact: true })).toBeVisible();
    await expect(page.getByText("Resolve or dismiss…")).toHaveCount(0);
    await expect(page.getByText("Detection settings")).toHaveCount(0);

    await page.context().clearCookies();
    await signIn(page, "owner@demo.test");
    await page.goto(BOARD);
    await page.getByText("Detection settings").click();
    await expect(page.getByLabel("Divergence threshold (%)")).toHaveValue("50");
    await page.getByRole("button", { name: "Save and recompute conflicts" }).click();
    // Other specs may have changed the demo claims: only the shape of the summary is fixed here.
    await expect(page.getByRole("status")).toHaveText(/^Threshold set to 50%\. Recomputed \d+ claims: \d+ new, \d+ closed, \d+ reopened\.$/);
  });
});
