// @ts-check
/**
 * npm run bench: builds (via the npm script), then measures the built site in Chromium and
 * prints figures against budgets. Writes the same tables to docs/benchmarks.md. Exits 1 if a
 * budget is exceeded. Figures are measurements, not tests: they vary from machine to machine.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { launch, serve } from "./bench/browser.mjs";
import {
  JS_BUDGETS,
  jsBudget,
  KB,
  PHONE_HOUSEHOLD_SECONDS,
  PHONE_MIN_FRAMES_PER_SECOND,
  QUICK_EXIT_HIDDEN_MS,
  QUICK_EXIT_VS_GOVUK,
} from "./bench/budgets.mjs";
import { buildWith, languageLists } from "./bench/build-time.mjs";
import { extraMeasures } from "./bench/extra.mjs";
import { openingMeasures } from "./bench/opening.mjs";
import { phoneMeasures } from "./bench/phone.mjs";
import { quickExitLatency } from "./bench/quick-exit.mjs";
import { builtPages, measureSizes, plainPath } from "./bench/sizes.mjs";

const config = JSON.parse(readFileSync("site.config.json", "utf8"));
// `node scripts/bench.mjs --only=exit,usable` (after a build) runs those parts alone and writes
// nothing to docs/benchmarks.md. Parts: sizes, exit, extra (usable, moves, crypto, …), usable, opening, phone, build.
const onlyArg = process.argv.find((a) => a.startsWith("--only="));
const only = onlyArg ? new Set(onlyArg.slice("--only=".length).split(",")) : null;
const runs = (/** @type {string} */ part) => !only || only.has(part);
const server = await serve();
const browser = await launch();
const failures = [];
const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;

