// @ts-check
/**
 * The site's HTTP headers, in one place. The build writes them into `_headers` (read by
 * Netlify, Cloudflare Pages and `npm run serve`) and into `nginx-headers.conf` (for nginx to
 * `include`), so a host is never left with a policy pasted by hand from an older build.
 * `npm run check-headers` compares a live site with them.
 */

/** @typedef {[name: string, value: string]} Header */

/**
 * The headers in the "/*" block of a _headers file (the only block the site uses).
 * @param {string} text
 * @returns {Header[]}
 */
export function parseHeadersFile(text) {
  /** @type {Header[]} */
  const headers = [];
  let inBlock = false;
  for (const line of text.split("\n")) {
    if (/^[^\s#]/.test(line)) {
      inBlock = line.trim() === "/*";
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (inBlock && m?.[1] && m[2]) headers.push([m[1], m[2]]);
  }
  return headers;
}

/**
 * The blocks after "/*": headers for one address only (the deleted page's Clear-Site-Data).
 * @param {string} text
 * @returns {Array<{ path: string, headers: Header[] }>}
 */
export function parsePathHeaders(text) {
  /** @type {Array<{ path: string, headers: Header[] }>} */
  const blocks = [];
  /** @type {{ path: string, headers: Header[] } | undefined} */
  let block;
  for (const line of text.split("\n")) {
    if (/^[^\s#]/.test(line)) {
      const path = line.trim();
      block = path === "/*" ? undefined : { path, headers: [] };
      if (block) blocks.push(block);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (block && m?.[1] && m[2]) block.headers.push([m[1], m[2]]);
  }
  return blocks;
}

/**
 * The extra headers a _headers file gives one address (its folder's index.html included).
 * Addresses are matched exactly: the site uses no wildcards beyond "/*".
 * @param {string} text
 * @param {string} urlPath
 * @returns {Header[]}
 */
export function headersForPath(text, urlPath) {
  const path = urlPath.replace(/index\.html$/, "");
  return parsePathHeaders(text).flatMap((block) => (block.path === path ? block.headers : []));
}

/**
 * Every header one address is sent: the "/*" block's, with the address's own block in place of
 * any of the same name (the receiving page's Permissions-Policy allows the camera), and its
 * others added (the deleted page's Clear-Site-Data).
 * @param {string} text
 * @param {string} urlPath
 * @returns {Header[]}
 */
export function pageHeaders(text, urlPath) {
  const own = headersForPath(text, urlPath);
  const ownNames = new Set(own.map(([name]) => name.toLowerCase()));
  return [...parseHeadersFile(text).filter(([name]) => !ownNames.has(name.toLowerCase())), ...own];
}

/** The nginx file for the pages allowed the camera (docs/nginx.conf includes it there only). */
export const NGINX_CAMERA_FILE = "nginx-headers-camera.conf";

/**
 * The same headers as nginx `add_header` lines. `always` sends them with every status,
 * error pages and redirects included.
 * @param {readonly Header[]} headers
 */
export function renderNginxHeaders(headers) {
  const lines = [
    "# Written by the build from _headers: the site's security headers, for nginx. Include this",
    "# file inside the server { } block that serves this folder (docs/deploy.md). Every build",
    "# writes it afresh, with the script hashes of the pages beside it: do not edit it by hand.",
  ];
  for (const [name, value] of headers) {
    // Quotes, backslashes and $ (nginx variables) would change the value nginx sends.
    if (/["\\$\n]/.test(value)) throw new Error(`${name} cannot be written for nginx: ${value}`);
    lines.push(`add_header ${name} "${value}" always;`);
  }
  return `${lines.join("\n")}\n`;
}

/**
 * Reads back what renderNginxHeaders wrote.
 * @param {string} text
 * @returns {Header[]}
 */
export function parseNginxHeaders(text) {
  return [...text.matchAll(/^add_header ([A-Za-z0-9-]+) "([^"]*)" always;$/gm)].map((m) => [m[1] ?? "", m[2] ?? ""]);
}

/** @param {string} value */
const normalise = (value) => value.trim().replace(/\s+/g, " ");

/**
 * A policy as directive → sources, so two policies can be compared whatever their order.
 * @param {string} policy
 */
function directives(policy) {
  /** @type {Map<string, Set<string>>} */
  const map = new Map();
  for (const part of policy.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), new Set(sources));
  }
  return map;
}

/**
 * What differs between the build's policy and the one a site sends, directive by directive.
 * @param {string} expected
 * @param {string} actual
 */
function policyDifferences(expected, actual) {
  const want = directives(expected);
  const got = directives(actual);
  const out = [];
  for (const [name, sources] of want) {
    const sent = got.get(name);
    if (!sent) {
      out.push(`${name} is missing`);
      continue;
    }
    const lacks = [...sources].filter((s) => !sent.has(s));
    const extra = [...sent].filter((s) => !sources.has(s));
    if (lacks.length) out.push(`${name} lacks ${lacks.join(" ")}`);
    if (extra.length) out.push(`${name} has ${extra.join(" ")}, which the build does not`);
  }
  for (const name of got.keys()) if (!want.has(name)) out.push(`${name} is not in the build's policy`);
  return out;
}

/**
 * Every header of the build that a response lacks or sends differently, one sentence each.
 * @param {readonly Header[]} expected the build's headers
 * @param {(name: string) => string | null} actual a response's header, by name
 */
export function compareHeaders(expected, actual) {
  const problems = [];
  for (const [name, value] of expected) {
    const sent = actual(name);
    if (sent === null) {
      problems.push(`missing: ${name} (the build sends "${value}")`);
    } else if (name.toLowerCase() === "content-security-policy") {
      // The same directives in another order are the same policy.
      const details = policyDifferences(value, sent);
      if (details.length) problems.push(`different: ${name}: ${details.join("; ")} (a policy from an older build?)`);
    } else if (normalise(sent) !== normalise(value)) {
      problems.push(`different: ${name}: the build sends "${value}", the site sends "${sent}"`);
    }
  }
  return problems;
}
