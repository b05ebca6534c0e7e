import type { practice as en } from "../../en/ui/practice";
import type { Translation } from "../../types";

export const practice: Translation<typeof en> = {
  "practice.practiseWhatToDo": "ਕੀ ਕਰਨਾ ਹੈ, ਇਸ ਦਾ ਅਭਿਆਸ ਕਰੋ",
  "practice.practiseCall": "999 ਨੂੰ ਝੂਠੀ-ਮੂਠੀ ਫ਼ੋਨ ਕਰਨ ਦਾ ਅਭਿਆਸ ਕਰੋ",
  "practice.pickOne": "ਇੱਕ ਚੁਣੋ।",
  "practice.backToPlan": "ਮੇਰੀ ਯੋਜਨਾ ਵੱਲ ਵਾਪਸ",
  "practice.safe": "ਸੁਰੱਖਿਅਤ ਚੋਣ",
  "practice.notSafe": "ਸੁਰੱਖਿਅਤ ਨਹੀਂ",
  "practice.tryAgain": "ਹੋਰ ਜਵਾਬ ਚੁਣੋ, ਜਾਂ ਅੱਗੇ ਜਾਓ।",
  "practice.pretend": "ਇਹ ਸਿਰਫ਼ ਝੂਠੀ-ਮੂਠੀ ਹੈ। ਕੋਈ ਫ਼ੋਨ ਨਹੀਂ ਜਾਂਦਾ।",
  "practice.operatorSays": "ਫ਼ੋਨ ਉੱਤੇ ਗੱਲ ਕਰਨ ਵਾਲਾ ਕਹਿੰਦਾ ਹੈ:",
  /** What the person on the phone says, in the language's quotation marks. */
  "practice.quote": "“{words}”",
  "practice.youSay": "ਤੁਸੀਂ ਕਹੋ:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "practice.planSays": "ਤੁਹਾਡੀ ਯੋਜਨਾ ਕਹਿੰਦੀ ਹੈ: {answer}",
  "practice.sayOrType": "ਉੱਚੀ ਬੋਲੋ, ਜਾਂ ਇੱਥੇ ਲਿਖੋ।",
  "practice.cannotTalk": "ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਾ ਸਕੋ",
  "practice.wellDone": "ਸ਼ਾਬਾਸ਼! ਤੁਸੀਂ ਅਭਿਆਸ ਕੀਤਾ",
  "practice.practiseAgain": "ਫਿਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ",
  "practice.stop": "ਰੁਕੋ",
  "practice.next": "ਅੱਗੇ",
  "practice.finish": "ਸਭ ਹੋ ਗਿਆ",
  "practice.countScenario": "ਅਭਿਆਸ {n}, ਕੁੱਲ {total} ਵਿੱਚੋਂ",
  "practice.countPart": "ਹਿੱਸਾ {n}, ਕੁੱਲ {total} ਵਿੱਚੋਂ",
};
