import type { Page } from "@playwright/test";
import { LANGUAGE_INFO, localPath } from "../../src/core/i18n/languages";
import type { Template } from "../../src/core/plans/template";
import { adultTemplate, checklistTemplate, childTemplate, youngPersonTemplate } from "../../src/core/plans/templates";
import { NEUTRAL_DOCUMENT_TITLE } from "../../src/core/print/title";
import { NORMAL_WORDS } from "../../src/core/print/wording";
import { expect, expectNoAxeViolations, offeredLanguages, siteConfig, test } from "./fixtures";
import { fillEveryField, openAllSections, printed, printoutsReady } from "./plan-helpers";
import { emptyPages, type Printout, printAs, printCalls, revealing, stubPrintDialog } from "./print-helpers";
import { addPlan } from "./session-helpers";

/** Local services named in the configuration give the paper away as much as national ones. */
const LOCAL_NAMES = (siteConfig as unknown as { localServices?: { name: string }[] }).localServices?.map((s) => s.name);

/** Neutral answers, so that only the site's own words are tested. */
const neutral = (_field: unknown, i: number) => `Item ${i + 1}`;

const PLANS: Array<[string, Template]> = [
  ["/plan/adult/", adultTemplate],
  ["/checklist/", checklistTemplate],
  ["/plan/young-person/", youngPersonTemplate],
];
const FORMATS = ["A4", "Letter"] as const;

function expectPaper(printout: Printout, format: (typeof FORMATS)[number]) {
  expect(printout.size.toLowerCase()).toContain(format.toLowerCase());
  expect(emptyPages(printout), "empty pages").toEqual([]);
}

async function chooseDiscreet(page: Page) {
  await page
    .getByLabel(/Discreet printout/)
    .first()
    .check();
}

test.beforeEach(async ({ page }) => {
  await stubPrintDialog(page);
});

const ABOUT_ME = new Set(["situation", "priorities"]);

for (const [path, template] of PLANS) {
  test(`${path}: a discreet printout says nothing about what it is for, on A4 and Letter`, async ({ page }) => {
    await page.goto(path);
    const typed = await fillEveryField(page, template, neutral);
    await chooseDiscreet(page);
    const pageTitle = await page.title();
    for (const format of FORMATS) {
      const printout = await printAs(page, format);
      expect(revealing(printout, LOCAL_NAMES ?? []), `${format}: revealing words`).toEqual([]);
      expect(printout.title, "the name a saved PDF is offered").toBe(NEUTRAL_DOCUMENT_TITLE);
      expect(printout.text).toContain(template.neutralTitle);
      for (const answer of typed) expect(printed(printout, answer), answer).toBe(true);
      expectPaper(printout, format);
    }
    // The tab's own title comes back after printing.
    expect(await page.title()).toBe(pageTitle);
  });

  test(`${path}: the normal printout keeps the plan's own words, on A4 and Letter`, async ({ page }) => {
    await page.goto(path);
    await fillEveryField(page, template, neutral);
    for (const format of FORMATS) {
      const printout = await printAs(page, format);
      expect(printout.text).toContain(template.title);
      // "What applies to me" and "what matters most" print only when the person asks (aboutMe).
      for (const section of template.sections)
        expect(printed(printout, section.title), section.id).toBe(!section.fields.every((f) => ABOUT_ME.has(f.type)));
      expect(printout.title).toBe(await page.title());
      expectPaper(printout, format);
    }
  });
}

test("the adult's normal printout still names the helpline and ends with the closing line", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  const normal = await printAs(page);
  expect(normal.text).toContain("National Domestic Abuse Helpline");
  expect(printed(normal, NORMAL_WORDS.closing ?? "")).toBe(true);
  expect(revealing(normal)).not.toEqual([]);
});

