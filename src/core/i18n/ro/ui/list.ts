import type { list as en } from "../../en/ui/list";
import type { Translation } from "../../types";

export const list: Translation<typeof en> = {
  "editor.checklist.items": { one: "1 lucru", few: "{count} lucruri", other: "{count} de lucruri" },
  "editor.checklist.counts":
    "{items}: {packed} în bagaj, {withSomeone} lăsate la cineva, {toGet} de procurat, {notNeeded} care nu trebuie.",
  "editor.checklist.status": "Stare",
  "editor.checklist.notDecided": "Nehotărât",
  "editor.checklist.where": "Unde sau la cine",
  "editor.checklist.delete": "Șterge",
  "editor.checklist.remove": "Nu pentru mine: scoate",
  "editor.checklist.addOwn": "Adaugă un lucru al tău",
  "editor.checklist.add": "Adaugă",
  "editor.checklist.removed": "Lucruri pe care le-ai scos ({count})",
  "editor.checklist.putBack": "Pune înapoi",
  "editor.status.packed": "În bagaj",
  "editor.status.withSomeone": "Lăsat la cineva",
  "editor.status.needToGet": "De procurat",
  "editor.status.notNeeded": "Nu e nevoie",
  "editor.checklist.paperItem": "Lucru",
  "editor.checklist.paperStatus": "Stare",
  "editor.checklist.paperWhere": "Unde sau la cine",
  "editor.status.plainPacked": "Gata",
  "editor.status.plainWithSomeone": "În altă parte",
};
