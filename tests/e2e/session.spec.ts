import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { childTemplate } from "../../src/core/plans/templates";
import {
  EXIT_URL,
  exitLink,
  expect,
  expectNoAxeViolationsAtWidths,
  pauseClock,
  siteConfig,
  stubExit,
  test,
} from "./fixtures";
import { openAllSections, printToPdf } from "./plan-helpers";
import { addPlan, toHousehold } from "./session-helpers";
import { everyStorage, saveOnDevice as saveOnThisDevice, unlockWith } from "./storage-helpers";

/** The tests' own configuration (tests/site.config.test.json), with its defaults filled in. */
const config = parseSiteConfig(siteConfig);
/** What every storage API a page can see should hold after a session ends. */
const NOTHING = { indexedDB: [], localStorage: 0, sessionStorage: [], caches: [], cookies: "" };
const CLIENT_PASS = "amber kettle meadow violin saucer";
const WORKER_PASS = "linen harbour pepper cobalt willow";

/** The kinds of plan inside a downloaded locked file. */
async function planKinds(file: string | null, pass: string): Promise<string[]> {
  const { decrypt } = await import("../../src/core/crypto");
  const opened = await decrypt(new Uint8Array(readFileSync(file ?? "")), pass);
  return opened.ok ? (opened.value as { plans: Array<{ kind: string }> }).plans.map((p) => p.kind) : [];
}

/** With the passphrase forms open in `scope`: the person's copy, then the worker's; their paths. */
async function downloadBothCopies(page: Page, scope: Page | Locator) {
  const family = page.waitForEvent("download");
  await scope.getByLabel("Choose a passphrase").fill(CLIENT_PASS);
  await scope.getByLabel("Type the passphrase again").fill(CLIENT_PASS);
  await scope.getByRole("button", { name: "Download the person's copy" }).click();
  await scope.getByRole("button", { name: "Make a second copy for my records" }).click();
  const records = page.waitForEvent("download");
  await scope.getByLabel("Choose a passphrase").fill(WORKER_PASS);
  await scope.getByLabel("Type the passphrase again").fill(WORKER_PASS);
  await scope.getByRole("button", { name: "Download my copy" }).click();
  return { family: await (await family).path(), records: await (await records).path() };
}

async function openPlan(page: Page, name: RegExp) {
  await toHousehold(page);
  await page.getByRole("button", { name }).click();
}

