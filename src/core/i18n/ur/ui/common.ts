import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

/** Urdu words shared by several parts of the interface. "آپ", polite imperatives. Drafted from the English, not yet reviewed by a fluent speaker. */
export const common: Translation<typeof en> = {
  "common.ok": "ٹھیک ہے",
  "common.cancel": "رہنے دیں",
  "common.yes": "ہاں",
  "common.no": "نہیں",
  "common.exitThisPage": "یہ صفحہ بند کریں",
  "common.opening": "کھل رہا ہے…",
  "common.couldNotLoad":
    "یہ حصہ نہیں کھل سکا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں: آپ کا لکھا ہوا کچھ ضائع نہیں ہوا۔",
  /** Between the items of a list: "a، b، c". */
  "common.listSeparator": "، ",
  /** The last two items of a list: "a، b اور c". */
  "common.listAnd": "{first} اور {last}",
};
