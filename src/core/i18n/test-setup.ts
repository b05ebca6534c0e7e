import { ui } from "./en/ui";
import { setPageMessages } from "./runtime";
import { UI_PARTS } from "./ui-parts";

// Unit tests run in English, as a page in English would: the islands' words set once.
setPageMessages({ lang: "en", ui, parts: UI_PARTS, overrides: {} });
