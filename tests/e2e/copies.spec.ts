import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { decrypt, encrypt, MIN_ITERATIONS } from "../../src/core/crypto";
import { adultTemplate } from "../../src/core/plans/templates";
import { expect, test } from "./fixtures";
import { fillEveryField, openAllSections } from "./plan-helpers";

const FILE_PASS = "copper meadow kettle violet harbour";
const SECOND_PASS = "quiet garden ribbon lemon stairs";

/** Every input's value on the page, by id: two equal maps mean two equal plans on screen. */
async function screenValues(page: Page): Promise<Record<string, string | boolean>> {
  await openAllSections(page);
  return page.$$eval(".editor-screen input[id], .editor-screen textarea[id], .editor-screen select[id]", (els) =>
    Object.fromEntries(
      els.map((el) => {
        const input = el as HTMLInputElement;
        return [input.id, input.type === "checkbox" || input.type === "radio" ? input.checked : input.value];
      }),
    ),
  );
}

async function exportCopy(page: Page, passphrase: string, button = "Download locked copy"): Promise<string> {
  await page.waitForSelector(".plan-editor[data-ready]");
  const download = page.waitForEvent("download");
  if ((await page.getByLabel("Choose a passphrase").count()) === 0)
    await page.getByRole("button", { name: "Save a copy" }).click();
  await page.getByLabel("Choose a passphrase").fill(passphrase);
  await page.getByLabel("Type the passphrase again").fill(passphrase);
  await page.getByRole("button", { name: button }).click();
  const file = await download;
  const path = await file.path();
  expect(file.suggestedFilename()).toMatch(/^notes-\d{4}-\d{2}-\d{2}(-copy)?\.dat$/);
  return path;
}

async function importCopy(
  page: Page,
  path: string | { name: string; mimeType: string; buffer: Buffer },
  passphrase?: string,
) {
  await page.waitForSelector(".plan-editor[data-ready]");
  if ((await page.locator("#import-file").count()) === 0)
    await page.getByRole("button", { name: "Open a saved copy" }).click();
  await page.locator("#import-file").setInputFiles(path);
  if (passphrase !== undefined) {
    await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
    await page.getByRole("button", { name: "Open this copy" }).click();
  }
}

test("export, then import in a fresh browser, gives an equal plan", async ({ page, browser }) => {
  await page.goto("/plan/adult/");
  await fillEveryField(page, adultTemplate);
  const before = await screenValues(page);
  const path = await exportCopy(page, FILE_PASS);
  expect(readFileSync(path).subarray(0, 8).toString("latin1")).toBe("\xb7\x1d\xe4\x92\x0f\xc8\x81\xf3");
  expect(readFileSync(path).toString("latin1")).not.toContain("Answer worries");

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto("/plan/adult/");
  await importCopy(other, path, FILE_PASS);
  await expect(other.getByRole("status").filter({ hasText: "The saved copy is open: an adult's plan." })).toBeVisible();
  expect(await screenValues(other)).toEqual(before);
  await fresh.close();
});

test("two exports of the same plan differ, and a support worker's copy needs its own passphrase", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("the same words");
  const first = await exportCopy(page, FILE_PASS);
  await page.getByRole("button", { name: "Make a second copy for a support worker" }).click();
  await page.getByLabel("Choose a passphrase").fill(FILE_PASS);
  await page.getByLabel("Type the passphrase again").fill(FILE_PASS);
  await page.getByRole("button", { name: "Download the support worker's copy" }).click();
  await expect(page.getByRole("alert")).toContainText("Use a different passphrase");
  const second = await exportCopy(page, SECOND_PASS, "Download the support worker's copy");
  expect(readFileSync(first).equals(readFileSync(second))).toBe(false);
  // The worker's copy opens with the worker's passphrase only.
  await page.reload();
  await importCopy(page, second, FILE_PASS);
  await expect(page.getByRole("alert")).toContainText("did not open it");
  await page.getByLabel("Passphrase", { exact: true }).fill(SECOND_PASS);
  await page.getByRole("button", { name: "Open this copy" }).click();
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("the same words");
});

test("importing over work on screen asks first: replace, or keep both", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("from the file");
  const path = await exportCopy(page, FILE_PASS);
  await page.getByRole("button", { name: "Close" }).click();
  await page.locator("#p-adult-worries").fill("typed on screen");
  await importCopy(page, path, FILE_PASS);
  await expect(page.getByText("You already have answers on this screen")).toBeVisible();
  await expect(page.locator("#p-adult-worries")).toHaveValue("typed on screen");
  await page.getByRole("button", { name: "Keep both" }).click();
  await expect(page.locator("#p-adult-worries")).toHaveValue("from the file");
  const which = page.getByLabel("Which plan to show");
  const options = await which.locator("option").allTextContents();
  expect(options).toHaveLength(2);
  await which.selectOption({ index: 0 });
  await expect(page.locator("#p-adult-worries")).toHaveValue("typed on screen");
});

