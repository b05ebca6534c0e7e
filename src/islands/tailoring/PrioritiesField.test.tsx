// @vitest-environment jsdom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, it } from "vitest";
import { loadUiPart } from "../../core/i18n/runtime";
import type { PriorityAnswer } from "../../core/plans/schema";
import type { Field } from "../../core/plans/template";
import { PrioritiesField } from "./PrioritiesField";

const field: Field = {
  id: "priorities",
  type: "priorities",
  label: "What matters most, first",
  printLabel: "In order",
};
let root: HTMLElement;

beforeEach(async () => {
  await loadUiPart("tailoring");
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const show = (value: PriorityAnswer, onChange: (v: PriorityAnswer | undefined) => void = () => {}) =>
  act(() => render(<PrioritiesField field={field} value={value} onChange={onChange} idBase="p" />, root));
const button = (label: string) => {
  const found = root.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

// The plan's new order comes back through the store, which may render after the field's own
// status: focus must wait for it, or it lands on a button about to be disabled, and is lost.
it("after a move to the top, focus goes to the moved priority's other button once the new order shows", async () => {
  let asked: PriorityAnswer | undefined;
  await show({ order: ["own-safety", "children"], own: "" }, (v) => {
    asked = v;
  });
  const up = button("Move up: My children");
  up.focus();
  await act(() => up.click());
  // The status has rendered; the store has not answered yet.
  expect(asked?.order).toEqual(["children", "own-safety"]);
  await show(asked as PriorityAnswer);
  expect(document.activeElement).toBe(button("Move down: My children"));
});

const addButton = (id: string) => {
  const found = root.querySelector<HTMLButtonElement>(`button[data-add="${id}"]`);
  if (!found) throw new Error(`no "+" button for ${id}`);
  return found;
};

it("after adding a priority from the keyboard, focus goes to the '+' button that took its place", async () => {
  let asked: PriorityAnswer | undefined;
  await show({ order: [], own: "" }, (v) => {
    asked = v;
  });
  const add = addButton("children");
  add.focus();
  await act(() => add.click());
  await show(asked as PriorityAnswer);
  expect(asked?.order).toEqual(["children"]);
  expect(document.activeElement).toBe(addButton("money-home"));
  expect(root.querySelector('[role="status"]')?.textContent).toContain("My children");
});

it("after adding the last one left, focus goes to the added priority", async () => {
  let asked: PriorityAnswer | undefined;
  const all = ["own-safety", "children", "money-home", "partner-feelings", "own-words"] as const;
  await show({ order: [...all], own: "" }, (v) => {
    asked = v;
  });
  await act(() => addButton("privacy").click());
  await show(asked as PriorityAnswer);
  expect(document.activeElement?.closest("[data-priority]")?.getAttribute("data-priority")).toBe("privacy");
});

it("after adding 'something else', focus goes into the box for the person's own words", async () => {
  let asked: PriorityAnswer | undefined;
  await show({ order: ["own-safety"], own: "" }, (v) => {
    asked = v;
  });
  await act(() => addButton("own-words").click());
  await show(asked as PriorityAnswer);
  expect(document.activeElement?.tagName).toMatch(/^(INPUT|TEXTAREA)$/);
  expect(document.activeElement?.id).toMatch(/-own$/);
});

it("after removing a priority, focus follows it back to its '+' button", async () => {
  let asked: PriorityAnswer | undefined;
  await show({ order: ["own-safety", "children"], own: "" }, (v) => {
    asked = v;
  });
  await act(() => button("Take out: My children").click());
  await show(asked as PriorityAnswer);
  expect(asked?.order).toEqual(["own-safety"]);
  expect(document.activeElement).toBe(addButton("children"));
});
