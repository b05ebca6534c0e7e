/**
 * The Content Security Policy, in one place. Astro adds hashes for its own scripts and styles
 * to script-src and style-src; these are every other directive. connect-src 'none' means a
 * page cannot send anything anywhere, even if some code tried to.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "connect-src 'none'",
  "img-src 'self' data: blob:",
  "font-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** Only in an HTTP header: browsers ignore frame-ancestors in a meta tag. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * Builds one site-wide policy from the per-page meta policies Astro wrote, so a host can send
 * it as a header. Hash sources are merged per directive; other sources must agree.
 */
export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(";")) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  for (const d of HEADER_ONLY_DIRECTIVES) {
    const [name, ...sources] = d.split(" ");
    if (name) merged.set(name, new Set(sources));
  }
  return [...merged].map(([name, sources]) => [name, ...[...sources].sort(sortSources)].join(" ")).join("; ");
}

/** Keyword sources first, then hashes, so the header reads well. */
function sortSources(a: string, b: string): number {
  const rank = (s: string) => (s.startsWith("'sha") ? 1 : 0);
  return rank(a) - rank(b) || a.localeCompare(b);
}
