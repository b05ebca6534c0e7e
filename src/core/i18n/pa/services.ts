import type { services as en } from "../en/services";
import type { Translation } from "../types";

/**
 * What each national service helps with, and when it answers, in Panjabi (Gurmukhi): drafted from
 * the English, not yet reviewed by a fluent speaker. The services' names stay in English (a person
 * asks for them by name); numbers are never written here.
 */
export const services: Translation<typeof en> = {
  "services.emergency.name": "ਐਮਰਜੈਂਸੀ: ਪੁਲਿਸ, ਐਂਬੂਲੈਂਸ, ਅੱਗ ਬੁਝਾਊ",
  "services.emergency.helpsWith": "ਕੋਈ ਵੀ ਜੋ ਇਸ ਵੇਲੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ।",
  "services.emergency.hours": "ਹਰ ਵੇਲੇ ਖੁੱਲ੍ਹਾ",
  "services.national-helpline-england.helpsWith": "ਇੰਗਲੈਂਡ ਵਿੱਚ ਔਰਤਾਂ, ਅਤੇ ਕੋਈ ਵੀ ਜਿਸ ਨੂੰ ਕਿਸੇ ਦੀ ਫ਼ਿਕਰ ਹੈ।",
  "services.national-helpline-england.hours": "ਹਰ ਵੇਲੇ ਖੁੱਲ੍ਹਾ। ਮੁਫ਼ਤ।",
  "services.live-fear-free.helpsWith": "ਵੇਲਜ਼ ਵਿੱਚ ਕੋਈ ਵੀ।",
  "services.live-fear-free.hours": "ਹਰ ਵੇਲੇ ਖੁੱਲ੍ਹਾ। ਮੁਫ਼ਤ।",
  "services.scotland-helpline.helpsWith": "ਸਕੌਟਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ।",
  "services.scotland-helpline.hours": "ਹਰ ਵੇਲੇ ਖੁੱਲ੍ਹਾ। ਮੁਫ਼ਤ।",
  "services.northern-ireland-helpline.helpsWith": "ਉੱਤਰੀ ਆਇਰਲੈਂਡ ਵਿੱਚ ਕੋਈ ਵੀ।",
  "services.northern-ireland-helpline.hours": "ਹਰ ਵੇਲੇ ਖੁੱਲ੍ਹਾ। ਮੁਫ਼ਤ।",
  "services.mens-advice-line.helpsWith": "ਮਰਦ, ਟ੍ਰਾਂਸ ਅਤੇ ਨੌਨ-ਬਾਇਨਰੀ ਲੋਕਾਂ ਸਮੇਤ, ਜਿਨ੍ਹਾਂ ਨਾਲ ਬਦਸਲੂਕੀ ਹੋ ਰਹੀ ਹੈ।",
  "services.mens-advice-line.hours": "ਹਫ਼ਤੇ ਦੇ ਕੰਮ ਵਾਲੇ ਦਿਨ। ਖੁੱਲ੍ਹਣ ਦੇ ਮੌਜੂਦਾ ਸਮੇਂ ਦੇਖੋ।",
  "services.galop.helpsWith": "LGBT+ ਲੋਕ।",
  "services.galop.hours": "ਹਫ਼ਤੇ ਦੇ ਕੰਮ ਵਾਲੇ ਦਿਨ। ਖੁੱਲ੍ਹਣ ਦੇ ਮੌਜੂਦਾ ਸਮੇਂ ਦੇਖੋ।",
  "services.karma-nirvana.helpsWith": "'ਇੱਜ਼ਤ' ਦੇ ਨਾਂ ਉੱਤੇ ਬਦਸਲੂਕੀ ਅਤੇ ਜਬਰੀ ਵਿਆਹ।",
  "services.karma-nirvana.hours": "ਹਫ਼ਤੇ ਦੇ ਕੰਮ ਵਾਲੇ ਦਿਨ। ਖੁੱਲ੍ਹਣ ਦੇ ਮੌਜੂਦਾ ਸਮੇਂ ਦੇਖੋ।",
  "services.childline.helpsWith": "19 ਸਾਲ ਤੋਂ ਘੱਟ ਉਮਰ ਦੇ ਬੱਚੇ ਅਤੇ ਨੌਜਵਾਨ।",
  "services.childline.hours": "ਹਰ ਵੇਲੇ ਖੁੱਲ੍ਹਾ। ਮੁਫ਼ਤ। ਫ਼ੋਨ ਦੇ ਬਿੱਲ ਉੱਤੇ ਨਹੀਂ ਦਿਸਦਾ।",
  "services.nspcc.helpsWith": "ਵੱਡੇ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਕਿਸੇ ਬੱਚੇ ਦੀ ਫ਼ਿਕਰ ਹੈ।",
  "services.nspcc.hours": "ਖੁੱਲ੍ਹਣ ਦੇ ਮੌਜੂਦਾ ਸਮੇਂ ਦੇਖੋ।",
  "services.respect.helpsWith": "ਉਹ ਲੋਕ ਜਿਨ੍ਹਾਂ ਨੂੰ ਆਪਣੇ ਸਾਥੀ ਜਾਂ ਪਰਿਵਾਰ ਨਾਲ ਆਪਣੇ ਵਿਹਾਰ ਦੀ ਫ਼ਿਕਰ ਹੈ।",
  "services.respect.hours": "ਹਫ਼ਤੇ ਦੇ ਕੰਮ ਵਾਲੇ ਦਿਨ। ਖੁੱਲ੍ਹਣ ਦੇ ਮੌਜੂਦਾ ਸਮੇਂ ਦੇਖੋ।",
  // An organisation's own service that gives no hours.
  "services.local.hours": "ਖੁੱਲ੍ਹਣ ਦੇ ਮੌਜੂਦਾ ਸਮੇਂ ਦੇਖੋ।",
  // The numbers a plan shows (src/core/config/numbers.ts).
  "services.plan.emergencyName": "ਐਮਰਜੈਂਸੀ",
  "services.plan.emergencyNote": "ਪੁਲਿਸ, ਐਂਬੂਲੈਂਸ। ਜੇ ਤੁਸੀਂ ਮੋਬਾਈਲ ਉੱਤੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਪੁੱਛੇ ਜਾਣ ਉੱਤੇ 55 ਦਬਾਓ।",
  "services.plan.childEmergencyNote": "ਜੇ ਤੁਸੀਂ ਮੋਬਾਈਲ ਉੱਤੇ ਬੋਲ ਨਹੀਂ ਸਕਦੇ, ਤਾਂ ਪੁੱਛੇ ਜਾਣ ਉੱਤੇ 55 ਦਬਾਓ।",
  "services.plan.childlineNote": "ਮੁਫ਼ਤ। ਇਹ ਫ਼ੋਨ ਦੇ ਬਿੱਲ ਉੱਤੇ ਨਹੀਂ ਦਿਸਦਾ।",
  // The groups of numbers, on /help/ and in the workspace's numbers panel.
  "services.section.inDanger": "ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ",
  "services.section.helplines": "ਹੈਲਪਲਾਈਨਾਂ",
  "services.section.local": "ਤੁਹਾਡੇ ਨੇੜੇ",
  "services.section.specialist": "ਹੋਰ ਹੈਲਪਲਾਈਨਾਂ",
  "services.section.otherNations": "UK ਦੇ ਹੋਰ ਹਿੱਸਿਆਂ ਵਿੱਚ",
};
