import * as z from "zod/mini";

/**
 * The organisation's configuration (site.config.json at the project root), checked when the
 * site is built. Strict objects, so a misspelt setting fails the build instead of being ignored.
 */

export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
export type Nation = (typeof NATIONS)[number];

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Digits with optional spaces and one leading "+": what a person can read and dial. */
const phone = z
  .string()
  .check(
    z.trim(),
    z.minLength(3),
    z.maxLength(24),
    z.regex(/^\+?[0-9][0-9 ]*[0-9]$/, "must be a phone number made of digits and spaces, like 0116 000 0000"),
  );

const httpsUrl = z.url({ protocol: /^https$/, hostname: z.regexes.domain });

export const LocalServiceSchema = z.strictObject({
  name: text(80),
  phone,
  hours: z.optional(text(80)),
  helpsWith: text(200),
  website: z.optional(httpsUrl),
});

export const SiteConfigSchema = z.strictObject({
  /** Shown in the tab and header. Keep it neutral: it must not say what the site is for. */
  siteName: z._default(text(40), "Planner"),
  shortName: z._default(text(12), "Planner"),
  /** Where the quick exit goes. A page that looks ordinary and is not personalised. */
  exitUrl: z._default(httpsUrl, "https://www.bbc.co.uk/weather"),
  /** The tab title set the moment the quick exit is used, before the next page loads. */
  exitTitle: z._default(text(40), "New Tab"),
  nation: z._default(z.enum(NATIONS), "england"),
  localServices: z._default(z.array(LocalServiceSchema).check(z.maxLength(20)), []),
  allowIndexing: z._default(z.boolean(), false),
  organisation: z._default(
    z.strictObject({
      name: text(120),
      contact: text(200),
    }),
    { name: "The organisation that runs this site", contact: "Ask the person who gave you this address." },
  ),
  /** Name of downloaded encrypted copies. Neutral, so a downloads folder gives nothing away. */
  exportFileName: z._default(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1),
        z.maxLength(40),
        z.regex(/^[A-Za-z0-9][A-Za-z0-9 _.-]*$/, "must use only letters, digits, spaces, dots, dashes and underscores"),
      ),
    "notes",
  ),
  /** Minutes without input before a saved plan locks itself. */
  idleLockMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(120)), 10),
  /** Minutes without use (a key, a click or a tap) before a session warns that it will end. */
  sessionWarnMinutes: z._default(z.number().check(z.int(), z.gte(5), z.lte(240)), 25),
  /** Minutes the warning stays up, with "Keep going", before the session ends and clears. */
  sessionGraceMinutes: z._default(z.number().check(z.int(), z.gte(1), z.lte(30)), 5),
});

export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
export type SiteConfig = z.output<typeof SiteConfigSchema>;
export type LocalService = z.output<typeof LocalServiceSchema>;