test("opening a copy over a plan that holds only a review date asks first", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("from the file");
  const path = await exportCopy(page, FILE_PASS);
  await page.getByRole("button", { name: "Close" }).click();
  await page.locator("#p-adult-worries").fill("");
  await page.locator("#p-adult-review-date").fill("2027-09-01");
  await importCopy(page, path, FILE_PASS);
  await expect(page.getByText("You already have answers on this screen: My safety plan (a review date)")).toBeVisible();
  await expect(page.locator("#p-adult-review-date")).toHaveValue("2027-09-01");
});

test.describe("every import error shows its message and keeps the current plan", () => {
  const cases: Array<{ name: string; file: () => Promise<Buffer>; passphrase?: string; message: RegExp }> = [
    {
      name: "a JSON file",
      file: async () => Buffer.from('{"schemaVersion":1,"plans":[]}'),
      message: /not a saved copy/,
    },
    {
      name: "a PNG picture",
      file: async () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      message: /not a saved copy/,
    },
    { name: "an empty file", file: async () => Buffer.alloc(0), message: /not a saved copy/ },
    {
      name: "random bytes",
      file: async () => Buffer.from(crypto.getRandomValues(new Uint8Array(300))),
      message: /not a saved copy/,
    },
    {
      name: "a wrong passphrase",
      file: async () =>
        Buffer.from(await encrypt({ schemaVersion: 1, plans: [] }, FILE_PASS, { iterations: MIN_ITERATIONS })),
      passphrase: "wrong words entirely",
      message: /did not open it/,
    },
    {
      name: "a damaged (cut short) file",
      file: async () =>
        Buffer.from(await encrypt({ schemaVersion: 1, plans: [] }, FILE_PASS, { iterations: MIN_ITERATIONS })).subarray(
          0,
          70,
        ),
      passphrase: FILE_PASS,
      message: /did not open it|damaged/,
    },
    {
      name: "a newer version",
      file: async () => {
        const b = Buffer.from(
          await encrypt({ schemaVersion: 1, plans: [] }, FILE_PASS, { iterations: MIN_ITERATIONS }),
        );
        b[8] = 99;
        return b;
      },
      message: /newer version/,
    },
    {
      name: "a plan from a newer schema",
      file: async () =>
        Buffer.from(await encrypt({ schemaVersion: 99, plans: [] }, FILE_PASS, { iterations: MIN_ITERATIONS })),
      passphrase: FILE_PASS,
      message: /newer version/,
    },
    {
      name: "a locked file that holds something else",
      file: async () => Buffer.from(await encrypt({ hello: "world" }, FILE_PASS, { iterations: MIN_ITERATIONS })),
      passphrase: FILE_PASS,
      message: /not a plan from this site|does not look right/,
    },
    { name: "a file that is too large", file: async () => Buffer.alloc(9 * 1024 * 1024, 1), message: /too large/ },
  ];
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await page.goto("/plan/adult/");
      await openAllSections(page);
      await page.locator("#p-adult-worries").fill("my own words");
      await importCopy(
        page,
        { name: "notes.dat", mimeType: "application/octet-stream", buffer: await c.file() },
        c.passphrase,
      );
      await expect(page.getByRole("alert")).toContainText(c.message);
      await expect(page.getByRole("alert")).toContainText(/Nothing on this screen has changed/);
      await expect(page.locator("#p-adult-worries")).toHaveValue("my own words");
    });
  }
});

test("a file can be dropped on the drop zone", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Open a saved copy" }).click();
  const data = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array([1, 2, 3])], "dropped.dat"));
    return dt;
  });
  await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer: data });
  await expect(page.getByRole("alert")).toContainText("not a saved copy");
});

test("a household file opens whole, and Replace says what it replaces first", async ({ page }) => {
  const { householdBundle } = await import("../../src/core/plans/fixtures");
  const household = householdBundle();
  const file = Buffer.from(await encrypt(household, FILE_PASS, { iterations: MIN_ITERATIONS }));
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("typed on screen");
  await importCopy(page, { name: "household.dat", mimeType: "application/octet-stream", buffer: file }, FILE_PASS);
  // What the file holds, and what replacing would remove, before anything changes.
  await expect(
    page.getByText("It holds an adult's plan, things to take, a young person's plan and 2 children's plans."),
  ).toBeVisible();
  await expect(page.getByText("You already have answers on this screen: My safety plan (1 answer)")).toBeVisible();
  await page.getByRole("button", { name: "Replace everything here" }).click();
  await expect(page.locator("#p-adult-worries")).toHaveValue(String(household.plans[0]!.answers.worries));
  // Every plan in the file is in the workspace, one link each, with one passphrase.
  const nav = page.getByRole("navigation", { name: "Your plans" });
  for (const plan of household.plans.filter((p) => p.kind === "child"))
    await expect(nav.getByRole("link", { name: new RegExp(`Child's plan \\(${plan.label}\\)`) })).toBeVisible();
  // Save a copy again: the file's other plans (checklist, children) came with it.
  const path = await exportCopy(page, SECOND_PASS);
  const opened = await decrypt(new Uint8Array(readFileSync(path)), SECOND_PASS);
  expect(opened.ok).toBe(true);
  const kinds = opened.ok ? (opened.value as { plans: Array<{ kind: string }> }).plans.map((p) => p.kind).sort() : [];
  expect(kinds).toEqual(household.plans.map((p) => p.kind).sort());
});
