import type { list as en } from "../../en/ui/list";
import type { Translation } from "../../types";

export const list: Translation<typeof en> = {
  "editor.checklist.items": {
    zero: "لا عناصر",
    one: "عنصر واحد",
    two: "عنصران",
    few: "{count} عناصر",
    many: "{count} عنصرًا",
    other: "{count} عنصر",
  },
  "editor.checklist.counts":
    "{items}: {packed} في الحقيبة، {withSomeone} عند شخص آخر، {toGet} يجب إحضارها، {notNeeded} لا حاجة لها.",
  "editor.checklist.status": "الحالة",
  "editor.checklist.notDecided": "لم أقرّر بعد",
  "editor.checklist.where": "أين، أو مع من",
  "editor.checklist.delete": "احذف",
  "editor.checklist.remove": "لا يناسبني: أزِله",
  "editor.checklist.addOwn": "أضف عنصرًا من عندك",
  "editor.checklist.add": "أضف",
  "editor.checklist.removed": "العناصر التي أزلتها ({count})",
  "editor.checklist.putBack": "أرجِعه",
  "editor.status.packed": "في الحقيبة",
  "editor.status.withSomeone": "عند شخص آخر",
  "editor.status.needToGet": "يجب إحضاره",
  "editor.status.notNeeded": "لا حاجة له",
  "editor.checklist.paperItem": "العنصر",
  "editor.checklist.paperStatus": "الحالة",
  "editor.checklist.paperWhere": "أين، أو مع من",
  "editor.status.plainPacked": "جاهز",
  "editor.status.plainWithSomeone": "في مكان آخر",
};