test("on paper each service's name has a line of its own, its number and hours beneath it, in every language", async ({
  page,
}) => {
  for (const lang of offeredLanguages) {
    const { dir } = LANGUAGE_INFO[lang];
    await page.goto(localPath(lang, "/plan/adult/"));
    await page.waitForSelector(".plan-editor[data-ready]");
    await printoutsReady(page);
    await page.emulateMedia({ media: "print" });
    const services = await page.locator(".print-view .numbers li").evaluateAll((items) =>
      items.map((li) => {
        const box = (el: Element | null | undefined) => {
          const r = el?.getClientRects()[0];
          return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null;
        };
        return {
          text: (li.textContent ?? "").trim(),
          name: box(li.querySelector(":scope > strong")),
          number: box(li.querySelector(".tel")),
          hours: box(li.querySelector(".numbers-note")),
        };
      }),
    );
    await page.emulateMedia({ media: "screen" });
    expect(services.length, lang).toBeGreaterThan(1);
    for (const { text, name, number, hours } of services) {
      const where = `${lang}: "${text}"`;
      expect(name && number, `${where}: a name and a number`).toBeTruthy();
      if (!name || !number) continue;
      expect
        .soft(name.bottom, `${where}: the name is on a line of its own, above the number`)
        .toBeLessThanOrEqual(number.top + 1);
      if (!hours) continue;
      // The hours follow the number on its line: to its right, or to its left in Arabic.
      expect
        .soft(hours.top < number.bottom && hours.bottom > number.top, `${where}: hours beside the number`)
        .toBe(true);
      if (dir === "rtl")
        expect.soft(hours.right, `${where}: hours after the number`).toBeLessThanOrEqual(number.left + 1);
      else expect.soft(hours.left, `${where}: hours after the number`).toBeGreaterThanOrEqual(number.right - 1);
    }
  }
});

test("a discreet printout shows service numbers without their names, or with the person's own labels", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await chooseDiscreet(page);
  await expectNoAxeViolations(page, "discreet printing with labels for numbers, at 360px");
  const without = await printAs(page);
  expect(without.text).toContain("0808 2000 247");
  expect(without.text).not.toContain("Helpline");
  await page.getByLabel(/National Domestic Abuse Helpline.*0808 2000 247/).fill("Aunt Jo");
  const labelled = await printAs(page);
  expect(labelled.text).toMatch(/Aunt Jo\s+0808 2000 247/);
  expect(revealing(labelled)).toEqual([]);
});

test("the Print button prints a discreet printout under a neutral title, and the choice is never stored", async ({
  page,
}) => {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await chooseDiscreet(page);
  await page.getByLabel(/0808 2000 247/).fill("Aunt Jo");
  await page.getByRole("button", { name: "Print", exact: true }).click();
  await expect.poll(() => printCalls(page)).toBe(1);
  // What the print dialog sees: beforeprint, then afterprint.
  const titleAfter = (event: "beforeprint" | "afterprint") =>
    page.evaluate((name) => {
      dispatchEvent(new Event(name));
      return document.title;
    }, event);
  expect(await titleAfter("beforeprint")).toBe(NEUTRAL_DOCUMENT_TITLE);
  expect(await titleAfter("afterprint")).not.toBe(NEUTRAL_DOCUMENT_TITLE);
  const stored = await page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: Object.keys(localStorage),
    session: Object.entries(sessionStorage).map(([k, v]) => `${k}=${v}`),
    cookies: document.cookie,
  }));
  expect(stored.databases).toEqual([]);
  expect(stored.local).toEqual([]);
  expect(stored.cookies).toBe("");
  expect(stored.session.join(" ")).not.toMatch(/Aunt Jo|discreet/i);
  // A reload forgets it.
  await page.reload();
  await page.waitForSelector(".plan-editor[data-ready]");
  await expect(page.getByLabel(/Discreet printout/)).not.toBeChecked();
});

/** What an empty plan's paper must show: its title and every section, with lines to write on. */
function expectWholeEmptyPlan(printout: Printout, template: Template, when: string) {
  expect(printout.text, `${when}: the title`).toContain(template.title);
  for (const section of template.sections)
    expect(printed(printout, section.title), `${when}: ${section.id}`).toBe(
      !section.fields.every((f) => ABOUT_ME.has(f.type)),
    );
  expect(emptyPages(printout), `${when}: empty pages`).toEqual([]);
}

