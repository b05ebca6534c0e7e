import type { list as en } from "../../en/ui/list";
import type { Translation } from "../../types";

export const list: Translation<typeof en> = {
  "editor.checklist.items": { one: "1 rzecz", few: "{count} rzeczy", many: "{count} rzeczy", other: "{count} rzeczy" },
  "editor.checklist.counts":
    "{items}: spakowane – {packed}, zostawione u kogoś – {withSomeone}, do zdobycia – {toGet}, niepotrzebne – {notNeeded}.",
  "editor.checklist.status": "Stan",
  "editor.checklist.notDecided": "Nieustalone",
  "editor.checklist.where": "Gdzie albo u kogo",
  "editor.checklist.delete": "Usuń",
  "editor.checklist.remove": "Nie dla mnie: usuń",
  "editor.checklist.addOwn": "Dodaj własną rzecz",
  "editor.checklist.add": "Dodaj",
  "editor.checklist.removed": "Usunięte rzeczy ({count})",
  "editor.checklist.putBack": "Przywróć",
  "editor.status.packed": "Spakowane",
  "editor.status.withSomeone": "Zostawione u kogoś",
  "editor.status.needToGet": "Do zdobycia",
  "editor.status.notNeeded": "Niepotrzebne",
  "editor.checklist.paperItem": "Rzecz",
  "editor.checklist.paperStatus": "Stan",
  "editor.checklist.paperWhere": "Gdzie albo u kogo",
  "editor.status.plainPacked": "Gotowe",
  "editor.status.plainWithSomeone": "Gdzie indziej",
};
