import * as z from "zod/mini";
import { REGISTRY, type Registry } from "../i18n/catalogue";
import { type Lang, SOURCE_LANG } from "../i18n/languages";
import { inLang, type Localised, localised, missingLanguages } from "./localised";
import { revealingWords } from "./neutral";
import { dialledDigits, ukPhoneProblem } from "./phone";
import { EMERGENCY, NATIONAL_HELPLINES, SPECIALIST_HELPLINES } from "./services";

/**
 * The organisation's configuration (site.config.json at the project root, or the file named by
 * SITE_CONFIG), checked when the site is built. Strict objects, so a misspelt setting fails the
 * build instead of being ignored. Every setting below says what it does, with an example.
 */

export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

/** The organisation a fresh copy names. The build warns while it is still in place. */
export const PLACEHOLDER_ORGANISATION = {
  name: "The organisation that runs this site",
  contact: "Ask the person who gave you this address.",
} as const;

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A UK number a person can read and dial, by the UK numbering plan: see phone.ts for what is accepted. */
const phone = z.string().check(
  z.trim(),
  z.superRefine((value, ctx) => {
    const problem = ukPhoneProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  }),
);

/** One catalogue entry: a sentence, a list of paragraphs, or a plural's forms (see src/core/i18n/entry.ts). */
const MessageEntrySchema = z.union([
  z.string().check(z.minLength(1), z.maxLength(2000)),
  z.array(z.string().check(z.minLength(1), z.maxLength(2000))).check(z.minLength(1), z.maxLength(20)),
  z.strictObject({
    zero: z.optional(z.string()),
    one: z.optional(z.string()),
    two: z.optional(z.string()),
    few: z.optional(z.string()),
    many: z.optional(z.string()),
    other: z.string(),
  }),
]);

/** A real day, written year-month-day: "2026-11-30", never "30/11/2026" or "2026-02-30". */
const isoDate = z.string().check(
  z.refine((value) => {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    if (!match) return false;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return date.toISOString().startsWith(value.trim());
  }, "must be the date of the review, written like 2026-11-30"),
);

const ReviewSchema = z.strictObject({
  /** Who read it: their name, or their organisation's. Example: "Siân Owen". */
  by: text(120),
  /** When. Example: "2026-11-30". */
  on: isoDate,
});

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

/** One local service; its texts are one string, or one per language of `codes` (localised.ts). */
function localServiceSchema(codes: readonly string[]) {
  return z.strictObject({
    /** The service's name as people know it. Example: "Leicester Women's Centre", or { "en": "…", "cy": "…" }. */
    name: localised(80, codes),
    /** A UK number the numbering plan gives out, or a short code. Example: "0116 496 0000". */
    phone,
    /**
     * When it answers. Example: "Weekdays, 9am to 5pm", or { "en": "Weekdays, 9am to 5pm", "cy":
     * "Yn ystod yr wythnos, 9am tan 5pm" }. Leave out to show "Check current opening times."
     */
    hours: z.optional(localised(80, codes)),
    /** Who it is for and what it does. Example: "Support and advice for anyone in Leicestershire." */
    helpsWith: localised(200, codes),
    /** Its own website, https only; opened only when clicked. Example: "https://www.example.org.uk/". */
    website: z.optional(httpsUrl),
  });
}

/** The texts of a service and of the organisation that may be given per language. */
const LOCALISED_SERVICE_FIELDS = ["name", "hours", "helpsWith"] as const;
const LOCALISED_ORGANISATION_FIELDS = ["name", "contact"] as const;

const NATIONAL_SERVICES = [EMERGENCY, ...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES];
const sameName = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");

