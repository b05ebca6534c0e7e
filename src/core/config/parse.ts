import { LANGUAGE_INFO } from "../i18n/languages";
import { overrideProblems, unreviewedLanguages } from "../i18n/overrides";
import { describeIssues } from "../validation/friendly";
import { PLACEHOLDER_ORGANISATION, type SiteConfig, SiteConfigSchema } from "./schema";

export class SiteConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[], source: string) {
    super(`${source} is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SiteConfigError";
    this.problems = problems;
  }
}

/** Parses configuration, throwing one error that names every bad field and what is wrong. */
export function parseSiteConfig(input: unknown, source = "site.config.json"): SiteConfig {
  const result = SiteConfigSchema.safeParse(input);
  if (!result.success) throw new SiteConfigError(describeIssues(result.error.issues, input), source);
  const wording = overrideProblems(result.data.messages);
  if (wording.length > 0) throw new SiteConfigError(wording, source);
  return result.data;
}

/** Things that do not stop the build but should be put right before the site goes live. */
export function siteConfigWarnings(config: SiteConfig): string[] {
  const warnings: string[] = [];
  if (config.organisation.name === PLACEHOLDER_ORGANISATION.name) {
    warnings.push(
      `organisation.name: is still the placeholder "${PLACEHOLDER_ORGANISATION.name}". Put your organisation's name, and how to reach you in organisation.contact, so people know who runs the site.`,
    );
  }
  for (const lang of unreviewedLanguages(config.languages)) {
    warnings.push(
      `languages: ${LANGUAGE_INFO[lang].englishName} ("${lang}") has not yet been reviewed by a fluent speaker. Ask one to read it before you publish it, or leave "${lang}" out of languages.`,
    );
  }
  for (const lang of Object.keys(config.messages)) {
    if (!(config.languages as readonly string[]).includes(lang)) {
      warnings.push(`messages.${lang}: gives wording for a language that languages does not offer, so it is not used.`);
    }
  }
  return warnings;
}