try {
  // Page weight on a build with every language, so each is held to the budgets whether or not
  // this site offers it; the build's time with the languages offered by default beside it.
  const lists = languageLists();
  const builds = [];
  if (runs("build")) builds.push(buildWith(config, lists.byDefault));
  const everyLanguage = runs("sizes") || runs("build") ? buildWith(config, lists.all) : null;
  if (everyLanguage) builds.push(everyLanguage);
  /** @type {Awaited<ReturnType<typeof measureSizes>>} */
  let sizes = [];
  if (runs("sizes") && everyLanguage) {
    const allServer = await serve((Number(process.env.BENCH_PORT) || 4398) + 1, everyLanguage.out);
    try {
      sizes = await measureSizes(browser, allServer.base, everyLanguage.out);
    } finally {
      allServer.stop();
    }
  }
  const pages = everyLanguage ? builtPages(everyLanguage.out) : builtPages();
  const sizeLines = [
    "| page | JS (gz) | of which words | budget | CSS (gz) | HTML (gz) |",
    "|---|---:|---:|---:|---:|---:|",
  ];
  for (const row of sizes) {
    // A page in another language has its source twin's budget, with its own words' extra bytes (jsBudget).
    const plain = plainPath(row.path, pages);
    const rule = JS_BUDGETS.find((b) => b.match.test(plain));
    const budget = rule
      ? jsBudget(
          rule.bytes,
          row,
          sizes.find((r) => r.path === plain),
        )
      : undefined;
    const ok = budget === undefined || row.js <= budget;
    if (!ok) failures.push(`${row.path}: JS ${kb(row.js)} over ${kb(budget ?? 0)}`);
    sizeLines.push(
      `| ${row.path} | ${kb(row.js)} ${ok ? "" : "**over**"} | ${kb(row.words)} | ${budget === undefined ? "–" : kb(budget)} | ${kb(row.css)} | ${kb(row.html)} |`,
    );
  }

  const timingLines = ["| measure | median | budget |", "|---|---:|---:|"];
  /** @param {string} name @param {number} value @param {number | undefined} budget @param {string} unit */
  const timing = (name, value, budget, unit = "ms") => {
    const ok = budget === undefined || value <= budget;
    if (!ok) failures.push(`${name}: ${value.toFixed(2)} ${unit} over ${budget} ${unit}`);
    timingLines.push(
      `| ${name} | ${unit === "KB" ? kb(value * KB) : unit === "×" ? `${value.toFixed(2)}×` : `${value.toFixed(value < 0.1 ? 3 : 2)} ms`}${ok ? "" : " **over**"} | ${budget === undefined ? "–" : unit === "KB" ? kb(budget * KB) : unit === "×" ? `${budget}×` : `${budget} ms`} |`,
    );
  };
  // Ours and GOV.UK Frontend's "Exit this page", alternately in the same run, on pages of the
  // same size: ours must be no slower (QUICK_EXIT_VS_GOVUK).
  /** @type {Array<["click" | "keyboard", string]>} */
  const exits = [
    ["click", "click"],
    ["keyboard", "Shift ×3"],
  ];
  for (const [how, label] of runs("exit") ? exits : []) {
    const exit = await quickExitLatency(browser, server.base, config.exitUrl, how);
    timing(`Quick exit, ${label} → page hidden (40 tries)`, exit.ours, QUICK_EXIT_HIDDEN_MS);
    timing(`GOV.UK Frontend's Exit this page, ${label} → page hidden, same run, same page size`, exit.govuk, undefined);
    const ratio = exit.ours / exit.govuk;
    const ok = ratio <= QUICK_EXIT_VS_GOVUK;
    if (!ok) failures.push(`quick exit (${label}) ${ratio.toFixed(2)}× GOV.UK's, over ${QUICK_EXIT_VS_GOVUK}×`);
    timingLines.push(
      `| Quick exit, ${label}: ours ÷ GOV.UK's | ${ratio.toFixed(2)}×${ok ? "" : " **over**"} | ${QUICK_EXIT_VS_GOVUK}× |`,
    );
  }
  if (runs("extra") || runs("usable"))
    for (const m of await extraMeasures(browser, server.base, runs("extra"))) timing(m.name, m.value, m.budget, m.unit);
  if (runs("opening"))
    for (const m of await openingMeasures(browser, server.base, config.exitUrl))
      timing(m.name, m.value, m.budget, m.unit);

  // Hand-over to a phone: the sender's pace, the reader's cost, and whole transfers.
  const phoneLines = [];
  if (runs("phone")) {
    const phone = await phoneMeasures(browser, server.base);
    const fpsOk = phone.framesPerSecond >= PHONE_MIN_FRAMES_PER_SECOND;
    if (!fpsOk)
      failures.push(`phone codes drawn ${phone.framesPerSecond.toFixed(1)}/s, under ${PHONE_MIN_FRAMES_PER_SECOND}/s`);
    phoneLines.push(
      `Codes the sender can make and draw: ${phone.framesPerSecond.toFixed(1)} a second${fpsOk ? "" : " **under**"} (it shows ${PHONE_MIN_FRAMES_PER_SECOND}; budget at least ${PHONE_MIN_FRAMES_PER_SECOND}).`,
      `Reading one 960 × 540 camera frame with a code (qr/decode.js, median of 21): ${phone.decodeMs.toFixed(1)} ms.`,
      "",
      "Time to move, with a camera that misses 30% of the codes (21 seeded cameras):",
      "",
      "| what | pace | locked size | pieces | median | slowest | budget |",
      "|---|---|---:|---:|---:|---:|---:|",
    );
    for (const t of phone.transfers) {
      const budget = t.pace === "usual" ? PHONE_HOUSEHOLD_SECONDS : undefined;
      const slowest = t.seconds.at(-1) ?? 0;
      const ok = budget === undefined || slowest <= budget;
      if (!ok) failures.push(`${t.name} (${t.pace}): ${slowest} s over ${budget} s`);
      phoneLines.push(
        `| ${t.name} | ${t.pace}, ${t.perSecond}/s | ${kb(t.bytes)} | ${t.pieces} | ${(t.seconds[10] ?? 0).toFixed(1)} s | ${slowest.toFixed(1)} s${ok ? "" : " **over**"} | ${budget === undefined ? "–" : `${budget} s`} |`,
      );
    }
  }

  // The build's time with the languages offered by default, and with every language.
  const buildLines = [];
  if (runs("build")) {
    buildLines.push("| languages | pages | build time |", "|---|---:|---:|");
    for (const b of builds)
      buildLines.push(`| ${b.languages.length}: ${b.languages.join(", ")} | ${b.pages} | ${b.seconds.toFixed(1)} s |`);
  }
  for (const b of builds) rmSync(b.dir, { recursive: true, force: true });

  // The budgets' history is written by hand: kept as it is, between the two tables.
  const history = /\n## Budgets changed\n[\s\S]*?(?=\n## )/.exec(readFileSync("docs/benchmarks.md", "utf8"))?.[0];
  const report = [
    "# Benchmarks",
    "",
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, Chromium headless, ${process.platform}/${process.arch}.`,
    "Sizes are what each page really loads (inline and fetched), gzipped at level 9, on a build with every",
    "language. Each English page is followed by its twins in the other languages: a twin has its English page's budget plus its",
    'own words\' extra bytes (the code is the same; see "Budgets changed"). JS includes the',
    'islands\' words, which a page carries as inline JSON in its own language only ("of which words").',
    "",
    "## Page weight",
    "",
    ...sizeLines,
    ...(history ? [history.trimEnd(), ""] : [""]),
    "## Speed",
    "",
    ...timingLines,
    "",
    "## Hand-over to a phone",
    "",
    ...phoneLines,
    "",
    "## The build, by languages offered",
    "",
    ...buildLines,
    "",
    failures.length ? `**Over budget:** ${failures.join("; ")}` : "All budgets hold.",
    "",
  ].join("\n");
  console.log(report);
  if (!only) writeFileSync("docs/benchmarks.md", report);
} finally {
  await browser.close();
  server.stop();
}
if (failures.length) {
  console.error(`\n${failures.length} budget(s) exceeded.`);
  process.exit(1);
}
