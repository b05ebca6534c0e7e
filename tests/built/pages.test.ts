import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { COMPILE_HINT, HINT_MIN_BYTES } from "../../scripts/compile-hints.mjs";
import {
  LANGUAGE_INFO,
  LANGUAGES,
  type Lang,
  localPath,
  SOURCE_LANG,
  splitLangPath,
} from "../../src/core/i18n/languages";
import { englishChecker } from "./english";
import { builtPages, config, distDir, EXIT_URL, pageDocument, pageHtml, rawConfig } from "./site";

/**
 * What every page says in its HTML, before any script runs, checked for every language of the
 * list (LANGUAGES) in milliseconds, so a new language costs seconds here rather than minutes in
 * a browser: its language and direction, links to its twins, the exit first in the Tab order
 * with its address and words, headings, landmarks and labels, the same Tab stops as its English
 * twin (so the browser's walk through every link in English holds for it), no English left
 * behind, and nothing that would reach another origin. Layout, colour, scripts and real input
 * stay in the browser (tests/e2e/, docs/testing.md).
 */

const pages = builtPages();
const english = pages.filter((p) => splitLangPath(p).lang === SOURCE_LANG);
const { word, englishIn } = englishChecker(config.messages);
const pagesIn = (lang: Lang) => pages.filter((p) => splitLangPath(p).lang === lang);

/** The scripts other than Latin that a language may be written in. */
const SCRIPTS = ["Arabic", "Gurmukhi", "Devanagari", "Cyrillic", "Greek", "Hebrew", "Bengali"].map((name) => ({
  name,
  letters: new RegExp(`\\p{Script=${name}}{2,}`, "u"),
  all: new RegExp(`\\p{Script=${name}}`, "gu"),
}));
/** A language's own script (by most letters of its page words), or undefined for Latin. */
function scriptOf(lang: Lang) {
  const sample = String(word(lang, "layout.languages")) + String(word(lang, "quickExit.label"));
  const counts = SCRIPTS.map((s) => sample.match(s.all)?.length ?? 0);
  const most = Math.max(...counts);
  return most > 0 ? SCRIPTS[counts.indexOf(most)] : undefined;
}

test("the test site offers every language of the list, each with every page, and no other page", () => {
  expect(config.languages).toEqual(LANGUAGES);
  expect(english.length).toBeGreaterThan(5);
  expect(pages).toEqual(LANGUAGES.flatMap((lang) => english.map((p) => localPath(lang, p))).sort());
});

/**
 * What a keyboard can reach, in the order Tab reaches it: the document's order, since no element
 * may take a positive tabindex (checked below). Hidden by CSS is the browser's to judge
 * (tests/e2e/keyboard.spec.ts walks every page in English).
 */
const FOCUSABLE = "a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable='true']";
function tabStops(doc: Document): Element[] {
  return Array.from(doc.body.querySelectorAll(FOCUSABLE)).filter(
    (el) =>
      el.getAttribute("tabindex") !== "-1" &&
      !el.hasAttribute("disabled") &&
      !(el.tagName === "INPUT" && el.getAttribute("type") === "hidden") &&
      !el.closest("[hidden], [inert], template"),
  );
}

/** A Tab stop as the same in every language: its element and where it leads, without the language. */
function stopShape(el: Element): string {
  if (el.hasAttribute("data-twin")) return "a language link";
  const href = el.getAttribute("href");
  const plain = href?.startsWith("/") ? splitLangPath(href).path : href;
  return [el.tagName.toLowerCase(), el.getAttribute("type") ?? "", el.id, plain ?? ""].join(" ");
}

/**
 * What a person can read: the title, the text (each piece of text apart, as the page shows it,
 * leaving out scripts and what is marked translate="no", names), and the title, aria-label, alt
 * and placeholder of every element. Lower case, one space between words. The built page holds
 * every section of a plan, open or not, so this reads more than a browser's first screen.
 */
function readableText(doc: Document): string {
  const skip = (node: Node) => node.parentElement?.closest('script, style, template, [translate="no"]') !== null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!skip(node)) texts.push(node.nodeValue ?? "");
  const attributes = Array.from(doc.body.querySelectorAll("[title], [aria-label], [alt], [placeholder]"))
    .filter((el) => !el.closest('[translate="no"]'))
    .flatMap((el) => ["title", "aria-label", "alt", "placeholder"].map((a) => el.getAttribute(a) ?? ""));
  return [doc.title, texts.join(" "), ...attributes]
    .join("\n")
    .replace(/\s+/g, " ")
    .replace(/ ([,.;:!?])/g, "$1")
    .toLowerCase();
}

