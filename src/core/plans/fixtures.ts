import { EMPTY_CHECKLIST } from "./answers";
import { SCHEMA_VERSION } from "./constants";
import type { Answer, Bundle, Plan } from "./schema";
import type { Field, PlanKind, Template } from "./template";
import { getTemplate } from "./templates";

/** Sample data for tests and benchmarks: every field of a template answered. */
const FIXED_TIME = "2026-01-15T10:00:00.000Z";

export function sampleAnswer(field: Field, n = 1): Answer | undefined {
  switch (field.type) {
    case "shortText":
      return `Short answer ${n} for ${field.id}`;
    case "longText":
      return `A longer answer for ${field.id}.\nIt has a second line, with some detail about what to do and when (${n}).`;
    case "people":
      return [
        { name: `Sam ${n}`, phone: "07700 900123", role: "Will call the police if they hear shouting" },
        { name: "Aunt Jo", phone: "01632 960001", role: "Can keep a bag for me" },
      ];
    case "places":
      return [
        { name: "My sister's flat", note: "Bus 12, about 20 minutes" },
        { name: "The library", note: "Open until 7pm" },
      ].slice(0, field.maxItems ?? 2);
    case "yesNo":
      return "yes";
    case "agree":
      return true;
    case "date":
      return "2026-03-01";
    case "reviewDate":
      return undefined;
    case "choices":
      return (field.choices ?? []).slice(0, 2).map((c) => c.id);
    case "checklist": {
      const items = field.items ?? [];
      return {
        ...EMPTY_CHECKLIST,
        items: Object.fromEntries(
          items.map((item, i) => [
            item.id,
            {
              status: (["packed", "with-someone", "need-to-get", "not-needed"] as const)[i % 4],
              note: `With Jo (${i})`,
            },
          ]),
        ),
        custom: [{ id: "custom-1", label: "My own item", status: "packed", note: "In the blue bag" }],
        removed: [],
      };
    }
    case "drawing":
      return undefined;
    case "situation":
      return { picked: ["pets", "partner-visa", "child-5-11"], declined: ["honour"] };
    case "priorities":
      return { order: ["children", "own-safety", "own-words"], own: `Keeping my job (${n})` };
    case "strategies":
      return {
        kept: [
          { id: "pet-fostering", note: `Ask Jo about Rex (${n})` },
          { id: "abuse-concession", note: "" },
        ],
        dropped: ["pet-papers"],
        own: [{ id: "own-1", title: "Spare key at work", note: "In my locker" }],
      };
  }
}

export function filledPlan(template: Template, id = `fixture-${template.kind}`, label?: string): Plan {
  const answers: Record<string, Answer> = {};
  for (const section of template.sections) {
    for (const field of section.fields) {
      const a = sampleAnswer(field);
      if (a !== undefined) answers[field.id] = a;
    }
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    kind: template.kind,
    createdAt: FIXED_TIME,
    updatedAt: FIXED_TIME,
    reviewDate: "2026-04-15",
    answers,
    ...(label ? { label } : {}),
  };
}

export function filledPlanOf(kind: PlanKind, id?: string, label?: string): Plan {
  return filledPlan(getTemplate(kind), id, label);
}

/** One adult plan, three children's plans and a checklist: the household used by the bench. */
export function householdBundle(): Bundle {
  return {
    schemaVersion: SCHEMA_VERSION,
    plans: [
      filledPlanOf("adult", "fixture-adult"),
      filledPlanOf("checklist", "fixture-checklist"),
      filledPlanOf("young-person", "fixture-yp-1", "AB"),
      filledPlanOf("child", "fixture-child-1", "CD"),
      filledPlanOf("child", "fixture-child-2", "EF"),
    ],
  };
}

/** A bundle in the first prototype's format (schema version 0), for migration tests. */
export const LEGACY_V0_BUNDLE = {
  plans: [
    {
      id: "legacy-plan-1",
      type: "adult",
      fields: { worries: "Written in the prototype", "code-word": "bluebird" },
      created: Date.UTC(2025, 5, 1),
      updated: Date.UTC(2025, 5, 2),
    },
  ],
};
