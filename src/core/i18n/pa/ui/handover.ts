import type { handover as en } from "../../en/ui/handover";
import type { Translation } from "../../types";

/** Words of the session's hand-over screen, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. The worker reads these; "the person" is ਵਿਅਕਤੀ. They load when it opens. */
export const handover: Translation<typeof en> = {
  "handover.intro":
    "ਇਸ ਪਰਿਵਾਰ ਲਈ ਜੋ ਸਭ ਤੋਂ ਸੁਰੱਖਿਅਤ ਹੈ, ਉਹ ਚੁਣੋ। ਬੱਚੇ ਲਈ ਪ੍ਰਿੰਟ ਕਰਨ ਦਾ ਮਤਲਬ ਹੈ ਸਿਰਫ਼ ਫ਼ੋਨ ਨੰਬਰਾਂ ਵਾਲਾ ਕਾਰਡ। ਇੱਥੇ ਕੁਝ ਵੀ ਸਾਂਭਿਆ ਨਹੀਂ ਜਾਂਦਾ।",
  "handover.print": "ਪ੍ਰਿੰਟ ਕਰੋ",
  "handover.printCard": "ਫ਼ੋਨ ਵਾਲਾ ਕਾਰਡ ਪ੍ਰਿੰਟ ਕਰੋ",
  "handover.printHint": "ਯੋਜਨਾ ਖੋਲ੍ਹਦਾ ਹੈ; ਪ੍ਰਿੰਟ ਦੇ ਵਿਕਲਪ ਪੰਨੇ ਦੇ ਅਖ਼ੀਰ ਵਿੱਚ ਹਨ।",
  "handover.fileTitle": "ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ, ਜਾਂ ਵਿਅਕਤੀ ਦੀ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕਰੋ",
  "handover.include": "ਸ਼ਾਮਲ ਕਰਨ ਵਾਲੀਆਂ ਯੋਜਨਾਵਾਂ",
  "handover.includeHint":
    "ਨੌਜਵਾਨ ਦੀ ਯੋਜਨਾ ਤੁਹਾਡੀ ਆਪਣੀ ਕਾਪੀ ਵਿੱਚ ਜਾਂਦੀ ਹੈ। ਵਿਅਕਤੀ ਦੀ ਕਾਪੀ ਵਿੱਚ ਇਹ ਸਿਰਫ਼ ਤਾਂ ਜਾਂਦੀ ਹੈ ਜੇ ਨੌਜਵਾਨ ਸਹਿਮਤ ਹੋਵੇ।",
  "handover.ask.question": "{plan}: ਕੀ ਨੌਜਵਾਨ ਸਹਿਮਤ ਹੈ ਕਿ ਉਨ੍ਹਾਂ ਦੀ ਯੋਜਨਾ ਇਸ ਕਾਪੀ ਵਿੱਚ ਜਾਵੇ?",
  "handover.ask.why": "ਨੌਜਵਾਨ ਦੀ ਯੋਜਨਾ ਉਨ੍ਹਾਂ ਦੀ ਆਪਣੀ ਹੈ: ਮਾਪੇ ਇਹ ਕਾਪੀ ਖੋਲ੍ਹ ਕੇ ਪੜ੍ਹ ਸਕਦੇ ਹਨ।",
  "handover.ask.yes": "ਹਾਂ, ਉਹ ਸਹਿਮਤ ਹਨ",
  "handover.ask.no": "ਨਹੀਂ, ਇਸ ਨੂੰ ਬਾਹਰ ਰੱਖੋ",
  "handover.makeFile": "ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਬਣਾਓ",
  "handover.saveDevice": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਲੌਕ ਕਰਕੇ ਸੇਵ ਕਰੋ (ਵਿਅਕਤੀ ਦੀ ਆਪਣੀ)",
  "handover.toPhone": "ਫ਼ੋਨ ਨੂੰ ਸੌਂਪੋ",
  "handover.deviceTitle": "ਵਿਅਕਤੀ ਦੀ ਆਪਣੀ ਡਿਵਾਈਸ ਉੱਤੇ ਲੌਕ ਕਰਕੇ ਸੇਵ ਕਰੋ",
  "handover.deviceText":
    "ਸਿਰਫ਼ ਤਾਂ, ਜੇ ਇਹ ਵਿਅਕਤੀ ਦੀ ਆਪਣੀ ਡਿਵਾਈਸ ਹੈ, ਅਤੇ ਉਨ੍ਹਾਂ ਲਈ ਇਸ ਉੱਤੇ ਰੱਖਣਾ ਸੁਰੱਖਿਅਤ ਹੈ। ਪਾਸਫ਼ਰੇਜ਼ ਉਹ ਆਪ ਚੁਣਦੇ ਹਨ। ਕੁਝ ਮਿੰਟ ਨਾ ਵਰਤਣ ਉੱਤੇ ਇਹ ਆਪਣੇ-ਆਪ ਲੌਕ ਹੋ ਜਾਂਦੀ ਹੈ। ਸੈਸ਼ਨ ਖ਼ਤਮ ਕਰਨ ਵੇਲੇ ਪੁੱਛਿਆ ਜਾਵੇਗਾ ਕਿ ਇਸ ਨੂੰ ਰੱਖਣਾ ਹੈ ਜਾਂ ਨਹੀਂ।",
  "handover.noStorage": "ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਵੈੱਬਸਾਈਟਾਂ ਨੂੰ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਨਹੀਂ ਕਰਨ ਦਿੰਦਾ। ਇਸ ਦੀ ਬਜਾਏ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਬਣਾਓ।",
  "handover.alreadySaved":
    "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਇੱਕ ਲੌਕ ਕੀਤੀ ਯੋਜਨਾ ਪਹਿਲਾਂ ਹੀ ਸੇਵ ਹੈ। ਹੁਣ ਸੇਵ ਕਰਨ ਨਾਲ ਉਸ ਦੀ ਥਾਂ ਇਹ ਆ ਜਾਂਦੀ ਹੈ। ਅੱਗੇ ਵਧਣ ਲਈ, ਦੁਬਾਰਾ “ਸੇਵ ਅਤੇ ਲੌਕ ਕਰੋ” ਚੁਣੋ।",
  "handover.saveFailed": "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਸਾਨੂੰ ਸੇਵ ਨਹੀਂ ਕਰਨ ਦਿੱਤਾ। ਇਸ ਦੀ ਬਜਾਏ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਬਣਾਓ।",
  "handover.finishTitle": "ਖ਼ਤਮ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ",
  "handover.handedOver": "ਕੀ ਕੁਝ ਸੌਂਪਿਆ ਗਿਆ ਹੈ (ਨਿਸ਼ਾਨ ਸੇਵ ਨਹੀਂ ਹੁੰਦੇ)",
  "handover.confirmations": [
    "ਹਰ ਬੱਚੇ ਕੋਲ ਸਿਰਫ਼ ਫ਼ੋਨ ਨੰਬਰਾਂ ਵਾਲਾ ਕਾਰਡ ਹੈ, ਜਾਂ ਕੁਝ ਵੀ ਲਿਖਿਆ ਹੋਇਆ ਨਹੀਂ",
    "ਵਿਅਕਤੀ ਕੋਲ ਉਨ੍ਹਾਂ ਦੀ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਹੈ, ਜਾਂ ਪ੍ਰਿੰਟ ਕੀਤੀ ਯੋਜਨਾ",
    "ਵਿਅਕਤੀ ਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਪਤਾ ਹੈ, ਅਤੇ ਇਹ ਫ਼ਾਈਲ ਦੇ ਨਾਲ ਲਿਖਿਆ ਨਹੀਂ ਗਿਆ",
    "ਮੇਰੀ ਆਪਣੀ ਕਾਪੀ ਮੇਰੀ ਸੰਸਥਾ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਹੈ",
    "ਵਿਅਕਤੀ ਜਾਣਦਾ ਹੈ ਕਿ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਕਿੱਥੇ ਹੈ, ਅਤੇ ਜਲਦੀ ਕਿਵੇਂ ਨਿਕਲਣਾ ਹੈ",
    "ਅਸੀਂ ਤੈਅ ਕੀਤਾ ਕਿ ਯੋਜਨਾਵਾਂ ਦੀ ਸਮੀਖਿਆ ਕਦੋਂ ਕਰਨੀ ਹੈ",
  ],
  "handover.checked": "{total} ਵਿੱਚੋਂ {done} ਉੱਤੇ ਨਿਸ਼ਾਨ ਲੱਗਾ।",
};