/** Each local service once, and none that the site already shows as a national service. */
const localServices = (codes: readonly string[]) =>
  z.array(localServiceSchema(codes)).check(
    z.maxLength(20),
    z.superRefine(
      (list, ctx) => {
        const seen = new Map<string, number>();
        list.forEach((service, i) => {
          if (service?.name !== undefined) {
            const name = inLang(service.name, SOURCE_LANG);
            const first = seen.get(sameName(name));
            if (first === undefined) seen.set(sameName(name), i);
            else {
              ctx.addIssue({
                code: "custom",
                path: [i, "name"],
                message: `"${name.trim()}" is already listed as localServices[${first}]; list each service once`,
                input: service.name,
              });
            }
          }
          if (typeof service?.phone === "string") {
            const national = NATIONAL_SERVICES.find((s) => dialledDigits(s.phone) === dialledDigits(service.phone));
            if (national) {
              ctx.addIssue({
                code: "custom",
                path: [i, "phone"],
                message: `${service.phone.trim()} is ${national.name}, which the site already shows; list only local services here`,
                input: service.phone,
              });
            }
          }
        });
      },
      // Also when another service has a mistake, so every problem is reported at once.
      { when: () => true },
    ),
  );

/** Settings shown in the tab, the history or a downloads folder: none may say what the site is for. */
const NEUTRAL_SETTINGS = ["siteName", "shortName", "exitTitle", "exportFileName"] as const;

/**
 * The schema for the languages a registry holds: the build's (REGISTRY), or a test's with a
 * made-up language, so every check of the configuration follows the list of languages.
 */
