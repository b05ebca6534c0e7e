// @vitest-environment jsdom
import { render } from "preact";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { ui } from "../../core/i18n/en/ui";
import { setPageMessages } from "../../core/i18n/runtime";
import { UI_PARTS } from "../../core/i18n/ui-parts";
import { withHeldEffects } from "./held-effects";
import { Lazy, loaded } from "./Lazy";

let root: HTMLElement;
const settled = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
beforeEach(() => {
  setPageMessages({ lang: "en", ui, parts: UI_PARTS, overrides: {} });
  root = document.createElement("div");
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

it("says a part could not load (a connection lost), so the person can try again", async () => {
  const load = () => Promise.reject(new Error("offline"));
  await act(() => render(<Lazy load={load} render={() => <p>shown</p>} />, root));
  await vi.waitFor(() => expect(root.querySelector("[role=alert]")?.textContent).toMatch(/could not load/));
});

it("shows nothing for a decorative part that could not load, not a warning in its place", async () => {
  const load = vi.fn(() => Promise.reject(new Error("offline")));
  await act(() => render(<Lazy load={load} render={() => <p>shown</p>} failedView={null} />, root));
  await vi.waitFor(() => expect(load).toHaveBeenCalled());
  await act(settled);
  expect(root.innerHTML).toBe("");
});

it("renders a module the page bundled at its first render, without asking for it", () => {
  const load = vi.fn(() => Promise.resolve({ word: "bundled" }));
  loaded.set(load, { word: "bundled" });
  // No act(): the first render alone, as hydration's, must already show it.
  withHeldEffects(() => {
    render(<Lazy load={load} render={(m) => <p>{m.word}</p>} fallback={<p>waiting</p>} />, root);
    expect(root.innerHTML).toBe("<p>bundled</p>");
  });
  expect(load).not.toHaveBeenCalled();
});
