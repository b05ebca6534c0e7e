import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPaths } from "./check-headers.mjs";

const run = promisify(execFile);

/** A tiny built site: three pages and the headers the build wrote for them. */
const out = mkdtempSync(join(tmpdir(), "check-headers-"));
mkdirSync(join(out, "help"));
mkdirSync(join(out, "deleted"));
writeFileSync(join(out, "index.html"), "<title>Home</title>");
writeFileSync(join(out, "help", "index.html"), "<title>Help</title>");
writeFileSync(join(out, "deleted", "index.html"), "<title>Deleted</title>");
const CSP = "default-src 'self'; script-src 'self' 'sha256-NEW='";
writeFileSync(
  join(out, "_headers"),
  `/*\n  Content-Security-Policy: ${CSP}\n  Referrer-Policy: no-referrer\n/deleted/\n  Clear-Site-Data: "storage"\n`,
);

/** A "host" whose headers the test sets: first the build's, then a stale policy. */
let served: Record<string, string> = {};
/** Pages the host does not have (its folder is older than the build, or a part was not uploaded). */
let notServed = new Set<string>();
/** What the host adds on /deleted/ alone. */
let servedOnDeleted: Record<string, string> = { "Clear-Site-Data": '"storage"' };
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    const missing = req.url === "/a-page-that-does-not-exist/" || notServed.has(req.url ?? "");
    const own = req.url === "/deleted/" ? servedOnDeleted : {};
    res.writeHead(missing ? 404 : 200, { ...served, ...own }).end("ok");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function checkHeaders(args = ["--out", out], env: NodeJS.ProcessEnv = process.env) {
  try {
    const { stdout, stderr } = await run(process.execPath, ["scripts/check-headers.mjs", base, ...args], { env });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const failure = e as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe("npm run check-headers", () => {
  it("lists the pages of a build", () => {
    expect(builtPaths(out)).toEqual(["/", "/deleted/", "/help/"]);
  });

  it("passes a site that sends exactly the build's headers", async () => {
    served = { "Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer" };
    const { code, output } = await checkHeaders();
    expect(output).toContain("all 4 pages send the headers of");
    expect(code).toBe(0);
  });

  it("finds the build the same way as the build does, without --out", async () => {
    served = { "Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer" };
    const { code, output } = await checkHeaders([], { ...process.env, SITE_OUT: out });
    expect(output).toContain(`all 4 pages send the headers of ${out}`);
    expect(code).toBe(0);
  });

  it("fails a site with a stale policy or a missing header, naming each", async () => {
    served = { "Content-Security-Policy": "default-src 'self'; script-src 'self' 'sha256-OLD='" };
    const { code, output } = await checkHeaders();
    expect(code).toBe(1);
    expect(output).toContain("different: Content-Security-Policy: script-src lacks 'sha256-NEW='");
    expect(output).toContain('missing: Referrer-Policy (the build sends "no-referrer")');
    expect(output).toContain("on every page");
    expect(output).toContain("2 header problems");
  });

  it("fails when a page of the build is not on the site, naming it, even with the right headers", async () => {
    served = { "Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer" };
    notServed = new Set(["/help/"]);
    const { code, output } = await checkHeaders();
    notServed = new Set();
    expect(code).toBe(1);
    expect(output).toContain("/help/: not found (404), though the build has it");
    expect(output).not.toContain("all 3 pages");
  });

  it("fails a site that leaves Clear-Site-Data off the deleted page, or sends it on another", async () => {
    served = { "Content-Security-Policy": CSP, "Referrer-Policy": "no-referrer" };
    servedOnDeleted = {};
    const missing = await checkHeaders();
    expect(missing.code).toBe(1);
    expect(missing.output).toContain('missing: Clear-Site-Data (the build sends ""storage"")');
    expect(missing.output).toContain("on /deleted/");
    served = { ...served, "Clear-Site-Data": '"storage"' };
    servedOnDeleted = { "Clear-Site-Data": '"storage"' };
    const everywhere = await checkHeaders();
    expect(everywhere.code).toBe(1);
    expect(everywhere.output).toContain("extra: Clear-Site-Data");
    expect(everywhere.output).toContain("on /, /help/, /a-page-that-does-not-exist/");
    served = {};
  });

  it("says how to use it without a web address", async () => {
    const { code, output } = await run(process.execPath, ["scripts/check-headers.mjs"]).then(
      () => ({ code: 0, output: "" }),
      (e: { code: number; stderr: string }) => ({ code: e.code, output: e.stderr }),
    );
    expect(code).toBe(2);
    expect(output).toContain("Usage: npm run check-headers -- https://your.site/");
  });
});
