import { youngPersonPractice as words } from "../i18n/en/practice/young-person";
import { buildPractice } from "./shape";
import { youngPersonPracticeShape } from "./shapes/young-person";

/**
 * The young person's practice in English, for tests and English-only tools. The screens build it
 * in the page's language instead (src/islands/child/LazyPractice.tsx): the structure is in
 * shapes/young-person.ts, the words in src/core/i18n/<lang>/practice/young-person.ts.
 */
export const youngPersonPractice = buildPractice(youngPersonPracticeShape, words);
