// @vitest-environment jsdom
import { render } from "preact";
import { useState } from "preact/hooks";
import { afterEach, expect, it, vi } from "vitest";
import { withHeldEffects } from "../hooks/held-effects";
import { AsBuilt } from "./AsBuilt";
import { boot } from "./boot";

// A page as built: the paper says what it said at build time, which the island would now say otherwise.
function Page(props: { text: string }) {
  const [text, setText] = useState(props.text);
  return (
    <div>
      <button type="button" onClick={() => setText("typed")}>
        Type
      </button>
      <AsBuilt class="print-area" data-target="full">
        <p class="paper">{text}</p>
      </AsBuilt>
    </div>
  );
}
const BUILT =
  '<div data-island="page"><div><button type="button">Type</button><div class="print-area" data-target="full"><p class="paper">built</p></div></div></div>' +
  '<script type="application/json" data-island="page">{"text":"live"}</script>';
const paper = () => document.querySelector(".paper");

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = "";
});

it("keeps the built paper as it is while the island hydrates, and renders it for real when the page is idle", async () => {
  document.body.innerHTML = BUILT;
  const built = paper();
  boot("page", Page);
  // Not walked by hydration: the same element, with the built words.
  expect(paper()).toBe(built);
  expect(paper()?.textContent).toBe("built");
  await vi.waitFor(() => expect(paper()?.textContent).toBe("live"));
  expect(document.querySelector(".print-area")?.getAttribute("data-target")).toBe("full");
});

it("renders the paper for real as printing starts", async () => {
  document.body.innerHTML = BUILT;
  boot("page", Page);
  expect(paper()?.textContent).toBe("built");
  window.dispatchEvent(new Event("beforeprint"));
  // Before the browser lays out the paper: the render runs in the microtasks after the event.
  await Promise.resolve();
  expect(paper()?.textContent).toBe("live");
});

it("renders the paper for real at once when anything changes before then", async () => {
  document.body.innerHTML = BUILT;
  boot("page", Page);
  document.querySelector("button")?.click();
  await vi.waitFor(() => expect(paper()?.textContent).toBe("typed"));
});

it("renders the paper at once where nothing was built (a plan opened inside the page)", () => {
  withHeldEffects(() => {
    render(<Page text="opened" />, document.body);
    expect(paper()?.textContent).toBe("opened");
  });
});
