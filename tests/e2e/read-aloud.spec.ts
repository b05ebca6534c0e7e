import type { Page } from "@playwright/test";
import { childTemplate, youngPersonTemplate } from "../../src/core/plans/templates";
import { childPractice } from "../../src/core/practice/child";
import { REWARDING_PICTURES } from "../../src/core/practice/pictures";
import { PRACTICE_WORDS, READ_ALOUD_WORDS } from "../../src/core/practice/words";
import { expect, test } from "./fixtures";
import { spokenOn, stubSpeech } from "./speech-helpers";

const last = async (page: Page) => (await spokenOn(page)).at(-1) ?? "";

async function openChild(page: Page) {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
}

async function step(page: Page, id: string) {
  const n = childTemplate.sections.findIndex((s) => s.id === id) + 1;
  await page.getByRole("button", { name: new RegExp(`^Step ${n}:`) }).click();
}

async function toScenarios(page: Page) {
  await page.getByRole("button", { name: "Practise my plan" }).click();
  await page.getByRole("button", { name: PRACTICE_WORDS.practiseWhatToDo }).click();
}

test.beforeEach(async ({ page }) => {
  await stubSpeech(page);
});

test("a step reads its questions and hints, and a label only with the child's answer", async ({ page }) => {
  await openChild(page);
  await step(page, "phone-999");
  await page.getByRole("button", { name: READ_ALOUD_WORDS.button }).click();
  const empty = await last(page);
  expect(empty).toContain("Do you know where the phone is?");
  expect(empty).toContain("Learn your address by heart with your grown-up.");
  expect(empty).not.toMatch(/My name is|I live at/);
  expect(empty).not.toMatch(/\.\s*\./);
  await page.locator("#p-child-my-name").fill("Sam");
  await page.locator("#p-child-my-address").fill("12 High Street");
  // Stop, then read again with the answers in.
  await page.getByRole("button", { name: READ_ALOUD_WORDS.stop }).click();
  await page.getByRole("button", { name: READ_ALOUD_WORDS.button }).click();
  expect(await last(page)).toContain("My name: Sam. My address: 12 High Street.");
});

test("practice reads the feedback on a choice at once, once the child has used Read aloud", async ({ page }) => {
  await openChild(page);
  await toScenarios(page);
  const scenario = childPractice.scenarios[0]!;
  const notSafe = scenario.choices.find((c) => !c.best)!;
  const safe = scenario.choices.find((c) => c.best)!;
  // Not yet: a child who reads is not talked over.
  await page.locator(".practice-choices button").nth(scenario.choices.indexOf(notSafe)).click();
  expect(await spokenOn(page)).toEqual([]);
  await page.getByRole("button", { name: READ_ALOUD_WORDS.button }).first().click();
  expect(await last(page)).toContain(scenario.question);
  await page.locator(".practice-choices button").nth(scenario.choices.indexOf(safe)).click();
  expect(await last(page)).toMatch(new RegExp(`^${PRACTICE_WORDS.safe}\\. Yes\\.`));
  expect(await last(page)).toContain("it is not your job to stop it");
  await page.locator(".practice-choices button").nth(scenario.choices.indexOf(notSafe)).click();
  const feedback = await last(page);
  expect(feedback.startsWith(`${PRACTICE_WORDS.notSafe}.`)).toBe(true);
  expect(feedback).toContain(notSafe.feedback.split(".")[0]!);
  expect(feedback).toContain(PRACTICE_WORDS.tryAgain);
});

test("the pretend call reads its opening, each part and the 55 box", async ({ page }) => {
  await openChild(page);
  await page.getByRole("button", { name: "Practise my plan" }).click();
  await page.getByRole("button", { name: PRACTICE_WORDS.practiseCall }).click();
  await page.getByRole("button", { name: READ_ALOUD_WORDS.button }).click();
  const opening = await last(page);
  expect(opening).toContain(PRACTICE_WORDS.pretend);
  for (const line of childPractice.call.intro) expect(opening).toContain(line);
  expect(opening).toContain(childPractice.call.steps[0]!.operator);
  while ((await page.getByRole("button", { name: PRACTICE_WORDS.finish }).count()) === 0)
    await page.getByRole("button", { name: PRACTICE_WORDS.next, exact: true }).click();
  const box = page.locator(".panel", { hasText: PRACTICE_WORDS.cannotTalk });
  await box.getByRole("button", { name: READ_ALOUD_WORDS.button }).click();
  const silent = await last(page);
  for (const line of childPractice.call.silentCall) expect(silent).toContain(line);
});

test("part 4 of the pretend call lets the child say what is happening first, then shows what their plan says", async ({
  page,
}) => {
  await openChild(page);
  await step(page, "phone-999");
  await page.locator("#p-child-what-is-happening").fill("my mum is being hurt");
  await page.locator("#p-child-my-name").fill("Sam");
  await page.getByRole("button", { name: "Practise my plan" }).click();
  await page.getByRole("button", { name: PRACTICE_WORDS.practiseCall }).click();
  for (let i = 0; i < 3; i++) await page.getByRole("button", { name: PRACTICE_WORDS.next, exact: true }).click();
  await expect(page.getByText("Part 4 of")).toBeVisible();
  // The child tries to say it first (issue: the pretend call filled it in before they had tried).
  await expect(page.locator("input.input-big")).toHaveValue("");
  await page.locator("input.input-big").fill("mum");
  await expect(page.locator(".call-plan-says")).toContainText("my mum is being hurt");
  // The other parts are as they were: part 5 starts empty.
  await page.getByRole("button", { name: PRACTICE_WORDS.next, exact: true }).click();
  await expect(page.locator("input.input-big")).toHaveValue("");
});

