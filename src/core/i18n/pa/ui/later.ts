import type { later as en } from "../../en/ui/later";
import type { Translation } from "../../types";

/** Words of the workspace's leave guard, numbers panel and stale notice, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. They load with the code that shows them. */
export const later: Translation<typeof en> = {
  // A newer revision was saved than the one this tab's words are based on (by whom, the code
  // cannot always know: another tab, another window, a session's hand-over).
  "workspace.stale.title": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਇਸ ਯੋਜਨਾ ਦਾ ਇੱਕ ਨਵਾਂ ਵਰਜਨ ਸੇਵ ਹੋਇਆ ਹੈ।",
  "workspace.stale.text": "ਇਸ ਟੈਬ ਵਿੱਚ ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਅਜੇ ਸਕਰੀਨ ਉੱਤੇ ਹਨ, ਪਰ ਸੇਵ ਨਹੀਂ ਹੋਈਆਂ, ਤਾਂ ਜੋ ਨਵੀਂ ਯੋਜਨਾ ਉੱਤੇ ਨਾ ਲਿਖੀਆਂ ਜਾਣ।",
  "workspace.stale.keepMine": "ਮੇਰੀ ਵਾਲੀ ਨੂੰ ਕਾਪੀ ਵਜੋਂ, ਨਵੀਂ ਯੋਜਨਾ ਦੇ ਨਾਲ ਰੱਖੋ",
  "workspace.stale.showNewer": "ਨਵੀਂ ਯੋਜਨਾ ਦਿਖਾਓ (ਇੱਥੇ ਮੇਰੀਆਂ ਤਬਦੀਲੀਆਂ ਛੱਡ ਦਿਓ)",

  // Before a link leaves the workspace and clears unsaved answers.
  "workspace.leave.title": "ਜਾਣਾ ਹੈ ਅਤੇ ਆਪਣਾ ਲਿਖਿਆ ਮਿਟਾਉਣਾ ਹੈ?",
  "workspace.leave.savedAsFile":
    "ਤੁਹਾਡੀ ਲੌਕ ਕੀਤੀ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਸੇਵ ਹੈ। ਜਾਣ ਨਾਲ ਇਹ ਸਕਰੀਨ ਫਿਰ ਵੀ ਮਿਟ ਜਾਂਦੀ ਹੈ, ਪਰ ਫ਼ਾਈਲ ਵਿੱਚ ਸਭ ਕੁਝ ਰਹਿੰਦਾ ਹੈ।",
  /** {where} is the link's own words in quotes, or "that page"; {answers} is what would be lost. */
  "workspace.leave.wouldLose":
    "{where} ਉੱਤੇ ਜਾਣ ਨਾਲ ਇਹ ਸਕਰੀਨ ਮਿਟ ਜਾਂਦੀ ਹੈ। ਇਹ ਜਵਾਬ ਅਜੇ ਕਿਤੇ ਸੇਵ ਨਹੀਂ ਹਨ, ਅਤੇ ਗੁਆਚ ਜਾਣਗੇ: {answers}।",
  "workspace.leave.linkName": "“{label}”",
  "workspace.leave.thatPage": "ਉਸ ਪੰਨੇ",
  "workspace.leave.stay": "ਇੱਥੇ ਰਹੋ",
  "workspace.leave.saveFirst": "ਪਹਿਲਾਂ ਇੱਕ ਕਾਪੀ ਸੇਵ ਕਰੋ",
  "workspace.leave.leave": "ਜਾਓ ਅਤੇ ਮਿਟਾਓ",

  // The phone numbers, inside the workspace.
  "workspace.numbers.title": "ਮਦਦ ਲਈ ਫ਼ੋਨ ਨੰਬਰ",
  "workspace.numbers.intro":
    "ਤੁਹਾਡੀ ਯੋਜਨਾ ਇਸ ਪੈਨਲ ਦੇ ਪਿੱਛੇ ਜਿਉਂ ਦੀ ਤਿਉਂ ਰਹਿੰਦੀ ਹੈ। ਜੇ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ। ਮੋਬਾਈਲ ਉੱਤੇ, ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਾ ਸਕੋ, ਤਾਂ ਜਦੋਂ ਪੁੱਛਿਆ ਜਾਵੇ, 55 ਦਬਾਓ।",
  "workspace.numbers.back": "ਮੇਰੀ ਯੋਜਨਾ ਵੱਲ ਵਾਪਸ",
  "workspace.numbers.forChildren": "ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ",
  "workspace.numbers.backToPractice": "ਅਭਿਆਸ ਵੱਲ ਵਾਪਸ",
  // In place of the numbers, while practising: a pretend call must be nowhere near a real one.
  "workspace.numbers.practising":
    "ਤੁਸੀਂ ਅਭਿਆਸ ਕਰ ਰਹੇ ਹੋ, ਇਸ ਲਈ ਇੱਥੋਂ ਕਿਸੇ ਨੂੰ ਫ਼ੋਨ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਇਸੇ ਲਈ ਨੰਬਰ ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਨਹੀਂ ਹਨ। ਜੇ ਸੱਚੀਂ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ ਫ਼ੋਨ ਚੁੱਕੋ ਅਤੇ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ। ਤੁਹਾਡੇ ਨੰਬਰ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਹਨ।",

  // Notices after another tab did something, or a save failed.
  "workspace.notice.updated": "ਇਹ ਯੋਜਨਾ ਕਿਸੇ ਹੋਰ ਟੈਬ ਵਿੱਚ ਬਦਲੀ ਗਈ। ਤੁਹਾਡੇ ਸਾਹਮਣੇ ਨਵਾਂ ਵਰਜਨ ਹੈ।",
  "workspace.notice.lockedElsewhere": "ਇਹ ਕਿਸੇ ਹੋਰ ਟੈਬ ਵਿੱਚ ਲੌਕ ਕੀਤੀ ਗਈ।",
  "workspace.notice.deletedElsewhere": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤਾ ਸਭ ਕੁਝ ਕਿਸੇ ਹੋਰ ਟੈਬ ਵਿੱਚ ਮਿਟਾਇਆ ਗਿਆ।",
  "workspace.notice.replacedElsewhere":
    "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਬਦਲ ਗਈ ਹੈ, ਅਤੇ ਹੁਣ ਇਸ ਟੈਬ ਵਾਲੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਨਹੀਂ ਖੁੱਲ੍ਹਦੀ। ਇਸ ਸਕਰੀਨ ਵਾਲਾ ਉੱਥੇ ਸੇਵ ਨਹੀਂ ਹੈ: ਇਸ ਨੂੰ ਰੱਖਣ ਲਈ ਇੱਕ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਸੇਵ ਕਰੋ।",
  "workspace.notice.gone":
    "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਹੁਣ ਉੱਥੇ ਨਹੀਂ ਹੈ। ਇਸ ਸਕਰੀਨ ਵਾਲਾ ਅਜੇ ਕਿਤੇ ਸੇਵ ਨਹੀਂ: ਇਸ ਨੂੰ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਦੁਬਾਰਾ ਸੇਵ ਕਰੋ, ਜਾਂ ਇੱਕ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਸੇਵ ਕਰੋ।",
  "workspace.notice.keptCopies": "ਨਵੀਂ ਯੋਜਨਾ ਖੁੱਲ੍ਹੀ ਹੈ, ਅਤੇ ਇਸ ਟੈਬ ਵਾਲੀਆਂ ਤੁਹਾਡੀਆਂ ਤਬਦੀਲੀਆਂ ਉਸ ਦੇ ਨਾਲ ਕਾਪੀਆਂ ਵਜੋਂ ਰੱਖੀਆਂ ਹਨ।",
  "workspace.notice.notLockedSaveFailed":
    "ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀਆਂ, ਇਸ ਲਈ ਇਹ ਉਦੋਂ ਤੱਕ ਸਾਂਭੀਆਂ ਹਨ ਜਦੋਂ ਤੱਕ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਨਾ ਖੋਲ੍ਹਿਆ ਜਾਵੇ।",
};
