import { describe, expect, it } from "vitest";
import { compareHeaders, type Header, parseHeadersFile, parseNginxHeaders, renderNginxHeaders } from "./headers.mjs";

const HEADERS_FILE = `# a comment
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-BBB='; frame-ancestors 'none'
  Referrer-Policy: no-referrer
  # a note inside the block
  X-Frame-Options: DENY
/other/*
  X-Other: ignored
`;

const build: Header[] = parseHeadersFile(HEADERS_FILE);
const sent = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()] ?? null;
const asSent = Object.fromEntries(build.map(([n, v]) => [n.toLowerCase(), v]));

describe("the build's headers", () => {
  it("are read from the /* block of _headers", () => {
    expect(build.map(([name]) => name)).toEqual(["Content-Security-Policy", "Referrer-Policy", "X-Frame-Options"]);
  });

  it("are written for nginx, and read back the same", () => {
    const conf = renderNginxHeaders(build);
    expect(conf).toContain(`add_header Referrer-Policy "no-referrer" always;`);
    expect(parseNginxHeaders(conf)).toEqual(build);
  });

  it("refuse a value nginx would change", () => {
    expect(() => renderNginxHeaders([["X-Test", 'say "hi"']])).toThrow("X-Test");
    expect(() => renderNginxHeaders([["X-Test", "$host"]])).toThrow("X-Test");
  });
});

describe("comparing a site's headers with the build's", () => {
  it("finds nothing when they match, whatever the spacing", () => {
    expect(compareHeaders(build, sent({ ...asSent, "referrer-policy": "  no-referrer " }))).toEqual([]);
  });

  it("names every missing header", () => {
    const { "x-frame-options": _, "referrer-policy": __, ...rest } = asSent;
    expect(compareHeaders(build, sent(rest))).toEqual([
      'missing: Referrer-Policy (the build sends "no-referrer")',
      'missing: X-Frame-Options (the build sends "DENY")',
    ]);
  });

  it("names a different value", () => {
    expect(compareHeaders(build, sent({ ...asSent, "x-frame-options": "SAMEORIGIN" }))).toEqual([
      'different: X-Frame-Options: the build sends "DENY", the site sends "SAMEORIGIN"',
    ]);
  });

  it("says which script hashes a stale policy lacks", () => {
    const stale = "default-src 'self'; script-src 'self' 'sha256-AAA=' 'sha256-OLD='; frame-ancestors 'none'";
    expect(compareHeaders(build, sent({ ...asSent, "content-security-policy": stale }))).toEqual([
      "different: Content-Security-Policy: script-src lacks 'sha256-BBB='; script-src has 'sha256-OLD=', which the build does not (a policy from an older build?)",
    ]);
  });

  it("accepts the same policy with its directives in another order", () => {
    const reordered = "frame-ancestors 'none'; script-src 'self' 'sha256-BBB=' 'sha256-AAA='; default-src 'self'";
    expect(compareHeaders(build, sent({ ...asSent, "content-security-policy": reordered }))).toEqual([]);
  });
});
