import type { card as en } from "../../en/ui/card";
import type { Translation } from "../../types";

export const card: Translation<typeof en> = {
  "editor.print.cardText":
    "ایک چھوٹا کارڈ جس پر اس منصوبے کے فون نمبر ہوں، کسی محفوظ جگہ رکھنے کے لیے۔ اس پر صرف نام اور نمبر ہوتے ہیں۔",
  "editor.print.cardButton": "میرے فون نمبر پرنٹ کریں",
};
