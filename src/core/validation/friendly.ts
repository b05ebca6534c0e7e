/**
 * Turns zod issues into sentences a person can act on. zod/mini's default message is
 * "Invalid input", which names neither the field nor the problem.
 */
export interface IssueLike {
  readonly code?: string;
  readonly path: readonly PropertyKey[];
  readonly message?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly origin?: string;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly note?: string;
  readonly keys?: readonly string[];
}

export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(the whole file)";
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

function unit(origin: string | undefined): string {
  if (origin === "string") return "characters";
  if (origin === "array") return "items";
  return "";
}

/**
 * Whether the input has nothing at the issue's path: the setting was left out, so "is
 * missing" says more than "must be a string".
 */
function isMissing(input: unknown, path: readonly PropertyKey[]): boolean {
  let here: unknown = input;
  for (const part of path) {
    if (here === null || typeof here !== "object") return false;
    here = (here as Record<PropertyKey, unknown>)[part];
  }
  return here === undefined;
}

/**
 * One sentence for an issue. With the input that was checked, a required setting that was
 * left out is reported as missing.
 */
export function describeIssue(issue: IssueLike, input?: unknown): string {
  const where = fieldName(issue.path);
  const u = unit(issue.origin);
  if (issue.code === "invalid_type" && input !== undefined && isMissing(input, issue.path)) {
    return `${where}: is missing.`;
  }
  switch (issue.code) {
    case "too_big":
      return `${where}: must be at most ${String(issue.maximum)} ${u}`.trimEnd() + ".";
    case "too_small":
      if (issue.origin === "string" && issue.minimum === 1) return `${where}: must not be empty.`;
      return `${where}: must be at least ${String(issue.minimum)} ${u}`.trimEnd() + ".";
    case "invalid_type":
      return `${where}: ${issue.expected === "undefined" ? "is not allowed here" : `must be ${article(issue.expected)}`}.`;
    case "invalid_value":
      return `${where}: must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}.`;
    case "invalid_format":
      // Our own wording: zod's default messages change with the locale another library sets.
      // One sentence whatever was wrong with the address (zod can report its scheme and its
      // host separately): every address in the configuration must be https.
      if (issue.format === "url") return `${where}: must be a full web address starting with https://.`;
      if (issue.format === "regex" && issue.message) return `${where}: ${issue.message}.`;
      return `${where}: is not in the expected format${issue.format ? ` (${issue.format})` : ""}.`;
    case "unrecognized_keys":
      return `${where}: has unknown setting${(issue.keys?.length ?? 0) > 1 ? "s" : ""} ${(issue.keys ?? []).map((k) => JSON.stringify(k)).join(", ")}.`;
    default:
      return `${where}: ${issue.message && issue.message !== "Invalid input" ? issue.message : "is not valid"}.`;
  }
}

function article(expected: string | undefined): string {
  if (!expected) return "a different kind of value";
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * One line per field: the first problem found with each field is the one to fix first, and
 * several lines about one value (a bad address is both "not https" and "no host") only confuse.
 */
export function describeIssues(issues: readonly IssueLike[], input?: unknown): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const issue of issues) {
    const where = fieldName(issue.path);
    if (seen.has(where)) continue;
    seen.add(where);
    lines.push(describeIssue(issue, input));
  }
  return lines;
}
