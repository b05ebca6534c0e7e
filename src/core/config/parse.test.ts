import { describe, expect, it } from "vitest";
import siteConfig from "../../../site.config.json";
import { LANGUAGES } from "../i18n/languages";
import { parseSiteConfig, reviewed, SiteConfigError, siteConfigWarnings } from "./parse";
import { ukPhoneProblem } from "./phone";
import { PLACEHOLDER_ORGANISATION } from "./schema";
import verified from "./verified-numbers.json";

function problemsOf(input: unknown): string[] {
  try {
    parseSiteConfig(input);
  } catch (e) {
    if (e instanceof SiteConfigError) return e.problems;
    throw e;
  }
  throw new Error("expected the configuration to be refused");
}

const service = { name: "Example Women's Centre", phone: "0116 000 0000", helpsWith: "Support in Leicester." };
const organisation = { name: "Example Trust", contact: "Call 0116 000 0000." };

describe("site configuration", () => {
  it("accepts the shipped site.config.json", () => {
    const config = parseSiteConfig(siteConfig);
    expect(config.exitUrl.startsWith("https://")).toBe(true);
    expect(config.siteName.toLowerCase()).not.toContain("abuse");
  });

  it("fills defaults for an empty file", () => {
    const config = parseSiteConfig({});
    expect(config.nation).toBe("england");
    expect(config.allowIndexing).toBe(false);
    expect(config.allowRevealingName).toBe(false);
    expect(config.idleLockMinutes).toBe(10);
    // Left out, the exit's tab title is the page's own word for a new tab, in its language.
    expect(config.exitTitle).toBeUndefined();
  });

  it("keeps an exit title the organisation sets, for every language", () => {
    expect(parseSiteConfig({ exitTitle: " Weather " }).exitTitle).toBe("Weather");
  });

  it("names the field and says what is wrong", () => {
    expect(problemsOf({ exitUrl: "http://example.com" })).toEqual([
      "exitUrl: must be a full web address starting with https://.",
    ]);
    expect(problemsOf({ nation: "france" })).toEqual([
      'nation: must be one of "england", "wales", "scotland", "northern-ireland".',
    ]);
    expect(problemsOf({ siteName: "" })).toEqual(["siteName: must not be empty."]);
    expect(problemsOf({ siteName: "x".repeat(41) })).toEqual(["siteName: must be at most 40 characters."]);
    expect(problemsOf({ colour: "blue" })).toEqual(['(the whole file): has unknown setting "colour".']);
    expect(problemsOf({ allowIndexing: "no" })).toEqual(["allowIndexing: must be a boolean."]);
  });

  it("says a setting is missing, not that it has the wrong type", () => {
    expect(problemsOf({ organisation: { name: "Example Trust" } })).toEqual(["organisation.contact: is missing."]);
    expect(problemsOf({ localServices: [{ name: "Example", phone: "0116 000 0000" }] })).toEqual([
      "localServices[0].helpsWith: is missing.",
    ]);
    // A value of the wrong kind is still described as such.
    expect(problemsOf({ organisation: { name: "Example Trust", contact: 7 } })).toEqual([
      `organisation.contact: must be text, or text for each language like { "en": "…", "cy": "…" }.`,
    ]);
  });

  it("gives one line for one bad web address", () => {
    for (const exitUrl of ["http://x", "weather", "ftp://", "https://"]) {
      expect(problemsOf({ exitUrl }), exitUrl).toEqual(["exitUrl: must be a full web address starting with https://."]);
    }
  });

  it("checks each local service", () => {
    const problems = problemsOf({
      localServices: [{ name: "Local service", phone: "call us", helpsWith: "support", website: "ftp://x.org" }],
    });
    expect(problems).toEqual([
      "localServices[0].phone: must be a phone number made of digits and spaces, like 0116 000 0000.",
      "localServices[0].website: must be a full web address starting with https://.",
    ]);
  });

  it("accepts phone numbers that look like real UK numbers", () => {
    // Ofcom keeps 0116 496 0xxx and 0808 157 0xxx for examples such as these.
    for (const phone of [
      "0116 496 0000",
      "0808 157 0000",
      "029 2000 0010",
      "01656 000000",
      "0300 123 4567",
      "+44 116 496 0000",
      "111",
      "101",
      "116 123",
    ]) {
      expect(parseSiteConfig({ localServices: [{ ...service, phone }] }).localServices[0]?.phone, phone).toBe(phone);
    }
  });

  it("accepts every verified national number that can be dialled on its own", () => {
    const dialled = verified.numbers.map((n) => n.phone).filter((phone) => phone !== "55"); // 55 is pressed after 999
    expect(dialled).toEqual(expect.arrayContaining(["999", "0808 2000 247", "0800 1111"]));
    for (const phone of [...dialled, "111", "101", "112", "116 123", "116 111"]) {
      expect(ukPhoneProblem(phone), phone).toBeNull();
    }
  });

  it("refuses a number with a digit missing, or one not given out, by the UK numbering plan", () => {
    expect(problemsOf({ localServices: [{ ...service, phone: "029 2000 001" }] })).toEqual([
      "localServices[0].phone: 029 2000 001 is not a UK number that can be dialled: a digit seems to be missing. Check it against the service's own page.",
    ]);
    expect(problemsOf({ localServices: [{ ...service, phone: "01656 00000" }] })).toEqual([
      "localServices[0].phone: 01656 00000 is not a UK number that can be dialled: a digit seems to be missing. Check it against the service's own page.",
    ]);
    expect(ukPhoneProblem("01632 960000")).toBe(
      "01632 960000 is not a UK number that can be dialled: numbers like it are not given out in the UK (or are kept for films and examples). Check it against the service's own page",
    );
    // Ofcom's numbers for dramas, and numbers not in use, are not lines anyone can call.
    for (const phone of ["01632 960000", "07700 900123", "0116 000 000"]) {
      expect(ukPhoneProblem(phone), phone).toMatch(/is not a UK number that can be dialled/);
    }
  });

  it("refuses phone numbers that are too short, too long or not from the UK", () => {
    expect(problemsOf({ localServices: [{ ...service, phone: "01632 96" }] })).toEqual([
      "localServices[0].phone: must be a whole UK phone number: 10 or 11 digits like 0116 000 0000, 3 digits like 999 or 111, or 116 and 3 more like 116 123 (this one has 7 digits).",
    ]);
    expect(problemsOf({ localServices: [{ ...service, phone: "0116 000 0000 0" }] })[0]).toContain(
      "(this one has 12 digits)",
    );
    expect(problemsOf({ localServices: [{ ...service, phone: "1234567890" }] })[0]).toContain("10 or 11 digits");
    expect(problemsOf({ localServices: [{ ...service, phone: "116 12" }] })[0]).toContain("(this one has 5 digits)");
    expect(problemsOf({ localServices: [{ ...service, phone: "+33 1 23 45 67 89" }] })).toEqual([
      "localServices[0].phone: must be a UK number: start it with 0, or with +44.",
    ]);
    expect(problemsOf({ localServices: [{ ...service, phone: " " }] })).toEqual([
      "localServices[0].phone: must not be empty.",
    ]);
  });

  it("refuses a service listed twice", () => {
    expect(problemsOf({ localServices: [service, service] })).toEqual([
      `localServices[1].name: "Example Women's Centre" is already listed as localServices[0]; list each service once.`,
    ]);
    // The same name written differently is still the same service.
    const other = { ...service, name: "  example women's   centre ", phone: "0116 111 1111" };
    expect(problemsOf({ localServices: [service, other] })[0]).toContain("is already listed as localServices[0]");
  });

  it("refuses a national service listed as a local one", () => {
    expect(problemsOf({ localServices: [{ ...service, phone: "0808 2000 247" }] })).toEqual([
      "localServices[0].phone: 0808 2000 247 is National Domestic Abuse Helpline (England, run by Refuge), which the site already shows; list only local services here.",
    ]);
    expect(problemsOf({ localServices: [{ ...service, phone: "+44 808 2000 247" }] })[0]).toContain(
      "which the site already shows",
    );
  });

  it("refuses a name, short name, exit title or file name that says what the site is for", () => {
    expect(problemsOf({ siteName: "Domestic Abuse Safety Plan" })).toEqual([
      `siteName: "Domestic Abuse Safety Plan" says what the site is for ("abuse", "domestic", "safety plan"): anyone who sees the tab, the history or a download could tell. Choose a neutral name like "Planner", or set allowRevealingName to true if your organisation has decided it must.`,
    ]);
    for (const [key, value] of [
      ["shortName", "Refuge"],
      ["exitTitle", "Violence help"],
      ["siteName", "My safety-plan"],
      ["exportFileName", "abuse-notes"],
      ["siteName", "Survivors' space"],
    ] as const) {
      const problems = problemsOf({ [key]: value });
      expect(problems, value).toHaveLength(1);
      expect(problems[0], value).toMatch(new RegExp(`^${key}: "${value}" says what the site is for`));
    }
  });

  it("refuses names that say what the site is for in Welsh or Arabic too", () => {
    for (const [key, value, word] of [
      ["siteName", "Cymorth Cam-drin Domestig", "cam-drin"],
      ["shortName", "Lloches", "lloches"],
      ["exportFileName", "cynllun diogelwch", "cynllun diogelwch"],
      ["exitTitle", "Ein drais", "trais"],
      ["siteName", "مساعدة ضحايا العنف الأسري", "عنف"],
      ["shortName", "الملجأ", "ملجأ"],
      ["exitTitle", "خطة الأمان", "خطة الأمان"],
    ] as const) {
      const problems = problemsOf({ [key]: value });
      expect(problems, value).toHaveLength(1);
      expect(problems[0], value).toMatch(new RegExp(`^${key}: "${value}" says what the site is for \\(.*"${word}"`));
    }
  });

  it("lets neutral Welsh and Arabic names through", () => {
    for (const siteName of ["Cynlluniwr", "Fy nodiadau", "Nodiadau", "المخطط", "ملاحظاتي"]) {
      expect(parseSiteConfig({ siteName }).siteName).toBe(siteName);
    }
  });

  it("lets neutral names through, including words that only contain a revealing one", () => {
    for (const siteName of ["Planner", "Grape Street notes", "Fleet planner", "My plans", "Refugee support"]) {
      expect(parseSiteConfig({ siteName }).siteName).toBe(siteName);
    }
  });

  it("allows a revealing name only when allowRevealingName is true", () => {
    const config = parseSiteConfig({ siteName: "Domestic Abuse Safety Plan", allowRevealingName: true });
    expect(config.siteName).toBe("Domestic Abuse Safety Plan");
    expect(problemsOf({ siteName: "Domestic Abuse Safety Plan", allowRevealingName: false })).toHaveLength(1);
  });

  it("reports every problem at once, one line per field", () => {
    expect(problemsOf({ siteName: "", nation: 3 })).toHaveLength(2);
    const problems = problemsOf({
      siteName: "Refuge planner",
      exitUrl: "http://x",
      localServices: [service, { ...service, phone: "01632 96" }],
    });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "exitUrl",
      "localServices[1].phone",
      "localServices[1].name",
      "siteName",
    ]);
  });
});

