import type { forms as en } from "../../en/ui/forms";
import type { Translation } from "../../types";

/** Words of the passphrase forms, the file panels and the locked screen, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. "Passphrase" is ਪਾਸਫ਼ਰੇਜ਼, as UK Panjabi speakers say it. They load with the code that shows them. */
export const forms: Translation<typeof en> = {
  // Opening a copy or the saved plan: every way it can fail, kindly
  "storage.error.wrongPassphrase":
    "ਇਸ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਇਹ ਨਹੀਂ ਖੁੱਲ੍ਹਿਆ। ਟਾਈਪ ਦੀਆਂ ਗ਼ਲਤੀਆਂ ਅਤੇ ਖ਼ਾਲੀ ਥਾਂਵਾਂ ਦੇਖੋ, ਅਤੇ ਕੀਬੋਰਡ ਦੀ ਭਾਸ਼ਾ (ਪੰਜਾਬੀ ਜਾਂ ਅੰਗਰੇਜ਼ੀ) ਵੀ, ਫਿਰ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਫਿਰ ਵੀ ਨਾ ਖੁੱਲ੍ਹੇ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਸੇਵ ਕੀਤੀ ਚੀਜ਼ ਖ਼ਰਾਬ ਹੋਵੇ।",
  "storage.error.notPlanFile": "ਇਹ ਇਸ ਸਾਈਟ ਤੋਂ ਸੇਵ ਕੀਤੀ ਕਾਪੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇਹ ਇੱਥੇ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ।",
  "storage.error.newerVersion":
    "ਇਹ ਇਸ ਸਾਈਟ ਦੇ ਨਵੇਂ ਵਰਜਨ ਨੇ ਸੇਵ ਕੀਤੀ ਸੀ, ਇਸ ਲਈ ਇਹ ਵਰਜਨ ਇਸ ਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ। ਸਾਈਟ ਚਲਾਉਣ ਵਾਲੀ ਸੰਸਥਾ ਨੂੰ ਇਸ ਨੂੰ ਅੱਪਡੇਟ ਕਰਨ ਲਈ ਕਹੋ।",
  "storage.error.tooLarge": "ਇਹ ਫ਼ਾਈਲ ਬਹੁਤ ਵੱਡੀ ਹੈ, ਇਹ ਇਸ ਸਾਈਟ ਤੋਂ ਸੇਵ ਕੀਤੀ ਕਾਪੀ ਨਹੀਂ ਹੋ ਸਕਦੀ।",
  "storage.error.damaged": "ਇਹ ਫ਼ਾਈਲ ਖ਼ਰਾਬ ਹੈ, ਇਸ ਲਈ ਇਹ ਨਹੀਂ ਖੁੱਲ੍ਹ ਸਕਦੀ।",
  "storage.error.notBundle": "ਇਹ ਖੁੱਲ੍ਹ ਗਈ, ਪਰ ਇਸ ਵਿੱਚ ਇਸ ਸਾਈਟ ਦੀ ਯੋਜਨਾ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਲੋਡ ਨਹੀਂ ਕੀਤਾ।",
  "storage.error.invalid": "ਇਹ ਖੁੱਲ੍ਹ ਗਈ, ਪਰ ਇਸ ਵਿੱਚ ਕੁਝ ਚੀਜ਼ਾਂ ਠੀਕ ਨਹੀਂ ਲੱਗਦੀਆਂ, ਇਸ ਲਈ ਬਚਾਅ ਵਾਸਤੇ ਕੁਝ ਵੀ ਲੋਡ ਨਹੀਂ ਕੀਤਾ।",
  "storage.error.missing": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਹੁਣ ਕੋਈ ਯੋਜਨਾ ਸੇਵ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇੱਥੇ ਖੋਲ੍ਹਣ ਨੂੰ ਕੁਝ ਨਹੀਂ।",
  "storage.error.storageFailed":
    "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਸਾਨੂੰ ਸੇਵ ਕੀਤੀ ਚੀਜ਼ ਪੜ੍ਹਨ ਨਹੀਂ ਦਿੱਤੀ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਪਹਿਲਾਂ ਇਸ ਸਾਈਟ ਦੀਆਂ ਹੋਰ ਟੈਬਾਂ ਬੰਦ ਕਰੋ।",

  // The passphrase form
  "storage.pass.choose": "ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ",
  "storage.pass.label": "ਪਾਸਫ਼ਰੇਜ਼",
  "storage.pass.hint":
    "ਪਾਸਫ਼ਰੇਜ਼ ਕਈ ਸ਼ਬਦਾਂ ਵਾਲਾ ਪਾਸਵਰਡ ਹੁੰਦਾ ਹੈ। ਕੁਝ ਬੇਮੇਲ ਸ਼ਬਦ ਯਾਦ ਰੱਖਣੇ ਸੌਖੇ ਅਤੇ ਬੁੱਝਣੇ ਔਖੇ ਹੁੰਦੇ ਹਨ। ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਤੁਹਾਡੇ ਲਈ ਰੀਸੈੱਟ ਨਹੀਂ ਕਰ ਸਕਦਾ, ਇਸ ਲਈ ਇਸ ਨੂੰ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ, ਜਾਂ ਯਾਦ ਰੱਖੋ। ਜੇ ਬ੍ਰਾਊਜ਼ਰ ਇਸ ਨੂੰ ਸੇਵ ਕਰਨ ਲਈ ਪੁੱਛੇ, ਤਾਂ “ਕਦੇ ਨਹੀਂ” (Never) ਚੁਣੋ।",
  "storage.pass.suggest": "ਮੇਰੇ ਲਈ ਇੱਕ ਸੁਝਾਓ",
  /** The button's name as the advice quotes it. */
  "storage.pass.suggestQuoted": "“ਮੇਰੇ ਲਈ ਇੱਕ ਸੁਝਾਓ”",
  /** Arabic pages only (not shown on Panjabi pages): a second suggestion button, for English words in a to z (see suggestedNoteLatin). */
  "storage.pass.suggestLatin": "ਅੰਗਰੇਜ਼ੀ ਅੱਖਰਾਂ ਵਿੱਚ ਇੱਕ ਸੁਝਾਓ",
  "storage.pass.suggested":
    "ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਹੈ: {words}। ਇਸ ਨੂੰ ਹੁਣੇ ਯਾਦ ਕਰ ਲਓ। ਜੇ ਤੁਸੀਂ ਇਸ ਨੂੰ ਲਿਖੋ, ਤਾਂ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਹੋਰ ਕੋਈ ਇਸ ਨੂੰ ਨਾ ਲੱਭੇ, ਯੋਜਨਾ ਦੇ ਨਾਲ ਕਦੇ ਨਹੀਂ।",
  "storage.pass.larger": "ਵੱਡਾ ਕਰਕੇ ਦਿਖਾਓ",
  /**
   * After a suggestion in the page's language (docs/translations.md says why). English and Welsh:
   * words in the letters a to z only. Arabic: Arabic words, which need an Arabic keyboard, and
   * the other button (storage.pass.suggestLatin) for English letters. Not shown on Panjabi pages
   * (their suggestions are English words on purpose, docs/languages/pa.md: suggestedNoteLatin is shown).
   */
  "storage.pass.suggestedNote": "ਇਸ ਵਿੱਚ ਸਿਰਫ਼ a ਤੋਂ z ਤੱਕ ਦੇ ਅੱਖਰ ਹਨ, ਇਸ ਲਈ ਇਹ ਹਰ ਫ਼ੋਨ ਜਾਂ ਕੀਬੋਰਡ ਉੱਤੇ ਇੱਕੋ ਜਿਹਾ ਟਾਈਪ ਹੁੰਦਾ ਹੈ।",
  /** After a suggestion in English letters: on Panjabi pages every suggestion is English words (on purpose: Gurmukhi input methods vary, docs/languages/pa.md), so this is the note shown. */
  "storage.pass.suggestedNoteLatin":
    "ਇਹ ਅੰਗਰੇਜ਼ੀ ਦੇ ਸ਼ਬਦ ਹਨ, ਸਿਰਫ਼ a ਤੋਂ z ਤੱਕ ਦੇ ਅੱਖਰਾਂ ਵਿੱਚ, ਇਸ ਲਈ ਇਹ ਹਰ ਫ਼ੋਨ ਜਾਂ ਕੀਬੋਰਡ ਉੱਤੇ ਇੱਕੋ ਜਿਹੇ ਟਾਈਪ ਹੁੰਦੇ ਹਨ।",
  "storage.pass.again": "ਪਾਸਫ਼ਰੇਜ਼ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ",
  "storage.pass.show": "ਪਾਸਫ਼ਰੇਜ਼ ਦਿਖਾਓ",
  "storage.pass.typeFirst": "ਪਹਿਲਾਂ ਪਾਸਫ਼ਰੇਜ਼ ਟਾਈਪ ਕਰੋ।",
  "storage.pass.notSame": "ਦੋਵੇਂ ਪਾਸਫ਼ਰੇਜ਼ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਦੋਵਾਂ ਡੱਬਿਆਂ ਵਿੱਚ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰੋ।",
  "storage.pass.mustDiffer": "ਪਹਿਲੀ ਕਾਪੀ ਤੋਂ ਵੱਖਰਾ ਪਾਸਫ਼ਰੇਜ਼ ਵਰਤੋ, ਤਾਂ ਜੋ ਹਰ ਕਿਸੇ ਕੋਲ ਆਪਣਾ ਹੋਵੇ।",
  "storage.pass.tooEasy": "ਇਹ ਪਾਸਫ਼ਰੇਜ਼ ਕਿਸੇ ਹੋਰ ਲਈ ਬੁੱਝਣਾ ਬਹੁਤ ਸੌਖਾ ਹੋਵੇਗਾ।",
  "storage.pass.orUse": "ਜਾਂ {button} ਵਰਤੋ।",

  // How strong a new passphrase is (src/core/crypto/passphrase.ts)
  "storage.strength.tooEasy": "ਬੁੱਝਣਾ ਬਹੁਤ ਸੌਖਾ",
  "storage.strength.weak": "ਕਮਜ਼ੋਰ",
  "storage.strength.fair": "ਠੀਕ-ਠਾਕ",
  "storage.strength.good": "ਚੰਗਾ",
  "storage.strength.strong": "ਮਜ਼ਬੂਤ",
  "storage.advice.empty": "ਪਾਸਫ਼ਰੇਜ਼ ਟਾਈਪ ਕਰੋ, ਜਾਂ {button} ਵਰਤੋ।",
  "storage.advice.common": "ਇਸ ਵਿੱਚ ਇੱਕ ਬਹੁਤ ਆਮ ਪਾਸਵਰਡ ਹੈ, ਇਸ ਲਈ ਇਹ ਜਲਦੀ ਬੁੱਝਿਆ ਜਾਵੇਗਾ।",
  "storage.advice.personal": "ਨਾਂ ਅਤੇ ਤਾਰੀਖ਼ਾਂ, ਜਿਵੇਂ ਜਨਮ ਦਿਨ ਜਾਂ ਕੋਈ ਸਾਲ, ਤੁਹਾਨੂੰ ਜਾਣਨ ਵਾਲੇ ਲਈ ਬੁੱਝਣੇ ਸੌਖੇ ਹਨ।",
  "storage.advice.pattern": "ਦੁਹਰਾਏ ਅੱਖਰ, “abcd” ਜਾਂ “1234” ਵਰਗੀਆਂ ਲੜੀਆਂ, ਅਤੇ ਸਾਲ ਬੁੱਝਣੇ ਸੌਖੇ ਹਨ।",
  "storage.advice.shortButStrong": "ਇਹ ਚੰਗਾ ਮੇਲ ਹੈ – ਬੱਸ ਇਹ ਘੱਟੋ-ਘੱਟ {min} ਅੱਖਰਾਂ ਦਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।",
  "storage.advice.short": "ਇਸ ਨੂੰ ਥੋੜ੍ਹਾ ਲੰਬਾ ਕਰੋ – ਘੱਟੋ-ਘੱਟ {min} ਅੱਖਰ। ਚਾਰ ਜਾਂ ਵੱਧ ਬੇਮੇਲ ਸ਼ਬਦ ਚੰਗੇ ਰਹਿੰਦੇ ਹਨ, ਜਾਂ {button} ਵਰਤੋ।",
  "storage.advice.commonWords": "ਇਹ ਸ਼ਬਦ ਆਮ ਹਨ, ਇਸ ਲਈ ਇਕੱਠੇ ਵੀ ਇਹ ਬੁੱਝਣੇ ਸੌਖੇ ਹਨ।",
  "storage.advice.tryRarer": "ਘੱਟ ਆਮ ਸ਼ਬਦ ਵਰਤੋ ਜਿਨ੍ਹਾਂ ਦਾ ਆਪਸ ਵਿੱਚ ਕੋਈ ਮੇਲ ਨਾ ਹੋਵੇ, ਜਾਂ {button} ਵਰਤੋ।",
  "storage.advice.weak": "ਚਾਰ ਜਾਂ ਵੱਧ ਬੇਮੇਲ ਸ਼ਬਦ ਵਰਤੋ, ਜਾਂ {button} ਵਰਤੋ।",
  "storage.advice.fair": "ਬੱਸ ਥੋੜ੍ਹਾ ਹੋਰ। ਇੱਕ-ਦੋ ਹੋਰ ਬੇਮੇਲ ਸ਼ਬਦ ਇਸ ਨੂੰ ਬੁੱਝਣਾ ਬਹੁਤ ਔਖਾ ਕਰ ਦੇਣਗੇ।",
  "storage.advice.good": "ਇਹ ਚੰਗਾ ਪਾਸਫ਼ਰੇਜ਼ ਹੈ। ਬੱਸ ਪੱਕਾ ਕਰੋ ਕਿ ਇਹ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹੇ।",
  "storage.advice.strong": "ਬਹੁਤ ਵਧੀਆ – ਇਸ ਨੂੰ ਬੁੱਝਣਾ ਬਹੁਤ ਔਖਾ ਹੋਵੇਗਾ। ਬੱਸ ਪੱਕਾ ਕਰੋ ਕਿ ਇਹ ਤੁਹਾਨੂੰ ਯਾਦ ਰਹੇ।",

  // Save a copy (a locked file)
  "storage.export.tooMuch":
    "ਇੱਕ ਫ਼ਾਈਲ ਲਈ ਇਹ ਬਹੁਤ ਜ਼ਿਆਦਾ ਹੈ। ਕੁਝ ਯੋਜਨਾਵਾਂ ਵੱਖਰੀਆਂ ਸੇਵ ਕਰੋ, ਜਾਂ ਕੁਝ ਜਵਾਬ ਛੋਟੇ ਕਰੋ। ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।",
  "storage.export.failed": "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਕਾਪੀ ਨਹੀਂ ਬਣ ਸਕੀ। ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।",
  "storage.export.title": "ਲੌਕ ਕੀਤੀ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਸੇਵ ਕਰੋ",
  "storage.export.titlePro": "ਵਿਅਕਤੀ ਦੀ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ",
  "storage.export.intro":
    "ਫ਼ਾਈਲ ਉਸ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਲੌਕ ਹੁੰਦੀ ਹੈ ਜੋ ਤੁਸੀਂ ਇੱਥੇ ਚੁਣੋ; ਇਹ ਹੋਰ ਕਿਸੇ ਵੀ ਪਾਸਫ਼ਰੇਜ਼ ਤੋਂ ਵੱਖਰਾ ਹੋ ਸਕਦਾ ਹੈ। ਫ਼ਾਈਲ ਨੂੰ ਮੈਮਰੀ ਸਟਿੱਕ ਉੱਤੇ ਰੱਖੋ, ਆਪਣੇ-ਆਪ ਨੂੰ ਈਮੇਲ ਕਰੋ, ਜਾਂ ਕਿਸੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਸਾਂਭਣ ਲਈ ਦਿਓ: ਜੋ ਵੀ ਤੁਹਾਨੂੰ ਠੀਕ ਲੱਗੇ।",
  "storage.export.introPro":
    "ਵਿਅਕਤੀ ਨੂੰ ਕਹੋ ਕਿ ਪਾਸਫ਼ਰੇਜ਼ ਆਪ ਚੁਣੇ ਅਤੇ ਆਪ ਇੱਥੇ ਲਿਖੇ। ਜੇ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਦੀ ਥਾਂ ਲਿਖੋ, ਤਾਂ ਪੱਕਾ ਕਰੋ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਇਹ ਪਤਾ ਹੈ, ਅਤੇ ਇਸ ਨੂੰ ਕਦੇ ਵੀ ਫ਼ਾਈਲ ਵਾਲੀ ਥਾਂ ਉੱਤੇ ਨਾ ਲਿਖੋ।",
  "storage.export.download": "ਲੌਕ ਕੀਤੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ",
  "storage.export.downloadPro": "ਵਿਅਕਤੀ ਦੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ",
  "storage.export.doneTitle": "ਤੁਹਾਡੀ ਲੌਕ ਕੀਤੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਹੋ ਰਹੀ ਹੈ",
  "storage.export.doneText":
    "ਇਸ ਨੂੰ ਆਪਣੇ ਡਾਊਨਲੋਡਾਂ (downloads) ਵਿੱਚ ਲੱਭੋ। ਇਹ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਚੁਣੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੁੱਲ੍ਹਦੀ ਹੈ। ਜੇ ਡਾਊਨਲੋਡਾਂ ਵਾਲਾ ਫ਼ੋਲਡਰ ਸੁਰੱਖਿਅਤ ਨਹੀਂ, ਤਾਂ ਫ਼ਾਈਲ ਕਿਤੇ ਹੋਰ ਰੱਖਣ ਤੋਂ ਬਾਅਦ ਇਸ ਨੂੰ ਉੱਥੋਂ ਹਟਾਓ ਜਾਂ ਮਿਟਾਓ।",
  "storage.export.second": "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਲਈ ਦੂਜੀ ਕਾਪੀ ਬਣਾਓ",
  "storage.export.secondPro": "ਆਪਣੇ ਰਿਕਾਰਡ ਲਈ ਦੂਜੀ ਕਾਪੀ ਬਣਾਓ",
  "storage.export.secondIntro":
    "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਦੀ ਕਾਪੀ ਦਾ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਹੁੰਦਾ ਹੈ, ਤਾਂ ਜੋ ਉਹ ਤੁਹਾਡਾ ਪਾਸਫ਼ਰੇਜ਼ ਜਾਣੇ ਬਿਨਾਂ ਆਪਣੀ ਕਾਪੀ ਖੋਲ੍ਹ ਸਕਣ। ਪਾਸਫ਼ਰੇਜ਼ ਉਨ੍ਹਾਂ ਨੂੰ ਉੱਚੀ ਬੋਲ ਕੇ ਦੱਸੋ, ਕਦੇ ਵੀ ਫ਼ਾਈਲ ਵਾਲੇ ਸੁਨੇਹੇ ਵਿੱਚ ਨਹੀਂ।",
  "storage.export.secondIntroPro":
    "ਤੁਹਾਡੀ ਕਾਪੀ ਦਾ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਹੈ, ਜੋ ਵਿਅਕਤੀ ਦੇ ਪਾਸਫ਼ਰੇਜ਼ ਤੋਂ ਵੱਖਰਾ ਹੈ, ਇਸ ਲਈ ਕੋਈ ਵੀ ਪਾਸਫ਼ਰੇਜ਼ ਦੋਵੇਂ ਫ਼ਾਈਲਾਂ ਨਹੀਂ ਖੋਲ੍ਹਦਾ। ਇਸ ਨੂੰ ਆਪਣੀ ਸੰਸਥਾ ਦੇ ਰਿਕਾਰਡ ਵਿੱਚ ਰੱਖੋ।",
  "storage.export.downloadSecond": "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਦੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ",
  "storage.export.downloadSecondPro": "ਮੇਰੀ ਕਾਪੀ ਡਾਊਨਲੋਡ ਕਰੋ",
  "storage.export.secondDone": "ਦੂਜੀ ਕਾਪੀ ਵੀ ਡਾਊਨਲੋਡ ਹੋ ਰਹੀ ਹੈ।",

  // Open a saved copy
  "storage.import.unreadable": "ਉਹ ਫ਼ਾਈਲ ਪੜ੍ਹੀ ਨਹੀਂ ਜਾ ਸਕੀ।",
  "storage.import.chooseFile": "ਫ਼ਾਈਲ ਚੁਣੋ",
  "storage.import.dragHint": "ਜਾਂ ਫ਼ਾਈਲ ਨੂੰ ਖਿੱਚ ਕੇ ਇੱਥੇ ਲਿਆਓ।",
  "storage.import.openThis": "ਇਹ ਕਾਪੀ ਖੋਲ੍ਹੋ",
  "storage.import.holds": "ਕਾਪੀ ਖੁੱਲ੍ਹ ਗਈ ਹੈ। ਇਸ ਵਿੱਚ ਹਨ: {plans}।",
  "storage.import.alreadyHave": "ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਪਹਿਲਾਂ ਹੀ ਤੁਹਾਡੇ ਜਵਾਬ ਹਨ। ਹੁਣ ਕੀ ਕਰਨਾ ਹੈ?",
  "storage.import.alreadyHaveHeld": "ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਪਹਿਲਾਂ ਹੀ ਤੁਹਾਡੇ ਜਵਾਬ ਹਨ: {held}। ਹੁਣ ਕੀ ਕਰਨਾ ਹੈ?",
  "storage.import.replacesSaved": "ਬਦਲਣ ਨਾਲ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਵੀ ਬਦਲ ਜਾਂਦੀ ਹੈ।",
  "storage.import.replace": "ਇੱਥੇ ਸਭ ਕੁਝ ਬਦਲੋ",
  "storage.import.keepBoth": "ਦੋਵੇਂ ਰੱਖੋ",

  // The unlock screen: neutral, it does not say what is locked
  "storage.unlock.title": "ਲੌਕ ਹੈ",
  "storage.unlock.intro": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤੀ ਚੀਜ਼ ਖੋਲ੍ਹਣ ਲਈ ਆਪਣਾ ਪਾਸਫ਼ਰੇਜ਼ ਲਿਖੋ।",
  "storage.unlock.open": "ਖੋਲ੍ਹੋ",
  "storage.unlock.forgot": "ਪਾਸਫ਼ਰੇਜ਼ ਭੁੱਲ ਗਿਆ?",
  "storage.unlock.forgotText":
    "ਪਾਸਫ਼ਰੇਜ਼ ਬਿਨਾਂ ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਨਹੀਂ ਖੋਲ੍ਹ ਸਕਦਾ, ਇਹ ਸਾਈਟ ਚਲਾਉਣ ਵਾਲੇ ਵੀ ਨਹੀਂ। ਇਸੇ ਨਾਲ ਇਹ ਨਿੱਜੀ ਰਹਿੰਦਾ ਹੈ। ਜੇ ਇਹ ਯਾਦ ਨਾ ਆਵੇ, ਤਾਂ ਸੇਵ ਕੀਤਾ ਮਿਟਾ ਕੇ ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰੋ।",
  "storage.unlock.cannotUndo": "ਇਹ ਵਾਪਸ ਨਹੀਂ ਹੋ ਸਕਦਾ।",
  "storage.unlock.deleteAndStart": "ਸਭ ਕੁਝ ਮਿਟਾਓ ਅਤੇ ਨਵੇਂ ਸਿਰਿਓਂ ਸ਼ੁਰੂ ਕਰੋ",
  "storage.unlock.continueWithout": "ਇਸ ਨੂੰ ਖੋਲ੍ਹੇ ਬਿਨਾਂ ਜਾਰੀ ਰੱਖੋ",
  "storage.unlock.continueNote": "(ਸੇਵ ਕੀਤੀ ਚੀਜ਼ ਲੌਕ ਰਹਿੰਦੀ ਹੈ, ਅਤੇ ਕੁਝ ਨਵਾਂ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ)",
  "storage.save.unavailable":
    "ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਵੈੱਬਸਾਈਟਾਂ ਨੂੰ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਨਹੀਂ ਕਰਨ ਦਿੰਦਾ (ਕੁਝ ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋਆਂ ਇਸ ਨੂੰ ਰੋਕਦੀਆਂ ਹਨ)। ਤੁਹਾਡੀ ਯੋਜਨਾ ਅਜੇ ਵੀ ਇੱਥੇ ਹੈ। ਇਸ ਦੀ ਬਜਾਏ ਲੌਕ ਕੀਤੀ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਸੇਵ ਕਰੋ।",
  "storage.save.failed":
    "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਸਾਨੂੰ ਸੇਵ ਨਹੀਂ ਕਰਨ ਦਿੱਤਾ। ਤੁਹਾਡੀ ਯੋਜਨਾ ਅਜੇ ਵੀ ਸਕਰੀਨ ਉੱਤੇ ਹੈ। ਇਸ ਦੀ ਬਜਾਏ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਸੇਵ ਕੀਤੀ ਜਾ ਸਕਦੀ ਹੈ।",
  "storage.save.clashTitle": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਇੱਕ ਯੋਜਨਾ ਪਹਿਲਾਂ ਹੀ ਸੇਵ ਹੈ, ਲੌਕ ਕੀਤੀ ਹੋਈ।",
  "storage.save.clashText":
    "ਕੁਝ ਵੀ ਨਹੀਂ ਬਦਲਿਆ, ਅਤੇ ਸਕਰੀਨ ਵਾਲਾ ਸਭ ਕੁਝ ਅਜੇ ਇੱਥੇ ਹੈ। ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਖੋਲ੍ਹੋ (ਸਕਰੀਨ ਵਾਲਾ ਉਸ ਦੇ ਨਾਲ ਰਹਿੰਦਾ ਹੈ), ਜਾਂ ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਦੀ ਥਾਂ ਸਕਰੀਨ ਵਾਲਾ ਰੱਖੋ।",
  "storage.save.openSaved": "ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਖੋਲ੍ਹੋ",
  "storage.save.replaceSaved": "ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਬਦਲੋ (ਉਹ ਮਿਟ ਜਾਂਦੀ ਹੈ)",
  "storage.save.replaced": "ਪਹਿਲੀ ਯੋਜਨਾ ਦੀ ਥਾਂ, ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਅਤੇ ਲੌਕ ਹੋ ਗਿਆ।",
  "storage.save.title": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਲੌਕ ਕਰਕੇ ਸੇਵ ਕਰੋ",
  "storage.save.text": {
    one: "ਤੁਹਾਡੀ ਯੋਜਨਾ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਲੌਕ ਕਰਕੇ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਰੱਖੀ ਜਾਵੇਗੀ। ਹਰ ਤਬਦੀਲੀ ਆਪਣੇ-ਆਪ ਸੇਵ ਹੁੰਦੀ ਹੈ। ਇਹ ਆਪਣੇ-ਆਪ ਲੌਕ ਹੁੰਦੀ ਹੈ: 1 ਮਿੰਟ ਨਾ ਵਰਤਣ ਉੱਤੇ, “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਵਰਤਣ ਉੱਤੇ, ਅਤੇ “ਹੁਣੇ ਲੌਕ ਕਰੋ” ਚੁਣਨ ਉੱਤੇ। ਇਹ ਡਿਵਾਈਸ ਵਰਤਣ ਵਾਲਾ ਕੋਈ ਵੀ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਕੁਝ ਸੇਵ ਹੈ, ਪਰ ਉਸ ਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।",
    other:
      "ਤੁਹਾਡੀ ਯੋਜਨਾ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਲੌਕ ਕਰਕੇ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਰੱਖੀ ਜਾਵੇਗੀ। ਹਰ ਤਬਦੀਲੀ ਆਪਣੇ-ਆਪ ਸੇਵ ਹੁੰਦੀ ਹੈ। ਇਹ ਆਪਣੇ-ਆਪ ਲੌਕ ਹੁੰਦੀ ਹੈ: {count} ਮਿੰਟ ਨਾ ਵਰਤਣ ਉੱਤੇ, “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਵਰਤਣ ਉੱਤੇ, ਅਤੇ “ਹੁਣੇ ਲੌਕ ਕਰੋ” ਚੁਣਨ ਉੱਤੇ। ਇਹ ਡਿਵਾਈਸ ਵਰਤਣ ਵਾਲਾ ਕੋਈ ਵੀ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਕੁਝ ਸੇਵ ਹੈ, ਪਰ ਉਸ ਨੂੰ ਪੜ੍ਹ ਨਹੀਂ ਸਕਦਾ।",
  },
  "storage.delete.text":
    "ਇਸ ਸਕਰੀਨ ਵਾਲੀ ਯੋਜਨਾ ਵੀ ਮਿਟ ਜਾਂਦੀ ਹੈ। ਇਹ ਵਾਪਸ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਫ਼ਾਈਲਾਂ ਵਜੋਂ ਸੇਵ ਕੀਤੀਆਂ ਕਾਪੀਆਂ ਉੱਤੇ ਕੋਈ ਅਸਰ ਨਹੀਂ ਪੈਂਦਾ।",
  "storage.delete.done": "ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਕੀਤਾ ਸਭ ਕੁਝ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੈ।",
  "storage.delete.traces":
    "ਮਿਟਾਉਣ ਤੋਂ ਬਾਅਦ ਵੀ ਬ੍ਰਾਊਜ਼ਰ ਕੁਝ ਸਮਾਂ ਪੁਰਾਣੀਆਂ ਲੌਕ ਕੀਤੀਆਂ ਕਾਪੀਆਂ ਆਪਣੀਆਂ ਫ਼ਾਈਲਾਂ ਵਿੱਚ ਰੱਖ ਸਕਦਾ ਹੈ। ਉਹ ਫਿਰ ਵੀ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਖੁੱਲ੍ਹਦੀਆਂ ਹਨ। ਇਹ ਸਾਈਟ ਫਿਰ ਬ੍ਰਾਊਜ਼ਰ ਨੂੰ ਉਨ੍ਹਾਂ ਨੂੰ ਮਿਟਾਉਣ ਲਈ ਕਹਿੰਦੀ ਹੈ। ਪੱਕਾ ਕਰਨ ਲਈ, ਆਪਣੇ ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਸ ਸਾਈਟ ਦਾ ਡਾਟਾ ਵੀ ਮਿਟਾਓ।",
  "storage.import.openedReplace": "ਸੇਵ ਕੀਤੀ ਕਾਪੀ ਖੁੱਲ੍ਹ ਗਈ ਹੈ: {plans}। ਇਨ੍ਹਾਂ ਵਿੱਚ ਅੱਗੇ-ਪਿੱਛੇ ਜਾਣ ਲਈ ਉੱਪਰ “ਤੁਹਾਡੀਆਂ ਯੋਜਨਾਵਾਂ” ਵਰਤੋ।",
  "storage.import.openedBeside":
    "ਸੇਵ ਕੀਤੀ ਕਾਪੀ ਤੁਹਾਡੇ ਪਹਿਲਾਂ ਵਾਲੇ ਦੇ ਨਾਲ ਖੁੱਲ੍ਹ ਗਈ ਹੈ: {plans}। ਇਨ੍ਹਾਂ ਵਿੱਚ ਅੱਗੇ-ਪਿੱਛੇ ਜਾਣ ਲਈ ਉੱਪਰ “ਤੁਹਾਡੀਆਂ ਯੋਜਨਾਵਾਂ” ਵਰਤੋ।",

  "storage.save.savingText": {
    one: "ਤੁਹਾਡੀਆਂ ਸਾਰੀਆਂ ਯੋਜਨਾਵਾਂ ਵਿੱਚ ਤਬਦੀਲੀਆਂ ਟਾਈਪ ਕਰਦਿਆਂ ਹੀ ਸੇਵ ਹੁੰਦੀਆਂ ਹਨ। ਇਹ ਆਪਣੇ-ਆਪ ਲੌਕ ਹੁੰਦੀ ਹੈ: 1 ਮਿੰਟ ਨਾ ਵਰਤਣ ਉੱਤੇ, ਅਤੇ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਵਰਤਣ ਉੱਤੇ।",
    other:
      "ਤੁਹਾਡੀਆਂ ਸਾਰੀਆਂ ਯੋਜਨਾਵਾਂ ਵਿੱਚ ਤਬਦੀਲੀਆਂ ਟਾਈਪ ਕਰਦਿਆਂ ਹੀ ਸੇਵ ਹੁੰਦੀਆਂ ਹਨ। ਇਹ ਆਪਣੇ-ਆਪ ਲੌਕ ਹੁੰਦੀ ਹੈ: {count} ਮਿੰਟ ਨਾ ਵਰਤਣ ਉੱਤੇ, ਅਤੇ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਵਰਤਣ ਉੱਤੇ।",
  },
};
