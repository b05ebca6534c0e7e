import type { Page } from "@playwright/test";
import { localPath } from "../../src/core/i18n/languages";
import { childTemplate } from "../../src/core/plans/templates";
import { PRACTICE_WORDS, READ_ALOUD_WORDS } from "../../src/core/practice/words";
import { EXIT_URL, expect, expectNoAxeViolationsAtWidths, layoutLanguages, test } from "./fixtures";
import { childDrawing, ME_STEP, printed, printToPdf } from "./plan-helpers";
import { printCalls, stubPrintDialog } from "./print-helpers";
import { stubSpeech } from "./speech-helpers";

const nextOrFinish = new RegExp(`^(${PRACTICE_WORDS.next}|${PRACTICE_WORDS.finish})$`);

async function step(page: Page, n: number) {
  await page.getByRole("button", { name: new RegExp(`^Step ${n}:`) }).click();
}

test("a child's plan, one step per screen, done with the mouse, including a drawing", async ({ page }) => {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await expect(page.getByText(`Step 1 of ${childTemplate.sections.length}`)).toBeVisible();
  await page.getByRole("checkbox").first().check();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText(`Step 2 of ${childTemplate.sections.length}`)).toBeVisible();
  // Safe place
  await step(page, 3);
  await page.locator("#p-child-my-safe-place").fill("My bedroom");
  // 999 call
  await step(page, 4);
  await page.locator("#p-child-my-name").fill("Sam");
  // Someone who can help, with a number
  await step(page, 5);
  await page.locator("#p-child-help-from-0-0").fill("Mrs Patel next door");
  await page.locator("#p-child-help-from-0-1").fill("07700 900456");
  // Feelings, with faces
  const feelings = childTemplate.sections.findIndex((s) => s.id === "feelings") + 1;
  await step(page, feelings);
  await expect(page.locator(".choices-pictures svg").first()).toBeVisible();
  await page.locator("#p-child-my-feelings-happy").check();
  // The "Me" drawing, with the mouse
  const me = childTemplate.sections.findIndex((s) => s.id === "me") + 1;
  await step(page, me);
  // The new step's heading takes the focus, which can scroll the page: the strokes' positions
  // are read after that, or the first could land above the canvas.
  await expect(page.getByRole("heading", { level: 2, name: childTemplate.sections[me - 1]!.title })).toBeFocused();
  const canvas = page.locator("canvas.drawing");
  await canvas.evaluate((c) => c.scrollIntoView({ block: "center" }));
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 120, box.y + 90, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(box.x + 60, box.y + 120);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 40, { steps: 8 });
  await page.mouse.up();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();
  // The drawing is kept in the plan: its step counts as done.
  await expect(page.getByRole("button", { name: new RegExp(`^Step ${ME_STEP}:.*\\(done\\)`) })).toBeVisible();
  const inked = await canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  });
  expect(inked).toBeGreaterThan(50);
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByRole("button", { name: new RegExp(`^Step ${ME_STEP}:.*\\(done\\)`) })).toHaveCount(0);
});

// On a slow phone the plan hands the first stroke's picture back after the second stroke: that
// late echo once reset the drawing as if a new plan had opened, and Undo had nothing left.
test("two quick strokes and an Undo keep the drawing's history when the plan catches up late", async ({ page }) => {
  const canvas = await childDrawing(page);
  await expect(canvas).toBeVisible();
  await canvas.evaluate(async (c: HTMLCanvasElement) => {
    // Synthetic pointers cannot be captured; the stroke is the same without.
    c.setPointerCapture = () => {};
    const r = c.getBoundingClientRect();
    const at = (x: number, y: number) => ({
      clientX: r.left + x,
      clientY: r.top + y,
      pointerId: 1,
      bubbles: true,
      isPrimary: true,
      pointerType: "mouse",
    });
    const stroke = (x0: number, y0: number, x1: number, y1: number) => {
      c.dispatchEvent(new PointerEvent("pointerdown", at(x0, y0)));
      for (let i = 1; i <= 8; i++)
        c.dispatchEvent(new PointerEvent("pointermove", at(x0 + ((x1 - x0) * i) / 8, y0 + ((y1 - y0) * i) / 8)));
      c.dispatchEvent(new PointerEvent("pointerup", at(x1, y1)));
    };
    stroke(30, 30, 120, 90);
    // The plan renders with the first stroke; its effects wait for a frame, after the second.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    stroke(60, 120, 160, 40);
  });
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();
  await expect(page.getByRole("button", { name: new RegExp(`^Step ${ME_STEP}:.*\\(done\\)`) })).toBeVisible();
});