describe("configuration warnings", () => {
  it("warns while the placeholder organisation is in place", () => {
    expect(siteConfigWarnings(parseSiteConfig({ languages: ["en"] }))).toEqual([
      `organisation.name: is still the placeholder "${PLACEHOLDER_ORGANISATION.name}". Put your organisation's name, and how to reach you in organisation.contact, so people know who runs the site.`,
    ]);
    expect(siteConfigWarnings(parseSiteConfig(siteConfig)).filter((w) => w.startsWith("organisation"))).toHaveLength(1);
  });

  it("says nothing once the organisation is named", () => {
    expect(siteConfigWarnings(parseSiteConfig({ organisation, languages: ["en"] }))).toEqual([]);
  });

  it("warns for each language offered before a fluent speaker has reviewed it", () => {
    expect(siteConfigWarnings(parseSiteConfig({ organisation, languages: ["en", "cy", "ar"] }))).toEqual([
      `languages: Welsh ("cy") has not yet been reviewed by a fluent speaker. Ask one to read it before you publish it, or leave "cy" out of languages. Once one has, record it in reviews: { "cy": { "by": "their name", "on": "2026-11-30" } }.`,
      `languages: Arabic ("ar") has not yet been reviewed by a fluent speaker. Ask one to read it before you publish it, or leave "ar" out of languages. Once one has, record it in reviews: { "ar": { "by": "their name", "on": "2026-11-30" } }.`,
    ]);
  });

  it("records a fluent speaker's review per language, and warns only for the languages without one", () => {
    const reviews = { cy: { by: "Siân Owen", on: "2026-11-30" } };
    const config = parseSiteConfig({ organisation, languages: ["en", "cy", "ar"], reviews });
    expect(config.reviews.cy).toEqual({ by: "Siân Owen", on: "2026-11-30" });
    expect(siteConfigWarnings(config)).toEqual([
      `languages: Arabic ("ar") has not yet been reviewed by a fluent speaker. Ask one to read it before you publish it, or leave "ar" out of languages. Once one has, record it in reviews: { "ar": { "by": "their name", "on": "2026-11-30" } }.`,
    ]);
    expect(reviewed(config, "cy")).toBe(true);
    expect(reviewed(config, "ar")).toBe(false);
    expect(reviewed(config, "en")).toBe(true);
  });

  it("refuses a review without a name, with a date that is not one, or for an unknown language", () => {
    expect(problemsOf({ reviews: { cy: { by: "", on: "2026-11-30" } } })).toEqual([
      "reviews.cy.by: must not be empty.",
    ]);
    expect(problemsOf({ reviews: { ar: { by: "Huda", on: "30/11/2026" } } })).toEqual([
      "reviews.ar.on: must be the date of the review, written like 2026-11-30.",
    ]);
    expect(problemsOf({ reviews: { ar: { by: "Huda", on: "2026-02-30" } } })).toEqual([
      "reviews.ar.on: must be the date of the review, written like 2026-11-30.",
    ]);
    expect(problemsOf({ reviews: { fr: { by: "Anne", on: "2026-11-30" } } })).toHaveLength(1);
  });

  it("warns about wording for a language that is not offered", () => {
    expect(
      siteConfigWarnings(
        parseSiteConfig({ organisation, languages: ["en"], messages: { cy: { "layout.navHome": "Cartref" } } }),
      ),
    ).toEqual([`messages.cy: gives wording for a language that languages does not offer, so it is not used.`]);
  });
});

