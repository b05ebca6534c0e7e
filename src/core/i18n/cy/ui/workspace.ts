import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

export const workspace: Translation<typeof en> = {
  "workspace.tabTitle.plan": "Fy nghynllun",
  "workspace.tabTitle.list": "Rhestr",
  "workspace.tabTitle.practice": "Ymarfer",

  "workspace.kind.adult": "Fy nghynllun diogelwch",
  "workspace.kind.checklist": "Pethau i fynd gyda chi",
  "workspace.kind.youngPerson": "Cynllun person ifanc",
  "workspace.kind.child": "Cynllun plentyn",
  "workspace.planWithLabel": "{name} ({label})",

  "workspace.related.makeList": "Gwnewch restr o bethau i fynd gyda chi",
  "workspace.related.checkList": "Edrychwch ar y rhestr o bethau i fynd gyda chi",
  "workspace.related.seeList": "Gweld y rhestr o bethau i fynd gyda chi",
  "workspace.related.childPlan": "Gwnewch gynllun syml gyda phlentyn",

  "workspace.holds.adult": {
    one: "cynllun i oedolyn",
    two: "{count} gynllun i oedolion",
    other: "{count} cynllun i oedolion",
  },
  "workspace.holds.checklist": {
    one: "pethau i fynd gyda chi",
    two: "{count} restr o bethau i fynd gyda chi",
    other: "{count} rhestr o bethau i fynd gyda chi",
  },
  "workspace.holds.youngPerson": {
    one: "cynllun i berson ifanc",
    two: "{count} gynllun i bobl ifanc",
    other: "{count} cynllun i bobl ifanc",
  },
  "workspace.holds.child": {
    one: "cynllun i blentyn",
    two: "{count} gynllun i blant",
    other: "{count} cynllun i blant",
  },
  "workspace.holds.none": "dim cynlluniau",

  "workspace.answers": { one: "1 ateb", other: "{count} ateb" },
  "workspace.decided": { one: "1 peth wedi'i benderfynu", other: "{count} peth wedi'u penderfynu" },
  "workspace.planWithAnswers": "{name} ({answers})",
  "workspace.reviewOnly": "dyddiad adolygu",

  "workspace.nav.label": "Eich cynlluniau",

  "workspace.tooManyPlans":
    "Gyda'i gilydd, byddai hynny'n fwy na {max} cynllun, sy'n fwy nag y gall y wefan hon ei gadw ar unwaith. Does dim byd wedi newid.",
  "workspace.saveFailed.title": "Doedd dim modd cadw eich newidiadau diweddaraf ar y ddyfais hon.",
  "workspace.saveFailed.text":
    "Maen nhw'n dal ar y sgrin. Bydd yn ceisio eto wrth i chi deipio; gallech chi hefyd gadw copi fel ffeil.",
};
