import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolationsAtWidths, test } from "./fixtures";
import { printToPdf } from "./plan-helpers";
import { everyStorage, saveOnDevice } from "./storage-helpers";

/** Nothing kept in any storage API a page can see (the exit notice's "seen" mark aside, which holds no words). */
async function expectNothingStored(page: Page) {
  const kept = await everyStorage(page);
  expect({ ...kept, sessionStorage: kept.sessionStorage.filter((k) => k !== "qe-notice-seen") }).toEqual({
    indexedDB: [],
    localStorage: 0,
    sessionStorage: [],
    caches: [],
    cookies: "",
  });
}

async function startShaping(page: Page) {
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.locator(".tailor-situation")).toBeVisible();
}

/** Ticks "I have a pet" and "My visa depends on my partner", then opens the ideas. */
async function dogAndPartnerVisa(page: Page) {
  await startShaping(page);
  await page.getByLabel("I have a pet or pets").check();
  await page.getByLabel("My visa depends on my partner").check();
  await page.locator("#p-adult-my-ideas > summary").click();
  await expect(page.locator(".tailor-ideas")).toBeVisible();
  const more = page.getByRole("button", { name: /^Show \d+ more ideas?$/ });
  if ((await more.count()) > 0) await more.click();
}

function idea(page: Page, title: string) {
  return page.getByRole("article", { name: title });
}

test("a person with a dog and a partner visa gets pet and visa ideas, each saying why", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await dogAndPartnerVisa(page);
  await expect(idea(page, "Ask about foster care for your pet")).toContainText(
    "Suggested because you said you have a pet",
  );
  await expect(idea(page, "Ask about the domestic abuse concession")).toContainText(
    "Suggested because you said your visa depends on your partner",
  );
  await expect(idea(page, "Get advice from a regulated immigration adviser")).toBeVisible();
  // Suggestions look like part of the plan: the page says only kept ones go in, and print.
  await expect(page.getByText("Not in your plan yet. Only the ideas you keep go into it")).toBeVisible();
  // Nothing about children for someone who said nothing about children.
  await expect(idea(page, "Teach the children to phone 999")).toHaveCount(0);
});

test("a kept idea joins the plan with the person's note, and prints; discreet paper names it neutrally", async ({
  page,
}) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await dogAndPartnerVisa(page);
  await idea(page, "Ask about foster care for your pet").getByRole("button", { name: "Keep in my plan" }).click();
  const kept = page.locator(".tailor-ideas").getByRole("article", { name: "Ask about foster care for your pet" });
  await kept.getByLabel("My notes on this").fill("Ask Jo about Rex");
  await expect(page.getByRole("status").filter({ hasText: "Kept in your plan" })).toBeAttached();
  const normal = await printToPdf(page);
  expect(normal.text).toContain("Ask about foster care for your pet");
  expect(normal.text).toContain("Ask Jo about Rex");
  // What applies is not printed unless asked.
  expect(normal.text).not.toContain("My visa depends on my partner");
  await page.getByLabel(/^Discreet printout/).check();
  const discreet = await printToPdf(page);
  expect(discreet.text).toContain("Pet care");
  expect(discreet.text).toContain("Ask Jo about Rex");
  expect(discreet.text).not.toContain("foster care");
});

// The reasons are joined in the page's language: Chromium has no Welsh list words, so a join
// left to the browser read "… eich partner and bod eich diogelwch …" on a Welsh page.
test("a Welsh idea with two reasons joins them in Welsh", async ({ page }) => {
  await page.goto("/cy/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Dechrau", exact: true }).click();
  await page.getByLabel("Mae fy fisa yn dibynnu ar fy mhartner").check();
  await page.locator("#p-adult-what-matters > summary").click();
  await page.getByRole("button", { name: "+ Fy niogelwch fy hun" }).click();
  await page.locator("#p-adult-my-ideas > summary").click();
  const why = idea(page, "Copïwch eich papurau pwysig").locator(".tailor-why");
  await expect(why).toContainText("i chi ddweud bod eich fisa yn dibynnu ar eich partner a bod eich diogelwch");
  await expect(why).not.toContainText(" and ");
});

test("on an Arabic phone page, every button beside a chosen priority is a fingertip wide", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/ar/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.locator("#p-adult-what-matters > summary").click();
  await page.locator(".tailor-add button").first().click();
  await page.locator(".tailor-add button").first().click();
  const buttons = page.locator(".tailor-order button");
  await expect(buttons).toHaveCount(6);
  for (const button of await buttons.all()) {
    const box = await button.boundingBox();
    expect(box?.width, await button.innerText()).toBeGreaterThanOrEqual(44);
    expect(box?.height, await button.innerText()).toBeGreaterThanOrEqual(44);
  }
});

test("the order of what matters can be set from the keyboard alone", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.locator("#p-adult-what-matters > summary").click();
  await page.getByRole("button", { name: "+ My own safety" }).focus();
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "+ My children" }).focus();
  await page.keyboard.press("Enter");
  const up = page.getByRole("button", { name: "Move up: My children" });
  await up.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".tailor-order li").first()).toContainText("My children");
  await expect(page.getByRole("status").filter({ hasText: "My children is now number 1." })).toBeAttached();
  // Focus stays with the priority that moved.
  await expect(page.getByRole("button", { name: "Move down: My children" })).toBeFocused();
});

