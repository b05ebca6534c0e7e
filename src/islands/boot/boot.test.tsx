// @vitest-environment jsdom
import { useEffect, useState } from "preact/hooks";
import { afterEach, expect, it, vi } from "vitest";
import { boot, HYDRATED_ATTR } from "./boot";

function Counter(props: { label: string; start: number }) {
  const [n, setN] = useState(props.start);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {props.label} {n}
    </button>
  );
}

afterEach(() => {
  document.body.innerHTML = "";
  vi.restoreAllMocks();
});

it("takes over the built markup as it is, with the props beside it, and marks it", async () => {
  document.body.innerHTML =
    '<div data-island="counter" class="island"><button type="button">Count 2</button></div>' +
    '<script type="application/json" data-island="counter">{"label":"Count","start":2}</script>';
  const built = document.querySelector("button");
  boot("counter", Counter);
  const root = document.querySelector('div[data-island="counter"]');
  expect(root?.hasAttribute(HYDRATED_ATTR)).toBe(true);
  // The same element, not a new one: focus and what was on screen stay put.
  expect(document.querySelector("button")).toBe(built);
  built?.click();
  await vi.waitFor(() => expect(document.querySelector("button")?.textContent).toBe("Count 3"));
});

it("says which island did not start when its props are missing", () => {
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  document.body.innerHTML = '<div data-island="counter" class="island"><button type="button">Count 2</button></div>';
  boot("counter", Counter);
  expect(error).toHaveBeenCalledWith(expect.stringContaining('Island "counter": no props'));
  expect(document.querySelector("[data-island]")?.hasAttribute(HYDRATED_ATTR)).toBe(false);
});

function Effects(props: { seen: string[] }) {
  const [n, setN] = useState(0);
  useEffect(() => {
    props.seen.push(`effect ${n}`);
  }, [n]);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {n}
    </button>
  );
}

it("runs the first render's effects as soon as it has hydrated, without waiting for a frame", async () => {
  document.body.innerHTML =
    '<div data-island="fx" class="island"><button type="button">0</button></div>' +
    '<script type="application/json" data-island="fx">{}</script>';
  const frame = vi.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0);
  const seen: string[] = [];
  boot("fx", (props: object) => <Effects {...props} seen={seen} />);
  await Promise.resolve();
  expect(seen).toEqual(["effect 0"]);
  expect(frame).not.toHaveBeenCalled();
});

it("leaves later renders' effects to run after the next frame, as Preact does", async () => {
  document.body.innerHTML =
    '<div data-island="fx" class="island"><button type="button">0</button></div>' +
    '<script type="application/json" data-island="fx">{}</script>';
  const seen: string[] = [];
  boot("fx", (props: object) => <Effects {...props} seen={seen} />);
  await vi.waitFor(() => expect(seen).toEqual(["effect 0"]));
  const frame = vi.spyOn(window, "requestAnimationFrame").mockImplementation(() => 0);
  document.querySelector("button")?.click();
  await vi.waitFor(() => expect(document.querySelector("button")?.textContent).toBe("1"));
  expect(frame).toHaveBeenCalled();
});
