import type { BrowserContext, Page } from "@playwright/test";
import { EXIT_URL, expect, siteConfig, stubExit, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";
import { everyStorage, lockAndWaitForReload, PASSPHRASE, saveOnDevice, unlockWith } from "./storage-helpers";

const nav = (page: Page) => page.getByRole("navigation", { name: "Your plans" });
const guard = (page: Page) => page.getByRole("dialog", { name: "Leave and clear what you wrote?" });

/** A value set on window survives moves inside the page, and is gone after any page load. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });
}
async function stillSamePage(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true);
}

/** The saved revision the workspace last read or wrote. */
async function revision(page: Page): Promise<number> {
  return Number(await page.locator(".workspace").getAttribute("data-revision"));
}

async function typeAdultAnswers(page: Page) {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("my worries");
  await page.locator("#p-adult-code-word").fill("bluebird");
}

test.describe("leaving the workspace is guarded", () => {
  test("typing, then a menu link, shows the guard, and Stay keeps every answer", async ({ page }) => {
    await typeAdultAnswers(page);
    await markPage(page);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Home" }).click();
    await expect(guard(page)).toBeVisible();
    // It says what would be lost, and where the link goes.
    await expect(guard(page)).toContainText("My safety plan (2 answers)");
    await expect(guard(page)).toContainText("“Home”");
    await expect(guard(page).getByRole("button", { name: "Stay" })).toBeFocused();
    await guard(page).getByRole("button", { name: "Stay" }).click();
    await expect(guard(page)).toBeHidden();
    expect(await stillSamePage(page)).toBe(true);
    await expect(page.locator("#p-adult-worries")).toHaveValue("my worries");
    await expect(page.locator("#p-adult-code-word")).toHaveValue("bluebird");
  });

  test("Escape is Stay; the footer and the site name are guarded too", async ({ page }) => {
    await typeAdultAnswers(page);
    await page.locator(".site-footer").getByRole("link").first().click();
    await expect(guard(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(guard(page)).toBeHidden();
    await page.getByRole("link", { name: siteConfig.siteName, exact: true }).click();
    await expect(guard(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator("#p-adult-worries")).toHaveValue("my worries");
  });

  test("Leave and clear leaves for the link's page", async ({ page }) => {
    await typeAdultAnswers(page);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "About" }).click();
    await guard(page).getByRole("button", { name: "Leave and clear" }).click();
    await page.waitForURL("**/about/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("Save a copy first makes the file inside the dialog, then leaving asks no more", async ({ page }) => {
    await typeAdultAnswers(page);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "About" }).click();
    await guard(page).getByRole("button", { name: "Save a copy first" }).click();
    const download = page.waitForEvent("download");
    await guard(page).getByLabel("Choose a passphrase").fill(PASSPHRASE);
    await guard(page).getByLabel("Type the passphrase again").fill(PASSPHRASE);
    await guard(page).getByRole("button", { name: "Download locked copy" }).click();
    await download;
    await guard(page).getByRole("button", { name: "Close" }).click();
    await expect(guard(page)).toContainText("Your locked copy is saved as a file");
    await guard(page).getByRole("button", { name: "Stay" }).click();
    // Nothing changed since the copy, so the next link leaves at once.
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "About" }).click();
    await page.waitForURL("**/about/");
  });

  test("with nothing typed, links leave at once", async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".workspace[data-ready]");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "About" }).click();
    await page.waitForURL("**/about/");
  });

  test("the quick exit bypasses the guard, by link and by Shift", async ({ page }) => {
    await stubExit(page);
    await typeAdultAnswers(page);
    await page.getByRole("link", { name: "Exit this page", exact: true }).click();
    await page.waitForURL(EXIT_URL);
    await typeAdultAnswers(page);
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.waitForURL(EXIT_URL);
  });

  test("the dialog carries its own quick exit, because a modal dialog makes the page behind it inert", async ({
    page,
  }) => {
    await stubExit(page);
    await typeAdultAnswers(page);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Home" }).click();
    await guard(page).getByRole("link", { name: "Exit this page" }).click();
    await page.waitForURL(EXIT_URL);
  });

  test("Phone numbers open in a panel inside the workspace, and the plan stays", async ({ page }) => {
    await typeAdultAnswers(page);
    await markPage(page);
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Phone numbers" }).click();
    const panel = page.getByRole("dialog", { name: "Phone numbers for help" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("link", { name: "999", exact: true })).toBeVisible();
    await expect(panel.getByRole("link", { name: "0808 2000 247" })).toBeVisible();
    await panel.getByRole("button", { name: "Back to my plan" }).click();
    await expect(panel).toBeHidden();
    expect(await stillSamePage(page)).toBe(true);
    await expect(page.locator("#p-adult-worries")).toHaveValue("my worries");
  });

  test("on a phone, the numbers panel opens at its top, with 999 in view", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto("/plan/adult/");
    await page.waitForSelector(".workspace[data-ready]");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Phone numbers" }).click();
    const panel = page.getByRole("dialog", { name: "Phone numbers for help" });
    await expect(panel).toBeVisible();
    await expect(panel.getByRole("heading", { name: "Phone numbers for help" })).toBeInViewport();
    await expect(panel.getByRole("link", { name: "999", exact: true })).toBeInViewport();
    expect(await panel.evaluate((d) => d.scrollTop)).toBe(0);
  });
});

