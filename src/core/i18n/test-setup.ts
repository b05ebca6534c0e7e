import { ui } from "./en/ui";
import { setPageMessages } from "./runtime";

// Unit tests run in English, as a page in English would: the islands' words set once.
setPageMessages({ lang: "en", ui, overrides: {} });
