import { expect, it } from "vitest";
import type { Section } from "../../core/plans/template";
import { progressText } from "./SectionView";

const field = (id: string) => ({ id, type: "longText" as const, label: id, printLabel: id });
const section = (ids: string[]) => ({ id: "s", title: "S", fields: ids.map(field) }) as unknown as Section;

it("a section of one question says it is answered, not '1 of 1 answered' (which read as one tick of five)", () => {
  expect(progressText(section(["a"]), ["words"])).toBe("Answered");
});

it("a section of several questions counts them", () => {
  expect(progressText(section(["a", "b", "c"]), ["words", undefined, "more"])).toBe("2 of 3 answered");
  expect(progressText(section(["a", "b"]), [undefined, undefined])).toBe("Not started");
});
