import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { languageReport, parseSiteConfig, SiteConfigError, siteConfigWarnings } from "../config/parse";
import { PLAN_KINDS } from "../plans/constants";
import { readingLimits } from "../plans/readability";
import { revealingIn } from "../print/revealing";
import { type LanguageEntry, REGISTRY } from "./catalogue";
import { LANGUAGE_CHECKS } from "./language-checks";
import { DEFAULT_LANGUAGES, LANGUAGES, type Lang } from "./languages";
import { practiceWordsLoader } from "./practice-words";
import { UI_PARTS } from "./ui-parts";
import { planWordsLoader, uiPartLoader } from "./word-loaders";

/**
 * A made-up language, "zz": a tiny catalogue with a few mistakes in it, made here and never
 * written to disk. Put beside the real ones, it is found by every check a language passes, and
 * by the configuration, with no other edit: the checks follow the list, not names written out.
 */
const zz: LanguageEntry = {
  info: {
    code: "zz",
    name: "Zedish",
    englishName: "Zedish",
    htmlLang: "zz",
    dir: "ltr",
    voicePrefix: "zz",
    quality: "drafted",
    offeredByDefault: true,
  },
  catalogue: {
    ui: {
      "common.ok": "Zok",
      // Left in English: the same sentence of three words or more.
      "common.exitThisPage": String(REGISTRY.en.catalogue.ui["common.exitThisPage"]),
      "zz.notInEnglish": "Zed",
    },
    // A list where English has a sentence, and an empty entry.
    pages: { "home.title": ["Zome"], "about.title": " " },
    services: {},
    plans: { adult: {}, checklist: {}, "young-person": {}, child: {} },
    practice: { child: {}, "young-person": {} },
  },
  // No reading limits for young people yet.
  rules: {
    revealing: ["zorgle"],
    readingLimits: {
      child: { sentenceWords: 12, wordLetters: 9, meanWordLetters: 5 },
      adult: { sentenceWords: 20, wordLetters: 12, meanWordLetters: 6 },
    },
  } as unknown as LanguageEntry["rules"],
};
const withZz = { ...REGISTRY, zz };
/** The same language as a new one: written, but off until an organisation turns it on. */
const withNewZz = { ...REGISTRY, zz: { ...zz, info: { ...zz.info, offeredByDefault: false } } };

const problemsOf = (input: unknown): string[] => {
  try {
    parseSiteConfig(input, "site.config.json", withZz);
    return [];
  } catch (e) {
    if (e instanceof SiteConfigError) return e.problems;
    throw e;
  }
};

describe("the list of languages", () => {
  it("every language check finds a made-up language and what is wrong with it", () => {
    for (const check of LANGUAGE_CHECKS) {
      expect(check.problems("zz", withZz), check.name).not.toEqual([]);
    }
    const [missing, extra, kinds, empty, english, rules] = LANGUAGE_CHECKS.map((c) => c.problems("zz", withZz));
    expect(missing).toContain("home.lead");
    expect(extra).toEqual(["zz.notInEnglish"]);
    expect(kinds).toEqual(["home.title: list, not sentence"]);
    expect(empty).toEqual(["about.title"]);
    expect(english).toEqual(["common.exitThisPage"]);
    expect(rules).toEqual(["src/core/i18n/zz/rules.ts: no reading limits for young-person"]);
  });

  it("the configuration offers it, checks its wording against its own catalogue, and warns until it is reviewed", () => {
    expect(parseSiteConfig({}, "site.config.json", withZz).languages).toEqual([...DEFAULT_LANGUAGES, "zz"]);
    const config = parseSiteConfig(
      { languages: ["en", "zz"], messages: { zz: { "common.ok": "Zokay" } } },
      "x",
      withZz,
    );
    expect(config.languages).toEqual(["en", "zz"]);
    expect(siteConfigWarnings(config, withZz).join("\n")).toContain('Zedish ("zz") has not yet been reviewed');
    expect(problemsOf({ messages: { zz: { "home.lead": "Zed" } } })).toEqual([
      'messages.zz["home.lead"]: is not a key of the catalogue; check its spelling against src/core/i18n/en/',
    ]);
    expect(problemsOf({ languages: ["en", "zz"], reviews: { zz: { by: "Zara", on: "2026-11-30" } } })).toEqual([]);
    // Without it in the list, the same configuration is refused.
    expect(() => parseSiteConfig({ languages: ["en", "zz"] })).toThrow(SiteConfigError);
  });

  it("a new language is off until the configuration lists it", () => {
    expect(parseSiteConfig({}, "site.config.json", withNewZz).languages).toEqual([...DEFAULT_LANGUAGES]);
    expect(parseSiteConfig({ languages: ["en", "zz"] }, "x", withNewZz).languages).toEqual(["en", "zz"]);
  });

  it("the build reports each offered language's label, and a recorded review outranks it", () => {
    const offered = parseSiteConfig({ languages: ["en", "cy", "zz"] }, "x", withZz);
    expect(languageReport(offered, withZz)).toEqual([
      "English (en): the source",
      "Welsh (cy): checked against the glossary, not yet reviewed by a fluent speaker",
      "Zedish (zz): drafted, not yet checked against the glossary nor reviewed by a fluent speaker",
    ]);
    const reviewed = parseSiteConfig(
      { languages: ["en", "zz"], reviews: { zz: { by: "Zara", on: "2026-11-30" } } },
      "x",
      withZz,
    );
    expect(languageReport(reviewed, withZz)[1]).toBe("Zedish (zz): reviewed by Zara on 2026-11-30");
  });

  it("its rules are the ones the reading and revealing checks use", () => {
    expect(readingLimits("zz" as Lang, withZz).child.sentenceWords).toBe(12);
    expect(revealingIn("My Zorgle notes", "zz", withZz)).toEqual(["zorgle"]);
    // The site's names are checked against its words, as against every language's.
    expect(problemsOf({ siteName: "Zorgle planner" })[0]).toMatch(
      /^siteName: "Zorgle planner" says what the site is for \("zorgle"\)/,
    );
    expect(() => parseSiteConfig({ siteName: "Zorgle planner" })).not.toThrow();
  });

  it("the islands' words are looked for in the language's own folder", () => {
    expect(() => uiPartLoader("zz" as Lang, "forms")).toThrow("src/core/i18n/zz/ui/forms.ts is missing");
    for (const lang of LANGUAGES) for (const part of UI_PARTS) expect(uiPartLoader(lang, part)).toBeTypeOf("function");
  });

  it("each plan's and each practice's words are looked for in the language's own folder", async () => {
    expect(() => planWordsLoader("zz" as Lang, "adult")).toThrow("src/core/i18n/zz/plans/adult.ts is missing");
    expect(() => practiceWordsLoader("zz" as Lang, "child")).toThrow("src/core/i18n/zz/practice/child.ts is missing");
    for (const lang of LANGUAGES) {
      for (const kind of PLAN_KINDS) expect(Object.keys(await planWordsLoader(lang, kind)()).length).toBeGreaterThan(0);
      for (const audience of ["child", "young-person"] as const)
        expect(Object.keys(await practiceWordsLoader(lang, audience)()).length).toBeGreaterThan(0);
    }
  });

  it("every language folder is in the list, and every language in the list has a folder", () => {
    const here = "src/core/i18n";
    const folders = readdirSync(here).filter((name) => statSync(join(here, name)).isDirectory());
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
  });
});
