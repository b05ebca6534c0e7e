// @ts-check
import { accessSync, constants } from "node:fs";

/** Debian's Chromium (Playwright cannot download its own browsers here); override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's headless build of the same Chromium (`apt-get install chromium-headless-shell`). */
export const headlessShellPath = "/usr/bin/chromium-headless-shell";

/** @param {string} path */
export function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser the end-to-end tests run in: Debian's headless shell where it is installed, else
 * Chromium itself (or CHROMIUM_PATH, for everything, when set). The shell is the same engine
 * without the browser's own windows and their user interface, which a full Chromium builds for
 * every test's new context: the browser tests take a quarter to a third less time in it
 * (docs/testing.md, 2026-12-07). What only the full browser keeps is tested there, by tests
 * that launch `chromiumPath` themselves: visited links (the shell keeps no history), the
 * back/forward cache, a profile on disk. The bench keeps to the full Chromium, as people use it.
 */
export const testChromiumPath =
  process.env.CHROMIUM_PATH ?? (isExecutable(headlessShellPath) ? headlessShellPath : chromiumPath);

/**
 * The features Playwright itself turns off (its chromiumSwitches, at the version in
 * package-lock.json). Chromium reads only the last `--disable-features` on its command line, so
 * ours must repeat these or it would turn them back on; tests/e2e/browser-flags.spec.ts fails if
 * Playwright's list ever holds a name this one lacks.
 */
export const playwrightDisabledFeatures = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Each new browser context opens a window whose address bar builds its suggestions popup as a
 * web page of its own (chrome://omnibox-popup.top-chrome/), in a renderer process of its own:
 * about 0.3 s of CPU per test on a 2-core machine, for a popup no test opens.
 */
const ourDisabledFeatures = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

/** Without these, Chromium tries to reach Google at start-up and floods a closed network. */
export const chromiumArgs = [
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  `--disable-features=${[...playwrightDisabledFeatures, ...ourDisabledFeatures].join(",")}`,
];