export function siteConfigSchema(registry: Registry = REGISTRY) {
  const codes = Object.keys(registry) as [Lang, ...Lang[]];
  return z
    .strictObject({
      /** Shown in the tab and the header. Keep it neutral: it must not say what the site is for. Example: "Planner". */
      siteName: z._default(text(40), "Planner"),
      /** A shorter name where space is tight, such as a phone's home screen. Example: "Planner". */
      shortName: z._default(text(12), "Planner"),
      /** Where the quick exit goes: an ordinary page that is not personalised. Example: "https://www.bbc.co.uk/weather". */
      exitUrl: z._default(httpsUrl, "https://www.bbc.co.uk/weather"),
      /**
       * The tab title set the moment the quick exit is used, before the next page loads, in every
       * language. Leave out to use what a browser calls a new tab in the page's own language ("New
       * Tab", "Tab Newydd", "علامة تبويب جديدة": the catalogue's quickExit.tabTitle). Example: "New Tab".
       */
      exitTitle: z.optional(text(40)),
      /** Whose national helpline is shown first. Example: "wales" (one of england, wales, scotland, northern-ireland). */
      nation: z._default(z.enum(NATIONS), "england"),
      /** Up to 20 local services, shown after the national ones. Example: [{ "name": "…", "phone": "0116 000 0000", "helpsWith": "…" }]. */
      localServices: z._default(localServices(codes), []),
      /** Whether search engines may list the site. Example: false (the default: the site is not found by search). */
      allowIndexing: z._default(z.boolean(), false),
      /**
       * Lets siteName, shortName, exitTitle or exportFileName say what the site is for (words such
       * as "abuse" or "refuge"). Only for an organisation that has decided, knowing the risk,
       * that it must. Example: false (the default).
       */
      allowRevealingName: z._default(z.boolean(), false),
      /**
       * Who runs the site, shown in the footer and on the About page; each text one string, or
       * one per language. Example: { "name": "Example Trust", "contact": "Call 0116 000 0000." }.
       */
      organisation: z._default(
        z.strictObject({
          /** Example: "Example Trust", or { "en": "Example Trust", "cy": "Ymddiriedolaeth Enghraifft" }. */
          name: localised(120, codes),
          /** How to reach the organisation. Example: "Call 0116 000 0000, weekdays 9am to 5pm." */
          contact: localised(200, codes),
        }),
        PLACEHOLDER_ORGANISATION,
      ),
      /** Name of downloaded locked copies. Neutral, so a downloads folder gives nothing away. Example: "notes". */
      exportFileName: z._default(
        z
          .string()
          .check(
            z.trim(),
            z.minLength(1),
            z.maxLength(40),
            z.regex(
              /^[A-Za-z0-9][A-Za-z0-9 _.-]*$/,
              "must use only letters, digits, spaces, dots, dashes and underscores",
            ),
          ),
        "notes",
      ),
      /**
       * The languages the site offers, English first (it is the source, at the plain addresses;
       * the others are at /cy/… and /ar/…). Example: ["en", "cy"]. The default is every language
       * marked offeredByDefault (English, Welsh and Arabic); a newer one only when listed here.
       */
      languages: z._default(
        z.array(z.enum(codes)).check(
          z.minLength(1),
          z.refine(
            (list) => list[0] === "en",
            'must start with "en": English is always offered, at the plain addresses',
          ),
          z.refine((list) => new Set(list).size === list.length, "must list each language once"),
        ),
        codes.filter((code) => registry[code]?.info.offeredByDefault),
      ),
      /**
       * Your own wording for any entry of a language's catalogue, by key (the keys are in
       * src/core/i18n/en/). A key the catalogue does not have fails the build, naming it.
       * Example: { "en": { "home.lead": "{siteName} helps you plan at your own pace." } }.
       */
      messages: z._default(z.partialRecord(z.enum(codes), z.record(z.string(), MessageEntrySchema)), {}),
      /**
       * A fluent speaker's review of a language's whole catalogue (and its pages in a browser):
       * who, and when (year-month-day). The build warns for every language offered without one,
       * and the accessibility page says so. English is the source and needs none.
       * Example: { "cy": { "by": "Siân Owen", "on": "2026-11-30" } }.
       */
      reviews: z._default(z.partialRecord(z.enum(codes), ReviewSchema), {}),
      /** Minutes without input before a saved plan locks itself (1 to 120). Example: 10. */
      idleLockMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(120)), 10),
      /** Minutes without use (a key, a click or a tap) before a session warns that it will end (5 to 240). Example: 25. */
      sessionWarnMinutes: z._default(z.number().check(z.int(), z.gte(5), z.lte(240)), 25),
      /** Minutes the warning stays up, with "Keep going", before the session ends and clears (1 to 30). Example: 5. */
      sessionGraceMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(30)), 5),
    })
    .check(
      z.superRefine(
        (config, ctx) => {
          // A text given per language has wording for every language the site offers.
          const offered = Array.isArray(config.languages) ? config.languages : [];
          const complete = (value: Localised | undefined, path: PropertyKey[]) => {
            for (const lang of missingLanguages(value, offered)) {
              const name = registry[lang]?.info.englishName ?? lang;
              ctx.addIssue({
                code: "custom",
                path,
                message: `has no ${name} ("${lang}") wording, but languages offers ${name}. Add "${lang}": "…", or give one text for every language`,
                input: value,
              });
            }
          };
          (config.localServices ?? []).forEach((service, i) => {
            for (const key of LOCALISED_SERVICE_FIELDS) complete(service?.[key], ["localServices", i, key]);
          });
          for (const key of LOCALISED_ORGANISATION_FIELDS) complete(config.organisation?.[key], ["organisation", key]);
          if (config.allowRevealingName === true) return;
          for (const key of NEUTRAL_SETTINGS) {
            const value = config[key];
            if (typeof value !== "string") continue; // exitTitle may be left out
            const words = revealingWords(value, registry);
            if (words.length === 0) continue;
            ctx.addIssue({
              code: "custom",
              path: [key],
              message: `"${value.trim()}" says what the site is for (${words.map((w) => `"${w}"`).join(", ")}): anyone who sees the tab, the history or a download could tell. Choose a neutral name like "Planner", or set allowRevealingName to true if your organisation has decided it must`,
              input: value,
            });
          }
        },
        // Also when another setting has a mistake, so every problem is reported at once.
        { when: () => true },
      ),
    );
}

export const SiteConfigSchema = siteConfigSchema();

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;
export type LocalService = z.output<ReturnType<typeof localServiceSchema>>;
