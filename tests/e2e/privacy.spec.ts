import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareHeaders, pageHeaders, parseHeadersFile } from "../../scripts/headers.mjs";
import { RECEIVE_PATH } from "../../src/core/handover/path";
import { SOURCE_LANG, splitLangPath } from "../../src/core/i18n/languages";
import {
  builtPages,
  siteConfig as config,
  distDir as dist,
  EXIT_URL,
  expect,
  inLayoutLanguage,
  layoutLanguages,
  offeredLanguages,
  test,
  waitForIslands,
} from "./fixtures";

/**
 * The crawl, one test per page, so each stays within its timeout: the page and what it loads
 * send no request to another origin, and every link inside the site leads to a page of the build
 * (so following every link reaches no page that is not crawled here), and links to other sites
 * send no referrer. Every page in English and the first right-to-left language: the other
 * languages' pages run the same code and load the same files with their own words, and each of
 * their pages is checked as built for the same addresses and links (tests/built/pages.test.ts).
 */
const pages = builtPages();
const built = new Set(pages);
for (const path of pages.filter(inLayoutLanguage)) {
  test(`crawl: ${path} sends no request to another origin, and its links stay inside the build`, async ({
    page,
    offSite,
    baseURL,
    request,
  }) => {
    const origin = new URL(baseURL ?? "").origin;
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Let islands hydrate and anything they load start, then collect links.
    await waitForIslands(page);
    await page.waitForLoadState("networkidle");
    const links = await page.$$eval("a[href]", (as) => as.map((a) => (a as HTMLAnchorElement).href));
    const inside = [...new Set(links.map((href) => new URL(href)).filter((url) => url.origin === origin))];
    for (const url of inside.filter((u) => !built.has(u.pathname))) {
      // Not a page: a file of the build, which must be there.
      expect((await request.get(url.pathname)).status(), `${path} links to ${url.pathname}`).toBe(200);
    }
    // Links to other sites open only on click, with no referrer; nothing is prefetched or
    // preloaded from elsewhere.
    const external = await page.$$eval("a[href^='http']", (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute("rel") ?? "" })),
    );
    for (const link of external.filter((l) => !l.href.startsWith(origin))) {
      expect(link.rel.split(" "), `${path} ${link.href}`).toContain("noreferrer");
    }
    const hints = await page.$$eval("link[rel]", (ls) => ls.map((l) => (l as HTMLLinkElement).href));
    expect(
      hints.filter((h) => h && !h.startsWith(origin)),
      path,
    ).toEqual([]);
    const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:"));
    expect(foreign, path).toEqual([]);
    expect(offSite, path).toEqual([]);
  });
}

test("the crawl covers every page of English and of the first right-to-left language offered; the build has every page in every language", () => {
  const english = pages.filter((p) => splitLangPath(p).lang === SOURCE_LANG);
  expect(english.length).toBeGreaterThan(5);
  for (const lang of offeredLanguages)
    expect(pages.filter((p) => splitLangPath(p).lang === lang).length, lang).toBe(english.length);
  const crawled = pages.filter(inLayoutLanguage);
  expect(crawled.length).toBe(english.length * layoutLanguages.length);
});

test("every response carries the privacy headers", async ({ request }) => {
  for (const path of builtPages()) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    // Only the receiving page may use the camera (to read the codes of a hand-over to a phone).
    const camera = splitLangPath(path).path === RECEIVE_PATH ? "camera=(self)" : "camera=()";
    expect(headers["permissions-policy"], path).toContain(camera);
    expect(headers["permissions-policy"], path).toContain("microphone=()");
    expect(headers["permissions-policy"]?.match(/camera=/g), path).toHaveLength(1);
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'none'");
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("connect-src 'none'");
    expect(csp, path).not.toContain("unsafe-inline");
    expect(csp, path).not.toContain("unsafe-eval");
    expect(csp, path).not.toContain("wasm-unsafe-eval");
  }
});

test("every response carries exactly the build's headers (as check-headers would see them)", async ({ request }) => {
  const text = readFileSync(join(dist, "_headers"), "utf8");
  const build = parseHeadersFile(text);
  expect(build.length).toBeGreaterThan(5);
  for (const path of [...builtPages(), "/a-page-that-does-not-exist/"]) {
    const response = await request.get(path);
    // The page's own block in place of a general header of the same name (the receiving page's camera).
    expect(
      compareHeaders(pageHeaders(text, path), (name) => response.headers()[name.toLowerCase()] ?? null),
      path,
    ).toEqual([]);
    // Clear-Site-Data only where "Delete everything" lands: anywhere else it would delete a saved plan.
    const clears = response.headers()["clear-site-data"] !== undefined;
    expect(clears, path).toBe(/^\/([a-z]{2}\/)?deleted\/$/.test(path));
  }
});

test("every page has a meta CSP with hashed scripts and no unsafe-inline", async ({ request }) => {
  for (const path of builtPages()) {
    const html = await (await request.get(path)).text();
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(meta, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
    expect(meta, path).not.toContain("unsafe-inline");
    // No inline event handlers or style attributes, which the CSP would block anyway.
    expect(html, path).not.toMatch(/\son[a-z]+="/i);
    expect(html, path).not.toMatch(/\sstyle="/i);
  }
});

/** Identifiers that look like URLs but are never fetched (XML namespaces in SVG and Preact). */
const NAMESPACES = new Set([
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/XML/1998/namespace",
]);

test("the built output refers to no other origin, except the exit and services' own sites", () => {
  const allowed = new Set([EXIT_URL, ...(config.localServices ?? []).flatMap((s) => (s.website ? [s.website] : []))]);
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) =>
    /\.(html|js|css|svg|json)$/.test(f),
  );
  expect(files.length).toBeGreaterThan(5);
  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(join(dist, file), "utf8");
    for (const [url] of text.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`<>)]*/gi)) {
      const clean = url.replace(/[.,;]+$/, "");
      if (NAMESPACES.has(clean) || allowed.has(clean)) continue;
      found.push(`${file}: ${clean}`);
    }
  }
  expect(found).toEqual([]);
});

test("every phone link dials a verified national number or one of the organisation's services", () => {
  const verified = JSON.parse(
    readFileSync(new URL("../../src/core/config/verified-numbers.json", import.meta.url), "utf8"),
  ) as { numbers: Array<{ phone: string }> };
  const allowed = new Set(
    [...verified.numbers.map((n) => n.phone), ...(config.localServices ?? []).map((s) => s.phone)].map(
      (phone) => `tel:${phone.replace(/[^0-9+]/g, "")}`,
    ),
  );
  const files = readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((f) => /\.(html|js)$/.test(f));
  const dialled = files.flatMap((file) =>
    [...readFileSync(join(dist, file), "utf8").matchAll(/tel:\+?[0-9]+/g)].map((m) => ({ file, href: m[0] })),
  );
  expect(dialled.length).toBeGreaterThan(5);
  expect(dialled.filter((d) => !allowed.has(d.href))).toEqual([]);
});
