import { REGISTRY, type Registry } from "../i18n/catalogue";
import { type Lang, SOURCE_LANG } from "../i18n/languages";
import { overrideProblems } from "../i18n/overrides";
import { describeIssues } from "../validation/friendly";
import { PLACEHOLDER_ORGANISATION, type SiteConfig, SiteConfigSchema, siteConfigSchema } from "./schema";

export class SiteConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[], source: string) {
    super(`${source} is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SiteConfigError";
    this.problems = problems;
  }
}

/** Parses configuration, throwing one error that names every bad field and what is wrong. */
export function parseSiteConfig(
  input: unknown,
  source = "site.config.json",
  registry: Registry = REGISTRY,
): SiteConfig {
  const schema = registry === REGISTRY ? SiteConfigSchema : siteConfigSchema(registry);
  const result = schema.safeParse(input);
  if (!result.success) throw new SiteConfigError(describeIssues(result.error.issues, input), source);
  const wording = overrideProblems(result.data.messages, registry);
  if (wording.length > 0) throw new SiteConfigError(wording, source);
  return result.data;
}

/** Whether a fluent speaker's review of a language is recorded (English is the source: always). */
export function reviewed(config: Pick<SiteConfig, "reviews">, lang: Lang): boolean {
  return lang === SOURCE_LANG || config.reviews[lang] !== undefined;
}

/** Each label, as the build reports it (LanguageInfo.quality; a recorded review outranks it). */
const QUALITY_WORDS = {
  source: "the source",
  glossary: "checked against the glossary, not yet reviewed by a fluent speaker",
  drafted: "drafted, not yet checked against the glossary nor reviewed by a fluent speaker",
} as const;

/**
 * One line for each language the site offers, saying how far its words have been checked, so an
 * organisation sees it at every build: "Polish (pl): drafted, …" or "Welsh (cy): reviewed by
 * Siân Owen on 2026-11-30".
 */
export function languageReport(
  config: Pick<SiteConfig, "languages" | "reviews">,
  registry: Registry = REGISTRY,
): string[] {
  return config.languages.map((lang) => {
    const info = registry[lang]?.info;
    const review = lang === SOURCE_LANG ? undefined : config.reviews[lang];
    const label = review ? `reviewed by ${review.by} on ${review.on}` : QUALITY_WORDS[info?.quality ?? "drafted"];
    return `${info?.englishName ?? lang} (${lang}): ${label}`;
  });
}

/** Things that do not stop the build but should be put right before the site goes live. */
export function siteConfigWarnings(config: SiteConfig, registry: Registry = REGISTRY): string[] {
  const warnings: string[] = [];
  if (config.organisation.name === PLACEHOLDER_ORGANISATION.name) {
    warnings.push(
      `organisation.name: is still the placeholder "${PLACEHOLDER_ORGANISATION.name}". Put your organisation's name, and how to reach you in organisation.contact, so people know who runs the site.`,
    );
  }
  for (const lang of config.languages.filter((l) => !reviewed(config, l))) {
    warnings.push(
      `languages: ${registry[lang]?.info.englishName ?? lang} ("${lang}") has not yet been reviewed by a fluent speaker. Ask one to read it before you publish it, or leave "${lang}" out of languages. Once one has, record it in reviews: { "${lang}": { "by": "their name", "on": "2026-11-30" } }.`,
    );
  }
  for (const lang of Object.keys(config.messages)) {
    if (!(config.languages as readonly string[]).includes(lang)) {
      warnings.push(`messages.${lang}: gives wording for a language that languages does not offer, so it is not used.`);
    }
  }
  return warnings;
}
