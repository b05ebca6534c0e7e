import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { recordWith } from "../../src/core/record/fixtures";
import { expect, expectNoAxeViolationsAtWidths, test } from "./fixtures";
import { openAllSections, printed } from "./plan-helpers";
import { type Printout, printAs, stubPrintDialog } from "./print-helpers";
import { addPlan, toHousehold } from "./session-helpers";

/**
 * The worker's own record (issue 22): only the worker sees it and only the worker's copy holds
 * it. Never in the family's copy, on the family's paper (normal or discreet) or a child's card.
 */
const CANARY = "ZQXCANARY";
const CLIENT_PASS = "amber kettle meadow violin saucer";
const WORKER_PASS = "linen harbour pepper cobalt willow";

/** Every text field of the record, by its label, with the canary in what is typed. */
const TEXTS: Array<[string, string]> = [
  ["Agency", `${CANARY} agency`],
  ["Worker", `${CANARY} worker`],
  ["How to contact the worker", `${CANARY} contact`],
  ["Risk assessment used", `${CANARY} assessment`],
  ["Notes on referrals", `${CANARY} referrals`],
  ["Who holds copies of the plan, and where", `${CANARY} copies`],
  ["Consent notes", `${CANARY} consent`],
];
/** Dates no plan holds, so finding one on paper would be the record's. */
const DATES: Array<[string, string, string]> = [
  ["Date of the session", "2031-07-19", "19/07/2031"],
  ["Date of the assessment", "2031-07-18", "18/07/2031"],
  ["Date of the referral", "2031-07-17", "17/07/2031"],
  ["Next review date", "2031-09-16", "16/09/2031"],
];

