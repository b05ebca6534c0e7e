import { childPractice as words } from "../i18n/en/practice/child";
import { buildPractice } from "./shape";
import { childPracticeShape } from "./shapes/child";

/**
 * The child's practice in English, for tests and English-only tools. The screens build it in
 * the page's language instead (src/islands/child/LazyPractice.tsx): the structure is in
 * shapes/child.ts, the words in src/core/i18n/<lang>/practice/child.ts.
 */
export const childPractice = buildPractice(childPracticeShape, words);