test("safe and not-safe choices differ by a word, an icon and a colour, never by colour alone", async ({ page }) => {
  await openChild(page);
  await toScenarios(page);
  const colours: Record<"safe" | "notSafe", Set<string>> = { safe: new Set(), notSafe: new Set() };
  for (const [i, scenario] of childPractice.scenarios.entries()) {
    const buttons = page.locator(".practice-choices button");
    // Before a choice, every choice looks the same.
    const before = await buttons.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
    expect(new Set(before).size, scenario.id).toBe(1);
    for (const [j, choice] of scenario.choices.entries()) {
      await buttons.nth(j).click();
      const pressed = page.locator(".practice-choices button[aria-pressed='true']");
      const verdict = choice.best ? PRACTICE_WORDS.safe : PRACTICE_WORDS.notSafe;
      await expect(pressed, choice.id).toHaveAccessibleName(new RegExp(`${verdict}$`, "i"));
      await expect(pressed.locator(`svg.picture-${choice.best ? "tick" : "try-again"}`)).toHaveCount(1);
      await expect(page.locator(".feedback")).toContainText(verdict);
      colours[choice.best ? "safe" : "notSafe"].add(
        await pressed.evaluate((el) => getComputedStyle(el).backgroundColor),
      );
      // No rewarding picture beside a choice that is not safe.
      if (!choice.best)
        for (const picture of REWARDING_PICTURES)
          await expect(buttons.nth(j).locator(`svg.picture-${picture}`), choice.id).toHaveCount(0);
    }
    if (i < childPractice.scenarios.length - 1)
      await page.getByRole("button", { name: PRACTICE_WORDS.next, exact: true }).click();
  }
  expect(colours.safe.size).toBe(1);
  expect(colours.notSafe.size).toBe(1);
  expect([...colours.safe][0]).not.toBe([...colours.notSafe][0]);
});

test("with only a voice that would send the words away, the adult is told Read aloud is not available", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await stubSpeech(page, { localService: false });
  await openChild(page);
  await expect(page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toBeVisible();
  await expect(page.getByRole("button", { name: READ_ALOUD_WORDS.button })).toHaveCount(0);
  await page.getByRole("button", { name: "Practise my plan" }).click();
  // Practice has no Read aloud either; the note was shown once already, on the plan.
  await expect(page.getByRole("heading", { level: 1, name: "Practise my plan" })).toBeVisible();
  await expect(page.getByRole("button", { name: READ_ALOUD_WORDS.button })).toHaveCount(0);
  await expect(page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toHaveCount(0);
  expect(await spokenOn(page)).toEqual([]);
  await context.close();
});

test("the young person's plan has Read aloud on its sections", async ({ page }) => {
  await page.goto("/plan/young-person/");
  await page.waitForSelector(".plan-editor[data-ready]");
  const section = youngPersonTemplate.sections.find((s) => s.id === "getting-out-of-the-way")!;
  await page.getByRole("button", { name: section.title, exact: true }).click();
  const body = page.locator(`#p-young-person-${section.id}`);
  await body.locator("#p-young-person-safe-room").fill("the spare room");
  await body.getByRole("button", { name: READ_ALOUD_WORDS.button }).click();
  const said = await last(page);
  expect(said.startsWith(section.title)).toBe(true);
  expect(said).toContain("My safe place at home: the spare room.");
  for (const q of section.questions) expect(said).toContain(q);
});

// A device whose voices never come (as in a browser with no speech voices): the page gives up
// after a second. The screen already showing then stays as it is, so nothing moves under a
// child's finger or pen; the note for the adult comes with the next screen instead.
test("when the page gives up waiting for a voice, the screen showing does not move; the note comes with the next", async ({
  page,
}) => {
  // Over beforeEach's engine with a voice: this one never has any.
  await stubSpeech(page, { voices: false });
  // The page's clock stands still from the start, so the second runs only when the test says.
  await page.clock.install({ time: new Date("2030-01-01T09:00:00") });
  await page.clock.pauseAt(new Date("2030-01-01T09:00:01"));
  await page.goto("/plan/child/");
  // The page needs a few of its own moments to be ready: give them, well short of the second.
  let given = 0;
  while (!(await page.locator(".plan-editor[data-ready]").count())) {
    expect(given, "ready before the page's wait for a voice ends").toBeLessThan(900);
    await page.clock.runFor(10);
    given += 10;
  }
  const help = page.locator(".step-help").first();
  const before = await help.boundingBox();
  await page.clock.runFor(2_000);
  await expect(page.getByRole("button", { name: READ_ALOUD_WORDS.button })).toHaveCount(0);
  await expect(page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toHaveCount(0);
  expect(await help.boundingBox()).toEqual(before);
  await page.clock.resume();
  await step(page, "phone-999");
  await expect(page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toBeVisible();
});

test("the child's plan is usable before it first asks the device for a voice", async ({ page }) => {
  // The first touch of the speech engine starts the browser's speech service: not while the
  // page is still starting (src/islands/child/ReadAloud.tsx). Noted at that first touch: was
  // the plan marked ready yet?
  await page.addInitScript(() => {
    const w = window as unknown as { readyWhenAsked?: boolean; speechSynthesis: { getVoices: () => unknown[] } };
    const ask = w.speechSynthesis.getVoices;
    w.speechSynthesis.getVoices = () => {
      w.readyWhenAsked ??= document.querySelector(".plan-editor[data-ready]") !== null;
      return ask();
    };
  });
  await openChild(page);
  await expect(page.getByRole("button", { name: READ_ALOUD_WORDS.button }).first()).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { readyWhenAsked?: boolean }).readyWhenAsked)).toBe(true);
});