// Printing from the browser's menu (or `chromium --headless --print-to-pdf`) presses no key in
// the page: the paper must still be the plan, an empty one included (people fill it in by pen).
for (const [path, template] of PLANS) {
  test(`${path}: printing from the browser's menu with no key pressed prints the whole plan, at once and after the page is ready`, async ({
    page,
  }) => {
    await page.goto(path);
    expectWholeEmptyPlan(await printAs(page, "A4", true), template, "right after load");
    await page.waitForSelector(".plan-editor[data-ready]");
    expectWholeEmptyPlan(await printAs(page, "A4", true), template, "once ready");
  });
}

test("/plan/child/: printing from the browser's menu with no key pressed prints the card of numbers", async ({
  page,
}) => {
  await page.goto("/plan/child/");
  for (const when of ["right after load", "once ready"]) {
    if (when === "once ready") await page.waitForSelector(".plan-editor[data-ready]");
    const card = await printAs(page, "A4", true);
    expect(card.pages, when).toBe(1);
    for (const wanted of [NORMAL_WORDS.cardTitle, "999", "0800 1111", "Childline"])
      expect(printed(card, wanted), `${when}: ${wanted}`).toBe(true);
  }
});

test("in a session, a plan just opened prints whole from the browser's menu, with no key pressed since", async ({
  page,
}) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: adultTemplate.title })).toBeVisible();
  expectWholeEmptyPlan(await printAs(page, "A4", true), adultTemplate, "session");
});

/** Opens the adult's plan, then another plan from a link in one of its sections, inside the page. */
async function moveFromAdultsPlan(page: Page, section: string, link: string, title: string) {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".workspace[data-ready]");
  await page.locator(`#p-adult-${section} > summary`).click();
  await page.getByRole("link", { name: link }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

// The card of numbers comes with the young person's and the child's pages; elsewhere it loads
// before their plan shows (src/islands/workspace/loaders.ts), so the paper is never without it.
test("moving from the adult's plan to a child's, the card prints from the browser's menu as soon as the plan shows", async ({
  page,
}) => {
  await moveFromAdultsPlan(page, "staying-safer-at-home", "Make a simple plan with a child", childTemplate.title);
  const card = await printAs(page, "A4", true);
  for (const wanted of [NORMAL_WORDS.cardTitle, "999"]) expect(printed(card, wanted), wanted).toBe(true);
});

test("moving from the adult's plan to the list, the list's words print from the browser's menu as soon as it shows", async ({
  page,
}) => {
  await moveFromAdultsPlan(page, "getting-ready-to-leave", "Make a list of things to take", checklistTemplate.title);
  // Its column headings and status words come with the list, not with the adult's page.
  const list = await printAs(page, "A4", true);
  for (const wanted of ["Item", "Status", "Where, or with whom"]) expect(printed(list, wanted), wanted).toBe(true);
  expect(list.text).not.toContain("editor.");
  await openAllSections(page);
  await page.locator("#p-checklist-documents-list-passports-status").selectOption("packed");
  expect(printed(await printAs(page, "A4", true), "Packed")).toBe(true);
});

test("in a session, a young person's plan just added prints its card of numbers", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await addPlan(page, "Young person's plan", "JP");
  await page.getByRole("button", { name: "Print my phone numbers" }).click();
  const card = await printAs(page, "A4", true);
  for (const wanted of [NORMAL_WORDS.cardTitle, "999", "0800 1111"]) expect(printed(card, wanted), wanted).toBe(true);
});