/** Has an accessible name from a label, aria-label or aria-labelledby. */
function labelled(doc: Document, el: Element): boolean {
  if (el.getAttribute("aria-label")?.trim()) return true;
  const by = el.getAttribute("aria-labelledby");
  if (by?.split(/\s+/).some((id) => doc.getElementById(id)?.textContent?.trim())) return true;
  if (el.closest("label")?.textContent?.trim()) return true;
  return (
    el.id !== "" && Array.from(doc.querySelectorAll("label")).some((l) => l.htmlFor === el.id && l.textContent?.trim())
  );
}

/** Identifiers that look like URLs but are never fetched (XML namespaces). */
const NAMESPACES = /^http:\/\/www\.w3\.org\//;
/** The only addresses on another site a page may carry: the exit and the organisation's services' own sites. */
const allowedElsewhere = new Set([
  EXIT_URL,
  ...(rawConfig.localServices ?? []).flatMap((s) => (s.website ? [s.website] : [])),
]);

describe.each(LANGUAGES)("pages in %s, as built", (lang) => {
  const info = LANGUAGE_INFO[lang];
  const twins = config.languages.filter((l) => l !== lang);

  test.each(pagesIn(lang))(
    `%s: lang ${info.htmlLang}, dir ${info.dir}, linked to its twins by their own names`,
    (path) => {
      const doc = pageDocument(path);
      const { path: plain } = splitLangPath(path);
      expect(doc.documentElement.getAttribute("lang"), path).toBe(info.htmlLang);
      expect(doc.documentElement.getAttribute("dir"), path).toBe(info.dir);
      const navs = Array.from(doc.querySelectorAll("nav")).filter(
        (n) => n.getAttribute("aria-label") === word(lang, "layout.languages"),
      );
      expect(navs, `${path}: one navigation named "${word(lang, "layout.languages")}"`).toHaveLength(1);
      const links = Array.from(navs[0]?.querySelectorAll("a") ?? []);
      expect(
        links.map((a) => a.textContent?.trim()),
        path,
      ).toEqual(twins.map((l) => LANGUAGE_INFO[l].name));
      for (const other of twins) {
        const theirs = LANGUAGE_INFO[other];
        const link = links.find((a) => a.textContent?.trim() === theirs.name);
        expect(link?.getAttribute("href"), `${path}: link to ${theirs.englishName}`).toBe(localPath(other, plain));
        expect(link?.getAttribute("lang"), `${path}: link to ${theirs.englishName}`).toBe(theirs.htmlLang);
        const alternate = doc.head.querySelector(`link[rel="alternate"][hreflang="${theirs.htmlLang}"]`);
        expect(alternate?.getAttribute("href"), `${path}: alternate ${theirs.htmlLang}`).toBe(localPath(other, plain));
      }
    },
  );

  test.each(pagesIn(lang))(
    "%s: the exit is the first Tab stop, to the exit address, in the page's words; the skip link the second",
    (path) => {
      const doc = pageDocument(path);
      const positive = Array.from(doc.querySelectorAll("[tabindex]")).filter(
        (el) => Number(el.getAttribute("tabindex")) > 0,
      );
      expect(
        positive.map((el) => el.outerHTML.slice(0, 80)),
        `${path}: a positive tabindex reorders Tab`,
      ).toEqual([]);
      const [first, second] = tabStops(doc);
      expect(first?.hasAttribute("data-quick-exit"), `${path}: the first Tab stop is the exit`).toBe(true);
      expect(first?.getAttribute("href"), path).toBe(EXIT_URL);
      expect(first?.getAttribute("rel")?.split(" "), path).toEqual(expect.arrayContaining(["nofollow", "noreferrer"]));
      expect(first?.textContent?.trim(), `${path}: the exit's words`).toBe(word(lang, "quickExit.label"));
      expect(first?.hasAttribute("aria-label"), `${path}: the exit is named by its words`).toBe(false);
      expect(second?.classList.contains("skip-link"), `${path}: the second Tab stop is the skip link`).toBe(true);
      expect(second?.textContent?.trim(), path).toBe(word(lang, "layout.skipLink"));
      const target = second?.getAttribute("href") ?? "";
      expect(target.startsWith("#") && doc.getElementById(target.slice(1))?.tagName, `${path}: skips to main`).toBe(
        "MAIN",
      );
    },
  );

  test.each(pagesIn(lang))("%s: one h1, one main, named navigation, every field labelled", (path) => {
    const doc = pageDocument(path);
    // The printout has its own title, shown only on paper.
    const h1 = Array.from(doc.querySelectorAll("h1")).filter((el) => !el.closest(".print-view"));
    expect(h1.length, `${path}: h1 on screen`).toBe(1);
    expect(h1[0]?.textContent?.trim(), `${path}: h1 has words`).not.toBe("");
    expect(doc.querySelectorAll("main").length, `${path}: main`).toBe(1);
    expect(doc.querySelectorAll("header").length, `${path}: header`).toBeGreaterThan(0);
    const navNames = Array.from(doc.querySelectorAll("nav")).map((n) => n.getAttribute("aria-label") ?? "");
    expect(
      navNames.filter((n) => n.trim() === ""),
      `${path}: a navigation without a name`,
    ).toEqual([]);
    expect(new Set(navNames).size, `${path}: two navigations with one name`).toBe(navNames.length);
    const fields = Array.from(doc.querySelectorAll("input, select, textarea")).filter(
      (el) => !["hidden", "submit", "button"].includes(el.getAttribute("type") ?? ""),
    );
    expect(
      fields.filter((el) => !labelled(doc, el)).map((el) => el.outerHTML.slice(0, 120)),
      `${path}: fields without a label`,
    ).toEqual([]);
  });

  test.each(pagesIn(lang))("%s: the same Tab stops, in the same order, as its English twin", (path) => {
    const twin = splitLangPath(path).path;
    expect(tabStops(pageDocument(path)).map(stopShape), path).toEqual(tabStops(pageDocument(twin)).map(stopShape));
  });

  if (lang !== SOURCE_LANG)
    test.each(pagesIn(lang))(
      `%s: no English sentence or phrase left, in the page or its islands' first paint`,
      (path) => {
        expect(
          englishIn(readableText(pageDocument(path)), lang),
          `${path}: English on the ${info.englishName} page`,
        ).toEqual([]);
      },
    );

  test.each(pagesIn(lang))(
    "%s: the islands as built, the first paint before any script runs, are in the page's language",
    (path) => {
      const own = scriptOf(lang);
      const islands = [...pageDocument(path).querySelectorAll("div[data-island]")].map((i) => i.outerHTML);
      if (!islands.length) return;
      const text = islands
        .join(" ")
        .replace(/<script[\s\S]*?<\/script>/g, " ")
        // Names kept as they are (translate="no"), as readableText leaves them out.
        .replace(/<(\w+)[^>]*translate="no"[^>]*>[\s\S]*?<\/\1>/g, " ")
        .replace(/<[^>]+>/g, " ")
        .replace(/\s+/g, " ")
        .toLowerCase();
      // In its own script, and in no other but Latin (names, and English words kept as they are).
      if (own) expect(text, `${path}: no ${own.name} in its islands`).toMatch(own.letters);
      for (const other of SCRIPTS.filter((x) => x !== own))
        expect(text.match(other.letters), `${path}: ${other.name} in its islands`).toBeNull();
      if (lang !== SOURCE_LANG) expect(englishIn(text, lang), `${path}: English in its islands`).toEqual([]);
    },
  );

  test.each(pagesIn(lang))(
    "%s: no attribute reaches another origin; links inside lead to the build; a hashed CSP",
    (path) => {
      const doc = pageDocument(path);
      const elsewhere: string[] = [];
      for (const el of Array.from(doc.querySelectorAll("*")))
        for (const { name, value } of Array.from(el.attributes)) {
          for (const [url] of value.matchAll(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}[^\s"'`<>)]*/gi)) {
            if (NAMESPACES.test(url)) continue;
            if (allowedElsewhere.has(url)) {
              // Opened only by a click, with no referrer (the exit's address is also on <html>, for its script).
              if (el.tagName === "A")
                expect(el.getAttribute("rel")?.split(" "), `${path} ${url}`).toContain("noreferrer");
              else expect(`${el.tagName} ${name}`, `${path} ${url}`).toBe("HTML data-exit-url");
              continue;
            }
            elsewhere.push(`<${el.tagName.toLowerCase()} ${name}="${url}">`);
          }
        }
      expect(elsewhere, `${path}: addresses on another site`).toEqual([]);
      // Hints (stylesheets, icons, alternates) stay on the site: nothing is fetched from elsewhere.
      for (const link of Array.from(doc.querySelectorAll("link[href], script[src], img[src], source[src]"))) {
        const url = link.getAttribute("href") ?? link.getAttribute("src") ?? "";
        expect(url.startsWith("/") && !url.startsWith("//"), `${path}: ${link.outerHTML.slice(0, 100)}`).toBe(true);
      }
      // Every link inside the site leads to a page of the build or a file of it.
      const built = new Set(pages);
      for (const a of Array.from(doc.querySelectorAll("a[href^='/']"))) {
        const target = new URL(a.getAttribute("href") ?? "", "http://localhost/").pathname;
        if (built.has(target)) continue;
        expect(existsSync(join(distDir, decodeURIComponent(target))), `${path} links to ${target}`).toBe(true);
      }
      const csp = doc.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute("content") ?? "";
      expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
      expect(csp, path).not.toContain("unsafe-inline");
      const html = pageHtml(path);
      // No inline event handlers or style attributes, which the CSP would block anyway.
      expect(html, path).not.toMatch(/\son[a-z]+="/i);
      expect(html, path).not.toMatch(/\sstyle="/i);
    },
  );
});

// A slow phone parses, styles and hydrates only the first screen (core/workspace/in-turn.ts):
// a closed section's questions join the page once it is ready, not in its first markup.
test.each(builtPages().filter((p) => pageHtml(p).includes('class="section"')))(
  "%s: closed sections carry no questions in the page's first markup",
  (path) => {
    const bodies = Array.from(pageDocument(path).querySelectorAll("details.section:not([open]) .section-body"));
    expect(bodies.length, path).toBeGreaterThan(0);
    for (const body of bodies) expect(body.children.length, `${path}: ${body.parentElement?.id}`).toBe(0);
  },
);

// Islands start from a script of the site's own (src/islands/boot/), not Astro's island loader,
// whose 6 KB of code and escaped props attribute every page with a plan carried.
test.each(builtPages())("%s: each island's element has its props beside it as JSON, and a script starts it", (path) => {
  const doc = pageDocument(path);
  const html = pageHtml(path);
  expect(html, `${path}: Astro's island loader`).not.toMatch(/<astro-island|customElements\.define\("astro-island"/);
  const roots = Array.from(doc.querySelectorAll("div[data-island]"));
  const props = Array.from(doc.querySelectorAll('script[type="application/json"][data-island]'));
  expect(
    props.map((p) => p.getAttribute("data-island")),
    path,
  ).toEqual(roots.map((r) => r.getAttribute("data-island")));
  for (const p of props) expect(typeof JSON.parse(p.textContent ?? ""), path).toBe("object");
  const starts = doc.querySelectorAll('script[type="module"][src^="/_astro/"]');
  expect(starts.length, path).toBe(roots.length > 0 ? 1 : 0);
  // A root holds the island as built, so the first screen shows before any script runs.
  for (const r of roots) expect(r.children.length, `${path}: ${r.getAttribute("data-island")}`).toBeGreaterThan(0);
});

// An island's styles come once, with the page (scripts/island-styles.mjs): its starting script
// must not link them a second time. The page's stylesheets are joined into one file
// (scripts/one-stylesheet.mjs), so a rule twice in a page shows as a rule twice in its CSS.
test.each(builtPages().filter((p) => pageHtml(p).includes("data-island")))(
  "%s: no style rule comes twice in the page's CSS",
  (path) => {
    const files = Array.from(pageDocument(path).querySelectorAll('link[rel="stylesheet"]')).map(
      (l) => l.getAttribute("href") ?? "",
    );
    const seen = new Set<string>();
    const twice: string[] = [];
    for (const file of files) {
      const css = readFileSync(join(distDir, file), "utf8");
      // Each rule up to its closing brace (a rule inside @media keeps its own text apart).
      for (const rule of css.split("}").filter((r) => r.includes("{") && r.length > 24)) {
        if (seen.has(rule)) twice.push(`${rule.slice(0, 60)}… in ${file}`);
        seen.add(rule);
      }
    }
    expect(twice.slice(0, 5), path).toEqual([]);
  },
);

// Each stylesheet holds up the first paint and costs a slow phone a request of its own
// (docs/benchmarks.md): a page links one, and every file it names exists.
test.each(builtPages())("%s: links one stylesheet, which was written", (path) => {
  const files = Array.from(pageDocument(path).querySelectorAll('link[rel="stylesheet"]')).map(
    (l) => l.getAttribute("href") ?? "",
  );
  expect(files, path).toHaveLength(1);
  expect(existsSync(join(distDir, files[0] ?? "")), `${path}: ${files[0]}`).toBe(true);
});

/** Pages with an island, and the files of their first screen's code: what each preloads (scripts/modulepreload.mjs). */
const islandPages = builtPages().filter((p) => pageHtml(p).includes("data-island"));
const firstScreenFiles = (path: string) =>
  Array.from(pageDocument(path).querySelectorAll('link[rel="modulepreload"]')).map((l) => l.getAttribute("href") ?? "");

// The tables of where every language's later words are (src/core/i18n/word-loaders.ts) load when
// the first of those words is asked for: no page's first screen needs one (its own words come
// with it), and with seven languages they weigh about 1.2 KB gzipped. A practice page, whose
// first screen is practice, has only the practice table (practice-words.ts) with its code. The
// first screen is what the page preloads (scripts/modulepreload.mjs).
test.each(islandPages)("%s: its first screen's code carries no table of words files it does not need", (path) => {
  const files = firstScreenFiles(path);
  expect(files.length, path).toBeGreaterThan(0);
  const table = path.includes("/practice/") ? /\/(ui|plans)\/[\w-]+\.ts"/ : /\/(ui|plans|practice)\/[\w-]+\.ts"/;
  const tables = files.filter((f) => table.test(readFileSync(join(distDir, f), "utf8")));
  expect(tables, path).toEqual([]);
});

// A plan's own parts come with the page whose first screen shows them, and load elsewhere only
// before such a plan is shown (src/islands/workspace/loaders.ts): the card of numbers with the
// young person's and the child's plans, the offer to tailor the plan with the adult's (and both with
// the session). Each part is found by a class name its markup uses.
const firstScreenCode = (path: string) =>
  firstScreenFiles(path)
    .map((f) => readFileSync(join(distDir, f), "utf8"))
    .join("\n");
test.each(islandPages)(
  "%s: its first screen's code carries the card and the tailoring offer only where it shows them",
  (path) => {
    const plain = splitLangPath(path).path;
    const code = firstScreenCode(path);
    // The session carries both: it must open every plan with no connection (a home visit).
    const session = plain === "/professionals/session/";
    expect(code.includes("phone-cards"), `${path}: the card of numbers`).toBe(
      plain === "/plan/young-person/" || plain === "/plan/child/" || session,
    );
    expect(code.includes("tailor-bar"), `${path}: the offer to tailor the plan`).toBe(
      plain === "/plan/adult/" || session,
    );
  },
);

// The child's steps draw their own pictures (src/islands/pictures/step-shapes.tsx); the faces and
// practice's pictures come with practice, or when a step with faces shows. Found by a face's mouth.
test.each(islandPages)(
  "%s: its first screen's code carries every picture only where practice is its first screen",
  (path) => {
    const practice = splitLangPath(path).path.endsWith("/practice/");
    expect(firstScreenCode(path).includes("M20 38 Q32 50 44 38"), path).toBe(practice);
  },
);

// The list's words (its rows, its statuses, its printout's headings) come with the list's page and
// the session, and with the list's structure on a move to it: not with every plan page.
test.each(islandPages)("%s: its words carry the list's only where the list can be its first plan", (path) => {
  const plain = splitLangPath(path).path;
  const words = JSON.parse(pageDocument(path).getElementById("app-messages")?.textContent ?? "{}") as {
    ui?: Record<string, unknown>;
  };
  expect(Object.keys(words.ui ?? {}).length, path).toBeGreaterThan(0);
  expect(
    Object.keys(words.ui ?? {}).some((k) => k.startsWith("editor.status.")),
    path,
  ).toBe(plain === "/checklist/" || plain === "/professionals/session/");
});

// The larger files of a first screen begin with Chromium's compile hint, so they are compiled as
// they stream in rather than on the main thread during hydration (scripts/compile-hints.mjs);
// what loads later never has it, as compiling it early would be wasted.
test.each(islandPages)("%s: its first screen's larger files carry the compile hint", (path) => {
  const large = firstScreenFiles(path).filter((f) => statSync(join(distDir, f)).size >= HINT_MIN_BYTES);
  expect(large.length, path).toBeGreaterThan(0);
  for (const f of large)
    expect(readFileSync(join(distDir, f), "utf8").startsWith(COMPILE_HINT), `${path}: ${f}`).toBe(true);
});

test("no file loaded only later carries the compile hint", () => {
  const first = new Set(islandPages.flatMap(firstScreenFiles));
  const later = readdirSync(join(distDir, "_astro"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `/_astro/${f}`)
    .filter((f) => !first.has(f));
  expect(later.length).toBeGreaterThan(0);
  expect(later.filter((f) => readFileSync(join(distDir, f), "utf8").startsWith(COMPILE_HINT))).toEqual([]);
});

// The bundler's own preload helper (CSS, nonces, events) is swapped for the site's smaller one
// (scripts/preload-helper.mjs): should the bundler stop taking the swap, this says so.
test("the browser's code uses the site's own preload helper", () => {
  const files = readdirSync(join(distDir, "_astro")).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  expect(files.filter((f) => readFileSync(join(distDir, "_astro", f), "utf8").includes("vite:preloadError"))).toEqual(
    [],
  );
});
