import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { flatten } from "./parts";

/** Every Arabic sentence of the site, as one list of strings. */
function arabicTexts(): string[] {
  const all = flatten(CATALOGUES.ar as never) as Record<string, unknown>;
  return Object.values(all).flatMap((v) =>
    typeof v === "string" ? [v] : Array.isArray(v) ? (v as string[]) : Object.values(v as object),
  );
}

describe("Arabic wording", () => {
  it("uses one term for a support worker (docs/translations.md)", () => {
    const texts = arabicTexts();
    expect(texts.filter((t) => /عامل(ة)? الدعم|لعامل الدعم/.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes("مرشد الدعم"))).toBe(true);
  });
});
