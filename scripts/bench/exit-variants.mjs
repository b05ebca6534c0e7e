// Throwaway-grade probe (issue 19 item 2): Shift ×3 on variants of the built /help/ page (edits to the
// minified inline exit script, or one added style) against GOV.UK's page, same harness and headers as
// quick-exit.mjs. After a build: `VARIANTS=base,noStatusText TRIES=30 BENCH_PORT=… node scripts/bench/exit-variants.mjs`.
// Prints each page's median (event timeStamp → hidden), ratio to GOV.UK, and the median wait before
// the first keyup listener. The edits match esbuild's minified names: re-check them after editing the exit.
import { readFileSync } from "node:fs";
import { launch, serve } from "./browser.mjs";
import { median } from "./median.mjs";
// The GOV.UK page and the CSP that admits inline code are the bench's own (quick-exit.mjs).
import { admitInline, govukPage, servedHeaders, watchExit } from "./quick-exit.mjs";

const config = JSON.parse(readFileSync("site.config.json", "utf8"));
const exitUrl = config.exitUrl;
const withCsp = (page) =>
  page.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)/,
    (_m, h, csp) => h + admitInline(csp, page),
  );
function variant(ours, edits) {
  let p = ours;
  if (edits.css) p = p.replace("</head>", `<style>${edits.css}</style></head>`);
  p = p.replace(/<script>([\s\S]*?)<\/script>/, (_m, js) => {
    for (const [a, b] of edits) {
      if (!js.includes(a)) throw new Error("no " + a);
      js = js.replaceAll(a, b);
    }
    return `<script>${js}</script>`;
  });
  return p;
}
const V = {
  base: [],
  noKeydown: [['t.addEventListener("keydown"', 't.addEventListener("x-keydown"']],
  noPointer: [['["pointerdown","mousedown","wheel"]', "[]"]],
  noIO: [["new IntersectionObserver(", "new (class{constructor(){}observe(){}})("]],
  noBC: [["new BroadcastChannel(O)", "null.x"]],
  noProgress: [['S(s),f(a.getAttribute("data-qe-left-"+r)||""),', ""]],
  docKeyup: [['t.addEventListener("keyup"', 'n.addEventListener("keyup"']],
  noNotice: [['a.classList.add("qe-first")', "0"]],
  contained: Object.assign([], {
    css: ".qe-status{display:block!important;height:1.3rem;overflow:hidden;contain:strict}",
  }),
  noStatusText: [['f(a.getAttribute("data-qe-left-"+r)||"")', "0"]],
  noDots: [["S(s),", ""]],
  statusNormal: Object.assign([], { css: ".qe-status{font-weight:400!important}" }),
  statusHidden: Object.assign([], {
    css: ".qe-status{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important}",
  }),
  statusNoRole: [['A("qe-status")', '(A("qe-status").removeAttribute("role"),A("qe-status"))']],
};
const only = process.env.VARIANTS ? process.env.VARIANTS.split(",") : Object.keys(V);
const tries = Number(process.env.TRIES || 15);
const server = await serve();
const browser = await launch();
const base = server.base;
try {
  const page = await browser.newPage();
  await page.route(`${new URL(exitUrl).origin}/**`, (r) => r.fulfill({ status: 204 }));
  const response = await fetch(`${base}/help/`);
  const ours = await response.text();
  const pages = { govuk: govukPage(ours, exitUrl) };
  for (const k of only) pages[k] = variant(ours, V[k]);
  for (const [k, body0] of Object.entries(pages)) {
    const body = withCsp(body0);
    const headers = servedHeaders(response, body0);
    await page.route(`${base}/__${k}__/`, (r) => r.fulfill({ headers, body }));
  }
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.addInitScript(watchExit);
  const names = ["served", ...Object.keys(pages)];
  const waits = {};
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < tries; i++) {
    for (const who of names) {
      await page.goto(who === "served" ? `${base}/help/` : `${base}/__${who}__/`);
      for (let n = 0; n < 3; n++) await page.keyboard.press("Shift");
      await page.waitForFunction(() => window.__hiddenAt > 0);
      if (errors.length) throw new Error(`${who}: ${errors.join("; ")}`);
      const [t, wt] = await page.evaluate(() => [window.__hiddenAt - window.__inputAt, window.__wait]);
      samples[who].push(t);
      waits[who] = [...(waits[who] ?? []), wt];
    }
  }
  const g = median(samples.govuk);
  for (const n of names)
    console.log(
      n.padEnd(12),
      median(samples[n]).toFixed(2),
      (median(samples[n]) / g).toFixed(2) + "×",
      "wait",
      median(waits[n]).toFixed(2),
      "mean",
      (waits[n].reduce((a, b) => a + b, 0) / waits[n].length).toFixed(2),
    );
} finally {
  await browser.close();
  server.stop();
}
