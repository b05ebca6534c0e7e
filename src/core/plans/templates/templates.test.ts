import { describe, expect, it } from "vitest";
import { allFields } from "../answers";
import { PLAN_KINDS, type Template, TemplateSchema } from "../template";
import { getTemplate, templates } from "./index";

const ALL = PLAN_KINDS.map((kind) => [kind, templates[kind]] as const);

/** Every string anywhere in a value (ids, labels, help, items…). */
function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

/** The only numbers a template may contain: 999, 55 (silent 999 call) and 141 (hide your number). */
const ALLOWED_NUMBERS = new Set(["999", "55", "141"]);

/**
 * Digit runs that could be phone numbers: three or more digits once spaces and dashes are removed
 * ("0808 2000 247", "0800-1111"). Small numbers such as "under 19" are not phone numbers.
 */
function phoneLikeNumbers(text: string): string[] {
  const runs = text.match(/\+?\d(?:[\d\s-]*\d)?/g) ?? [];
  return runs.map((run) => run.replace(/[\s+-]/g, "")).filter((n) => n.length >= 3 && !ALLOWED_NUMBERS.has(n));
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

function sectionIds(template: Template): string[] {
  return template.sections.map((section) => section.id);
}

describe("plan templates", () => {
  it.each(ALL)("%s parses with TemplateSchema", (_kind, template) => {
    const result = TemplateSchema.safeParse(template);
    const issues = result.success
      ? ""
      : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n");
    expect(result.success, issues).toBe(true);
  });

  it.each(ALL)("%s is registered under its own kind", (kind, template) => {
    expect(template.kind).toBe(kind);
    expect(getTemplate(kind)).toBe(template);
  });

  it.each(ALL)("%s has unique section ids and unique field ids", (_kind, template) => {
    expect(duplicates(sectionIds(template))).toEqual([]);
    expect(duplicates(allFields(template).map(({ field }) => field.id))).toEqual([]);
  });

  it.each(ALL)("%s has unique checklist item and choice ids", (_kind, template) => {
    const fields = allFields(template).map(({ field }) => field);
    const itemIds = fields.flatMap((field) => (field.items ?? []).map((item) => item.id));
    expect(duplicates(itemIds)).toEqual([]);
    for (const field of fields) {
      expect(duplicates((field.choices ?? []).map((choice) => choice.id)), field.id).toEqual([]);
    }
  });

  it.each(ALL)("%s gives every section some help", (_kind, template) => {
    for (const section of template.sections) {
      expect(section.help.length, section.id).toBeGreaterThan(0);
      for (const paragraph of section.help) expect(paragraph.trim(), section.id).not.toBe("");
    }
  });

  it.each(ALL)("%s uses the fields its field types need", (_kind, template) => {
    for (const { field } of allFields(template)) {
      if (field.type === "checklist") expect(field.items?.length ?? 0, field.id).toBeGreaterThan(0);
      else expect(field.items, field.id).toBeUndefined();
      if (field.type === "choices") expect(field.choices?.length ?? 0, field.id).toBeGreaterThan(1);
      else expect(field.choices, field.id).toBeUndefined();
      if (field.type === "agree") expect(field.agreeText, field.id).toBeDefined();
      else expect(field.agreeText, field.id).toBeUndefined();
    }
  });

  it.each([
    ["adult", templates.adult],
    ["young-person", templates["young-person"]],
  ] as const)("%s has at least one question to think about in every section", (_kind, template) => {
    for (const section of template.sections) {
      expect(section.questions.length, section.id).toBeGreaterThan(0);
    }
  });

  it("the phone-number check catches real numbers and allows 999, 55 and 141", () => {
    expect(phoneLikeNumbers("Call 0808 2000 247 or 0800-1111.")).toEqual(["08082000247", "08001111"]);
    expect(phoneLikeNumbers("Phone 999, press 55, or dial 141 first. Childline is for anyone under 19.")).toEqual([]);
  });

  it.each(ALL)("%s contains no phone numbers (they come from configuration)", (_kind, template) => {
    const found = allStrings(template).flatMap((text) => phoneLikeNumbers(text).map((n) => `${n} in "${text}"`));
    expect(found).toEqual([]);
  });

  it.each(ALL)("%s does not say 'abuse' in its titles", (_kind, template) => {
    const titles = [template.title, template.neutralTitle, ...template.sections.map((s) => s.title)];
    for (const title of titles) expect(title.toLowerCase(), title).not.toContain("abuse");
  });

  it.each(ALL)("%s has a bland neutral title", (_kind, template) => {
    for (const word of ["abuse", "safe", "safety", "violence", "leave", "escape", "plan"]) {
      expect(template.neutralTitle.toLowerCase(), template.neutralTitle).not.toContain(word);
    }
  });

  describe("adult", () => {
    const adult = templates.adult;
    const intro = adult.intro.join(" ");

    it("says plainly that a plan cannot guarantee safety, and that every question is optional", () => {
      expect(intro).toMatch(/cannot guarantee/i);
      expect(intro).toMatch(/lower the risk/i);
      expect(intro).toMatch(/every question is optional/i);
      expect(intro).toMatch(/skip/i);
      expect(intro).toMatch(/not your fault/i);
    });

    it("has the agreed sections in order", () => {
      expect(sectionIds(adult)).toEqual([
        "what-applies",
        "what-matters",
        "my-ideas",
        "right-now",
        "staying-safer-at-home",
        "getting-ready-to-leave",
        "after-leaving",
        "important-numbers",
        "review",
      ]);
    });

    it("works for someone who stays as well as someone who leaves", () => {
      const ids = allFields(adult).map(({ field }) => field.id);
      expect(ids).toEqual(expect.arrayContaining(["living-together", "if-i-stay", "if-i-have-left"]));
      expect(allStrings(adult).join(" ")).toMatch(/risk (often )?goes up around the time someone leaves/i);
    });

    it("limits places to go to four and asks for a review date", () => {
      const byId = new Map(allFields(adult).map(({ field }) => [field.id, field]));
      expect(byId.get("places-to-go")?.type).toBe("places");
      expect(byId.get("places-to-go")?.maxItems).toBe(4);
      expect(byId.get("review-date")?.type).toBe("reviewDate");
      expect(byId.get("review-date")?.hint).toBeDefined();
    });

    it("shows the numbers block only on the important-numbers section", () => {
      const withNumbers = adult.sections.filter((s) => s.showNumbers === true).map((s) => s.id);
      expect(withNumbers).toEqual(["important-numbers"]);
      const numbers = adult.sections.find((s) => s.id === "important-numbers");
      expect(numbers?.fields.map((f) => [f.id, f.type])).toEqual([["my-numbers", "people"]]);
    });

    it("mentions 999, 55 and 141 and the Sanctuary Scheme", () => {
      const text = allStrings(adult).join(" ");
      for (const needle of ["999", "55", "141", "Sanctuary Scheme"]) expect(text).toContain(needle);
    });

    it("has questions for a professional in every section", () => {
      for (const section of adult.sections) {
        expect(section.askQuestions?.length ?? 0, section.id).toBeGreaterThan(0);
      }
    });
  });

  describe("young person", () => {
    const yp = templates["young-person"];

    it("has the core statements to agree with", () => {
      const ids = allFields(yp).map(({ field }) => field.id);
      expect(ids).toEqual(
        expect.arrayContaining([
          "right-to-be-safe",
          "not-my-fault",
          "cannot-stop-it",
          "ok-to-break-rules",
          "get-out-of-the-way",
        ]),
      );
      const types = new Map(allFields(yp).map(({ field }) => [field.id, field.type]));
      for (const id of ["right-to-be-safe", "not-my-fault", "cannot-stop-it", "get-out-of-the-way"]) {
        expect(types.get(id), id).toBe("agree");
      }
      expect(types.get("safe-room-locks")).toBe("yesNo");
      expect(types.get("siblings-have-plan")).toBe("yesNo");
      expect(types.get("siblings-know-mine")).toBe("yesNo");
    });

    it("covers teenagers' own relationships and names Childline without a number", () => {
      expect(sectionIds(yp)).toContain("my-relationships");
      expect(allStrings(yp).join(" ")).toContain("Childline");
    });
  });

  describe("child", () => {
    const child = templates.child;
    const byId = new Map(allFields(child).map(({ field }) => [field.id, field]));

    it("has the steps of the child's plan, in order", () => {
      expect(sectionIds(child)).toEqual([
        "not-my-fault",
        "get-out-of-the-way",
        "safe-place",
        "phone-999",
        "who-else-can-help",
        "talk-later",
        "if-i-am-hurt",
        "feelings",
        "who-knows",
        "me",
        "our-names",
      ]);
    });

    it("starts with 'I can't stop it, and it is not my fault'", () => {
      const first = child.sections[0]?.fields[0];
      expect(first?.type).toBe("agree");
      expect(first?.label).toMatch(/can't stop it.*not my fault/i);
    });

    it("has a feelings step with a picture for every choice", () => {
      const feelings = byId.get("my-feelings");
      expect(feelings?.type).toBe("choices");
      const choices = feelings?.choices ?? [];
      expect(choices.map((c) => c.id)).toEqual(
        expect.arrayContaining(["happy", "sad", "scared", "angry", "worried", "calm", "confused"]),
      );
      for (const choice of choices) expect(choice.picture, choice.id).toBe(choice.id);
    });

    it("has a drawing, names and a date", () => {
      expect(byId.get("me-drawing")?.type).toBe("drawing");
      for (const id of ["child-name", "adult-name", "worker-name"]) expect(byId.get(id)?.type, id).toBe("shortText");
      expect(byId.get("plan-date")?.type).toBe("date");
    });

    it("tells the child to phone 999 only if it is safe, and about 55", () => {
      const step = child.sections.find((s) => s.id === "phone-999");
      const text = allStrings(step).join(" ");
      expect(text).toMatch(/if it is safe, phone 999/i);
      expect(text).toContain("55");
    });

    it("has questions for the adult or worker in every step", () => {
      for (const section of child.sections) {
        expect(section.askQuestions?.length ?? 0, section.id).toBeGreaterThan(0);
      }
    });
  });

  describe("checklist", () => {
    const checklist = templates.checklist;

    it("has the eight groups, each with exactly one checklist field", () => {
      expect(sectionIds(checklist)).toEqual([
        "documents",
        "money-and-cards",
        "keys",
        "medicine",
        "clothes",
        "childrens-things",
        "proof",
        "things-that-matter",
      ]);
      for (const section of checklist.sections) {
        expect(
          section.fields.map((f) => f.type),
          section.id,
        ).toEqual(["checklist"]);
        expect(section.questions.length, section.id).toBeGreaterThanOrEqual(1);
        expect(section.questions.length, section.id).toBeLessThanOrEqual(3);
      }
    });

    it("includes the key items from the guidance", () => {
      const itemIds = allFields(checklist).flatMap(({ field }) => (field.items ?? []).map((item) => item.id));
      expect(itemIds).toEqual(
        expect.arrayContaining([
          "passports",
          "birth-certificates",
          "benefit-papers",
          "bank-cards",
          "driving-licence",
          "tenancy-or-mortgage",
          "court-orders",
          "my-medicine",
          "favourite-toys",
          "school-things",
          "phone-and-charger",
          "address-book",
          "photos",
          "sentimental-items",
          "house-keys",
          "car-keys",
          "work-keys",
        ]),
      );
    });
  });
});