test("signs of danger flag what to do, with no score, and keep nothing", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Signs of danger" }).click();
  const dialog = page.getByRole("dialog", { name: "Signs of danger" });
  await dialog.getByLabel(/strangled or choked me/).check();
  await expect(dialog).toContainText("even if it left no mark");
  await expect(dialog).toContainText("What a MARAC is");
  await expect(dialog).toContainText("press 55");
  // Flags and advice, never a number or a level of risk.
  // (The adviser's description may say "people at high risk": what it must never do is rate this person.)
  await expect(dialog).not.toContainText(/your risk (is|level)|risk (level|score)|you scored|\d+ (of|out of) \d+/i);
  await expectNothingStored(page);
});

test("on a phone, a ticked sign says what it means where it was ticked, and leads to what to do", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Signs of danger" }).click();
  const dialog = page.getByRole("dialog", { name: "Signs of danger" });
  await dialog.getByLabel(/strangled or choked me/).check();
  const flag = dialog.locator(".tailor-sign-flag");
  await expect(flag).toContainText("even if it left no mark");
  await expect(flag).toBeInViewport();
  await flag.getByRole("button", { name: "What you can do" }).click();
  const todo = dialog.getByRole("heading", { name: "What you can do" });
  await expect(todo).toBeFocused();
  await expect(todo).toBeInViewport();
});

test("the device check says one thing to do for a worry, and keeps nothing", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  // Offered before anything is typed.
  await page.getByRole("button", { name: "Is this device safe?" }).click();
  const dialog = page.getByRole("dialog", { name: "Is this device safe?" });
  const question = dialog.getByRole("group", { name: /signed in and syncing/ });
  await question.getByLabel("Not sure").check();
  await expect(question).toContainText("delete just those entries");
  await expectNothingStored(page);
});

test("if I need to go now, the plan's own places, people and packed things are on one screen", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.locator("#p-adult-getting-ready-to-leave > summary").click();
  await page.locator("#p-adult-places-to-go-0-0").fill("Sam's flat");
  await page.locator("#p-adult-staying-safer-at-home > summary").click();
  await page.locator("#p-adult-code-word").fill("pineapple");
  await page.getByRole("button", { name: "If I need to go now" }).click();
  const dialog = page.getByRole("dialog", { name: "If I need to go now" });
  await expect(dialog).toContainText("Sam's flat");
  await expect(dialog).toContainText("pineapple");
  await expect(dialog).toContainText("phone 999");
});

test("shaping the plan stores nothing until the person opts in to saving", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await dogAndPartnerVisa(page);
  await idea(page, "Keep your pet's papers").getByRole("button", { name: "Keep in my plan" }).click();
  await expectNothingStored(page);
});

test("a person's own plan, once typed in, still opens its tailored parts and the numbers, and saves, after losing the connection", async ({
  page,
  context,
}) => {
  const failed: string[] = [];
  page.on("requestfailed", (r) => failed.push(r.url()));
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.locator("#p-adult-staying-safer-at-home > summary").click();
  await page.locator("#p-adult-code-word").fill("pineapple");
  // What the plan opens on demand comes in the background once the person has typed.
  await page.waitForFunction(() =>
    [
      "TailoringFields",
      "Panels",
      "PrintAbout",
      "NumbersPanel",
      "LeaveGuard",
      "tailoring",
      "later",
      "forms",
      "passphrase",
      "crypto",
    ].every((name) => performance.getEntriesByType("resource").some((r) => r.name.includes(`/${name}.`))),
  );
  await context.setOffline(true);
  await dogAndPartnerVisa(page);
  await expect(idea(page, "Ask about the domestic abuse concession")).toBeVisible();
  await page.getByRole("button", { name: "If I need to go now" }).click();
  await expect(page.getByRole("dialog", { name: "If I need to go now" })).toContainText("pineapple");
  await page.getByRole("dialog").getByRole("button", { name: "Back to my plan" }).click();
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Phone numbers" }).click();
  await expect(page.getByRole("dialog", { name: "Phone numbers for help" })).toContainText("999");
  await page.keyboard.press("Escape");
  await saveOnDevice(page);
  await expect(page.getByRole("alert")).toHaveCount(0);
  expect(failed).toEqual([]);
  await context.setOffline(false);
});

test("a session shapes a household member's plan the same way", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await page.waitForSelector(".plan-editor[data-ready]");
  await dogAndPartnerVisa(page);
  await expect(idea(page, "Ask about the domestic abuse concession")).toContainText(
    "you said your visa depends on your partner",
  );
});

test("the tailored plan's sections pass axe at both widths", async ({ page }) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await dogAndPartnerVisa(page);
  await page.locator("#p-adult-what-matters > summary").click();
  await page.getByRole("button", { name: "+ My children" }).click();
  await expectNoAxeViolationsAtWidths(page, "the tailored plan's sections");
});

for (const name of ["If I need to go now", "Signs of danger", "Is this device safe?"]) {
  test(`"${name}" passes axe at both widths`, async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name }).click();
    await expect(page.getByRole("dialog", { name })).toBeVisible();
    await expectNoAxeViolationsAtWidths(page, name);
  });
}
