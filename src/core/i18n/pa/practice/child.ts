import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

/**
 * The child's practice in Panjabi (Gurmukhi), read by (or to) a child of about 7 to 9: drafted
 * from the English, not yet reviewed by a fluent speaker. Very short sentences, everyday words;
 * the child is "ਤੁਸੀਂ" with polite imperatives, and the child's own lines say nothing of gender
 * ("ਮੈਂ … ਉੱਤੇ ਹਾਂ", not ਰਹਾਂਗਾ/ਰਹਾਂਗੀ).
 *
 * Each place or person blank ({safePlace}, {trustedPerson}, {nearestPhone}, {neighbour}) ends
 * its sentence, so the child's own words can follow after a colon. Panjabi puts the verb last, so
 * the blank's words carry their own postposition ("ਆਪਣੀ ਸੁਰੱਖਿਅਤ ਥਾਂ ਉੱਤੇ", "ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ
 * ਵੱਡੇ ਨੂੰ") and the verb comes before them, as in spoken Panjabi: "ਜਾਓ ਆਪਣੀ ਸੁਰੱਖਿਅਤ ਥਾਂ
 * ਉੱਤੇ: “ਮੰਜੇ ਹੇਠਾਂ”।"
 */
export const childPractice: Translation<typeof en> = {
  "practice.child.title": "ਆਪਣੀ ਯੋਜਨਾ ਦਾ ਅਭਿਆਸ",
  "practice.child.intro": [
    "ਆਓ ਤੁਹਾਡੀ ਯੋਜਨਾ ਦਾ ਅਭਿਆਸ ਕਰੀਏ। ਇਹ ਸਿਰਫ਼ ਖੇਡ ਹੈ।",
    "ਪਹਿਲਾਂ ਘਰ ਦੀ ਇੱਕ ਗੱਲ ਪੜ੍ਹੋ। ਫਿਰ ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰੋ।",
    "ਫਿਰ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਹਰ ਇੱਕ ਕਿਉਂ ਮਦਦ ਕਰਦਾ ਹੈ, ਜਾਂ ਕਿਉਂ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਤੁਸੀਂ ਜਿੰਨੀ ਵਾਰ ਚਾਹੋ ਦੁਬਾਰਾ ਕਰ ਸਕਦੇ ਹੋ।",
  ],
  "practice.child.blank.safePlace": "ਆਪਣੀ ਸੁਰੱਖਿਅਤ ਥਾਂ ਉੱਤੇ",
  "practice.child.blank.trustedPerson": "ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਵੱਡੇ ਨੂੰ",
  "practice.child.blank.nearestPhone": "ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲੇ ਫ਼ੋਨ ਤੋਂ",
  "practice.child.blank.neighbour": "ਨਾਲ ਦੇ ਘਰ ਵਾਲੇ ਕਿਸੇ ਵੱਡੇ ਤੋਂ",
  "practice.child.blank.name": "ਤੁਹਾਡਾ ਨਾਂ",
  "practice.child.blank.address": "ਤੁਹਾਡਾ ਪਤਾ",
  "practice.child.shouting-downstairs.situation": "ਤੁਸੀਂ ਉੱਪਰ ਆਪਣੇ ਖਿਡੌਣਿਆਂ ਨਾਲ ਹੋ। ਹੇਠਾਂ ਤੋਂ ਚੀਕਾਂ ਦੀ ਆਵਾਜ਼ ਆਉਂਦੀ ਹੈ।",
  "practice.child.shouting-downstairs.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "ਪਾਸੇ ਰਹੋ। ਜਾਓ {safePlace}।",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "ਹਾਂ। ਸੁਰੱਖਿਅਤ ਰਹਿਣ ਦਾ ਇਹ ਚੰਗਾ ਤਰੀਕਾ ਹੈ। ਚੀਕਾਂ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹਨ, ਅਤੇ ਇਨ੍ਹਾਂ ਨੂੰ ਰੋਕਣਾ ਤੁਹਾਡਾ ਕੰਮ ਨਹੀਂ ਹੈ।",
  "practice.child.shouting-downstairs.shouting-go-down.label": "ਹੇਠਾਂ ਜਾ ਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਰੁਕਣ ਲਈ ਕਹੋ।",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "ਇਹ ਚੰਗੀ ਸੋਚ ਹੈ। ਪਰ ਵਿੱਚ ਪੈਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ। ਵੱਡੇ ਇਸ ਨੂੰ ਆਪ ਸੁਲਝਾ ਸਕਦੇ ਹਨ। ਤੁਹਾਡਾ ਕੰਮ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ ਹੈ।",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "ਹੇਠਾਂ ਜਾ ਕੇ ਦੇਖੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "ਜਾਣਨਾ ਚਾਹੁਣਾ ਠੀਕ ਹੈ। ਪਰ ਤੁਹਾਨੂੰ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ। ਪਾਸੇ ਰਹਿਣਾ ਜ਼ਿਆਦਾ ਸੁਰੱਖਿਅਤ ਹੈ। ਜਾਓ {safePlace}।",
  "practice.child.someone-getting-hurt.situation": "ਵੱਡੇ ਲੜ ਰਹੇ ਹਨ। ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗ ਰਹੀ ਹੈ।",
  "practice.child.someone-getting-hurt.question": "ਸੁਰੱਖਿਅਤ ਗੱਲ ਕੀ ਹੈ?",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "ਵਿੱਚ ਜਾ ਕੇ ਇਸ ਨੂੰ ਰੋਕੋ।",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "ਤੁਸੀਂ ਮਦਦ ਕਰਨੀ ਚਾਹੁੰਦੇ ਹੋ, ਅਤੇ ਇਹ ਚੰਗੀ ਗੱਲ ਹੈ। ਪਰ ਤੁਹਾਨੂੰ ਵੀ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਰੋਕ ਨਹੀਂ ਸਕਦੇ, ਅਤੇ ਕੋਸ਼ਿਸ਼ ਕਰਨਾ ਤੁਹਾਡਾ ਕੰਮ ਨਹੀਂ ਹੈ। ਪਾਸੇ ਹੋ ਜਾਓ।",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "ਪਾਸੇ ਹੋ ਜਾਓ। ਜਾਓ {safePlace}। ਜੇ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ {nearestPhone}।",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "ਹਾਂ। ਪਹਿਲਾਂ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਰਹੋ। ਫਿਰ, ਜੇ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਪੁਲਿਸ ਮੰਗੋ। ਉਹ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "ਜੇ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਬਾਹਰ ਜਾ ਸਕੋ, ਤਾਂ ਜਾ ਕੇ ਮਦਦ ਲਓ {neighbour}।",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "ਹਾਂ, ਇਸ ਨਾਲ ਵੀ ਮਦਦ ਹੋ ਸਕਦੀ ਹੈ। ਸਿਰਫ਼ ਤਾਂ ਜਾਓ ਜੇ ਬਾਹਰ ਜਾਣਾ ਸੁਰੱਖਿਅਤ ਹੋਵੇ। ਨਾਲ ਦੇ ਘਰ ਦਾ ਵੱਡਾ ਮਦਦ ਲਈ ਫ਼ੋਨ ਕਰ ਸਕਦਾ ਹੈ।",
  "practice.child.scared-at-night.situation": "ਰਾਤ ਹੈ। ਤੁਸੀਂ ਮੰਜੇ ਉੱਤੇ ਹੋ। ਉੱਚੀਆਂ ਆਵਾਜ਼ਾਂ ਆਉਂਦੀਆਂ ਹਨ ਅਤੇ ਤੁਹਾਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ।",
  "practice.child.scared-at-night.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "ਹੌਲੀ-ਹੌਲੀ ਲੰਮੇ ਸਾਹ ਲਓ। ਜਿੱਥੇ ਹੋ ਉੱਥੇ ਰਹੋ, ਜਾਂ ਜਾਓ {safePlace}।",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "ਹਾਂ। ਹੌਲੀ ਸਾਹ ਤੁਹਾਨੂੰ ਸ਼ਾਂਤ ਕਰ ਸਕਦੇ ਹਨ। ਪਾਸੇ ਰਹਿਣਾ ਸੁਰੱਖਿਅਤ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਖਿਡੌਣੇ ਨੂੰ ਜੱਫੀ ਵੀ ਪਾ ਸਕਦੇ ਹੋ।",
  "practice.child.scared-at-night.night-go-and-look.label": "ਉੱਠ ਕੇ ਦੇਖਣ ਜਾਓ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "ਜਾਣਨਾ ਚਾਹੁਣਾ ਠੀਕ ਹੈ। ਪਰ ਲੜਾਈ ਦੇ ਨੇੜੇ ਜਾਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ। ਪਾਸੇ ਰਹੋ। ਤੁਸੀਂ ਦਿਨ ਵੇਲੇ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ।",
  "practice.child.scared-at-night.night-tell-later.label": "ਦਿਨ ਵੇਲੇ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਵੇਂ ਲੱਗਿਆ। ਦੱਸੋ {trustedPerson}।",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "ਹਾਂ। ਕਿਸੇ ਵੱਡੇ ਨੂੰ ਆਪਣੇ ਮਨ ਦੀ ਗੱਲ ਦੱਸਣਾ ਚੰਗਾ ਹੈ। ਉਹ ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਾ ਸਕਦੇ ਹਨ। ਤੁਹਾਨੂੰ ਕੋਈ ਝਿੜਕ ਨਹੀਂ ਪਵੇਗੀ।",
  "practice.child.keep-a-secret.situation": "ਘਰ ਵਿੱਚ ਕੋਈ ਕਹਿੰਦਾ ਹੈ: ਇੱਥੇ ਜੋ ਹੁੰਦਾ ਹੈ ਉਹ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੀਂ।",
  "practice.child.keep-a-secret.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.child.keep-a-secret.secret-keep-it.label": "ਇਸ ਨੂੰ ਭੇਤ ਰੱਖੋ। ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ।",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "ਦੱਸਣਾ ਔਖਾ ਲੱਗ ਸਕਦਾ ਹੈ। ਪਰ ਜੋ ਭੇਤ ਤੁਹਾਨੂੰ ਉਦਾਸ ਕਰੇ ਜਾਂ ਡਰਾਵੇ, ਉਹ ਚੰਗਾ ਭੇਤ ਨਹੀਂ ਹੈ। ਦੱਸਣਾ ਠੀਕ ਹੈ। ਤੁਹਾਨੂੰ ਕੋਈ ਝਿੜਕ ਨਹੀਂ ਪਵੇਗੀ।",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "ਦੱਸੋ {trustedPerson}।",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "ਹਾਂ। ਤੁਸੀਂ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਵੱਡੇ ਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ, ਜਿਵੇਂ ਅਧਿਆਪਕ ਨੂੰ। ਇਹ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹੈ। ਦੱਸਣ ਨਾਲ ਹੀ ਮਦਦ ਮਿਲਦੀ ਹੈ।",
  "practice.child.little-one-crying.situation": "ਵੱਡੇ ਲੜ ਰਹੇ ਹਨ। ਤੁਹਾਡਾ ਛੋਟਾ ਭਰਾ ਜਾਂ ਭੈਣ ਡਰੇ ਹੋਏ ਹਨ ਅਤੇ ਰੋ ਰਹੇ ਹਨ।",
  "practice.child.little-one-crying.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.child.little-one-crying.crying-take-them.label": "ਜੇ ਉਹ ਤੁਹਾਡੇ ਨੇੜੇ ਹਨ, ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ {safePlace}।",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "ਹਾਂ, ਜੇ ਤੁਸੀਂ ਇਹ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਕਰ ਸਕੋ। ਤੁਸੀਂ ਦੋਵੇਂ ਇਕੱਠੇ ਪਾਸੇ ਰਹਿ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਜੱਫੀ ਪਾ ਸਕਦੇ ਹੋ ਜਾਂ ਹੌਲੀ ਜਿਹੀ ਕੋਈ ਗੀਤ ਗਾ ਸਕਦੇ ਹੋ।",
  "practice.child.little-one-crying.crying-ask-grown-ups.label": "ਵੱਡਿਆਂ ਨੂੰ ਜਾ ਕੇ ਰੁਕਣ ਲਈ ਕਹੋ, ਤਾਂ ਜੋ ਰੋਣਾ ਬੰਦ ਹੋਵੇ।",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "ਇਹ ਚੰਗੀ ਸੋਚ ਹੈ। ਪਰ ਲੜਾਈ ਦੇ ਨੇੜੇ ਜਾਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੈ। ਪਾਸੇ ਰਹੋ। ਇਸ ਨੂੰ ਰੋਕਣਾ ਤੁਹਾਡਾ ਕੰਮ ਨਹੀਂ ਹੈ।",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "ਜਦੋਂ ਇਹ ਮੁੱਕ ਜਾਵੇ, ਤਾਂ ਦੱਸੋ ਕਿ ਤੁਹਾਡਾ ਭਰਾ ਜਾਂ ਭੈਣ ਡਰੇ ਹੋਏ ਸਨ। ਦੱਸੋ {trustedPerson}।",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "ਹਾਂ। ਭਰੋਸੇ ਵਾਲਾ ਵੱਡਾ ਤੁਹਾਨੂੰ ਦੋਹਾਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ। ਇਸ ਨੂੰ ਠੀਕ ਕਰਨਾ ਉਨ੍ਹਾਂ ਦਾ ਕੰਮ ਹੈ, ਤੁਹਾਡਾ ਨਹੀਂ।",
  "practice.child.after-a-fight.situation": "ਲੜਾਈ ਮੁੱਕ ਗਈ ਹੈ। ਤੁਸੀਂ ਉਦਾਸ ਹੋ, ਜਾਂ ਗੁੱਸੇ ਵਿੱਚ ਹੋ, ਜਾਂ ਦੋਵੇਂ।",
  "practice.child.after-a-fight.question": "ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਹੋ ਸਕਦੀ ਹੈ?",
  "practice.child.after-a-fight.after-talk.label": "ਆਪਣੇ ਮਨ ਦੀ ਗੱਲ ਦੱਸੋ {trustedPerson}।",
  "practice.child.after-a-fight.after-talk.feedback":
    "ਹਾਂ। ਜੋ ਵੀ ਤੁਸੀਂ ਮਹਿਸੂਸ ਕਰੋ, ਉਹ ਠੀਕ ਹੈ। ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਵੱਡੇ ਨਾਲ ਗੱਲ ਕਰਨ ਨਾਲ ਬਹੁਤ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।",
  "practice.child.after-a-fight.after-keep-it-in.label": "ਸਭ ਕੁਝ ਅੰਦਰ ਰੱਖੋ। ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸੋ।",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "ਬਹੁਤ ਬੱਚੇ ਇਵੇਂ ਮਹਿਸੂਸ ਕਰਦੇ ਹਨ। ਪਰ ਵੱਡੀਆਂ ਭਾਵਨਾਵਾਂ ਅੰਦਰ ਰੱਖਣ ਨਾਲ ਹੋਰ ਵੱਡੀਆਂ ਹੋ ਸਕਦੀਆਂ ਹਨ। ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਨਾਲ ਗੱਲ ਕਰਨ ਨਾਲ ਮਦਦ ਮਿਲਦੀ ਹੈ।",
  "practice.child.after-a-fight.after-calm-thing.label": "ਕੋਈ ਸ਼ਾਂਤ ਕੰਮ ਕਰੋ, ਜਿਵੇਂ ਤਸਵੀਰ ਬਣਾਓ, ਪੜ੍ਹੋ ਜਾਂ ਖੇਡੋ।",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "ਹਾਂ। ਸ਼ਾਂਤ ਕੰਮ ਨਾਲ ਤੁਸੀਂ ਥੋੜ੍ਹਾ ਚੰਗਾ ਮਹਿਸੂਸ ਕਰ ਸਕਦੇ ਹੋ। ਬਾਅਦ ਵਿੱਚ ਕਿਸੇ ਵੱਡੇ ਨਾਲ ਗੱਲ ਵੀ ਕਰ ਸਕਦੇ ਹੋ।",
  "practice.child.call.title": "999 ਉੱਤੇ ਫ਼ੋਨ ਦਾ ਅਭਿਆਸ",
  "practice.child.call.intro": [
    "ਆਓ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰਨ ਦੀ ਖੇਡ ਖੇਡੀਏ। ਇਹ ਸੱਚਾ ਫ਼ੋਨ ਨਹੀਂ ਹੈ।",
    "ਸ਼ਬਦ ਉੱਚੀ ਬੋਲੋ। ਤੁਹਾਡਾ ਵੱਡਾ ਫ਼ੋਨ ਵਾਲਾ ਵਿਅਕਤੀ ਬਣ ਸਕਦਾ ਹੈ।",
    "999 ਉੱਤੇ ਸੱਚਾ ਫ਼ੋਨ ਸਿਰਫ਼ ਤਾਂ ਕਰੋ ਜੇ ਸੁਰੱਖਿਅਤ ਹੋਵੇ।",
  ],
  "practice.child.call.which-service.operator": "ਐਮਰਜੈਂਸੀ। ਤੁਹਾਨੂੰ ਕੌਣ ਚਾਹੀਦਾ ਹੈ?",
  "practice.child.call.which-service.prompt": "ਪੁਲਿਸ, ਕਿਰਪਾ ਕਰਕੇ।",
  "practice.child.call.which-service.hint": "ਕਹੋ ਪੁਲਿਸ।",
  "practice.child.call.name.operator": "ਤੁਹਾਡਾ ਨਾਂ ਕੀ ਹੈ?",
  "practice.child.call.name.prompt": "ਮੇਰਾ ਨਾਂ {name} ਹੈ।",
  "practice.child.call.name.hint": "ਆਪਣਾ ਨਾਂ ਦੱਸੋ। ਹੌਲੀ ਬੋਲੋ।",
  "practice.child.call.address.operator": "ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ? ਤੁਹਾਡਾ ਪਤਾ ਕੀ ਹੈ?",
  "practice.child.call.address.prompt": "ਮੇਰਾ ਪਤਾ ਹੈ {address}।",
  "practice.child.call.address.hint": "ਦੱਸੋ ਤੁਸੀਂ ਕਿੱਥੇ ਰਹਿੰਦੇ ਹੋ। ਇਹ ਜ਼ਬਾਨੀ ਯਾਦ ਹੋਵੇ ਤਾਂ ਚੰਗਾ ਹੈ।",
  "practice.child.call.what-is-happening.operator": "ਕੀ ਹੋ ਰਿਹਾ ਹੈ?",
  "practice.child.call.what-is-happening.prompt": "ਮੇਰੇ ਘਰ ਵਿੱਚ ਕਿਸੇ ਨੂੰ ਸੱਟ ਮਾਰੀ ਜਾ ਰਹੀ ਹੈ।",
  "practice.child.call.what-is-happening.hint": "ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ। ਜਿਵੇਂ: ਕੋਈ ਮੇਰੀ ਮੰਮੀ ਨੂੰ ਮਾਰ ਰਿਹਾ ਹੈ।",
  "practice.child.call.are-you-safe.operator": "ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ ਹੋ?",
  "practice.child.call.are-you-safe.prompt": "ਮੈਂ ਆਪਣੀ ਸੁਰੱਖਿਅਤ ਥਾਂ ਉੱਤੇ ਹਾਂ।",
  "practice.child.call.are-you-safe.hint": "ਦੱਸੋ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ। ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ ਜਾਂ ਨਹੀਂ।",
  "practice.child.call.stay-on-the-line.operator": "ਜੇ ਹੋ ਸਕੇ ਤਾਂ ਫ਼ੋਨ ਉੱਤੇ ਰਹੋ।",
  "practice.child.call.stay-on-the-line.prompt": "ਠੀਕ ਹੈ। ਮੈਂ ਫ਼ੋਨ ਉੱਤੇ ਹੀ ਹਾਂ।",
  "practice.child.call.stay-on-the-line.hint": "ਜੇ ਹੋ ਸਕੇ ਤਾਂ ਫ਼ੋਨ ਚਾਲੂ ਰੱਖੋ। ਜੋ ਉਹ ਕਹਿਣ, ਉਹ ਕਰੋ। ਉਹ ਤੁਹਾਡੀ ਮਦਦ ਲਈ ਹਨ।",
  "practice.child.call.silentCall": [
    "ਕਦੇ-ਕਦੇ ਤੁਸੀਂ ਬੋਲ ਨਹੀਂ ਸਕਦੇ। ਇਹ ਠੀਕ ਹੈ।",
    "ਜੇ ਤੁਸੀਂ ਮੋਬਾਈਲ ਉੱਤੇ ਹੋ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ। ਫ਼ੋਨ ਉੱਤੇ ਰਹੋ ਅਤੇ ਸੁਣੋ।",
    "ਜਦੋਂ ਉਹ ਪੁੱਛਣ, ਤਾਂ 5 ਦਬਾਓ ਅਤੇ ਫਿਰ 5 ਦੁਬਾਰਾ। ਇਹ 55 ਹੈ।",
    "ਇਸ ਨਾਲ ਉਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਸੱਚ ਹੈ। ਫਿਰ ਉਹ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।",
  ],
  "practice.child.call.ending": [
    "ਸ਼ਾਬਾਸ਼! ਤੁਸੀਂ ਬਹੁਤ ਵਧੀਆ ਕੀਤਾ।",
    "999 ਉੱਤੇ ਸੱਚਾ ਫ਼ੋਨ ਸਿਰਫ਼ ਲੋੜ ਪੈਣ ਉੱਤੇ ਕਰੋ। ਜਿਵੇਂ ਜਦੋਂ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗੀ ਹੋਵੇ ਜਾਂ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ।",
  ],
  "practice.child.closing": [
    "ਇਹ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹੈ।",
    "ਤੁਸੀਂ ਜਦੋਂ ਚਾਹੋ ਦੁਬਾਰਾ ਅਭਿਆਸ ਕਰ ਸਕਦੇ ਹੋ।",
    "ਆਪਣੇ ਮਨ ਦੀ ਗੱਲ ਦੱਸੋ {trustedPerson}।",
  ],
};
