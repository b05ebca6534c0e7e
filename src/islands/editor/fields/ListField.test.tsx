// @vitest-environment jsdom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, it } from "vitest";
import type { Person } from "../../../core/plans/schema";
import type { Field } from "../../../core/plans/template";
import { ListField } from "./ListField";

const field: Field = { id: "people", type: "people", label: "People to call", printLabel: "People" };
let root: HTMLElement;
let value: Person[] | undefined;

beforeEach(() => {
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The field as the store renders it: each change comes back as the next value. */
const show = () =>
  act(() =>
    render(
      <ListField
        field={field}
        value={value}
        onChange={(next) => {
          value = next as Person[] | undefined;
          void show();
        }}
        idBase="p"
      />,
      root,
    ),
  );
const buttons = (text: string) =>
  Array.from(root.querySelectorAll<HTMLButtonElement>("button")).filter((b) => b.textContent?.startsWith(text));
const names = () => Array.from(root.querySelectorAll<HTMLInputElement>('input[id$="-0"]')).map((i) => i.value);

it("puts a removed person back where they were, name and number, with one press of Undo", async () => {
  value = [
    { name: "Nan", phone: "07700 900123", role: "Comes to get me" },
    { name: "Mrs Patel", phone: "", role: "" },
  ];
  await show();
  await act(() => buttons("Remove")[0]?.click());
  expect(names()).toEqual(["Mrs Patel"]);
  expect(root.querySelector('[role="status"]')?.textContent).toContain("Removed: Nan.");
  await act(() => buttons("Undo")[0]?.click());
  expect(value).toEqual([
    { name: "Nan", phone: "07700 900123", role: "Comes to get me" },
    { name: "Mrs Patel", phone: "", role: "" },
  ]);
  expect(buttons("Undo")).toHaveLength(0);
});

it("offers no Undo for an entry that held nothing", async () => {
  value = [
    { name: "Nan", phone: "", role: "" },
    { name: "", phone: "", role: "" },
  ];
  await show();
  await act(() => buttons("Remove")[1]?.click());
  expect(names()).toEqual(["Nan"]);
  expect(buttons("Undo")).toHaveLength(0);
  expect(root.querySelector('[role="status"]')?.textContent).toBe("");
});
