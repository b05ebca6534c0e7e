import type { card as en } from "../../en/ui/card";
import type { Translation } from "../../types";

export const card: Translation<typeof en> = {
  "editor.print.cardText":
    "بطاقة صغيرة فيها أرقام الهواتف من هذه الخطة، لتحتفظ بها في مكان آمن. لا تظهر عليها إلا الأسماء والأرقام.",
  "editor.print.cardButton": "اطبع أرقام هواتفي",
};