/** Builds the household used below: one adult, two children, one young person, the checklist. */
async function buildHousehold(page: Page) {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await openPlan(page, /^Open Adult's plan/);
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("Adult worry");
  await openPlan(page, /^Open Things to take/);
  await openAllSections(page);
  await page.locator("#p-checklist-documents-list-passports-status").selectOption("packed");
  await addPlan(page, "Child's plan (simple steps)", "ab");
  await page.getByRole("button", { name: /^Step 3:/ }).click();
  await page.locator("#p-child-my-safe-place").fill("AB's safe place");
  await addPlan(page, "Child's plan (simple steps)", "C.D.");
  await page.getByRole("button", { name: /^Step 3:/ }).click();
  await page.locator("#p-child-my-safe-place").fill("CD's safe place");
  await addPlan(page, "Young person's plan", "EF");
  await openAllSections(page);
  await page.locator("#p-young-person-safe-room").fill("EF's room");
  await page.getByRole("button", { name: "Back to the household" }).click();
  await expect(page.locator(".session-status")).toContainText(
    "1 adult's plan, 1 checklist, 2 children's plans, 1 young person's plan",
  );
}

test("a full session: household, hand over as files, import elsewhere, end and clear", async ({ page, browser }) => {
  // Five plans built, and three key derivations at 600,000 iterations (two files made, one
  // opened in another browser): the longest path in the suite, so it has three times the time.
  test.slow();
  await buildHousehold(page);
  await page.getByRole("button", { name: "Hand over" }).click();
  // EF agreed: their plan goes into the family's file only after the worker says so.
  await page.getByRole("checkbox", { name: "Young person's plan (EF)" }).click();
  await page.getByRole("button", { name: "Yes, they agreed" }).click();
  await expect(page.getByRole("checkbox", { name: "Young person's plan (EF)" })).toBeChecked();
  await page.getByRole("button", { name: "Make a locked file" }).click();
  const download = page.waitForEvent("download");
  await page.getByLabel("Choose a passphrase").fill(CLIENT_PASS);
  await page.getByLabel("Type the passphrase again").fill(CLIENT_PASS);
  await page.getByRole("button", { name: "Download the person's copy" }).click();
  // The family's copy and the worker's are told apart by their names, which stay neutral.
  expect((await download).suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}-family\.dat$/);
  const clientFile = await (await download).path();
  await page.getByRole("button", { name: "Make a second copy for my records" }).click();
  const second = page.waitForEvent("download");
  await page.getByLabel("Choose a passphrase").fill(WORKER_PASS);
  await page.getByLabel("Type the passphrase again").fill(WORKER_PASS);
  await page.getByRole("button", { name: "Download my copy" }).click();
  expect((await second).suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}-records\.dat$/);
  for (const box of await page
    .getByRole("group", { name: /What has been handed over/ })
    .getByRole("checkbox")
    .all())
    await box.check();
  await expect(page.getByText("6 of 6 checked.")).toBeVisible();

  // A fresh browser opens the household file: all five plans, equal.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/plan/adult/");
  await other.waitForSelector(".plan-editor[data-ready]");
  await other.getByRole("button", { name: "Open a saved copy" }).click();
  await other.locator("#import-file").setInputFiles(clientFile);
  await other.getByLabel("Passphrase", { exact: true }).fill(CLIENT_PASS);
  await other.getByRole("button", { name: "Open this copy" }).click();
  await openAllSections(other);
  await expect(other.locator("#p-adult-worries")).toHaveValue("Adult worry");
  const { decrypt } = await import("../../src/core/crypto");
  const opened = await decrypt(new Uint8Array(readFileSync(clientFile)), CLIENT_PASS);
  expect(opened.ok).toBe(true);
  const plans = opened.ok
    ? (opened.value as { plans: Array<{ kind: string; label?: string; answers: Record<string, unknown> }> }).plans
    : [];
  expect(plans.map((p) => `${p.kind}:${p.label ?? ""}`).sort()).toEqual([
    "adult:",
    "checklist:",
    "child:AB",
    "child:CD",
    "young-person:EF",
  ]);
  expect(plans.find((p) => p.label === "AB")?.answers["my-safe-place"]).toBe("AB's safe place");
  expect(plans.find((p) => p.label === "CD")?.answers["my-safe-place"]).toBe("CD's safe place");
  expect(plans.find((p) => p.label === "EF")?.answers["safe-room"]).toBe("EF's room");
  await fresh.close();

  // End the session: every storage API is empty, and a neutral page shows.
  await page.getByRole("button", { name: "End session and clear this device" }).click();
  await page.getByRole("button", { name: "Yes, end and clear" }).click();
  await page.waitForURL("**/cleared/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All cleared");
  expect(await everyStorage(page)).toEqual(NOTHING);
});

test("a young person's plan is left out of the family's file unless the question is answered yes", async ({ page }) => {
  // Two key derivations at 600,000 iterations (the family's file and the worker's).
  test.slow();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await addPlan(page, "Young person's plan", "EF");
  await openAllSections(page);
  await page.locator("#p-young-person-safe-room").fill("EF's room");
  await toHousehold(page);
  await page.getByRole("button", { name: "Hand over" }).click();
  const box = page.getByRole("checkbox", { name: "Young person's plan (EF)" });
  // Unticked at first; ticking asks, and "No" leaves it unticked.
  await expect(box).not.toBeChecked();
  await box.click();
  await expect(
    page.locator("p", { hasText: "Young person's plan (EF): has the young person agreed that their plan goes into" }),
  ).toBeFocused();
  // Nothing is made while the question waits for its answer.
  await expect(page.getByRole("button", { name: "Make a locked file" })).toBeDisabled();
  await page.getByRole("button", { name: "No, leave it out" }).click();
  await expect(box).not.toBeChecked();
  await expect(box).toBeFocused();

  await page.getByRole("button", { name: "Make a locked file" }).click();
  const { family, records } = await downloadBothCopies(page, page);
  const familyKinds = await planKinds(family, CLIENT_PASS);
  expect(familyKinds.length).toBeGreaterThan(0);
  expect(familyKinds).not.toContain("young-person");
  // The worker's own copy is not affected.
  expect(await planKinds(records, WORKER_PASS)).toContain("young-person");
});

