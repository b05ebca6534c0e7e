import { adultTemplate, checklistTemplate, youngPersonTemplate } from "../../src/core/plans/templates";
import { EXIT_URL, expect, expectNoAxeViolationsAtWidths, test } from "./fixtures";
import { fillEveryField, openAllSections, printed, printToPdf } from "./plan-helpers";

const CHROME = [
  "Exit this page",
  "Skip to main content",
  "Staying safe online",
  "Nothing you type here is sent anywhere",
  "Print",
];

test.describe("adult plan", () => {
  test("every field type can be filled, and the printout has every answer and no site chrome", async ({ page }) => {
    await page.goto("/plan/adult/");
    const expected = await fillEveryField(page, adultTemplate);
    // The section headers count what has been answered.
    await expect(page.locator("#p-adult-right-now .section-progress")).toHaveText(/^\d+ of \d+ answered$/);
    await expect(page.locator("#p-adult-right-now .section-progress")).not.toHaveText(/^0 of/);
    const printout = await printToPdf(page);
    const { text, raw } = printout;
    for (const answer of expected) expect(printed(printout, answer), answer).toBe(true);
    expect(text).toContain("My safety plan");
    for (const chrome of CHROME) expect(printed(printout, chrome), chrome).toBe(false);
    // No links: Chromium writes a /Link annotation for every <a> in a PDF.
    expect(raw).not.toMatch(/\/Subtype\s*\/Link/);
    expect(raw).not.toContain("/URI");
  });

  test("the printout can use a plain title and leave out empty questions", async ({ page }) => {
    await page.goto("/plan/adult/");
    await openAllSections(page);
    await page.locator("#p-adult-worries").fill("Only this one answer");
    const full = await printToPdf(page);
    await page.getByLabel("Leave out questions I have not answered").check();
    const skipped = await printToPdf(page);
    await page.getByLabel(/Discreet printout/).check();
    const short = await printToPdf(page);
    expect(short.text).toContain("Only this one answer");
    expect(short.text).toContain(adultTemplate.neutralTitle);
    expect(short.text).not.toContain("My safety plan");
    expect(short.text).not.toContain("Signs that things may turn violent");
    expect(skipped.text).not.toContain("Signs that things may turn violent");
    expect(skipped.text).toContain("My safety plan");
    expect(full.text).toContain("Signs that things may turn violent");
    expect(short.pages).toBeLessThan(full.pages);
    expect(skipped.pages).toBeLessThan(full.pages);
  });

  test("a reload clears the plan, and the page says it would", async ({ page }) => {
    await page.goto("/plan/adult/");
    await expect(page.getByRole("note")).toContainText("Kept only on this screen");
    await expect(page.getByRole("note")).toContainText("reloading this page");
    // Back leaves the site too (the site keeps one entry in the history, for the quick exit).
    await expect(page.getByRole("note")).toContainText("Back button");
    await openAllSections(page);
    await page.locator("#p-adult-worries").fill("Something private");
    await page.reload();
    await openAllSections(page);
    await expect(page.locator("#p-adult-worries")).toHaveValue("");
    await expect(page.getByRole("note")).toContainText("Kept only on this screen");
  });

  test("answers that look like code show as plain text and never run", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto("/plan/adult/");
    await openAllSections(page);
    const hostile = [
      "<script>alert('x')</script>",
      '<img src=x onerror="alert(1)">',
      "javascript:alert(document.domain)",
    ];
    await page.locator("#p-adult-worries").fill(hostile[0]!);
    await page.locator("#p-adult-warning-signs").fill(hostile[1]!);
    await page.locator("#p-adult-people-who-would-call-0-0").fill(hostile[2]!);
    await page.locator("#p-adult-people-who-would-call-0-1").fill(hostile[1]!);
    const printout = await printToPdf(page);
    for (const h of hostile) expect(printed(printout, h), h).toBe(true);
    expect(await page.locator(".print-view img").count()).toBe(0);
    expect(await page.locator(".print-view script").count()).toBe(0);
    expect(await page.locator(".print-view a").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a quick exit in the middle of typing leaves nothing visible and drops the plan", async ({ page }) => {
    // 204: the tab stays on the site's document, so the test can look at what is left of it.
    await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
    await page.goto("/plan/adult/");
    await openAllSections(page);
    const box = page.locator("#p-adult-worries");
    await box.click();
    await page.keyboard.type("I am writing this now");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim())).toBe("");
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).display)).toBe("none");
    expect(await page.evaluate(() => document.querySelectorAll("input, textarea").length)).toBe(0);
  });

  test("keyboard only: open a section, answer, add a person, print options", async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name: "Staying safer at home" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#p-adult-staying-safer-at-home")).toHaveAttribute("open", "");
    await expect(page.locator("#p-adult-staying-safer-at-home > summary")).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.type("Sam");
    await expect(page.locator("#p-adult-people-who-would-call-0-0")).toHaveValue("Sam");
    await page.locator("#p-adult-people-who-would-call-add").focus();
    await page.keyboard.press("Enter");
    await expect(page.locator("#p-adult-people-who-would-call-1-0")).toBeFocused();
  });
});

test.describe("leaving checklist", () => {
  test("items have a status and a note, can be removed, put back and added, with counts", async ({ page }) => {
    await page.goto("/checklist/");
    await openAllSections(page);
    const docs = page.locator("#p-checklist-documents");
    const counts = docs.locator(".checklist-counts");
    const total = Number((await counts.innerText()).match(/^(\d+) items/)?.[1]);
    await docs.getByLabel("Status").first().selectOption("packed");
    await expect(counts).toContainText("1 packed");
    await expect(docs.locator(".section-progress")).toHaveText(`1 of ${total} decided`);
    await docs.getByRole("button", { name: /Not for me: remove Passports/ }).click();
    await expect(counts).toContainText(`${total - 1} items`);
    await docs.getByText("Items you removed (1)").click();
    await docs.getByRole("button", { name: /Put back Passports/ }).click();
    await expect(counts).toContainText(`${total} items`);
    await docs.getByLabel("Add your own item").fill("Copy of my lease");
    await docs.getByLabel("Add your own item").press("Enter");
    await expect(counts).toContainText(`${total + 1} items`);
    await expect(docs.locator(".checklist-label", { hasText: "Copy of my lease" })).toBeVisible();
  });

  test("a filled checklist prints compactly, on one or two pages", async ({ page }) => {
    await page.goto("/checklist/");
    const expected = await fillEveryField(page, checklistTemplate);
    const printout = await printToPdf(page);
    const { pages } = printout;
    for (const e of expected) expect(printed(printout, e), e).toBe(true);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    for (const chrome of CHROME) expect(printed(printout, chrome), chrome).toBe(false);
  });
});

test("axe: no violations with plans filled in, at 360 and 1280 px", async ({ page }) => {
  // Each plan is filled once and checked at both widths: four full axe runs.
  test.slow();
  await page.setViewportSize({ width: 360, height: 900 });
  for (const [path, template] of [
    ["/plan/adult/", adultTemplate],
    ["/checklist/", checklistTemplate],
  ] as const) {
    await page.goto(path);
    await fillEveryField(page, template);
    await expectNoAxeViolationsAtWidths(page, path);
  }
});

test("the young person's template fills through the same editor", async ({ page }) => {
  test.skip(
    !(await page.goto("/plan/young-person/").then(() => page.locator(".plan-editor").count())),
    "not built yet",
  );
  await fillEveryField(page, youngPersonTemplate);
});
