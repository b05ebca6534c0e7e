import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

/** Words shared by several parts of the interface, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. */
export const common: Translation<typeof en> = {
  "common.ok": "ਠੀਕ ਹੈ",
  "common.cancel": "ਰੱਦ ਕਰੋ",
  "common.yes": "ਹਾਂ",
  "common.no": "ਨਹੀਂ",
  "common.exitThisPage": "ਇਹ ਪੰਨਾ ਛੱਡੋ",
  "common.opening": "ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…",
  "common.couldNotLoad": "ਇਹ ਹਿੱਸਾ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।",
  /** Between the items of a list: "a, b, c". */
  "common.listSeparator": ", ",
  /** The last two items of a list: "a, b and c". */
  "common.listAnd": "{first} ਅਤੇ {last}",
};