describe("languages and wording", () => {
  const problems = (input: unknown) => {
    try {
      parseSiteConfig(input);
      return [];
    } catch (error) {
      return (error as { problems: string[] }).problems;
    }
  };

  it("offers every language by default", () => {
    expect(parseSiteConfig({}).languages).toEqual(["en", "cy", "ar"]);
  });

  it("refuses a language list that does not start with English", () => {
    expect(problems({ languages: ["cy"] }).join("\n")).toContain('languages: must start with "en"');
  });

  it("refuses an unknown language", () => {
    expect(problems({ languages: ["en", "fr"] })).toHaveLength(1);
  });

  it("takes the organisation's own wording for a catalogue key", () => {
    expect(parseSiteConfig({ messages: { en: { "layout.navHome": "Start" } } }).messages.en).toEqual({
      "layout.navHome": "Start",
    });
  });

  it("fails on a key the catalogue does not have, naming it", () => {
    expect(problems({ messages: { cy: { "layout.navHomme": "Hafan" } } })).toEqual([
      'messages.cy["layout.navHomme"]: is not a key of the catalogue; check its spelling against src/core/i18n/en/',
    ]);
  });

  it("fails on wording of the wrong kind", () => {
    expect(problems({ messages: { en: { "layout.navHome": ["Start"] } } })).toEqual([
      'messages.en["layout.navHome"]: must be a sentence, like the entry it replaces',
    ]);
  });

  it("fails on wording that drops a placeholder", () => {
    expect(problems({ messages: { en: { "layout.footerRunBy": "Run by us." } } })).toEqual([
      'messages.en["layout.footerRunBy"]: must keep the placeholders {contact}, {name} and no others',
    ]);
  });
});

