// @ts-check
import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
import { build } from "esbuild";
import { chromiumArgs, chromiumPath } from "../chromium.mjs";

export async function launch() {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Starts scripts/serve.mjs (the build, or `dir`) on a free-ish port (BENCH_PORT, so benches can run side by side) and resolves once it answers. */
export async function serve(port = Number(process.env.BENCH_PORT) || 4398, dir = "") {
  const child = spawn(process.execPath, ["scripts/serve.mjs", ...(dir ? [dir] : [])], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      if (String(d).includes("Serving")) resolve(undefined);
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { base: `http://localhost:${port}`, stop: () => child.kill() };
}

/**
 * A blank page of the site's own origin (a secure context, as WebCrypto needs), served by
 * Playwright's router, not the site, with one of scripts/bench/*-entry.ts bundled into it.
 * @param {import("@playwright/test").Browser} browser @param {string} base @param {string} entry
 */
export async function benchPage(browser, base, entry) {
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    minify: true,
  });
  const page = await browser.newPage();
  await page.route(`${base}/__bench__/`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>bench</title><p>bench</p>" }),
  );
  await page.goto(`${base}/__bench__/`);
  await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? "" });
  return page;
}

export { median } from "./median.mjs";