test.describe("one workspace for every plan", () => {
  test("plan → checklist → young person's plan, in one page, with one unlock", async ({ page }) => {
    await page.goto("/plan/adult/");
    await openAllSections(page);
    await page.locator("#p-adult-worries").fill("adult words");
    await saveOnDevice(page);
    await page.reload();
    await unlockWith(page);
    await expect(page.locator(".plan-editor")).toBeVisible();
    await markPage(page);

    await nav(page)
      .getByRole("link", { name: /^Things to take/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Things to take if I leave");
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    expect(new URL(page.url()).pathname).toBe("/checklist/");
    await expect(page).toHaveTitle(`List – ${siteConfig.siteName}`);
    await openAllSections(page);
    await page.locator("#p-checklist-documents-list-passports-status").selectOption("packed");

    await nav(page)
      .getByRole("link", { name: /^Young person's plan/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My plan");
    expect(new URL(page.url()).pathname).toBe("/plan/young-person/");
    await openAllSections(page);
    const saved = await revision(page);
    await page.locator("#p-young-person-safe-room").fill("my room");
    await expect.poll(() => revision(page)).toBeGreaterThan(saved);

    await nav(page)
      .getByRole("link", { name: /^My safety plan/ })
      .click();
    await openAllSections(page);
    await expect(page.locator("#p-adult-worries")).toHaveValue("adult words");
    // Never asked again, never a page load, and the list counts each plan's answers.
    expect(await stillSamePage(page)).toBe(true);
    await expect(page.getByRole("heading", { name: "Locked" })).toHaveCount(0);
    await expect(nav(page)).toContainText("Young person's plan · 1 answer");

    // One autosave covers them all: after a reload, one unlock opens every plan.
    await expect(page.getByRole("note")).toContainText("Saved and locked");
    await page.goto("/plan/young-person/");
    await unlockWith(page);
    await openAllSections(page);
    await expect(page.locator("#p-young-person-safe-room")).toHaveValue("my room");
  });

  test("today's addresses open the right plan, and the child's plan links back to the others", async ({ page }) => {
    for (const [path, heading] of [
      ["/checklist/", "Things to take if I leave"],
      ["/plan/child/", "My plan to stay safe"],
      // The practice pages' own heading, once hydrated ("Practice" is only the placeholder's
      // while the code comes, which the preloaded code now often beats to the first check).
      ["/plan/child/practice/", "Practise my plan"],
      ["/plan/young-person/practice/", "Practise my plan"],
    ] as const) {
      await page.goto(path);
      await page.waitForSelector(".workspace[data-ready]");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(nav(page).getByRole("link")).toHaveCount(4);
    }
  });

  test("the leaving section links to the checklist, which opens in the page", async ({ page }) => {
    await typeAdultAnswers(page);
    await markPage(page);
    await page.getByRole("link", { name: "Make a list of things to take" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Things to take if I leave");
    expect(await stillSamePage(page)).toBe(true);
    await nav(page)
      .getByRole("link", { name: /^My safety plan/ })
      .click();
    await openAllSections(page);
    await expect(page.locator("#p-adult-worries")).toHaveValue("my worries");
  });

  test("the child's drawing is not loaded for the adult's plan, only when the child's plan opens", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto("/plan/adult/");
    await page.waitForSelector(".workspace[data-ready]");
    const before = scripts.length;
    const drawing = () => page.evaluate(() => document.querySelector("canvas") !== null);
    await nav(page)
      .getByRole("link", { name: /^Child's plan/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My plan to stay safe");
    expect(scripts.length).toBeGreaterThan(before);
    expect(await drawing()).toBe(false);
  });
});

test.describe("every tab agrees", () => {
  // Two tabs of one browser. Each test brings a tab to the front before using it, as a person
  // would: a background tab's frames are throttled, which only slows the test down.
  async function twoTabs(context: BrowserContext) {
    const a = await context.newPage();
    const b = await context.newPage();
    return { a, b };
  }

  test("two tabs editing lose nothing, and the stale tab is told", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    // B can be made deaf to the other tabs for a while, as a busy or frozen tab would be.
    await b.addInitScript(() => {
      const add = BroadcastChannel.prototype.addEventListener;
      BroadcastChannel.prototype.addEventListener = function (
        this: BroadcastChannel,
        type: string,
        listener: unknown,
        options?: unknown,
      ) {
        const wrapped = (e: Event) => {
          if (!(window as unknown as { deaf?: boolean }).deaf) (listener as (e: Event) => void)(e);
        };
        return add.call(this, type, wrapped as EventListener, options as AddEventListenerOptions);
      } as typeof add;
    });
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await openAllSections(a);
    await saveOnDevice(a);
    await b.bringToFront();
    await b.goto("/plan/adult/");
    await unlockWith(b);
    await openAllSections(b);
    await b.evaluate(() => {
      (window as unknown as { deaf: boolean }).deaf = true;
    });
    await a.bringToFront();
    const before = await revision(a);
    await a.locator("#p-adult-worries").fill("typed in tab A");
    await expect.poll(() => revision(a)).toBeGreaterThan(before);
    await b.bringToFront();
    await b.locator("#p-adult-warning-signs").fill("typed in tab B");
    const stale = b
      .getByRole("alert")
      .filter({ hasText: "A newer version of this plan has been saved on this device" });
    await expect(stale).toBeVisible();
    await expect(b.locator("#p-adult-warning-signs")).toHaveValue("typed in tab B");
    await stale.getByRole("button", { name: /Keep mine as a copy/ }).click();
    await expect(b.getByRole("status").filter({ hasText: "kept beside it as copies" })).toBeVisible();
    await expect(b.locator(".workspace:not([data-pending])")).toBeVisible();
    // A third look, freshly unlocked, finds both tabs' words.
    const c = await context.newPage();
    await c.bringToFront();
    await c.goto("/plan/adult/");
    await unlockWith(c);
    const which = c.getByLabel("Which plan to show");
    await expect(which.locator("option")).toHaveCount(2);
    const seen: string[] = [];
    for (const index of [0, 1]) {
      await which.selectOption({ index });
      await openAllSections(c);
      seen.push(
        await c.locator("#p-adult-worries").inputValue(),
        await c.locator("#p-adult-warning-signs").inputValue(),
      );
    }
    expect(seen).toContain("typed in tab A");
    expect(seen).toContain("typed in tab B");
  });

  test("a tab with nothing pending shows the other tab's changes at once", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await a.bringToFront();
    await a.goto("/checklist/");
    await saveOnDevice(a);
    await b.bringToFront();
    await b.goto("/plan/adult/");
    await unlockWith(b);
    await a.bringToFront();
    await openAllSections(a);
    await a.locator("#p-checklist-documents-list-passports-status").selectOption("packed");
    await b.bringToFront();
    await expect(b.getByRole("status").filter({ hasText: "changed in another tab" })).toBeVisible();
    await b
      .getByRole("navigation", { name: "Your plans" })
      .getByRole("link", { name: /^Things to take/ })
      .click();
    await openAllSections(b);
    await expect(b.locator("#p-checklist-documents-list-passports-status")).toHaveValue("packed");
  });

  test("an exit in one tab clears the other", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    for (const p of [a, b]) await stubExit(p);
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await b.bringToFront();
    await b.goto("/checklist/");
    await openAllSections(b);
    await b.locator("#p-checklist-documents-list-passports-note").fill("in the other tab");
    await a.bringToFront();
    await a.waitForSelector(".workspace[data-ready]");
    await a.getByRole("link", { name: "Exit this page", exact: true }).click();
    await b.bringToFront();
    await b.waitForURL(EXIT_URL);
    await a.bringToFront();
    await a.waitForURL(EXIT_URL);
    expect(await b.content()).not.toContain("in the other tab");
  });

  test("Lock now in one tab locks the other", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await openAllSections(a);
    await a.locator("#p-adult-worries").fill("locked everywhere");
    await saveOnDevice(a);
    await b.bringToFront();
    await b.goto("/plan/adult/");
    await unlockWith(b);
    await openAllSections(b);
    await expect(b.locator("#p-adult-worries")).toHaveValue("locked everywhere");
    await a.bringToFront();
    await lockAndWaitForReload(b, async () => {
      await a.getByRole("button", { name: "Lock now" }).click();
      await b.bringToFront();
    });
    expect(await b.content()).not.toContain("locked everywhere");
  });

  test("Delete everything in one tab clears the other", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await openAllSections(a);
    await a.locator("#p-adult-worries").fill("to be deleted");
    await saveOnDevice(a);
    await b.bringToFront();
    await b.goto("/plan/adult/");
    await unlockWith(b);
    await a.bringToFront();
    await a.getByRole("button", { name: "Delete everything on this device" }).click();
    await a.getByRole("button", { name: "Yes, delete everything" }).click();
    await b.bringToFront();
    await expect(b.getByRole("status").filter({ hasText: "deleted in another tab" })).toBeVisible();
    expect(await b.content()).not.toContain("to be deleted");
    // Tab A goes on to the deleted page; read its storage there, once it has loaded.
    await a.waitForURL("**/deleted/");
    await expect(a.getByText("Everything saved on this device has been deleted.")).toBeVisible();
    expect((await everyStorage(a)).indexedDB).toEqual([]);
  });

  test("a second opt-in does not replace the first", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    // B is deaf to the other tab, so it does not know a plan was saved meanwhile.
    await b.addInitScript(() => {
      BroadcastChannel.prototype.addEventListener = () => undefined;
    });
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await b.bringToFront();
    await b.goto("/checklist/");
    await b.waitForSelector(".workspace[data-ready]");
    await a.bringToFront();
    await openAllSections(a);
    await a.locator("#p-adult-worries").fill("the first plan");
    await saveOnDevice(a);
    await b.bringToFront();
    await openAllSections(b);
    await b.locator("#p-checklist-documents-list-passports-note").fill("the second");
    await b.getByRole("button", { name: "Save on this device" }).click();
    await b.getByLabel("Choose a passphrase").fill("another set of five words here");
    await b.getByLabel("Type the passphrase again").fill("another set of five words here");
    await b.getByRole("button", { name: "Save and lock" }).click();
    await expect(b.getByText("A plan is already saved on this device, locked.")).toBeVisible();
    await expect(b.locator("#p-checklist-documents-list-passports-note")).toHaveValue("the second");
    // Opening the saved plan keeps B's typing beside it.
    await b.getByRole("button", { name: "Open the saved plan" }).click();
    await unlockWith(b);
    await openAllSections(b);
    await expect(b.locator("#p-checklist-documents-list-passports-note")).toHaveValue("the second");
    await nav(b)
      .getByRole("link", { name: /^My safety plan/ })
      .click();
    await openAllSections(b);
    await expect(b.locator("#p-adult-worries")).toHaveValue("the first plan");
  });

  test("use of one tab keeps every tab open: a tab left alone does not lock the one being typed in", async ({
    context,
  }) => {
    const { a, b } = await twoTabs(context);
    for (const p of [a, b]) await p.clock.install();
    // Several tabs and page loads: on a busy machine this takes longer than one page's test.
    test.slow();
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await openAllSections(a);
    await saveOnDevice(a);
    await b.bringToFront();
    await b.goto("/plan/adult/");
    await unlockWith(b);
    await expect(b.getByRole("button", { name: "Lock now" })).toBeVisible();
    // A is typed in for one and a half idle times; B is left alone all along.
    await a.bringToFront();
    const step = (siteConfig.idleLockMinutes * 60_000) / 4;
    for (let i = 1; i <= 6; i += 1) {
      await a.locator("#p-adult-worries").fill(`sentence ${i}`);
      await a.clock.runFor(step);
      await b.clock.runFor(step);
    }
    await expect(a.locator("#p-adult-worries")).toHaveValue("sentence 6");
    await expect(a.getByRole("button", { name: "Lock now" })).toBeVisible();
    await expect(b.getByRole("button", { name: "Lock now" })).toBeVisible();
  });

  test("a tab that hears of a new saved plan offers to open it instead of saving over it", async ({ context }) => {
    const { a, b } = await twoTabs(context);
    await a.bringToFront();
    await a.goto("/plan/adult/");
    await b.bringToFront();
    await b.goto("/checklist/");
    await b.waitForSelector(".workspace[data-ready]");
    await expect(b.getByRole("button", { name: "Save on this device" })).toBeVisible();
    await a.bringToFront();
    await saveOnDevice(a);
    await b.bringToFront();
    await expect(b.getByText("A locked plan is already saved on this device.")).toBeVisible();
    await expect(b.getByRole("button", { name: "Save on this device" })).toHaveCount(0);
  });
});

test("a saved plan is found where indexedDB.databases() is missing or fails", async ({ browser }) => {
  for (const broken of ["missing", "rejects"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto("/plan/adult/");
    await saveOnDevice(page);
    await context.addInitScript((how) => {
      if (how === "missing") Object.defineProperty(IDBFactory.prototype, "databases", { value: undefined });
      else IDBFactory.prototype.databases = () => Promise.reject(new Error("not allowed"));
    }, broken);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Locked" }), broken).toBeVisible();
    await context.close();
  }
});
