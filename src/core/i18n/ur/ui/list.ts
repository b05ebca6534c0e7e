import type { list as en } from "../../en/ui/list";
import type { Translation } from "../../types";

export const list: Translation<typeof en> = {
  "editor.checklist.items": { one: "1 چیز", other: "{count} چیزیں" },
  "editor.checklist.counts":
    "{items}: {packed} پیک ہو گئیں، {withSomeone} کسی کے پاس رکھوائیں، {toGet} لینی ہیں، {notNeeded} کی ضرورت نہیں۔",
  "editor.checklist.status": "حالت",
  "editor.checklist.notDecided": "طے نہیں",
  "editor.checklist.where": "کہاں، یا کس کے پاس",
  "editor.checklist.delete": "مٹائیں",
  "editor.checklist.remove": "میرے لیے نہیں: ہٹائیں",
  "editor.checklist.addOwn": "اپنی طرف سے کوئی چیز شامل کریں",
  "editor.checklist.add": "شامل کریں",
  "editor.checklist.removed": "آپ کی ہٹائی ہوئی چیزیں ({count})",
  "editor.checklist.putBack": "واپس رکھیں",
  "editor.status.packed": "پیک ہو گئی",
  "editor.status.withSomeone": "کسی کے پاس رکھوائی",
  "editor.status.needToGet": "لینی ہے",
  "editor.status.notNeeded": "ضرورت نہیں",
  "editor.checklist.paperItem": "چیز",
  "editor.checklist.paperStatus": "حالت",
  "editor.checklist.paperWhere": "کہاں، یا کس کے پاس",
  "editor.status.plainPacked": "تیار",
  "editor.status.plainWithSomeone": "کہیں اور",
};
