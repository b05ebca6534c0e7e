import type { phone as en } from "../../en/ui/phone";
import type { Translation } from "../../types";

/**
 * Handing plans to a phone as moving codes, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided.
 * The sending screen (session and workspace) and the receiving page. They load with the code that shows them.
 */
export const phone: Translation<typeof en> = {
  "phone.title": "ਫ਼ੋਨ ਨੂੰ ਸੌਂਪੋ",
  "phone.titleOwn": "ਫ਼ੋਨ ਉੱਤੇ ਲੈ ਜਾਓ",
  "phone.introOwn":
    "ਤੁਹਾਡੀਆਂ ਯੋਜਨਾਵਾਂ ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਕੋਡਾਂ ਦੀ ਲੜੀ ਵਜੋਂ ਫ਼ੋਨ ਵਿੱਚ ਜਾਂਦੀਆਂ ਹਨ। ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਕੁਝ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ ਅਤੇ ਕੁਝ ਵੀ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ। ਇੱਕ ਪਾਸਫ਼ਰੇਜ਼ ਚੁਣੋ: ਇਹ ਫ਼ੋਨ ਉੱਤੇ ਦੁਬਾਰਾ ਟਾਈਪ ਕਰਨਾ ਪਵੇਗਾ।",
  "phone.intro":
    "ਯੋਜਨਾਵਾਂ ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਕੋਡਾਂ ਦੀ ਲੜੀ ਵਜੋਂ ਫ਼ੋਨ ਵਿੱਚ ਜਾਂਦੀਆਂ ਹਨ। ਇਸ ਕੰਪਿਊਟਰ ਉੱਤੇ ਕੁਝ ਸੇਵ ਨਹੀਂ ਹੁੰਦਾ ਅਤੇ ਕੁਝ ਵੀ ਕਿਤੇ ਨਹੀਂ ਭੇਜਿਆ ਜਾਂਦਾ। ਵਿਅਕਤੀ ਨੂੰ ਪਾਸਫ਼ਰੇਜ਼ ਆਪ ਚੁਣਨ ਅਤੇ ਇੱਥੇ ਆਪ ਟਾਈਪ ਕਰਨ ਦਿਓ, ਉੱਚੀ ਬੋਲਣ ਦੀ ਬਜਾਏ।",
  "phone.lock": "ਲੌਕ ਕਰੋ ਅਤੇ ਕੋਡ ਦਿਖਾਓ",
  "phone.locking": "ਲੌਕ ਹੋ ਰਿਹਾ ਹੈ…",
  "phone.stepAddress": "1. ਫ਼ੋਨ ਉੱਤੇ ਕੈਮਰਾ ਖੋਲ੍ਹੋ ਅਤੇ ਇਸ ਕੋਡ ਵੱਲ ਕਰੋ। ਇਹ ਯੋਜਨਾਵਾਂ ਲੈਣ ਵਾਲਾ ਪੰਨਾ ਖੋਲ੍ਹਦਾ ਹੈ।",
  "phone.addressLabel": "ਲੈਣ ਵਾਲੇ ਪੰਨੇ ਦੇ ਪਤੇ ਦਾ ਕੋਡ",
  "phone.showCodes": "ਫ਼ੋਨ ਉੱਤੇ ਪੰਨਾ ਖੁੱਲ੍ਹ ਗਿਆ ਹੈ: ਯੋਜਨਾਵਾਂ ਦਿਖਾਓ",
  "phone.stepCodes":
    "2. ਫ਼ੋਨ ਉੱਤੇ “ਕੈਮਰਾ ਚਾਲੂ ਕਰੋ” ਚੁਣੋ, ਅਤੇ ਇਸ ਨੂੰ ਇਉਂ ਫੜੋ ਕਿ ਇਹ ਕੋਡ ਉਸ ਦੀ ਜ਼ਿਆਦਾਤਰ ਸਕਰੀਨ ਭਰ ਦੇਣ। ਜਦੋਂ ਤੱਕ ਫ਼ੋਨ ਇਹ ਨਾ ਕਹੇ ਕਿ ਸਭ ਕੁਝ ਆ ਗਿਆ ਹੈ, ਲੱਗੇ ਰਹੋ।",
  "phone.codesLabel": "ਬਦਲਦੇ ਕੋਡ, ਜਿਨ੍ਹਾਂ ਵਿੱਚ ਲੌਕ ਕੀਤੀਆਂ ਯੋਜਨਾਵਾਂ ਹਨ",
  "phone.pace": "{count} ਟੁਕੜੇ। ਹਰ ਕੋਡ ਇੱਕ ਨਵਾਂ ਮੇਲ ਹੈ, ਇਸ ਲਈ ਕੋਈ ਕੋਡ ਖੁੰਝ ਜਾਵੇ ਤਾਂ ਕੋਈ ਗੱਲ ਨਹੀਂ।",
  "phone.slower": "ਹੌਲੀ, ਵੱਡੇ ਕੋਡ ਵਰਤੋ",
  "phone.faster": "ਆਮ ਰਫ਼ਤਾਰ ਉੱਤੇ ਵਾਪਸ ਜਾਓ",
  "phone.showAddress": "ਪਤੇ ਵਾਲਾ ਕੋਡ ਦੁਬਾਰਾ ਦਿਖਾਓ",
  "phone.close": "ਰੋਕੋ ਅਤੇ ਬੰਦ ਕਰੋ",
  "phone.tooBig": "ਇਹ ਯੋਜਨਾਵਾਂ ਇਸ ਤਰੀਕੇ ਨਾਲ ਸੌਂਪਣ ਲਈ ਬਹੁਤ ਵੱਡੀਆਂ ਹਨ। ਇਸ ਦੀ ਬਜਾਏ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਬਣਾਓ।",
  "phone.failed": "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਵਿੱਚ ਕੋਡ ਨਹੀਂ ਬਣ ਸਕੇ। ਇਸ ਦੀ ਬਜਾਏ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਬਣਾਓ।",
  "phone.receive.start": "ਕੈਮਰਾ ਚਾਲੂ ਕਰੋ",
  "phone.receive.why":
    "ਕੈਮਰਾ ਸਿਰਫ਼ ਇਸ ਪੰਨੇ ਉੱਤੇ, ਸਿਰਫ਼ ਕੋਡ ਪੜ੍ਹਨ ਲਈ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਸਾਰੇ ਕੋਡ ਆਉਂਦੇ ਹੀ ਬੰਦ ਹੋ ਜਾਂਦਾ ਹੈ। ਕੁਝ ਵੀ ਰਿਕਾਰਡ ਜਾਂ ਭੇਜਿਆ ਨਹੀਂ ਜਾਂਦਾ।",
  "phone.receive.starting": "ਕੈਮਰੇ ਦੀ ਇਜਾਜ਼ਤ ਮੰਗੀ ਜਾ ਰਹੀ ਹੈ…",
  "phone.receive.videoLabel": "ਕੈਮਰਾ ਕੀ ਦੇਖ ਰਿਹਾ ਹੈ",
  "phone.receive.aim": "ਕੈਮਰੇ ਨੂੰ ਦੂਜੀ ਸਕਰੀਨ ਦੇ ਕੋਡਾਂ ਵੱਲ ਕਰੋ, ਤਾਂ ਜੋ ਉਹ ਇਸ ਸਕਰੀਨ ਦਾ ਜ਼ਿਆਦਾਤਰ ਹਿੱਸਾ ਭਰ ਦੇਣ।",
  "phone.receive.looking": "ਕੋਡ ਲੱਭੇ ਜਾ ਰਹੇ ਹਨ…",
  "phone.receive.progress": "{need} ਵਿੱਚੋਂ {have} ਟੁਕੜੇ ਪੜ੍ਹੇ ਗਏ।",
  "phone.receive.stop": "ਕੈਮਰਾ ਬੰਦ ਕਰੋ",
  "phone.receive.denied":
    "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੂੰ ਕੈਮਰਾ ਵਰਤਣ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਮਿਲੀ। ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰਨ ਲਈ, ਬ੍ਰਾਊਜ਼ਰ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਸ ਸਾਈਟ ਲਈ ਕੈਮਰੇ ਦੀ ਇਜਾਜ਼ਤ ਦਿਓ, ਫਿਰ “ਕੈਮਰਾ ਚਾਲੂ ਕਰੋ” ਚੁਣੋ। ਜਾਂ ਹੇਠਾਂ ਦਿੱਤਾ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਵਰਤੋ।",
  "phone.receive.noCamera": "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੂੰ ਵਰਤਣ ਲਈ ਕੋਈ ਕੈਮਰਾ ਨਹੀਂ ਲੱਭਾ। ਹੇਠਾਂ ਦਿੱਤਾ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਵਰਤੋ।",
  "phone.receive.cameraFailed":
    "ਕੈਮਰਾ ਚਾਲੂ ਨਹੀਂ ਹੋਇਆ। ਕੈਮਰਾ ਵਰਤ ਰਹੀ ਕੋਈ ਹੋਰ ਐਪ ਬੰਦ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ, ਜਾਂ ਹੇਠਾਂ ਦਿੱਤਾ ਕੋਈ ਹੋਰ ਤਰੀਕਾ ਵਰਤੋ।",
  "phone.receive.mismatch": "ਕੈਮਰੇ ਨੇ ਕੁਝ ਗ਼ਲਤ ਪੜ੍ਹਿਆ, ਇਸ ਲਈ ਇਹ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋ ਰਿਹਾ ਹੈ। ਕੈਮਰਾ ਕੋਡਾਂ ਉੱਤੇ ਰੱਖੋ।",
  "phone.receive.notPlans": "ਕੋਡ ਪੜ੍ਹੇ ਗਏ, ਪਰ ਉਨ੍ਹਾਂ ਵਿੱਚ ਇਸ ਸਾਈਟ ਦੀਆਂ ਲੌਕ ਕੀਤੀਆਂ ਯੋਜਨਾਵਾਂ ਨਹੀਂ ਹਨ। ਕੁਝ ਨਹੀਂ ਖੋਲ੍ਹਿਆ ਗਿਆ।",
  "phone.receive.allIn": "ਸਭ ਕੁਝ ਆ ਗਿਆ ਹੈ ਅਤੇ ਜਾਂਚਿਆ ਗਿਆ ਹੈ। ਕੈਮਰਾ ਬੰਦ ਹੈ।",
  "phone.receive.passIntro": "ਦੂਜੀ ਸਕਰੀਨ ਉੱਤੇ ਚੁਣਿਆ ਪਾਸਫ਼ਰੇਜ਼ ਟਾਈਪ ਕਰੋ।",
  "phone.receive.open": "ਖੋਲ੍ਹੋ",
  "phone.receive.holds": "ਇਸ ਵਿੱਚ ਹਨ: {plans}।",
  "phone.receive.keepNote":
    "ਇਹ ਅਜੇ ਇਸ ਫ਼ੋਨ ਉੱਤੇ ਸੇਵ ਨਹੀਂ ਹਨ। ਅਗਲੇ ਪੰਨੇ ਉੱਤੇ, ਇਨ੍ਹਾਂ ਨੂੰ ਇੱਥੇ ਪਾਸਫ਼ਰੇਜ਼ ਨਾਲ ਲੌਕ ਕਰਕੇ ਰੱਖਣ ਲਈ {button} ਚੁਣੋ। ਉਦੋਂ ਤੱਕ, ਪੰਨਾ ਬੰਦ ਕਰਨ ਨਾਲ ਇਹ ਮਿਟ ਜਾਂਦੀਆਂ ਹਨ।",
  "phone.receive.openPlans": "ਯੋਜਨਾਵਾਂ ਖੋਲ੍ਹੋ",
  "phone.receive.carryFailed": "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਨੇ ਯੋਜਨਾਵਾਂ ਨੂੰ ਅਗਲੇ ਪੰਨੇ ਉੱਤੇ ਨਹੀਂ ਜਾਣ ਦਿੱਤਾ। ਇਸ ਦੀ ਬਜਾਏ ਲੌਕ ਕੀਤੀ ਫ਼ਾਈਲ ਮੰਗੋ।",
};
