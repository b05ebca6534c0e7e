import type { list as en } from "../../en/ui/list";
import type { Translation } from "../../types";

export const list: Translation<typeof en> = {
  "editor.checklist.items": { one: "1 eitem", other: "{count} eitem" },
  "editor.checklist.counts":
    "{items}: {packed} wedi'u pacio, {withSomeone} gyda rhywun arall, {toGet} i'w cael, {notNeeded} dim eu hangen.",
  "editor.checklist.status": "Statws",
  "editor.checklist.notDecided": "Heb benderfynu",
  "editor.checklist.where": "Ble, neu gyda phwy",
  "editor.checklist.delete": "Dileu",
  "editor.checklist.remove": "Ddim i mi: tynnu",
  "editor.checklist.addOwn": "Ychwanegu eich eitem eich hun",
  "editor.checklist.add": "Ychwanegu",
  "editor.checklist.removed": "Eitemau rydych chi wedi'u tynnu ({count})",
  "editor.checklist.putBack": "Rhoi yn ôl",
  "editor.status.packed": "Wedi'i bacio",
  "editor.status.withSomeone": "Gyda rhywun arall",
  "editor.status.needToGet": "Angen ei gael",
  "editor.status.notNeeded": "Dim ei angen",
  "editor.checklist.paperItem": "Eitem",
  "editor.checklist.paperStatus": "Statws",
  "editor.checklist.paperWhere": "Ble, neu gyda phwy",
  "editor.status.plainPacked": "Yn barod",
  "editor.status.plainWithSomeone": "Rhywle arall",
};
