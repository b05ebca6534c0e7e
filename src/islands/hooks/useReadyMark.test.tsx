// @vitest-environment jsdom
import { render } from "preact";
import { afterEach, expect, it, vi } from "vitest";
import { READY_MARK, useReadyMark } from "./useReadyMark";

function Panel() {
  const mark = useReadyMark<HTMLDivElement>();
  return <div class="panel" ref={mark.ref} data-ready={mark.ready} />;
}

afterEach(() => {
  render(null, document.body);
  performance.clearMarks();
});

it("marks the element ready and puts the moment on the page's timeline, named by its class", async () => {
  render(<Panel />, document.body);
  await vi.waitFor(() => expect(document.querySelector(".panel")?.hasAttribute("data-ready")).toBe(true));
  const marks = performance.getEntriesByName(READY_MARK) as PerformanceMark[];
  expect(marks.map((m) => m.detail)).toEqual(["panel"]);
});
