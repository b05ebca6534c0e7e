import type { list as en } from "../../en/ui/list";
import type { Translation } from "../../types";

export const list: Translation<typeof en> = {
  "editor.checklist.items": { one: "1 ਚੀਜ਼", other: "{count} ਚੀਜ਼ਾਂ" },
  "editor.checklist.counts":
    "{items}: {packed} ਪੈਕ ਕੀਤੀਆਂ, {withSomeone} ਕਿਸੇ ਕੋਲ ਰੱਖੀਆਂ, {toGet} ਲੈਣੀਆਂ ਹਨ, {notNeeded} ਦੀ ਲੋੜ ਨਹੀਂ।",
  "editor.checklist.status": "ਸਥਿਤੀ",
  "editor.checklist.notDecided": "ਤੈਅ ਨਹੀਂ ਕੀਤਾ",
  "editor.checklist.where": "ਕਿੱਥੇ, ਜਾਂ ਕਿਸ ਕੋਲ",
  "editor.checklist.delete": "ਮਿਟਾਓ",
  "editor.checklist.remove": "ਮੇਰੇ ਲਈ ਨਹੀਂ: ਹਟਾਓ",
  "editor.checklist.addOwn": "ਆਪਣੀ ਕੋਈ ਚੀਜ਼ ਜੋੜੋ",
  "editor.checklist.add": "ਜੋੜੋ",
  "editor.checklist.removed": "ਤੁਹਾਡੀਆਂ ਹਟਾਈਆਂ ਚੀਜ਼ਾਂ ({count})",
  "editor.checklist.putBack": "ਵਾਪਸ ਪਾਓ",
  "editor.status.packed": "ਪੈਕ ਕੀਤੀ",
  "editor.status.withSomeone": "ਕਿਸੇ ਕੋਲ ਰੱਖੀ",
  "editor.status.needToGet": "ਲੈਣੀ ਹੈ",
  "editor.status.notNeeded": "ਲੋੜ ਨਹੀਂ",
  "editor.checklist.paperItem": "ਚੀਜ਼",
  "editor.checklist.paperStatus": "ਸਥਿਤੀ",
  "editor.checklist.paperWhere": "ਕਿੱਥੇ, ਜਾਂ ਕਿਸ ਕੋਲ",
  "editor.status.plainPacked": "ਤਿਆਰ",
  "editor.status.plainWithSomeone": "ਕਿਤੇ ਹੋਰ",
};