test("ending clears storage that the session wrote, in every API", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  // Put something in every kind of storage, as a careless extension or an old visit might.
  await page.evaluate(async () => {
    localStorage.setItem("x", "1");
    sessionStorage.setItem("y", "2");
    // biome-ignore lint/suspicious/noDocumentCookie: the test plants a cookie for the wipe to remove.
    document.cookie = "z=3; path=/";
    await caches.open("old-cache");
    await new Promise((r) => {
      const req = indexedDB.open("leftover");
      req.onsuccess = () => {
        req.result.close();
        r(undefined);
      };
    });
  });
  await page.getByRole("button", { name: "End session and clear this device" }).click();
  await page.getByRole("button", { name: "Yes, end and clear" }).click();
  await page.waitForURL("**/cleared/");
  expect(await everyStorage(page)).toEqual(NOTHING);
});

test("the session warns in a dialog in view wherever the page is scrolled, then ends by itself", async ({ page }) => {
  await page.clock.install();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("should vanish");
  await pauseClock(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const warning = page.getByRole("dialog", { name: "Are you still there?" });
  await page.clock.runFor(config.sessionWarnMinutes * 60_000 - 2_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(3_000);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(`will end and clear this device in ${config.sessionGraceMinutes} minutes`);
  await expect(warning).toBeInViewport();
  // Keeping going restarts the count: the grace time passes and nothing ends.
  await warning.getByRole("button", { name: "Keep going" }).click();
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(config.sessionGraceMinutes * 60_000 + 1_000);
  await expect(page.locator("#p-adult-worries")).toHaveValue("should vanish");
  // A keypress counts as use too.
  await page.clock.runFor(config.sessionWarnMinutes * 60_000 - 2_000);
  await page.keyboard.press("a");
  await page.clock.runFor(3_000);
  await expect(warning).toHaveCount(0);
  // Left alone: the warning, then the end, and every storage API is empty.
  await page.clock.runFor((config.sessionWarnMinutes + config.sessionGraceMinutes) * 60_000 + 1_000);
  await page.clock.resume(); // clearing the device waits on timers of its own
  await page.waitForURL("**/cleared/#idle");
  expect(await everyStorage(page)).toEqual(NOTHING);
});

test("the questions panel can be hidden and shown from the keyboard", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await openAllSections(page);
  const ask = page.locator(".ask-questions").first();
  await expect(ask).toBeVisible();
  const toggle = page.getByRole("button", { name: "Hide questions to ask" });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".ask-questions")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Show questions to ask" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator(".ask-questions").first()).toBeVisible();
});

test("a name typed as a child's initials is refused, not cut short, and the field says why", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  const field = page.getByLabel("Their initials");
  const plans = page.locator(".household-plan");
  const before = await plans.count();
  await page.getByRole("button", { name: "Add plan" }).click();
  await expect(page.getByRole("alert")).toHaveText("Type their initials: one to 4 letters.");
  await expect(field).toBeFocused();
  await field.fill("Jonathan Smith");
  await expect(page.getByRole("alert")).toHaveCount(0);
  await field.press("Enter");
  await expect(page.getByRole("alert")).toHaveText(
    "That is more than initials: type up to 4 letters, never their name.",
  );
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(/never their name\.$/);
  await expect(field).toHaveValue("Jonathan Smith");
  await expect(plans).toHaveCount(before);
  await field.fill("J. S.");
  await field.press("Enter");
  await expect(page.locator(".session-plan-label")).toContainText("(JS)");
});

test("Escape answers the question to end the session with its safe answer, No, carry on", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: "End session and clear this device" }).click();
  await expect(page.getByRole("button", { name: "No, carry on" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "No, carry on" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "End session and clear this device" })).toBeFocused();
  await expect(page).toHaveURL(/\/professionals\/session\/$/);
});

test("a child's full plan prints only behind a warning in the session", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await addPlan(page, "Child's plan (simple steps)", "GH");
  await page.getByRole("button", { name: "Print the whole plan" }).click();
  await expect(page.getByText("A child should not keep a written plan.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Print for my records" })).toBeVisible();
});

