import { site } from "../config/site";
import { catalogueWith } from "./catalogue";
import type { UiMessages } from "./keys";
import type { Lang } from "./languages";
import type { PageMessages } from "./runtime";

/**
 * What a page with islands carries: the islands' words in its own language, with the
 * organisation's wording in, and its wording for the parts that load later (plans, practice).
 */
export function pageMessagesFor(lang: Lang): PageMessages {
  const parts = catalogueWith(lang, site.messages);
  const mine = site.messages[lang] ?? {};
  const later = new Set([...Object.values(parts.plans), ...Object.values(parts.practice)].flatMap((p) => Object.keys(p)));
  return {
    lang,
    ui: parts.ui as UiMessages,
    overrides: Object.fromEntries(Object.entries(mine).filter(([key]) => later.has(key))),
  };
}

/** As JSON for <script type="application/json">, with "<" escaped so no entry can close it early. */
export function messagesJson(messages: PageMessages): string {
  return JSON.stringify(messages).replace(/</g, "\\u003c");
}