test("the drawing and the steps work from the keyboard alone", async ({ page }) => {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  const me = childTemplate.sections.findIndex((s) => s.id === "me") + 1;
  await page.getByRole("button", { name: new RegExp(`^Step ${me}:`) }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: childTemplate.sections[me - 1]!.title })).toBeFocused();
  await page.locator("canvas.drawing").focus();
  await page.keyboard.press("Space");
  for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Space");
  await expect(page.getByRole("button", { name: "Undo" })).toBeEnabled();
  await expect(page.getByRole("button", { name: new RegExp(`^Step ${ME_STEP}:.*\\(done\\)`) })).toBeVisible();
  // Next and Back by keyboard.
  await page.getByRole("button", { name: "Back" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Step ${me - 1} of`)).toBeVisible();
});

test("Read aloud speaks each step with the device's voice, and without one says so for the adult", async ({
  page,
  browser,
}) => {
  await stubSpeech(page);
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Read aloud" }).click();
  const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
  expect(spoken).toHaveLength(1);
  expect(spoken[0]).toContain(childTemplate.sections[0]!.title);

  const context = await browser.newContext();
  const silent = await context.newPage();
  await silent.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: undefined });
  });
  await silent.goto("/plan/child/");
  await silent.waitForSelector(".plan-editor[data-ready]");
  await expect(silent.getByRole("button", { name: "Read aloud" })).toHaveCount(0);
  await expect(silent.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toBeVisible();
  await expect(silent.getByText(READ_ALOUD_WORDS.howToFix)).toBeVisible();
  await context.close();
});

test("the phone-number card prints only names and numbers; the full plan is not offered", async ({ page }) => {
  await stubPrintDialog(page);
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await step(page, 3);
  await page.locator("#p-child-my-safe-place").fill("Under the stairs cupboard");
  await step(page, 5);
  await page.locator("#p-child-help-from-0-0").fill("Mrs Patel");
  await page.locator("#p-child-help-from-0-1").fill("07700 900456");
  await expect(page.getByRole("button", { name: "Print", exact: true })).toHaveCount(0);
  await page.getByRole("button", { name: "Print my phone numbers" }).click();
  await expect.poll(() => printCalls(page)).toBe(1);
  const printout = await printToPdf(page);
  const { text } = printout;
  for (const wanted of ["999", "Childline", "0800 1111", "Mrs Patel", "07700 900456"])
    expect(printed(printout, wanted), wanted).toBe(true);
  for (const unwanted of ["Under the stairs", "safe place", "Exit this page", childTemplate.title]) {
    expect(printed(printout, unwanted), unwanted).toBe(false);
  }
  // Only names and numbers: every line is a heading, a name or a number.
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  expect(lines.length).toBeLessThan(20);
});

/** The child's plan with a safe place written, and its practice open at the menu. */
async function practiseWithSafePlace(page: Page) {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await step(page, 3);
  await page.locator("#p-child-my-safe-place").fill("the blue room");
  await page.getByRole("button", { name: "Practise my plan" }).click();
}

test("practising what to do goes start to finish, with no score", async ({ page }) => {
  await practiseWithSafePlace(page);
  await page.getByRole("button", { name: "Practise what to do" }).click();
  let rounds = 0;
  while (rounds++ < 12) {
    const choices = page.locator(".practice-choices button");
    // A new scenario has no feedback yet: wait for it, so the click is not on the last one.
    await expect(page.locator(".feedback p")).toHaveCount(0);
    await choices.first().click();
    await expect(page.locator(".feedback p").first()).toBeVisible();
    const next = page.getByRole("button", { name: nextOrFinish });
    const label = await next.innerText();
    await next.click();
    if (label === PRACTICE_WORDS.finish) break;
  }
  await expect(page.getByRole("heading", { name: "Well done for practising" })).toBeVisible();
  expect(await page.locator(".practice").innerText()).not.toMatch(/wrong|fail|score/i);
  await page.getByRole("button", { name: PRACTICE_WORDS.practiseAgain }).click();
  await expect(page.getByRole("button", { name: "Practise a pretend 999 call" })).toBeVisible();
});

test("the pretend 999 call says it is pretend, shows 55 and has no phone links", async ({ page }) => {
  await practiseWithSafePlace(page);
  await page.getByRole("button", { name: "Practise a pretend 999 call" }).click();
  await expect(page.getByText("This is only pretend. No call is made.")).toBeVisible();
  while ((await page.getByRole("button", { name: PRACTICE_WORDS.finish }).count()) === 0) {
    await page.locator("input.input-big").fill("practice words");
    await page.getByRole("button", { name: "Next" }).click();
  }
  await expect(page.getByText(/55/).first()).toBeVisible();
  expect(await page.locator("a[href^='tel:']").count()).toBe(0);
  await page.getByRole("button", { name: PRACTICE_WORDS.finish }).click();
  await expect(page.getByRole("heading", { name: "Well done for practising" })).toBeVisible();
});

test("in the pretend 999 call, Enter after an answer goes on to the next question", async ({ page }) => {
  await practiseWithSafePlace(page);
  await page.getByRole("button", { name: "Practise a pretend 999 call" }).click();
  await expect(page.getByText("Part 1 of")).toBeVisible();
  await page.locator("input.input-big").fill("Sam");
  await page.locator("input.input-big").press("Enter");
  await expect(page.getByText("Part 2 of")).toBeVisible();
});

test("practice feedback uses the child's own safe place", async ({ page }) => {
  await practiseWithSafePlace(page);
  await page.getByRole("button", { name: "Practise what to do" }).click();
  const allText: string[] = [];
  for (let i = 0; i < 8; i++) {
    await expect(page.locator(".feedback p")).toHaveCount(0);
    for (const b of await page.locator(".practice-choices button").all()) {
      await b.click();
      await expect(page.locator(".feedback p").first()).toBeVisible();
      allText.push(await page.locator(".feedback").innerText());
    }
    allText.push(await page.locator(".practice").innerText());
    const next = page.getByRole("button", { name: nextOrFinish });
    if ((await next.innerText()) === PRACTICE_WORDS.finish) break;
    await next.click();
  }
  expect(allText.join(" ")).toContain("the blue room");
});

test("the practice pages have no phone links", async ({ page }) => {
  for (const path of ["/plan/child/practice/", "/plan/young-person/practice/"]) {
    await page.goto(path);
    await page.waitForSelector(".practice");
    await page.getByRole("button", { name: "Practise a pretend 999 call" }).click();
    expect(await page.locator("a[href^='tel:']").count(), path).toBe(0);
    // "Phone numbers" in the header, from the pretend call: a panel that cannot dial, and says why.
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Phone numbers" }).click();
    const panel = page.getByRole("dialog", { name: "Phone numbers for help" });
    await expect(panel).toBeVisible();
    await expect(panel).toContainText("You are practising, so nothing here can phone anyone.");
    expect(await page.locator("a[href^='tel:']").count(), `${path}: numbers panel`).toBe(0);
    // Its button goes back to practice, and says so (it read "Back to my plan").
    await panel.getByRole("button", { name: "Back to practice", exact: true }).click();
    await expect(panel).toBeHidden();
    await expect(page.locator(".practice")).toBeVisible();
  }
});

test("axe: every child step and practice screen, at 360 and 1280 px", async ({ page }) => {
  // A dozen screens, each reached once and checked by axe at both widths.
  test.slow();
  await page.setViewportSize({ width: 360, height: 900 });
  await stubSpeech(page);
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  const check = (where: string) => expectNoAxeViolationsAtWidths(page, where);
  for (let i = 1; i <= childTemplate.sections.length; i++) {
    await step(page, i);
    await check(`step ${i}`);
  }
  await page.getByRole("button", { name: "Practise my plan" }).click();
  await check("practice menu");
  await page.getByRole("button", { name: "Practise what to do" }).click();
  await page.locator(".practice-choices button").first().click();
  await check("practice scenario");
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await page.getByRole("button", { name: "Practise a pretend 999 call" }).click();
  await check("pretend call");
  await page.goto("/plan/young-person/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await check("young person's plan");
});

/** WCAG's contrast ratio of two opaque colours, as getComputedStyle gives them ("rgb(11, 95, 90)"). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/** Each picture on a button: its colour, the colour behind it, and the button's words' colour and background. */
function buttonPictures(page: Page) {
  return page.locator(".button .picture").evaluateAll((pictures) => {
    const behind = (el: Element | null): string => {
      for (let at = el; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if (bg !== "transparent" && !bg.startsWith("rgba(0, 0, 0, 0")) return bg;
      }
      return getComputedStyle(document.body).backgroundColor;
    };
    return pictures
      .filter((p) => p.getClientRects().length > 0)
      .map((p) => {
        const button = p.closest(".button") as HTMLElement;
        return {
          button: (button.textContent ?? "").trim(),
          picture: getComputedStyle(p).color,
          pictureBg: behind(p.parentElement),
          text: getComputedStyle(button).color,
          textBg: behind(button),
        };
      });
  });
}

test("pictures on the practice buttons stand out 3:1, and their words 4.5:1, in every language and both colour schemes", async ({
  page,
}) => {
  test.slow(); // 2 practices × 3 languages × 2 schemes, two screens each
  const expectContrast = async (where: string) => {
    const found = await buttonPictures(page);
    expect(found.length, `${where}: pictures on buttons`).toBeGreaterThan(0);
    for (const f of found) {
      expect
        .soft(contrast(f.picture, f.pictureBg), `${where}, "${f.button}": picture ${f.picture} on ${f.pictureBg}`)
        .toBeGreaterThanOrEqual(3);
      expect
        .soft(contrast(f.text, f.textBg), `${where}, "${f.button}": words ${f.text} on ${f.textBg}`)
        .toBeGreaterThanOrEqual(4.5);
    }
  };
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    // Colours are the CSS's, the same in every language: English and the first right-to-left one.
    for (const lang of layoutLanguages)
      for (const path of ["/plan/child/practice/", "/plan/young-person/practice/"]) {
        const where = `${localPath(lang, path)} (${colorScheme})`;
        await page.goto(localPath(lang, path));
        await expect(page.locator(".practice-menu .button .picture").first()).toBeVisible();
        await expectContrast(`${where}, menu`);
        // A scenario, with a choice made: its picture and its verdict.
        await page.locator(".practice-menu .button").first().click();
        await page.locator(".practice-choices button").first().click();
        await expect(page.locator(".feedback p").first()).toBeVisible();
        await expectContrast(`${where}, a scenario`);
      }
  }
});

test("the quick exit stops Read aloud at once", async ({ page }) => {
  await stubSpeech(page);
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Read aloud" }).click();
  const before = await page.evaluate(() => (window as unknown as { cancelled?: number }).cancelled ?? 0);
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { cancelled?: number }).cancelled ?? 0))
    .toBeGreaterThan(before);
});

test("on the child's plan, Phone numbers opens with the child's own numbers first", async ({ page }) => {
  await page.goto("/plan/child/");
  await page.waitForSelector(".workspace[data-ready]");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Phone numbers" }).click();
  const panel = page.getByRole("dialog", { name: "Phone numbers for help" });
  // A child looking for help finds 999 and Childline first, not the adults' services.
  const first = panel.locator("section").first();
  await expect(first.getByRole("heading")).toHaveText("For children and young people");
  await expect(first).toContainText("Childline");
  await expect(first.locator("a[href^='tel:']").first()).toHaveText("999");
  await expect(first).not.toContainText("Respect");
});

test("the colour in use is not marked the way keyboard focus is", async ({ page }) => {
  await childDrawing(page);
  const chosen = page.locator('.colour[aria-pressed="true"]');
  await expect(chosen).toHaveCount(1);
  // Focus elsewhere, so only the chosen mark shows: the focus ring is the outline (global.css).
  await page.locator("canvas.drawing").focus();
  const look = await chosen.evaluate((b) => {
    const s = getComputedStyle(b);
    return { outline: s.outlineStyle, ring: s.boxShadow };
  });
  expect(look.outline).toBe("none");
  expect(look.ring).not.toBe("none");
});
