import { describe, expect, it, vi } from "vitest";
import { fetchEach } from "./fetch-each";

describe("fetchEach", () => {
  const loader = () => vi.fn(() => Promise.resolve(1));

  it("starts every loader", () => {
    const loads = [loader(), loader()];
    fetchEach(loads, () => true);
    for (const load of loads) expect(load).toHaveBeenCalledTimes(1);
  });

  it("fetches nothing offline", () => {
    const load = loader();
    fetchEach([load], () => false);
    expect(load).not.toHaveBeenCalled();
  });

  it("lets a failed fetch go without an unhandled rejection, and starts the others", async () => {
    const failing = vi.fn(() => Promise.reject(new Error("offline")));
    const throwing = vi.fn((): Promise<unknown> => {
      throw new Error("at once");
    });
    const load = loader();
    fetchEach([failing, throwing, load], () => true);
    await Promise.resolve();
    expect(failing).toHaveBeenCalled();
    expect(load).toHaveBeenCalled();
  });
});
