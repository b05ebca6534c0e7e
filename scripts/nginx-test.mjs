// @ts-check
/**
 * Runs docs/nginx.conf in a real nginx on loopback and checks that it serves exactly the
 * build's headers, and that `npm run check-headers` catches a stale include. .ci/run runs it
 * when nginx is installed (Debian: `apt-get install nginx`).
 *
 *   npm run test:nginx [-- built-folder]
 *
 * By default it serves the tests' own build (dist-test/, which `npm test` makes; or
 * `node scripts/build-test-site.mjs`); name a folder to try an organisation's build instead.
 *
 * Only the placeholders change: the domain, the certificate (a throwaway self-signed one),
 * the folder, and the ports (loopback ones instead of 80 and 443).
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { get as httpsGet } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { testOutDir } from "./site-paths.mjs";

const nginx = process.env.NGINX ?? "nginx";
const example = fileURLToPath(new URL("../docs/nginx.conf", import.meta.url));
const checkHeaders = fileURLToPath(new URL("./check-headers.mjs", import.meta.url));
const out = resolve(process.argv[2] ?? testOutDir);

if (spawnSync(nginx, ["-v"], { stdio: "ignore" }).error) {
  console.error("nginx is not installed: install it with `sudo apt-get install nginx` (or set NGINX to its path).");
  process.exit(1);
}
if (!existsSync(join(out, "nginx-headers.conf"))) {
  console.error(`${out} has no nginx-headers.conf: build it first (npm test, or node scripts/build-test-site.mjs).`);
  process.exit(1);
}

/** A port nothing is listening on. @returns {Promise<number>} */
function freePort() {
  return new Promise((done, fail) => {
    const server = createServer().once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * Replaces text that must appear exactly `times` times, so a change to the example that the
 * test no longer understands fails loudly instead of testing something else.
 * @param {string} text @param {string | RegExp} find @param {string} replacement @param {number} times
 */
function substitute(text, find, replacement, times) {
  const pattern = typeof find === "string" ? new RegExp(find.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g") : find;
  const count = [...text.matchAll(pattern)].length;
  if (count !== times) throw new Error(`docs/nginx.conf: expected ${times} × ${pattern}, found ${count}`);
  return text.replace(pattern, replacement);
}

const work = mkdtempSync(join(tmpdir(), "nginx-test-"));
// nginx's workers run as "nobody" when started by root: everything they read must be readable.
chmodSync(work, 0o755);
const site = join(work, "site");
cpSync(out, site, { recursive: true });
const cert = join(work, "cert.pem");
const key = join(work, "key.pem");
const subject = ["-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"];
execFileSync(
  "openssl",
  ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", ...subject, "-keyout", key, "-out", cert],
  {
    stdio: "ignore",
  },
);
const httpPort = await freePort();
const httpsPort = await freePort();

const nginxArgs = ["-p", `${work}/`, "-c", join(work, "nginx.conf")];

/** @type {string[]} */
const failures = [];
/** @param {boolean} ok @param {string} what @param {string} [detail] */
function check(ok, what, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) {
    failures.push(what);
    if (detail) console.log(detail.replace(/^/gm, "       "));
  }
}

/**
 * One request, without following redirects; https trusts only the test's certificate.
 * @param {string} url
 * @returns {Promise<{ status: number, headers: import("node:http").IncomingHttpHeaders }>}
 */
function request(url) {
  return new Promise((done, fail) => {
    const onResponse = (/** @type {import("node:http").IncomingMessage} */ res) => {
      res.resume();
      res.on("end", () => done({ status: res.statusCode ?? 0, headers: res.headers }));
    };
    const req = url.startsWith("https:")
      ? httpsGet(url, { ca: readFileSync(cert) }, onResponse)
      : httpGet(url, onResponse);
    req.on("error", fail);
  });
}

/** Starts nginx and waits until it answers. */
async function start() {
  const child = spawn(nginx, [...nginxArgs, "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx stopped (${child.exitCode}); see ${work}/error.log`);
    try {
      await request(`https://127.0.0.1:${httpsPort}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("nginx did not answer within 10 s");
}

/** @param {import("node:child_process").ChildProcess} child */
function stop(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done(undefined);
    child.once("exit", done);
    child.kill("SIGTERM");
  });
}

/** Runs `npm run check-headers` against the running nginx. */
function runCheckHeaders() {
  const result = spawnSync(process.execPath, [checkHeaders, `https://127.0.0.1:${httpsPort}/`, "--out", out], {
    encoding: "utf8",
    env: { ...process.env, NODE_EXTRA_CA_CERTS: cert },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let child;
try {
  let conf = readFileSync(example, "utf8");
  conf = substitute(conf, /^\s*listen \[::\]:(80|443)( ssl)?;\n/gm, "", 2);
  conf = substitute(conf, /listen 80;/g, `listen 127.0.0.1:${httpPort};`, 1);
  conf = substitute(conf, /listen 443 ssl;/g, `listen 127.0.0.1:${httpsPort} ssl;`, 1);
  conf = substitute(conf, /^(\s*ssl_certificate)\s+\S+;/gm, `$1 ${cert};`, 1);
  conf = substitute(conf, /^(\s*ssl_certificate_key)\s+\S+;/gm, `$1 ${key};`, 1);
  conf = substitute(conf, /^(\s*server_name) plans\.example\.org;/gm, "$1 localhost;", 2);
  conf = substitute(conf, "/var/www/planner/dist", site, 5);
  writeFileSync(join(work, "site.conf"), conf);
  writeFileSync(
    join(work, "nginx.conf"),
    `pid ${work}/nginx.pid;
  error_log ${work}/error.log warn;
  worker_processes 1;
  events { worker_connections 64; }
  http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path ${work}/body;
    proxy_temp_path ${work}/proxy;
    fastcgi_temp_path ${work}/fastcgi;
    uwsgi_temp_path ${work}/uwsgi;
    scgi_temp_path ${work}/scgi;
    include ${work}/site.conf;
  }
  `,
  );

  const test = spawnSync(nginx, ["-t", ...nginxArgs], { encoding: "utf8" });
  check(test.status === 0, "nginx -t accepts docs/nginx.conf", test.stderr);
  if (test.status !== 0) throw new Error("the configuration does not load");

  child = await start();
  const good = runCheckHeaders();
  check(good.status === 0, "every page and the 404 page send exactly the build's headers, and HSTS", good.output);

  const redirect = await request(`http://127.0.0.1:${httpPort}/help/?a=1`);
  check(
    redirect.status === 301 && redirect.headers.location === "https://127.0.0.1/help/?a=1",
    "plain HTTP redirects to the same address over HTTPS",
    `${redirect.status} ${redirect.headers.location}`,
  );
  const page = await request(`https://127.0.0.1:${httpsPort}/help/`);
  check(
    redirect.headers.server === "nginx" && page.headers.server === "nginx",
    "neither the redirect nor a page names the nginx version (server_tokens off in both servers)",
    `${redirect.headers.server} / ${page.headers.server}`,
  );
  const folder = await request(`https://127.0.0.1:${httpsPort}/help`);
  check(folder.status === 301 && folder.headers.location === "/help/", "a folder without its slash redirects to it");
  for (const file of ["/_headers", "/nginx-headers.conf", "/nginx-headers-camera.conf"]) {
    const hidden = await request(`https://127.0.0.1:${httpsPort}${file}`);
    check(hidden.status === 404, `${file} is not served`, String(hidden.status));
  }
  await stop(child);

  // A stale include: a policy with an older script hash, and a header lost along the way.
  const include = join(site, "nginx-headers.conf");
  const current = readFileSync(include, "utf8");
  const stale = current
    .replace(/'sha256-[A-Za-z0-9+/=]+'/, "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='")
    .replace(/^add_header Referrer-Policy .*\n/m, "");
  if (stale === current) throw new Error("could not make a stale copy of nginx-headers.conf");
  writeFileSync(include, stale);
  child = await start();
  const caught = runCheckHeaders();
  check(
    caught.status === 1 &&
      caught.output.includes("different: Content-Security-Policy: script-src lacks 'sha256-") &&
      caught.output.includes("missing: Referrer-Policy"),
    "check-headers fails on a stale include, naming the policy and the missing header",
    caught.output,
  );

  // A host whose folder lacks part of the build (here the Welsh pages): named, not "all pages".
  writeFileSync(include, current);
  const welsh = join(site, "cy");
  if (existsSync(welsh)) {
    rmSync(welsh, { recursive: true, force: true });
    await stop(child);
    child = await start();
    const partial = runCheckHeaders();
    check(
      partial.status === 1 && partial.output.includes("/cy/: not found (404), though the build has it"),
      "check-headers fails on a page the build has and the site does not serve, naming it",
      partial.output,
    );
  }
} catch (e) {
  check(false, e instanceof Error ? e.message : String(e));
} finally {
  if (child) await stop(child);
  rmSync(work, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`${failures.length} nginx check${failures.length === 1 ? "" : "s"} failed.`);
  process.exit(1);
}
console.log("nginx serves the build's headers, and a stale one is caught.");
