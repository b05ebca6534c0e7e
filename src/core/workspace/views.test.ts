import { describe, expect, it } from "vitest";
import { createPlanStore } from "../plans/store";
import { describePlans, describeUnsaved, pathForView, titleForView, viewForUrl } from "./views";

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
  });
});
