// @vitest-environment jsdom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { ui } from "../../core/i18n/en/ui";
import { pageMessagesFor } from "../../core/i18n/page-messages";
import { setPageMessages } from "../../core/i18n/runtime";
import { UI_PARTS } from "../../core/i18n/ui-parts";
import { NoticeLine } from "./NoticeLine";

let root: HTMLElement;
beforeEach(() => {
  // As a plan page is at first: only the words its first screen shows.
  setPageMessages(pageMessagesFor("en"));
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  setPageMessages({ lang: "en", ui, parts: UI_PARTS, overrides: {} });
});

it("a notice of the workspace's own shows once its words have loaded, whole, as a status", async () => {
  await act(() => render(<NoticeLine notice={{ key: "lockedElsewhere" }} />, root));
  await vi.waitFor(() =>
    expect(root.querySelector("[role=status]")?.textContent).toBe("It was locked in another tab."),
  );
});

it("a notice in words already made shows at once, with an OK that puts it away", async () => {
  const dismiss = vi.fn();
  await act(() => render(<NoticeLine notice={{ text: "Nothing has changed." }} onDismiss={dismiss} />, root));
  expect(root.querySelector("[role=status]")?.textContent).toBe("Nothing has changed. OK");
  await act(() => root.querySelector("button")?.click());
  expect(dismiss).toHaveBeenCalledOnce();
});
