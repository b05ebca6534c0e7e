import type { offer as en } from "../../en/ui/offer";
import type { Translation } from "../../types";

export const offer: Translation<typeof en> = {
  "editor.tailor.label": "ਇਸ ਯੋਜਨਾ ਲਈ ਟੂਲ",
  "editor.tailor.title": "ਇਸ ਯੋਜਨਾ ਨੂੰ ਆਪਣੇ ਮੁਤਾਬਕ ਬਣਾਓ",
  "editor.tailor.text": "ਕੁਝ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਦਿਓ (ਸਭ ਆਪਣੀ ਮਰਜ਼ੀ ਨਾਲ), ਅਤੇ ਯੋਜਨਾ ਤੁਹਾਡੇ ਹਾਲਾਤ ਮੁਤਾਬਕ ਸੁਝਾਅ ਦੇਵੇਗੀ, ਹਰ ਇੱਕ ਦੇ ਕਾਰਨ ਸਮੇਤ।",
  "editor.tailor.start": "ਸ਼ੁਰੂ ਕਰੋ",
  "editor.tailor.notNow": "ਹੁਣ ਨਹੀਂ",
  "editor.tailor.deviceFirst": "ਕੁਝ ਵੀ ਟਾਈਪ ਕਰਨ ਤੋਂ ਪਹਿਲਾਂ, ਦੇਖੋ ਕਿ ਇਹ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਵਰਤਣਾ ਸੁਰੱਖਿਅਤ ਹੈ ਜਾਂ ਨਹੀਂ।",
  "editor.tailor.device": "ਕੀ ਇਹ ਡਿਵਾਈਸ ਸੁਰੱਖਿਅਤ ਹੈ?",
  "editor.tailor.goNow": "ਜੇ ਮੈਨੂੰ ਹੁਣੇ ਜਾਣਾ ਪਵੇ",
  "editor.tailor.signs": "ਖ਼ਤਰੇ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ",
};