test("the drawing is kept small: a 16-colour indexed PNG, which the printout shows", async ({ page }) => {
  // The child's full plan prints in a session (behind a warning), so its printout is here.
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await addPlan(page, "Child's plan (simple steps)", "GH");
  const me = childTemplate.sections.findIndex((s) => s.id === "me") + 1;
  await page.getByRole("button", { name: new RegExp(`^Step ${me}:`) }).click();
  const canvas = page.locator("canvas.drawing");
  await canvas.evaluate((c) => c.scrollIntoView({ block: "center" }));
  const box = (await canvas.boundingBox())!;
  for (const [i, colour] of ["Blue", "Red", "Green"].entries()) {
    await page.getByRole("button", { name: colour, exact: true }).click();
    await page.mouse.move(box.x + 20 + i * 40, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + 60 + i * 50, { steps: 10 });
    await page.mouse.up();
  }
  // The plan's drawing, as the printout has it: colour type 3 (indexed), 4 bits a pixel.
  const header = async () => {
    const src = (await page.locator("img.print-drawing").getAttribute("src")) ?? "";
    const bytes = Buffer.from(src.replace("data:image/png;base64,", ""), "base64");
    return { depth: bytes[24], type: bytes[25], small: src.length < 6_000 };
  };
  await expect.poll(header).toEqual({ depth: 4, type: 3, small: true });
  const shown = await page.locator("img.print-drawing").evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
  expect(shown).toEqual([480, 360]);
  // Away and back: the canvas opens the small PNG, every colour still there.
  await page.getByRole("button", { name: new RegExp(`^Step ${me - 1}:`) }).click();
  await page.getByRole("button", { name: new RegExp(`^Step ${me}:`) }).click();
  // Counts of each colour on the canvas: only the paper and the pens, so nothing soft-edged.
  const colours = () =>
    page.locator("canvas.drawing").evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      const seen: Record<string, number> = {};
      for (let i = 0; i < d.length; i += 4) {
        const key = `${d[i]},${d[i + 1]},${d[i + 2]}`;
        seen[key] = (seen[key] ?? 0) + 1;
      }
      return seen;
    });
  await expect.poll(async () => Object.keys(await colours()).length).toBeGreaterThan(1);
  const counts = await colours();
  // Where two lines cross, a pixel mixing three colours may snap to another pen: a pixel or two.
  const drawn = ["255,255,255", "29,95,191", "192,38,45", "31,122,58"];
  for (const key of drawn) expect(counts[key], key).toBeGreaterThan(key === "255,255,255" ? 100_000 : 300);
  const others = Object.entries(counts).filter(([key]) => !drawn.includes(key));
  expect(others.every(([key]) => ["26,28,30", "217,112,11"].includes(key))).toBe(true);
  expect(others.reduce((n, [, count]) => n + count, 0)).toBeLessThan(10);
  const printout = await printToPdf(page);
  expect(printout.pages).toBeGreaterThan(0);
});

test("a plan opened after its review date says so, and keeps a log of review dates", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2027-03-10T10:00:00"));
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("Something to look at again");
  await page.locator("#p-adult-review-date").fill("2027-03-01");
  await expect(page.getByRole("heading", { name: "Time to look at this plan again" })).toBeVisible();
  await expect(page.locator(".review-due")).toContainText("Right now");
  await page.getByRole("button", { name: "I have reviewed it today" }).click();
  await expect(page.getByRole("heading", { name: "Time to look at this plan again" })).toHaveCount(0);
  await expect(page.locator(".review-log")).toHaveText("Reviewed on: 10/03/2027.");
  await page.locator("#p-adult-review-date").fill("2027-09-01");
  await expect(page.getByRole("heading", { name: "Time to look at this plan again" })).toHaveCount(0);
});

/**
 * Axe on every session screen at 360 and 1280 px: a test a screen, so that a busy machine's slow
 * axe runs are each within their own test's time, and a failure names its screen.
 */
