import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

export const common: Translation<typeof en> = {
  "common.ok": "حسنًا",
  "common.cancel": "إلغاء",
  "common.yes": "نعم",
  "common.no": "لا",
  "common.exitThisPage": "اخرج من هذه الصفحة",
  "common.opening": "جارٍ الفتح…",
  "common.couldNotLoad": "تعذّر تحميل هذا الجزء. تحقّق من اتصالك وحاول مرة أخرى: لم يضع شيء مما كتبته.",
  "common.listSeparator": "، ",
  "common.listAnd": "{first} و{last}",
};
