import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

/** Words of the storage controls, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. */
export const storage: Translation<typeof en> = {
  // Shared by the panels
  "storage.close": "ਬੰਦ ਕਰੋ",
  "storage.cancel": "ਰੱਦ ਕਰੋ",
  "storage.locking": "ਲੌਕ ਹੋ ਰਿਹਾ ਹੈ…",
  "storage.opening": "ਖੁੱਲ੍ਹ ਰਿਹਾ ਹੈ…",
  "storage.nothingChanged": "ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ।",
  "storage.browserFailed": "ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਇਹ ਕੰਮ ਪੂਰਾ ਨਹੀਂ ਕਰ ਸਕਿਆ, ਇਸ ਲਈ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।",
  "storage.loadFailed": "ਇਹ ਹਿੱਸਾ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਿਆ। ਆਪਣਾ ਕਨੈਕਸ਼ਨ ਦੇਖੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ: ਤੁਹਾਡਾ ਲਿਖਿਆ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ।",
  "storage.savedLocked": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਅਤੇ ਲੌਕ ਹੋ ਗਿਆ।",
  "storage.saveAndLock": "ਸੇਵ ਅਤੇ ਲੌਕ ਕਰੋ",
  "storage.deleteQuestion": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤਾ ਸਭ ਕੁਝ ਮਿਟਾਉਣਾ ਹੈ?",
  "storage.yesDelete": "ਹਾਂ, ਸਭ ਕੁਝ ਮਿਟਾਓ",
  "storage.noKeep": "ਨਹੀਂ, ਰਹਿਣ ਦਿਓ",

  // Keep your plan (the storage controls)
  "storage.keep.title": "ਆਪਣੀ ਯੋਜਨਾ ਰੱਖੋ",
  "storage.keep.unavailable":
    "ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਵੈੱਬਸਾਈਟਾਂ ਨੂੰ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਨਹੀਂ ਕਰਨ ਦਿੰਦਾ (ਕੁਝ ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋਆਂ ਇਸ ਨੂੰ ਰੋਕਦੀਆਂ ਹਨ)। ਫਿਰ ਵੀ ਤੁਹਾਡੀ ਯੋਜਨਾ ਇੱਥੇ ਲਿਖੀ ਜਾ ਸਕਦੀ ਹੈ, ਪ੍ਰਿੰਟ ਹੋ ਸਕਦੀ ਹੈ, ਜਾਂ ਲੌਕ ਕੀਤੀ ਕਾਪੀ ਵਜੋਂ ਫ਼ਾਈਲ ਵਿੱਚ ਸੇਵ ਹੋ ਸਕਦੀ ਹੈ।",
  "storage.keep.lockedHere": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਇੱਕ ਲੌਕ ਕੀਤੀ ਯੋਜਨਾ ਪਹਿਲਾਂ ਹੀ ਸੇਵ ਹੈ।",
  "storage.keep.openIt": "ਇਸ ਨੂੰ ਖੋਲ੍ਹੋ",
  "storage.keep.saveOnDevice": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕਰੋ",
  "storage.keep.lockNow": "ਹੁਣੇ ਲੌਕ ਕਰੋ",
  "storage.keep.saveCopy": "ਇੱਕ ਕਾਪੀ ਸੇਵ ਕਰੋ",
  "storage.keep.openCopy": "ਸੇਵ ਕੀਤੀ ਕਾਪੀ ਖੋਲ੍ਹੋ",
  "storage.keep.toPhone": "ਫ਼ੋਨ ਉੱਤੇ ਲੈ ਜਾਓ",
  "storage.keep.deleteEverything": "ਇਸ ਡਿਵਾਈਸ ਤੋਂ ਸਭ ਕੁਝ ਮਿਟਾਓ",
  // Where what you write is kept (under a plan's introduction)
  "storage.where.screenTitle": "ਸਿਰਫ਼ ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਰੱਖਿਆ ਹੈ।",
  "storage.where.screenText":
    "ਆਪਣੀਆਂ ਯੋਜਨਾਵਾਂ ਵਿੱਚ ਅੱਗੇ-ਪਿੱਛੇ ਜਾਣ ਨਾਲ ਇਹ ਰਹਿੰਦਾ ਹੈ; ਬ੍ਰਾਊਜ਼ਰ ਦਾ “ਪਿੱਛੇ” ਬਟਨ ਦਬਾਉਣ, ਇਹ ਪੰਨਾ ਦੁਬਾਰਾ ਲੋਡ ਕਰਨ, ਟੈਬ ਬੰਦ ਕਰਨ ਜਾਂ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਵਰਤਣ ਨਾਲ ਇਹ ਮਿਟ ਜਾਂਦਾ ਹੈ।",
};