test("in a session, the discreet choice is made once for every plan, and no screen control prints", async ({
  page,
}) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  const normal = await printAs(page);
  for (const control of ["Back to the household", "Adult's plan", "Session running", "Hide questions to ask"])
    expect(printed(normal, control), control).toBe(false);
  expect(emptyPages(normal)).toEqual([]);
  await chooseDiscreet(page);
  await page.getByRole("button", { name: "Back to the household" }).click();
  await page.getByRole("button", { name: /^Open Things to take/ }).click();
  await expect(page.getByLabel(/Discreet printout/)).toBeChecked();
  await fillEveryField(page, checklistTemplate, neutral);
  for (const format of FORMATS) {
    const printout = await printAs(page, format);
    expect(revealing(printout), format).toEqual([]);
    expect(printout.title).toBe(NEUTRAL_DOCUMENT_TITLE);
    expect(printed(printout, "Back to the household")).toBe(false);
    expectPaper(printout, format);
  }
});

async function childWithPeople(page: Page, people: number) {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: /^Step 5:/ }).click();
  for (let i = 0; i < people; i++) {
    if (i > 0) await page.locator("#p-child-help-from-add").click();
    await page.locator(`#p-child-help-from-${i}-0`).fill(`Person ${i + 1}`);
    await page.locator(`#p-child-help-from-${i}-1`).fill(`07700 900${String(100 + i)}`);
  }
}

test("the child's card is one page of big numbers with pictures, on A4 and Letter, normal and discreet", async ({
  page,
}) => {
  await childWithPeople(page, 2);
  await page.getByRole("button", { name: "Print my phone numbers" }).click();
  for (const discreet of [false, true]) {
    if (discreet) await chooseDiscreet(page);
    for (const format of FORMATS) {
      const card = await printAs(page, format);
      expect(card.pages, `${format}, discreet ${discreet}`).toBe(1);
      expectPaper(card, format);
      for (const wanted of ["999", "0800 1111", "Person 1", "07700 900100", "Person 2", "07700 900101"])
        expect(printed(card, wanted), wanted).toBe(true);
      expect(card.title).toBe(NEUTRAL_DOCUMENT_TITLE);
      if (discreet) expect(revealing(card)).toEqual([]);
      else expect(card.text).toContain("Childline");
    }
  }
  // A picture beside every number, and the numbers in big type.
  const card = page.locator(".phone-card").first();
  await page.emulateMedia({ media: "print" });
  const rows = card.locator("li");
  expect(await rows.count()).toBe(5);
  for (const row of await rows.all()) await expect(row.locator("svg.picture")).toHaveCount(1);
  const size = await card
    .locator(".phone-card-number")
    .first()
    .evaluate((el) => getComputedStyle(el).fontSize);
  expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(24);
  // A6 (148 × 105 mm, on its side), with a dashed line to cut along.
  const box = await card.evaluate((el) => {
    const s = getComputedStyle(el);
    return { w: el.getBoundingClientRect().width, h: el.getBoundingClientRect().height, border: s.borderTopStyle };
  });
  expect(Math.round((box.w / 96) * 25.4)).toBe(148);
  expect(Math.round((box.h / 96) * 25.4)).toBe(105);
  expect(box.border).toBe("dashed");
  await page.emulateMedia({ media: "screen" });
});

test("on the child's card, six numbers share the two columns three and three, names big enough to read", async ({
  page,
}) => {
  await childWithPeople(page, 3);
  await page.getByRole("button", { name: "Print my phone numbers" }).click();
  await page.emulateMedia({ media: "print" });
  const card = page.locator(".phone-card").first();
  const lefts = await card
    .locator("li")
    .evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().left)));
  expect(lefts).toHaveLength(6);
  const columns = [...new Set(lefts)];
  expect(columns).toHaveLength(2);
  expect(columns.map((x) => lefts.filter((l) => l === x).length)).toEqual([3, 3]);
  const name = await card
    .locator(".phone-card-name")
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(name).toBeGreaterThanOrEqual(16); // 12 pt
  await page.emulateMedia({ media: "screen" });
});

test("a child with many people still gets one page of cards", async ({ page }) => {
  await childWithPeople(page, 14);
  await page.getByRole("button", { name: "Print my phone numbers" }).click();
  for (const format of FORMATS) {
    const card = await printAs(page, format);
    expect(card.pages, format).toBe(1);
    for (let i = 1; i <= 14; i++) expect(card.text, `Person ${i}`).toContain(`Person ${i}`);
  }
});
