// @ts-check
/**
 * Serves a built site on localhost with the same headers a real host would send, read from
 * its _headers file. No dependencies, so `npm start` needs nothing else.
 *
 *   npm run serve                      the build for this configuration (dist/, or SITE_OUT,
 *                                      or the folder beside SITE_CONFIG: scripts/site-paths.mjs)
 *   npm run serve -- orgs/dist-acme    any built folder
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { parseHeadersFile } from "./headers.mjs";
import { siteOutDir } from "./site-paths.mjs";

const root = resolve(process.argv[2] ?? siteOutDir());
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? "127.0.0.1";

/** @type {Record<string, string>} */
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** The build's headers, from its _headers file, sent with every response. */
function readHeaders() {
  const file = join(root, "_headers");
  return existsSync(file) ? Object.fromEntries(parseHeadersFile(readFileSync(file, "utf8"))) : {};
}

/** @param {string} urlPath */
function fileFor(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  const path = join(root, clean);
  if (!path.startsWith(root)) return null;
  if (existsSync(path) && statSync(path).isDirectory()) {
    const index = join(path, "index.html");
    return existsSync(index) ? index : null;
  }
  return existsSync(path) && !/(_headers|nginx-headers\.conf)$/.test(path) ? path : null;
}

if (!existsSync(join(root, "index.html"))) {
  console.error(`${root} holds no built site: run \`npm run build\` first, or name a built folder.`);
  process.exit(1);
}
const headers = readHeaders();

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  // Directory URLs without a slash redirect, as static hosts do.
  const dir = join(root, url.pathname);
  if (!url.pathname.endsWith("/") && existsSync(dir) && statSync(dir).isDirectory()) {
    res.writeHead(301, { ...headers, Location: `${url.pathname}/` }).end();
    return;
  }
  const file = fileFor(url.pathname);
  const status = file ? 200 : 404;
  const path = file ?? join(root, "404.html");
  res.writeHead(status, { ...headers, "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
  if (req.method === "HEAD") res.end();
  else createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}/ (Ctrl+C to stop)`);
});
