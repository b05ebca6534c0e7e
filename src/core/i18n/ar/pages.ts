import type { pages as en } from "../en/pages";
import type { Translation } from "../types";

export const pages: Translation<typeof en> = {
  "layout.description": "ضع خطة، على مهلك، على جهازك أنت.",
  "layout.skipLink": "انتقل إلى المحتوى الرئيسي",
  "layout.languages": "لغات أخرى",
  "layout.nav": "الموقع",
  "layout.navHome": "الصفحة الرئيسية",
  "layout.navNumbers": "أرقام الهاتف",
  "layout.navOnline": "الأمان على الإنترنت",
  "layout.navAbout": "عن الموقع",
  "layout.footerPrivacy": "لا يُرسَل أي شيء تكتبه هنا إلى أي مكان. [كيف نتعامل مع معلوماتك](/about/).",
  "layout.footerRunBy": "يديره {name}. {contact}",
  "quickExit.label": "اخرج من هذه الصفحة",
  "quickExit.pressesLeft": {
    zero: "Shift: اضغط {count} مرة أخرى للخروج",
    one: "Shift: اضغط مرة واحدة أخرى للخروج",
    two: "Shift: اضغط مرتين أخريين للخروج",
    few: "Shift: اضغط {count} مرات أخرى للخروج",
    many: "Shift: اضغط {count} مرة أخرى للخروج",
    other: "Shift: اضغط {count} مرة أخرى للخروج",
  },
  "quickExit.expired": "Shift: انتهت مهلة اختصار الخروج",
  "quickExit.noticeTitle": "مغادرة هذا الموقع بسرعة",
  "quickExit.notice":
    "اختر **اخرج من هذه الصفحة**، أو اضغط مفتاح **Shift** ثلاث مرات، لتغادر فورًا. تصبح الصفحة فارغة ويُفتح موقع عادي بدلًا منها. [ما يخفيه زر الخروج وما لا يخفيه](/staying-safe-online/).",
  "quickExit.noticeDismiss": "حسنًا، أخفِ هذا",
  "organisation.placeholderName": "الجهة التي تدير هذا الموقع",
  "organisation.placeholderContact": "اسأل الشخص الذي أعطاك هذا العنوان.",
};