test.describe("axe: every session screen, at 360 and 1280 px", () => {
  const household = async (page: Page) => {
    await page.setViewportSize({ width: 360, height: 900 });
    await page.goto("/professionals/session/");
    await page.waitForSelector(".session[data-ready]");
  };
  const handOver = async (page: Page) => {
    await household(page);
    await page.getByRole("button", { name: "Hand over" }).click();
  };
  const screens: Record<string, (page: Page) => Promise<void>> = {
    household,
    "adult plan with questions": async (page) => {
      // The largest screen of all (every section open, the questions beside): its axe runs take longest.
      test.slow();
      await household(page);
      await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
      await openAllSections(page);
    },
    "child plan": async (page) => {
      await household(page);
      await addPlan(page, "Child's plan (simple steps)", "AB");
    },
    "hand over": handOver,
    "hand over: file": async (page) => {
      await handOver(page);
      await page.getByRole("button", { name: "Make a locked file" }).click();
    },
    "end confirmation": async (page) => {
      await household(page);
      await page.getByRole("button", { name: "End session and clear this device" }).click();
    },
  };
  for (const [where, reach] of Object.entries(screens)) {
    test(where, async ({ page }) => {
      await reach(page);
      await expectNoAxeViolationsAtWidths(page, where);
    });
  }
});

