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
import { headersForPath, parseHeadersFile } from "./headers.mjs";
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

const headersFile = join(root, "_headers");
const headersText = existsSync(headersFile) ? readFileSync(headersFile, "utf8") : "";

/** The build's headers, from its _headers file, sent with every response. */
function readHeaders() {
  return Object.fromEntries(parseHeadersFile(headersText));
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
  return existsSync(path) && !/(_headers|nginx-headers(-camera)?\.conf)$/.test(path) ? path : null;
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
  // A page's own headers (the deleted page's Clear-Site-Data), as Netlify and nginx add them.
  const own = file ? Object.fromEntries(headersForPath(headersText, url.pathname)) : {};
  res.writeHead(status, { ...headers, ...own, "Content-Type": TYPES[extname(path)] ?? "application/octet-stream" });
  if (req.method === "HEAD") res.end();
  else createReadStream(path).pipe(res);
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://localhost:${port}/ (Ctrl+C to stop)`);
});
