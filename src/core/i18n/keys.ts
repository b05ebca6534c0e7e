import type { ui } from "./en/ui";
import type { ListKey, PluralKey, TextKey } from "./types";

/** The islands' words, typed by the English source. */
export type UiMessages = typeof ui;
export type UiKey = keyof UiMessages & string;
export type UiTextKey = TextKey<UiMessages>;
export type UiListKey = ListKey<UiMessages>;
export type UiPluralKey = PluralKey<UiMessages>;