test("saving on the person's device warns before replacing a plan already saved there", async ({ page }) => {
  const saveOnDevice = async () => {
    await page.goto("/professionals/session/");
    await page.waitForSelector(".session[data-ready]");
    await page.getByRole("button", { name: "Hand over" }).click();
    await page.getByRole("button", { name: "Save locked on this device (the person's own)" }).click();
    await page.getByLabel("Choose a passphrase").fill(CLIENT_PASS);
    await page.getByLabel("Type the passphrase again").fill(CLIENT_PASS);
    await page.getByRole("button", { name: "Save and lock" }).click();
  };
  await saveOnDevice();
  await expect(page.getByRole("status").filter({ hasText: "Saved and locked on this device." })).toBeVisible();
  await saveOnDevice();
  await expect(page.getByRole("alert")).toContainText("A locked plan is already saved on this device");
  await page.getByRole("button", { name: "Save and lock" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved and locked on this device." })).toBeVisible();
  // Ending keeps what was handed over on the person's device, unless the box is unticked.
  await page.getByRole("button", { name: "End session and clear this device" }).click();
  await expect(page.getByLabel(/Keep the plan saved, locked, on this device/)).toBeChecked();
  await page.getByRole("button", { name: "Yes, end and clear" }).click();
  await page.waitForURL("**/cleared/");
  expect((await everyStorage(page)).indexedDB).toEqual(["app-data"]);
});

test("a household file opens in a session for a review, whole, with the questions to ask", async ({ page }) => {
  const { householdBundle } = await import("../../src/core/plans/fixtures");
  const { encrypt, MIN_ITERATIONS } = await import("../../src/core/crypto");
  const household = householdBundle();
  const file = Buffer.from(await encrypt(household, CLIENT_PASS, { iterations: MIN_ITERATIONS }));
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: "Open a household file" }).click();
  await page
    .locator("#import-file")
    .setInputFiles({ name: "household.dat", mimeType: "application/octet-stream", buffer: file });
  await page.getByLabel("Passphrase", { exact: true }).fill(CLIENT_PASS);
  await page.getByRole("button", { name: "Open this copy" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The household file is open" })).toContainText(
    "an adult's plan, things to take, a young person's plan and 2 children's plans",
  );
  // The session's empty starting plans give way to the file's.
  await expect(page.locator(".session-status")).toContainText(
    "1 adult's plan, 1 checklist, 2 children's plans, 1 young person's plan",
  );
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue(String(household.plans[0]?.answers.worries));
  await expect(page.locator(".ask-questions").first()).toBeVisible();
});

test("ending a session never deletes the person's own saved plan, nor ends the person's tab", async ({ context }) => {
  // Several tabs and page loads: on a busy machine this takes longer than one page's test.
  test.slow();
  const person = await context.newPage();
  await person.goto("/plan/adult/");
  await openAllSections(person);
  await person.locator("#p-adult-worries").fill("my own plan");
  await saveOnThisDevice(person);
  const session = await context.newPage();
  await session.goto("/professionals/session/");
  await session.waitForSelector(".session[data-ready]");
  // The person goes on typing in their own tab.
  await person.bringToFront();
  await person.locator("#p-adult-code-word").fill("still typing");
  await session.bringToFront();
  await session.getByRole("button", { name: "End session and clear this device" }).click();
  // The session saved nothing here, so it offers nothing to keep: the plan is not its own.
  await expect(session.getByLabel(/Keep the plan saved, locked, on this device/)).toHaveCount(0);
  await session.getByRole("button", { name: "Yes, end and clear" }).click();
  await session.waitForURL("**/cleared/");
  expect((await everyStorage(session)).indexedDB).toEqual(["app-data"]);
  await person.bringToFront();
  await expect(person.locator("#p-adult-code-word")).toHaveValue("still typing");
  await expect(person.getByRole("button", { name: "Lock now" })).toBeVisible();
  expect(new URL(person.url()).pathname).toBe("/plan/adult/");
  // The plan is still saved, locked, with the words typed after the session began.
  await person.reload();
  await unlockWith(person);
  await openAllSections(person);
  await expect(person.locator("#p-adult-worries")).toHaveValue("my own plan");
  await expect(person.locator("#p-adult-code-word")).toHaveValue("still typing");
});

test("opening a household file asks first when a plan holds only a review date", async ({ page }) => {
  const { householdBundle } = await import("../../src/core/plans/fixtures");
  const { encrypt, MIN_ITERATIONS } = await import("../../src/core/crypto");
  const file = Buffer.from(await encrypt(householdBundle(), CLIENT_PASS, { iterations: MIN_ITERATIONS }));
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await openPlan(page, /^Open Adult's plan/);
  await openAllSections(page);
  await page.locator("#p-adult-review-date").fill("2027-09-01");
  await toHousehold(page);
  await page.getByRole("button", { name: "Open a household file" }).click();
  await page
    .locator("#import-file")
    .setInputFiles({ name: "household.dat", mimeType: "application/octet-stream", buffer: file });
  await page.getByLabel("Passphrase", { exact: true }).fill(CLIENT_PASS);
  await page.getByRole("button", { name: "Open this copy" }).click();
  // The review date is work: nothing is replaced until the professional chooses.
  await expect(page.getByText("You already have answers on this screen: My safety plan (a review date)")).toBeVisible();
  await expect(page.getByRole("button", { name: "Replace everything here" })).toBeVisible();
  await expect(page.locator(".session-status")).toContainText("1 adult's plan, 1 checklist.");
});

/** Records the browser's "Leave site?" prompts, answering each as told (Stay by default). */
function unloadPrompts(page: Page, answer: "stay" | "leave" = "stay"): string[] {
  const seen: string[] = [];
  // Counted once answered, so a test that waits for the count never ends (and closes the
  // browser) with an answer still on its way.
  page.on("dialog", async (d) => {
    await (answer === "stay" ? d.dismiss() : d.accept());
    seen.push(d.type());
  });
  return seen;
}

async function sessionWithWords(page: Page) {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await openPlan(page, /^Open Adult's plan/);
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("a whole first attempt");
}

test("in a session, a reload or closing the tab with unsaved work asks first, and staying keeps it", async ({
  page,
}) => {
  const prompts = unloadPrompts(page);
  await sessionWithWords(page);
  await expect(page.getByRole("note")).toContainText("the browser asks first");
  // Stay: nothing is lost.
  await page.reload({ timeout: 2_000 }).catch(() => undefined);
  await expect.poll(() => prompts).toEqual(["beforeunload"]);
  await expect(page.locator("#p-adult-worries")).toHaveValue("a whole first attempt");
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => prompts).toEqual(["beforeunload", "beforeunload"]);
  expect(page.isClosed()).toBe(false);
});

test("in a session, a saved copy of everything means a reload no longer asks", async ({ page }) => {
  const prompts = unloadPrompts(page);
  await sessionWithWords(page);
  await toHousehold(page);
  await page.getByRole("button", { name: "Hand over" }).click();
  await page.getByRole("button", { name: "Make a locked file" }).click();
  const download = page.waitForEvent("download");
  await page.getByLabel("Choose a passphrase").fill(CLIENT_PASS);
  await page.getByLabel("Type the passphrase again").fill(CLIENT_PASS);
  await page.getByRole("button", { name: "Download the person's copy" }).click();
  await download;
  await page.reload();
  await page.waitForSelector(".session[data-ready]");
  expect(prompts).toEqual([]);
});

test("a person's own plan never asks before a reload: closing in a hurry always works", async ({ page }) => {
  const prompts = unloadPrompts(page);
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("typed");
  await page.reload();
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("");
  expect(prompts).toEqual([]);
});

test("the quick exit leaves a session with unsaved work at once, with no prompt", async ({ page }) => {
  const prompts = unloadPrompts(page);
  await stubExit(page);
  await sessionWithWords(page);
  await exitLink(page).click();
  await page.waitForURL(EXIT_URL);
  expect(prompts).toEqual([]);
});

test("Shift three times leaves a session with unsaved work at once, with no prompt", async ({ page }) => {
  const prompts = unloadPrompts(page);
  await stubExit(page);
  await sessionWithWords(page);
  await page.locator("#p-adult-worries").press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.waitForURL(EXIT_URL);
  expect(prompts).toEqual([]);
});

test("the idle warning offers to save a copy first, and the ended page says no one was using the session", async ({
  page,
}) => {
  await page.clock.install();
  await sessionWithWords(page);
  const warning = page.getByRole("dialog", { name: "Are you still there?" });
  await page.clock.runFor(config.sessionWarnMinutes * 60_000 + 1_000);
  await expect(warning).toBeVisible();
  // The keyboard reaches it: Tab moves from Keep going without answering the warning.
  await page.keyboard.press("Tab");
  await expect(warning.getByRole("button", { name: "Save a copy first" })).toBeFocused();
  await warning.getByRole("button", { name: "Save a copy first" }).click();
  // Using the dialog counts as use, but the copy is made inside it, not lost with it.
  const download = page.waitForEvent("download");
  await warning.getByLabel("Choose a passphrase").fill(CLIENT_PASS);
  await warning.getByLabel("Type the passphrase again").fill(CLIENT_PASS);
  await warning.getByRole("button", { name: "Download the person's copy" }).click();
  await download;
  await expect(warning.getByRole("status").first()).toBeVisible();
  await warning.getByRole("button", { name: "Close" }).click();
  await expect(warning).toHaveCount(0);
  // Left alone now: it ends, and the page it lands on says why.
  await page.clock.runFor((config.sessionWarnMinutes + config.sessionGraceMinutes) * 60_000 + 1_000);
  await page.clock.resume(); // clearing the device waits on timers of its own
  await page.waitForURL("**/cleared/#idle");
  await expect(page.getByText("It ended by itself because no one was using it.")).toBeVisible();
  // And what that means for plans not handed over, plainly.
  await expect(page.getByText("Plans not yet handed over were cleared too")).toBeVisible();
  expect(await everyStorage(page)).toEqual(NOTHING);
});

test("the idle warning's copy for the person leaves a young person's plan out; the worker's copy keeps it", async ({
  page,
}) => {
  test.slow(); // two key derivations at 600,000 iterations
  await page.clock.install();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await addPlan(page, "Young person's plan", "EF");
  await openAllSections(page);
  await page.locator("#p-young-person-safe-room").fill("EF's room");
  const warning = page.getByRole("dialog", { name: "Are you still there?" });
  await page.clock.runFor(config.sessionWarnMinutes * 60_000 + 1_000);
  await warning.getByRole("button", { name: "Save a copy first" }).click();
  const { family, records } = await downloadBothCopies(page, warning);
  const familyKinds = await planKinds(family, CLIENT_PASS);
  expect(familyKinds).toContain("adult");
  expect(familyKinds).not.toContain("young-person");
  expect(await planKinds(records, WORKER_PASS)).toContain("young-person");
});

test("a session ended by hand does not say no one was using it", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: "End session and clear this device" }).click();
  await page.getByRole("button", { name: "Yes, end and clear" }).click();
  await page.waitForURL("**/cleared/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All cleared");
  await expect(page.getByText("no one was using it")).toBeHidden();
  // What the wipe could not reach, and how to remove it by hand.
  await expect(page.getByRole("heading", { name: "What a browser cannot clear" })).toBeVisible();
  const list = page.locator("main li");
  await expect(list.filter({ hasText: "Downloads folder" })).toContainText("notes-");
  await expect(list.filter({ hasText: "list of downloads" })).toBeVisible();
  await expect(list.getByRole("link", { name: /delete just this site from your history/ })).toHaveAttribute(
    "href",
    "/staying-safe-online/#history",
  );
});