async function openRecord(page: Page) {
  await toHousehold(page);
  const toggle = page.getByRole("button", { name: "For my records" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByRole("heading", { name: "For my records", level: 2 })).toBeVisible();
}

/** A household (an adult, a child, a young person) and a record with the canary in every field. */
async function householdWithRecord(page: Page) {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("Adult worry");
  await addPlan(page, "Child's plan (simple steps)", "AB");
  await addPlan(page, "Young person's plan", "EF");
  await openAllSections(page);
  await page.locator("#p-young-person-safe-room").fill("EF's room");
  await openRecord(page);
  const record = page.locator(".record");
  for (const [label, value] of TEXTS) await record.getByLabel(label, { exact: true }).fill(value);
  for (const [label, value] of DATES) await record.getByLabel(label, { exact: true }).fill(value);
  await record.getByRole("radio", { name: "High", exact: true }).check();
  await record.getByRole("radio", { name: "Made", exact: true }).check();
  await record.getByRole("checkbox", { name: "Children's Social Care" }).check();
  await record.getByRole("checkbox", { name: "Early help" }).check();
  for (const [i, who] of ["Child's plan (AB)", "Young person's plan (EF)"].entries()) {
    const child = page.locator(".record-child").nth(i);
    await child
      .getByRole("group", { name: `${who}: scale` })
      .getByRole("radio", { name: "Scale 3: serious", exact: true })
      .check();
    // What the chosen scale asks of the worker shows beside it.
    await expect(child.locator(".record-guidance")).toContainText("Refer to Children's Social Care");
    await child.getByLabel("Age").fill(`${CANARY} age ${i}`);
    await child.getByLabel("School").fill(`${CANARY} school ${i}`);
  }
}

/** The canary and the record's dates, none of which may be on the family's paper. */
function expectNoRecord(printout: Printout, what: string) {
  expect(printout.text.length, `${what}: printed something`).toBeGreaterThan(20);
  expect(printed(printout, CANARY), `${what}: the canary`).toBe(false);
  for (const [, , shown] of DATES) expect(printed(printout, shown), `${what}: ${shown}`).toBe(false);
}

async function decrypted(path: string | null, pass: string): Promise<unknown> {
  const { decrypt } = await import("../../src/core/crypto");
  const opened = await decrypt(new Uint8Array(readFileSync(path ?? "")), pass);
  expect(opened.ok).toBe(true);
  return opened.ok ? opened.value : null;
}

test.beforeEach(async ({ page }) => {
  await stubPrintDialog(page);
});

test("the canary in every record field is in none of the family's copy and printouts; the worker's copy holds it all", async ({
  page,
}) => {
  // Two key derivations at 600,000 iterations and a dozen printouts.
  test.slow();
  await householdWithRecord(page);

  // Every printout the family can get: each plan, normal and discreet, and the cards.
  const papers: Array<[string, RegExp, string[]]> = [
    ["adult", /^Open Adult's plan/, ["Print"]],
    ["checklist", /^Open Things to take/, ["Print"]],
    ["child AB", /^Open Child's plan \(AB\)/, ["Print my phone numbers", "Print the whole plan"]],
    ["young person EF", /^Open Young person's plan \(EF\)/, ["Print my phone numbers", "Print"]],
  ];
  for (const discreet of [false, true]) {
    for (const [what, open, buttons] of papers) {
      await toHousehold(page);
      await page.getByRole("button", { name: open }).click();
      const discreetBox = page.getByLabel(/Discreet printout/).first();
      if (discreet) await discreetBox.check();
      else await discreetBox.uncheck();
      for (const button of buttons) {
        await page.getByRole("button", { name: button, exact: true }).click();
        if (button === "Print the whole plan") await page.getByRole("button", { name: "Print for my records" }).click();
        expectNoRecord(await printAs(page), `${what}, ${button}, ${discreet ? "discreet" : "normal"}`);
      }
    }
  }
  // The household's own screen, printed from the browser's menu with the record open.
  await openRecord(page);
  const household = await printAs(page, "A4", true);
  expect(printed(household, CANARY)).toBe(false);

  // Hand over: every plan goes to the family (EF agreed), and still no record.
  await page.getByRole("button", { name: "Hand over" }).click();
  await page.getByRole("checkbox", { name: "Young person's plan (EF)" }).click();
  await page.getByRole("button", { name: "Yes, they agreed" }).click();
  await page.getByRole("button", { name: "Make a locked file" }).click();
  const family = page.waitForEvent("download");
  await page.getByLabel("Choose a passphrase").fill(CLIENT_PASS);
  await page.getByLabel("Type the passphrase again").fill(CLIENT_PASS);
  await page.getByRole("button", { name: "Download the person's copy" }).click();
  expect((await family).suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}-family\.dat$/);
  await page.getByRole("button", { name: "Make a second copy for my records" }).click();
  const records = page.waitForEvent("download");
  await page.getByLabel("Choose a passphrase").fill(WORKER_PASS);
  await page.getByLabel("Type the passphrase again").fill(WORKER_PASS);
  await page.getByRole("button", { name: "Download my copy" }).click();
  expect((await records).suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}-records\.dat$/);

  const familyCopy = (await decrypted(await (await family).path(), CLIENT_PASS)) as { plans: unknown[] };
  expect(familyCopy.plans).toHaveLength(4);
  expect(familyCopy).not.toHaveProperty("record");
  const familyText = JSON.stringify(familyCopy);
  expect(familyText).not.toContain(CANARY);
  for (const [, iso] of DATES) expect(familyText).not.toContain(iso);

  const workers = (await decrypted(await (await records).path(), WORKER_PASS)) as {
    plans: Array<{ id: string; label?: string }>;
    record: Record<string, unknown>;
  };
  const id = (label: string) => workers.plans.find((p) => p.label === label)?.id;
  // The record typed above is the unit tests' canary record, field for field.
  const { children, ...fields } = recordWith(CANARY, [id("AB") ?? "AB", id("EF") ?? "EF"]);
  expect(workers.record).toMatchObject(fields);
  expect(workers.record.children).toEqual(expect.arrayContaining(children ?? []));
});

test("the worker's printout holds the record alone, headed for a case file", async ({ page }) => {
  await householdWithRecord(page);
  await page.getByRole("button", { name: "Print my record" }).click();
  const paper = await printAs(page);
  for (const wanted of [
    "Worker's record, for the case file",
    `${CANARY} agency`,
    `${CANARY} worker`,
    "19/07/2031",
    "High",
    "Scale 3: serious",
    `${CANARY} school 1`,
    `${CANARY} consent`,
    "16/09/2031",
  ])
    expect(printed(paper, wanted), wanted).toBe(true);
  // The last three lines (copies, consent, next review) have a heading of their own, after the
  // referrals and before them.
  const at = (text: string) => paper.text.indexOf(text);
  expect(at("Copies, consent and review"), "its own heading").toBeGreaterThan(at(`${CANARY} referrals`));
  expect(at("Copies, consent and review"), "its own heading").toBeLessThan(at(`${CANARY} copies`));
  // Nothing of the family's plans, and no screen control.
  for (const unwanted of ["Adult worry", "EF's room", "Print my record", "Session running"])
    expect(printed(paper, unwanted), unwanted).toBe(false);
  // As pages to look at, with the test's other output (test-results/).
  execFileSync("pdftoppm", ["-png", "-r", "60", paper.path, test.info().outputPath("record-print")]);
  // After printing, the printout goes: the page's own print is the screen's again.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await expect(page.locator(".print-area[data-target='record']")).toHaveCount(0);
});

test("the worker's copy reopens with its record and says what changed since the last review", async ({ page }) => {
  const { householdBundle } = await import("../../src/core/plans/fixtures");
  const { stampReview } = await import("../../src/core/record/review");
  const { encrypt, MIN_ITERATIONS } = await import("../../src/core/crypto");
  const household = householdBundle();
  const worker = stampReview({ ...household, record: recordWith(CANARY, ["fixture-child-1"]) }, "2031-05-02");
  const file = Buffer.from(await encrypt(worker, WORKER_PASS, { iterations: MIN_ITERATIONS }));
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await expect(page.getByRole("button", { name: "For my records" })).toHaveAttribute("aria-expanded", "false");
  await page.getByRole("button", { name: "Open a household file" }).click();
  await page
    .locator("#import-file")
    .setInputFiles({ name: "notes.dat", mimeType: "application/octet-stream", buffer: file });
  await page.getByLabel("Passphrase", { exact: true }).fill(WORKER_PASS);
  await page.getByRole("button", { name: "Open this copy" }).click();

  // The record opens by itself, whole, with the review first.
  const record = page.locator(".record");
  await expect(record.getByLabel("Agency", { exact: true })).toHaveValue(`${CANARY} agency`);
  await expect(record.getByLabel("Consent notes")).toHaveValue(`${CANARY} consent`);
  await expect(record.getByRole("radio", { name: "High", exact: true })).toBeChecked();
  const review = page.locator(".record-review");
  await expect(review).toContainText("Last reviewed on 02/05/2031.");
  await expect(review).toContainText("Nothing has changed since then.");
  await expect(review.getByText("When is the next review?")).toBeVisible();
  await expect(review.getByLabel("Next review date")).toHaveValue("2031-09-16");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: test.info().outputPath("review-1280.png"), fullPage: true });

  // A change in a plan, a new child and a changed field are named, in plain words.
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("Something new since");
  await addPlan(page, "Child's plan (simple steps)", "GH");
  await toHousehold(page);
  await record.getByLabel("Agency", { exact: true }).fill("Another agency");
  await review.getByLabel("Next review date").fill("2031-11-20");
  await expect(review).toContainText("New: Child's plan (GH)");
  await expect(review).toContainText(/Adult's plan: answers changed in \S/);
  await expect(review).toContainText("In this record: Agency, Next review date");
});

test("a household file from before the record opens as it was, with an empty record", async ({ page }) => {
  const { householdBundle } = await import("../../src/core/plans/fixtures");
  const { encrypt, MIN_ITERATIONS } = await import("../../src/core/crypto");
  const v1 = householdBundle();
  const old = { schemaVersion: 1, plans: v1.plans.map((p) => ({ ...p, schemaVersion: 1 })) };
  const file = Buffer.from(await encrypt(old, CLIENT_PASS, { iterations: MIN_ITERATIONS }));
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: "Open a household file" }).click();
  await page
    .locator("#import-file")
    .setInputFiles({ name: "notes.dat", mimeType: "application/octet-stream", buffer: file });
  await page.getByLabel("Passphrase", { exact: true }).fill(CLIENT_PASS);
  await page.getByRole("button", { name: "Open this copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The household file is open" })).toBeVisible();
  await openRecord(page);
  await expect(page.locator(".record").getByLabel("Agency", { exact: true })).toHaveValue("");
  await expect(page.locator(".record-review")).toHaveCount(0);
});

test("axe: the record part, at 360 and 1280 px, and how it looks", async ({ page }) => {
  test.setTimeout(90_000);
  await householdWithRecord(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.locator(".record").screenshot({ path: test.info().outputPath("record-360.png") });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator(".record").screenshot({ path: test.info().outputPath("record-1280.png") });
  await expectNoAxeViolationsAtWidths(page, "the record part");
});

test("a record typed in a session, with no plan written yet, comes along when the page changes language", async ({
  page,
}) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await openRecord(page);
  await page.locator(".record").getByLabel("Agency", { exact: true }).fill(`${CANARY} agency`);
  await page.getByRole("navigation", { name: /./ }).getByRole("link", { name: "Cymraeg", exact: true }).click();
  await page.waitForURL("**/cy/professionals/session/**");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: "Ar gyfer fy nghofnodion" }).click();
  await expect(page.locator(".record").getByLabel("Asiantaeth", { exact: true })).toHaveValue(`${CANARY} agency`);
});
