import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogue";
import type { UiMessages } from "../i18n/keys";
import { LANGUAGES, type Lang } from "../i18n/languages";
import { setPageMessages } from "../i18n/runtime";
import { UI_PARTS } from "../i18n/ui-parts";
import { createPlanStore } from "../plans/store";
import { findRevealing } from "../print/revealing";
import { countText, describePlans, describeUnsaved, pathForView, titleForView, viewForUrl } from "./views";

const speak = (lang: Lang) =>
  setPageMessages({ lang, ui: CATALOGUES[lang].ui as UiMessages, parts: UI_PARTS, overrides: {} });
afterEach(() => speak("en"));

const at = (path: string) => new URL(path, "https://example.test");

describe("workspace views", () => {
  it("today's addresses open the right plan", () => {
    expect(viewForUrl(at("/plan/adult/"))).toEqual({ kind: "adult" });
    expect(viewForUrl(at("/checklist/"))).toEqual({ kind: "checklist" });
    expect(viewForUrl(at("/plan/child/practice/"))).toEqual({ kind: "child", practice: true });
    expect(viewForUrl(at("/plan/young-person/#plan-abc123"))).toEqual({ kind: "young-person", planId: "abc123" });
    expect(viewForUrl(at("/help/"))).toBeNull();
    expect(viewForUrl(at("/"))).toBeNull();
  });

  it("every view has an address that opens it again", () => {
    for (const view of [
      { kind: "adult" },
      { kind: "child", practice: true },
      { kind: "child", planId: "ab12" },
    ] as const)
      expect(viewForUrl(at(pathForView(view)))).toEqual(view);
  });

  it("tab titles stay neutral", () => {
    for (const kind of ["adult", "checklist", "child", "young-person"] as const)
      expect(titleForView({ kind })).not.toMatch(/safe|abuse|leav/i);
  });

  it("Welsh and Arabic addresses open the same plans", () => {
    for (const lang of ["cy", "ar"] as const) {
      expect(viewForUrl(at(`/${lang}/plan/adult/`))).toEqual({ kind: "adult" });
      expect(viewForUrl(at(`/${lang}/checklist/`))).toEqual({ kind: "checklist" });
      expect(viewForUrl(at(`/${lang}/plan/child/practice/`))).toEqual({ kind: "child", practice: true });
      expect(viewForUrl(at(`/${lang}/plan/young-person/#plan-abc123`))).toEqual({
        kind: "young-person",
        planId: "abc123",
      });
      expect(viewForUrl(at(`/${lang}/help/`))).toBeNull();
      expect(viewForUrl(at(`/${lang}/`))).toBeNull();
    }
    expect(viewForUrl(at("/fr/plan/adult/"))).toBeNull();
  });

  it("a page takes only its own language's addresses as its plans", () => {
    expect(viewForUrl(at("/cy/plan/adult/"), "cy")).toEqual({ kind: "adult" });
    expect(viewForUrl(at("/plan/adult/"), "cy")).toBeNull();
    expect(viewForUrl(at("/cy/plan/adult/"), "en")).toBeNull();
    expect(viewForUrl(at("/ar/checklist/"), "ar")).toEqual({ kind: "checklist" });
  });

  it("addresses keep the page's language", () => {
    expect(pathForView({ kind: "adult" })).toBe("/plan/adult/");
    expect(pathForView({ kind: "child", practice: true }, "cy")).toBe("/cy/plan/child/practice/");
    expect(pathForView({ kind: "child", planId: "ab12" }, "ar")).toBe("/ar/plan/child/#plan-ab12");
    speak("cy");
    expect(pathForView({ kind: "checklist" })).toBe("/cy/checklist/");
    speak("ar");
    expect(pathForView({ kind: "young-person" })).toBe("/ar/plan/young-person/");
    for (const lang of LANGUAGES)
      for (const view of [
        { kind: "adult" },
        { kind: "child", practice: true },
        { kind: "child", planId: "ab12" },
      ] as const)
        expect(viewForUrl(at(pathForView(view, lang)), lang)).toEqual(view);
  });

  it("tab titles stay neutral in every language, from the page's words or the islands'", () => {
    for (const lang of LANGUAGES) {
      const ui = CATALOGUES[lang].ui;
      for (const view of [{ kind: "adult" }, { kind: "checklist" }, { kind: "child", practice: true }] as const) {
        const title = titleForView(view, (key) => String(ui[key]));
        expect(findRevealing(title, [], lang), `${lang}: ${title}`).toEqual([]);
        speak(lang);
        expect(titleForView(view)).toBe(title);
      }
    }
    expect(titleForView({ kind: "adult" }, (key) => String(CATALOGUES.cy.ui[key]))).toBe("Fy nghynllun");
    expect(titleForView({ kind: "adult" }, (key) => String(CATALOGUES.ar.ui[key]))).toBe("خطتي");
  });

  it("says what a household file holds", () => {
    const s = createPlanStore();
    s.ensure("adult");
    s.ensure("checklist");
    s.add("child", "AB");
    s.add("child", "CD");
    expect(describePlans(s.bundle().plans)).toBe("an adult's plan, things to take and 2 children's plans");
    expect(describePlans([])).toBe("no plans");
  });

  it("says what leaving would clear, with the number of answers", () => {
    const s = createPlanStore();
    const a = s.ensure("adult");
    s.change(a.id, "worries", "x");
    s.change(a.id, "code-word", "y");
    const c = s.add("child", "AB");
    s.change(c.id, "my-name", "z");
    expect(describeUnsaved(s.bundle().plans)).toBe("My safety plan (2 answers), Child's plan (AB) (1 answer)");
    speak("cy");
    expect(describeUnsaved(s.bundle().plans)).toBe("Fy nghynllun diogelwch (2 ateb), Cynllun plentyn (AB) (1 ateb)");
    speak("ar");
    expect(describeUnsaved(s.bundle().plans)).toBe("خطة الأمان الخاصة بي (إجابتان)، خطة الطفل (AB) (إجابة واحدة)");
  });

  it("says what it counts: things decided on the list, not the list's groups", () => {
    const s = createPlanStore();
    const c = s.ensure("checklist");
    s.change(c.id, "documents", {
      items: { passport: { status: "packed" }, "birth-certificate": { status: "need-to-get" }, bank: { note: "x" } },
      custom: [{ id: "c1", label: "Charger", status: "packed" }],
      removed: [],
    });
    s.change(c.id, "keys-list", { items: { "house-keys": { status: "with-someone" } }, custom: [], removed: [] });
    const plan = s.bundle().plans[0];
    if (!plan) throw new Error("no plan");
    // Two groups hold four decided things (a note alone decides nothing).
    expect(countText(plan)).toBe("4 things decided");
    expect(describeUnsaved([plan])).toBe("Things to take (4 things decided)");
    speak("cy");
    expect(countText(plan)).toBe("4 peth wedi'u penderfynu");
    speak("ar");
    expect(countText(plan)).toBe("4 أشياء محسومة");
    const a = s.ensure("adult");
    speak("en");
    expect(countText(s.plan(a.id) ?? plan)).toBe("");
  });

  it("names a review date as what would be lost when a plan has no answers", () => {
    const s = createPlanStore();
    const a = s.ensure("adult");
    s.update(a.id, { reviewDate: "2027-09-01" });
    expect(describeUnsaved(s.bundle().plans)).toBe("My safety plan (a review date)");
    speak("cy");
    expect(describeUnsaved(s.bundle().plans)).toBe("Fy nghynllun diogelwch (dyddiad adolygu)");
    speak("ar");
    expect(describeUnsaved(s.bundle().plans)).toBe("خطة الأمان الخاصة بي (موعد مراجعة)");
  });

  it("says what a file holds in Welsh and Arabic", () => {
    const s = createPlanStore();
    s.ensure("adult");
    s.ensure("checklist");
    s.add("child", "AB");
    s.add("child", "CD");
    speak("cy");
    expect(describePlans(s.bundle().plans)).toBe("cynllun i oedolyn, pethau i fynd gyda chi a 2 gynllun i blant");
    speak("ar");
    expect(describePlans(s.bundle().plans)).toBe("خطة لشخص بالغ، أشياء تأخذها معك وخطتان لطفلين");
  });
});