test("offline after the page has loaded (a home visit), the idle warning still comes before the session ends", async ({
  page,
  context,
}) => {
  await page.clock.install();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await context.setOffline(true);
  // Some use of the page, with no network: the warning must not depend on fetching anything.
  await page.keyboard.press("a");
  await page.clock.runFor(config.sessionWarnMinutes * 60_000 + 1_000);
  const warning = page.getByRole("dialog", { name: "Are you still there?" });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole("button", { name: "Keep going" })).toBeVisible();
  await context.setOffline(false);
});

test("offline after the page has loaded (a home visit), the adult's and a young person's plan open, with their own parts", async ({
  page,
  context,
}) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await context.setOffline(true);
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  // The offer to shape the plan is the adult's plan's own part: it must not need a fetch.
  await expect(page.getByRole("button", { name: "Is this device safe?" })).toBeVisible();
  // So are the review note's words (other pages fetch them for a plan with a review due).
  await page.locator("#p-adult-review > summary").click();
  await page.locator("#p-adult-review-date").fill("2020-03-01");
  await expect(page.getByRole("heading", { name: "Time to look at this plan again" })).toBeVisible();
  await page.getByRole("button", { name: "Back to the household" }).click();
  await addPlan(page, "Young person's plan", "EF");
  await expect(page.getByRole("button", { name: "Print my phone numbers" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await context.setOffline(false);
});

test("a home visit that loses its connection after the session's first use still opens every part: the tailored plan, a child's steps, the hand-over", async ({
  page,
  context,
}) => {
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  // The parts a session opens on demand come in the background after its first use.
  await page.waitForFunction(() =>
    [
      "TailoringFields",
      "Panels",
      "childParts",
      "Picture",
      "RecordPanel",
      "HandOver",
      "PhoneSender",
      "qr",
      "tailoring",
      "steps",
      "record",
      "handover",
      "phone",
      "forms",
    ].every((name) => performance.getEntriesByType("resource").some((r) => r.name.includes(`/${name}.`))),
  );
  await context.setOffline(true);
  await openAllSections(page);
  await expect(page.getByRole("group", { name: "Do you have pets?" })).toBeVisible();
  await page.getByRole("button", { name: "If I need to go now" }).click();
  await expect(page.getByRole("dialog", { name: "If I need to go now" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("dialog").getByRole("button", { name: "Back to my plan" }).click();
  await addPlan(page, "Child's plan (simple steps)", "KL");
  await expect(page.getByText("Step 1 of")).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await page.getByRole("button", { name: "Back to the household" }).click();
  await page.getByRole("button", { name: "Hand over" }).click();
  await page.getByRole("button", { name: "Hand over to a phone" }).click();
  await page.getByLabel("Choose a passphrase").fill("plum orbit candle seventeen");
  await page.getByLabel("Type the passphrase again").fill("plum orbit candle seventeen");
  await page.getByRole("button", { name: "Lock and show the codes" }).click();
  await expect(page.locator('canvas.phone-code[data-step="address"]')).toBeVisible();
  expect(failed).toEqual([]);
  await context.setOffline(false);
});

test("a second session tab says another tab holds a household, there and when ending", async ({ page, context }) => {
  await sessionWithWords(page);
  const second = await context.newPage();
  await second.goto("/professionals/session/");
  await second.waitForSelector(".session[data-ready]");
  const other = "Another tab in this browser has a session with plans in it.";
  await expect(second.locator(".session-banner").getByRole("status")).toContainText(other);
  await second.getByRole("button", { name: "End session and clear this device" }).click();
  await expect(second.locator(".confirm")).toContainText(other);
  // The first tab, whose household it is, is not told about the empty second one.
  await expect(page.locator(".session-banner")).not.toContainText(other);
  // Once the first tab is closed, the second stops saying so.
  await second.getByRole("button", { name: "No, carry on" }).click();
  await page.close();
  await expect(second.locator(".session-banner")).not.toContainText(other);
});
