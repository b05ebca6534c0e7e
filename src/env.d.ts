/// <reference types="astro/client" />

/** The minified quick-exit script, embedded inline; see astro.config.mjs. */
declare const __QUICK_EXIT_SCRIPT__: string;
