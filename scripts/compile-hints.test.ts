import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, HINT_MIN_BYTES, hintFirstScreenFiles, withCompileHint } from "./compile-hints.mjs";

describe("the compile hint", () => {
  it("goes at the very start of the file, where Chromium looks for it", () => {
    expect(withCompileHint("const a=1;")).toBe(`${COMPILE_HINT}const a=1;`);
    expect(COMPILE_HINT).toBe("//# allFunctionsCalledOnLoad\n");
  });

  it("is given once, however often the build asks", () => {
    expect(withCompileHint(withCompileHint("x()"))).toBe(`${COMPILE_HINT}x()`);
  });
});

describe("first-screen files given the hint", () => {
  let out = "";
  const big = "export function f(){return 1}\n".repeat(Math.ceil(HINT_MIN_BYTES / 30) + 1);
  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), "hints-"));
    writeFileSync(join(out, "first.js"), big);
    writeFileSync(join(out, "small.js"), "export const s=1;");
    writeFileSync(join(out, "later.js"), big);
  });
  afterEach(() => rmSync(out, { recursive: true, force: true }));
  const read = (name: string) => readFileSync(join(out, name), "utf8");

  it("are the larger files a page loads as it starts, each once", async () => {
    expect(await hintFirstScreenFiles(out, ["/first.js", "/small.js", "/first.js"])).toBe(1);
    expect(read("first.js")).toBe(COMPILE_HINT + big);
    // Compiled in a moment on the main thread: not worth the comment's bytes.
    expect(read("small.js")).toBe("export const s=1;");
  });

  it("leave what loads later alone", async () => {
    await hintFirstScreenFiles(out, ["/first.js"]);
    expect(read("later.js")).toBe(big);
  });

  it("are not given it twice by a second pass", async () => {
    await hintFirstScreenFiles(out, ["/first.js"]);
    expect(await hintFirstScreenFiles(out, ["/first.js"])).toBe(0);
    expect(read("first.js")).toBe(COMPILE_HINT + big);
  });
});