describe("an organisation's words in every language", () => {
  const hours = {
    en: "Weekdays, 9am to 5pm",
    cy: "Yn ystod yr wythnos, 9am tan 5pm",
    ar: "أيام الأسبوع، من 9 صباحًا إلى 5 مساءً",
  };
  const local = {
    name: "Canolfan Caerdydd",
    phone: "029 2000 0010",
    hours,
    helpsWith: { en: "Support in Cardiff.", cy: "Cymorth yng Nghaerdydd.", ar: "دعم في كارديف." },
  };
  const trust = {
    name: { en: "Example Trust", cy: "Ymddiriedolaeth Enghraifft", ar: "مؤسسة المثال" },
    contact: { en: "Call 029 2000 0010.", cy: "Ffoniwch 029 2000 0010.", ar: "اتصل بالرقم 029 2000 0010." },
  };

  it("takes one text, or one per language, for each text of a service and of the organisation", () => {
    const config = parseSiteConfig({ localServices: [local, service], organisation: trust });
    expect(config.localServices[0]?.hours).toEqual(hours);
    expect(config.localServices[1]?.helpsWith).toBe("Support in Leicester.");
    expect(config.organisation.name).toEqual(trust.name);
  });

  it("names each language the site offers that a text has no wording for", () => {
    expect(problemsOf({ localServices: [{ ...local, hours: { en: hours.en, cy: hours.cy } }] })).toEqual([
      `localServices[0].hours: has no Arabic ("ar") wording, but languages offers Arabic. Add "ar": "…", or give one text for every language.`,
    ]);
    expect(problemsOf({ languages: ["en", "cy"], organisation: { ...trust, name: { en: "Example Trust" } } })).toEqual([
      `organisation.name: has no Welsh ("cy") wording, but languages offers Welsh. Add "cy": "…", or give one text for every language.`,
    ]);
    // Only the languages offered: a site in English and Welsh needs no Arabic.
    const config = parseSiteConfig({
      languages: ["en", "cy"],
      localServices: [{ ...local, hours: { en: hours.en, cy: hours.cy } }],
    });
    expect(config.localServices[0]?.hours).toEqual({ en: hours.en, cy: hours.cy });
  });

  it("refuses wording for a language the site does not have, and empty wording", () => {
    expect(
      problemsOf({ languages: ["en"], localServices: [{ ...service, hours: { en: "Mondays", fr: "Lundi" } }] }),
    ).toEqual([
      `localServices[0].hours.fr: is not a language of the site: use one of ${LANGUAGES.map((l) => `"${l}"`).join(", ")}.`,
    ]);
    expect(problemsOf({ languages: ["en"], localServices: [{ ...service, helpsWith: { en: " " } }] })).toEqual([
      "localServices[0].helpsWith.en: must not be empty.",
    ]);
    expect(problemsOf({ languages: ["en"], organisation: { ...trust, contact: ["Call us"] } })).toEqual([
      `organisation.contact: must be text, or text for each language like { "en": "…", "cy": "…" }.`,
    ]);
  });
});
