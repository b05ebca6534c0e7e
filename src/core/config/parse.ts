import { describeIssues } from "../validation/friendly";
import { type SiteConfig, SiteConfigSchema } from "./schema";

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
  if (!result.success) throw new SiteConfigError(describeIssues(result.error.issues), source);
  return result.data;
}
