import { type ComponentType, h, hydrate, options } from "preact";
import { whileHydrating } from "./hydrating";

/** The attribute on the element an island was built into, and on the script holding its props. */
export const ISLAND_ATTR = "data-island";
/** Set on an island's element once its code is running (tests and styles wait for it). */
export const HYDRATED_ATTR = "data-hydrated";

/**
 * Brings an island built into the page to life: its props come from the JSON the build wrote
 * beside it (IslandRoot.astro), and Preact takes over the built markup as it is. Not Astro's
 * `client:load`: its loader serves every kind of island and directive, and cost each page with a
 * plan about 2.3 KB of code and an escaped props attribute it then walked to revive types this
 * site never passes (docs/architecture.md, "How an island starts"). A module script runs once
 * the page is parsed, so both elements are there.
 */
export function boot<P>(name: string, Component: ComponentType<P>): void {
  const root = document.querySelector(`[${ISLAND_ATTR}="${name}"]:not(script)`);
  const json = document.querySelector(`script[${ISLAND_ATTR}="${name}"]`)?.textContent;
  // A page built without one of the two would sit there with buttons that do nothing: say so.
  if (!root || json == null) {
    console.error(`Island "${name}": no ${root ? "props" : "element"} in the page, so it did not start.`);
    return;
  }
  withEffectsAtOnce(() =>
    whileHydrating(() => hydrate(h(Component as ComponentType<object>, JSON.parse(json) as object), root)),
  );
  root.setAttribute(HYDRATED_ATTR, "");
}

/**
 * Runs `render` with the effects it schedules run as soon as it is done (a microtask), rather
 * than after the next frame (Preact's default: a requestAnimationFrame, then a timeout).
 * Hydration takes over markup that is already on the screen, so there is no new frame to wait
 * for before the island's effects (its storage, tabs and timers) make it fully working: on a
 * phone's slow CPU the wait was a frame of the whole page, 25 to 90 ms, before the page was
 * usable (docs/benchmarks.md, 2026-12-07). Later renders keep Preact's default, so typing still
 * paints before its effects run.
 */
function withEffectsAtOnce(render: () => void): void {
  options.requestAnimationFrame = (run) => queueMicrotask(run);
  render();
  // Nothing else sets it (a hydration that throws leaves a broken island either way).
  delete options.requestAnimationFrame;
}
