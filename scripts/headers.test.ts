import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RECEIVE_PATH } from "../src/core/handover/path";
import { LANGUAGES, localPath } from "../src/core/i18n/languages";
import { DELETED_PATH } from "../src/core/storage/names";
import {
  compareHeaders,
  type Header,
  headersForPath,
  pageHeaders,
  parseHeadersFile,
  parseNginxHeaders,
  parsePathHeaders,
  renderNginxHeaders,
} from "./headers.mjs";

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

describe("headers for one address", () => {
  it("are read from the blocks after /*, by exact address", () => {
    expect(parsePathHeaders(HEADERS_FILE)).toEqual([{ path: "/other/*", headers: [["X-Other", "ignored"]] }]);
    const file = `/*\n  A: 1\n/deleted/\n  Clear-Site-Data: "storage"\n`;
    expect(headersForPath(file, "/deleted/")).toEqual([["Clear-Site-Data", '"storage"']]);
    expect(headersForPath(file, "/deleted/index.html")).toEqual([["Clear-Site-Data", '"storage"']]);
    expect(headersForPath(file, "/")).toEqual([]);
    expect(headersForPath(file, "/plan/deleted/")).toEqual([]);
  });

  // After "Delete everything" the browser lands there and clears the site's storage, files on
  // disk included. Nowhere else: a clearing would delete a saved plan and hold up the page (or
  // the quick exit's next page) while the browser works.
  it('public/_headers sends Clear-Site-Data: "storage" on the deleted page in every language, and only there', () => {
    const file = readFileSync(new URL("../public/_headers", import.meta.url), "utf8");
    const wanted = LANGUAGES.map((lang) => localPath(lang, DELETED_PATH)).sort();
    const clearing = parsePathHeaders(file)
      .filter((block) => block.headers.some(([name, value]) => name === "Clear-Site-Data" && value === '"storage"'))
      .map((block) => block.path)
      .sort();
    expect(clearing).toEqual(wanted);
    expect(parseHeadersFile(file).map(([name]) => name)).not.toContain("Clear-Site-Data");
  });

  it("docs/nginx.conf sends it there too, with the site's other headers, and only there", () => {
    const conf = readFileSync(new URL("../docs/nginx.conf", import.meta.url), "utf8");
    const location = /location ~ (\S+) \{([^}]*)\}/.exec(conf);
    expect(location, "a location for the deleted page").not.toBeNull();
    const [, pattern = "", body = ""] = location ?? [];
    const matches = (path: string) => new RegExp(pattern).test(path);
    for (const lang of LANGUAGES) {
      const page = localPath(lang, DELETED_PATH);
      expect(matches(page), page).toBe(true);
      // nginx's index module moves /deleted/ to /deleted/index.html: that is the request that answers.
      expect(matches(`${page}index.html`), `${page}index.html`).toBe(true);
    }
    for (const other of ["/", "/cleared/", "/plan/adult/", "/deleted/x/", "/xdeleted/", "/cy/plan/deleted/"])
      expect(matches(other), other).toBe(false);
    // add_header in a location replaces the server's: the security headers are included again.
    expect(body).toContain("include /var/www/planner/dist/nginx-headers.conf;");
    expect(body).toContain("Strict-Transport-Security");
    expect(body).toContain(`add_header Clear-Site-Data '"storage"' always;`);
    expect(conf.match(/Clear-Site-Data/g)).toHaveLength(1);
  });
});

describe("the camera, for the receiving page alone", () => {
  const file = readFileSync(new URL("../public/_headers", import.meta.url), "utf8");
  const policyOf = (path: string) => pageHeaders(file, path).filter(([name]) => name === "Permissions-Policy");

  it("a page's own header takes the place of the one of the same name", () => {
    const text = `/*\n  A: 1\n  P: camera=()\n/x/\n  P: camera=(self)\n  B: 2\n`;
    expect(pageHeaders(text, "/x/")).toEqual([
      ["A", "1"],
      ["P", "camera=(self)"],
      ["B", "2"],
    ]);
    expect(pageHeaders(text, "/y/")).toEqual([
      ["A", "1"],
      ["P", "camera=()"],
    ]);
  });

  it("public/_headers allows the camera on the receiving page in every language, and nowhere else", () => {
    const everywhere = parseHeadersFile(file).find(([name]) => name === "Permissions-Policy")?.[1] ?? "";
    expect(everywhere).toContain("camera=()");
    for (const lang of LANGUAGES) {
      const [policy, ...more] = policyOf(localPath(lang, RECEIVE_PATH));
      expect(more, lang).toEqual([]);
      // The same policy in all else: only the camera is allowed, and only to the site itself.
      expect(policy?.[1], lang).toBe(everywhere.replace("camera=()", "camera=(self)"));
    }
    const allowing = parsePathHeaders(file)
      .filter((block) => block.headers.some(([, value]) => value.includes("camera=(self)")))
      .map((block) => block.path)
      .sort();
    expect(allowing).toEqual(LANGUAGES.map((lang) => localPath(lang, RECEIVE_PATH)).sort());
    for (const other of ["/", "/plan/adult/", "/professionals/session/", "/receive/x/", "/deleted/"])
      expect(policyOf(other)[0]?.[1], other).toBe(everywhere);
  });

  it("docs/nginx.conf sends the camera's set of headers on the receiving page only", () => {
    const conf = readFileSync(new URL("../docs/nginx.conf", import.meta.url), "utf8");
    const locations = [...conf.matchAll(/location ~ (\S+) \{([^}]*)\}/g)];
    const camera = locations.filter(([, , body]) => body?.includes("nginx-headers-camera.conf"));
    expect(camera).toHaveLength(1);
    const [, pattern = "", body = ""] = camera[0] ?? [];
    const matches = (path: string) => new RegExp(pattern).test(path);
    for (const lang of LANGUAGES) {
      const page = localPath(lang, RECEIVE_PATH);
      expect(matches(page), page).toBe(true);
      expect(matches(`${page}index.html`), `${page}index.html`).toBe(true);
    }
    for (const other of ["/", "/plan/adult/", "/receive/x/", "/xreceive/", "/cy/plan/receive/"])
      expect(matches(other), other).toBe(false);
    expect(body).not.toContain("nginx-headers.conf;");
    expect(body).toContain("Strict-Transport-Security");
    expect(conf.match(/nginx-headers-camera\.conf;/g)).toHaveLength(1);
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
