// @ts-check
/** Debian's Chromium (Playwright cannot download its own browsers here); override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

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
