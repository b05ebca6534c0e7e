import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/**
 * The young person's practice in Panjabi (Gurmukhi), for ages 12 to 17: drafted from the
 * English, not yet reviewed by a fluent speaker. Plain, everyday Panjabi; the reader is "ਤੁਸੀਂ"
 * with polite imperatives, and their own lines say nothing of gender ("ਮੈਂ ਇੱਥੇ ਹਾਂ").
 * "A grown-up you trust" reads as childish to a teenager: the blank says "ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵੱਡੇ ਨੂੰ"
 * (an adult you trust). As in the child's practice, each place or person blank ends its sentence
 * and carries its own postposition, with the verb before it ("ਦੱਸੋ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵੱਡੇ ਨੂੰ"), so
 * the young person's own words can follow after a colon.
 */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "ਆਪਣੀ ਯੋਜਨਾ ਦਾ ਅਭਿਆਸ",
  "practice.young-person.intro": [
    "ਇਹ ਲੋੜ ਪੈਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੀ ਯੋਜਨਾ ਬਾਰੇ ਸੋਚਣ ਦਾ ਮੌਕਾ ਹੈ। ਇੱਥੇ ਕੋਈ ਇਮਤਿਹਾਨ ਨਹੀਂ ਹੈ।",
    "ਹਰ ਹਾਲਤ ਵਿੱਚ ਕੁਝ ਰਾਹ ਹਨ। ਚੁਣੋ ਕਿ ਤੁਸੀਂ ਕੀ ਕਰੋ, ਅਤੇ ਤੁਹਾਨੂੰ ਦਿਸੇਗਾ ਕਿ ਇਹ ਕਿਉਂ ਮਦਦ ਕਰਦਾ ਹੈ ਜਾਂ ਇਸ ਵਿੱਚ ਕੀ ਖ਼ਤਰੇ ਹਨ।",
    "ਤੁਸੀਂ ਜਿੰਨੀ ਵਾਰ ਚਾਹੋ ਵਾਪਸ ਜਾ ਕੇ ਹੋਰ ਰਾਹ ਚੁਣ ਸਕਦੇ ਹੋ।",
  ],
  "practice.young-person.blank.safePlace": "ਆਪਣੀ ਸੁਰੱਖਿਅਤ ਥਾਂ ਉੱਤੇ",
  "practice.young-person.blank.trustedPerson": "ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵੱਡੇ ਨੂੰ",
  "practice.young-person.blank.nearestPhone": "ਸਭ ਤੋਂ ਨੇੜੇ ਵਾਲੇ ਫ਼ੋਨ ਤੋਂ",
  "practice.young-person.blank.neighbour": "ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਗੁਆਂਢੀ ਤੋਂ",
  "practice.young-person.blank.name": "ਤੁਹਾਡਾ ਨਾਂ",
  "practice.young-person.blank.address": "ਤੁਹਾਡਾ ਪਤਾ",
  "practice.young-person.argument-getting-worse.situation":
    "ਘਰ ਵਿੱਚ ਵੱਡੇ ਬਹਿਸ ਕਰ ਰਹੇ ਹਨ। ਆਵਾਜ਼ਾਂ ਉੱਚੀਆਂ ਹੋ ਰਹੀਆਂ ਹਨ, ਅਤੇ ਤੁਹਾਨੂੰ ਲੱਗਦਾ ਹੈ ਕਿ ਕਿਸੇ ਨੂੰ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ।",
  "practice.young-person.argument-getting-worse.question": "ਸਭ ਤੋਂ ਸੁਰੱਖਿਅਤ ਗੱਲ ਕੀ ਹੈ?",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "ਇਸ ਨੂੰ ਰੋਕਣ ਲਈ ਉਨ੍ਹਾਂ ਦੇ ਵਿਚਕਾਰ ਜਾਓ।",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "ਜਿਸ ਨੂੰ ਤੁਸੀਂ ਪਿਆਰ ਕਰਦੇ ਹੋ ਉਸ ਨੂੰ ਬਚਾਉਣਾ ਚਾਹੁਣਾ ਸਮਝ ਆਉਂਦਾ ਹੈ। ਪਰ ਵਿੱਚ ਪੈਣ ਨਾਲ ਤੁਹਾਨੂੰ ਬੁਰੀ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ, ਅਤੇ ਇਸ ਨਾਲ ਹਿੰਸਾ ਘੱਟ ਹੀ ਰੁਕਦੀ ਹੈ। ਇਸ ਨੂੰ ਰੋਕਣਾ ਤੁਹਾਡਾ ਕੰਮ ਨਹੀਂ ਹੈ।",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "ਕਮਰੇ ਵਿੱਚੋਂ ਨਿਕਲੋ ਅਤੇ ਜਾਓ {safePlace}।",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "ਹਾਂ। ਪਾਸੇ ਹੋ ਜਾਣਾ ਸਭ ਤੋਂ ਸੁਰੱਖਿਅਤ ਗੱਲ ਹੈ। ਅਜਿਹੀ ਥਾਂ ਜਾਓ ਜਿੱਥੇ ਪਹੁੰਚਣ ਲਈ ਝਗੜੇ ਦੇ ਕੋਲੋਂ ਨਾ ਲੰਘਣਾ ਪਵੇ।",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "ਜੇ ਕਿਸੇ ਨੂੰ ਸੱਟ ਮਾਰੀ ਜਾ ਰਹੀ ਹੈ ਅਤੇ ਸੁਰੱਖਿਅਤ ਹੈ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ {nearestPhone}।",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "ਹਾਂ। ਜਦੋਂ ਕਿਸੇ ਨੂੰ ਸੱਟ ਮਾਰੀ ਜਾ ਰਹੀ ਹੋਵੇ, ਤਾਂ ਪੁਲਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਸਹੀ ਗੱਲ ਹੈ। ਸਿਰਫ਼ ਤਾਂ ਫ਼ੋਨ ਕਰੋ ਜੇ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਹੋ ਸਕੇ ਤਾਂ ਕਿਸੇ ਪਾਸੇ ਵਾਲੀ ਥਾਂ ਤੋਂ।",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label": "ਕਮਰੇ ਵਿੱਚ ਹੀ ਰਹੋ ਤਾਂ ਜੋ ਤੁਸੀਂ ਨਜ਼ਰ ਰੱਖ ਸਕੋ।",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "ਇਹ ਜਾਣਨਾ ਚਾਹੁਣਾ ਕੁਦਰਤੀ ਹੈ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ। ਪਰ ਨੇੜੇ ਰਹਿਣ ਨਾਲ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਪੈਂਦੇ ਹੋ, ਅਤੇ ਜੋ ਹੁੰਦਾ ਹੈ ਉਹ ਤੁਹਾਡੇ ਵੱਸ ਵਿੱਚ ਨਹੀਂ। ਪਾਸੇ ਹੋ ਜਾਣਾ ਜ਼ਿਆਦਾ ਸੁਰੱਖਿਅਤ ਹੈ।",
  "practice.young-person.taking-sides.situation": "ਘਰ ਵਿੱਚ ਇੱਕ ਵੱਡਾ ਚਾਹੁੰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਉਸ ਦਾ ਪੱਖ ਲਓ, ਜਾਂ ਦੂਜੇ ਤੱਕ ਕੋਈ ਸੁਨੇਹਾ ਪਹੁੰਚਾਓ।",
  "practice.young-person.taking-sides.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.young-person.taking-sides.sides-pass-message.label": "ਸ਼ਾਂਤੀ ਬਣਾਈ ਰੱਖਣ ਲਈ ਸੁਨੇਹਾ ਪਹੁੰਚਾ ਦਿਓ।",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "ਸ਼ਾਇਦ ਤੁਹਾਨੂੰ ਉਮੀਦ ਹੋਵੇ ਕਿ ਇਸ ਨਾਲ ਗੱਲ ਠੰਢੀ ਪੈ ਜਾਵੇਗੀ। ਪਰ ਸੁਨੇਹੇ ਪਹੁੰਚਾਉਣ ਨਾਲ ਤੁਸੀਂ ਵਿਚਕਾਰ ਆ ਜਾਂਦੇ ਹੋ, ਅਤੇ ਤੁਹਾਡੇ ਉੱਤੇ ਦੋਸ਼ ਆ ਸਕਦਾ ਹੈ ਜਾਂ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ। ਵੱਡਿਆਂ ਨੂੰ ਆਪਣੀਆਂ ਮੁਸ਼ਕਲਾਂ ਆਪ ਸੁਲਝਾਉਣੀਆਂ ਚਾਹੀਦੀਆਂ ਹਨ।",
  "practice.young-person.taking-sides.sides-stay-out.label": "ਸ਼ਾਂਤੀ ਨਾਲ ਕਹੋ ਕਿ ਤੁਸੀਂ ਵਿਚਕਾਰ ਨਹੀਂ ਆਉਣਾ ਚਾਹੁੰਦੇ।",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "ਹਾਂ, ਜੇ ਇਹ ਕਹਿਣਾ ਸੁਰੱਖਿਅਤ ਲੱਗੇ। ਤੁਹਾਨੂੰ ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਦੇ ਵੱਡਿਆਂ ਵਿੱਚੋਂ ਕਿਸੇ ਨੂੰ ਚੁਣਨਾ ਨਹੀਂ ਪੈਂਦਾ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੀਆਂ ਮੁਸ਼ਕਲਾਂ ਤੁਹਾਡੀ ਜ਼ਿੰਮੇਵਾਰੀ ਨਹੀਂ ਹਨ।",
  "practice.young-person.taking-sides.sides-tell-trusted.label":
    "ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਮੰਗਿਆ ਜਾ ਰਿਹਾ ਹੈ, ਅਤੇ ਇਹ ਕਿਵੇਂ ਲੱਗਦਾ ਹੈ, ਇਹ ਦੱਸੋ {trustedPerson}।",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "ਹਾਂ। ਵੱਡਿਆਂ ਦੇ ਝਗੜੇ ਵਿੱਚ ਖਿੱਚੇ ਜਾਣਾ ਬਹੁਤ ਭਾਰੀ ਹੁੰਦਾ ਹੈ। ਕੋਈ ਭਰੋਸੇਯੋਗ ਵੱਡਾ ਇਹ ਸੋਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਇਕੱਲਿਆਂ ਇਸ ਨਾਲ ਨਹੀਂ ਨਜਿੱਠਣਾ ਪੈਣਾ।",
  "practice.young-person.taking-sides.sides-pick-a-side.label": "ਕਿਸੇ ਇੱਕ ਦਾ ਪੱਖ ਲੈ ਲਓ, ਤਾਂ ਜੋ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਾਂ ਤੁਹਾਡੇ ਤੋਂ ਖ਼ੁਸ਼ ਰਹੇ।",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "ਇਹ ਦਬਾਅ ਸੱਚਾ ਹੈ, ਅਤੇ ਇਹ ਤੁਹਾਡੇ ਨਾਲ ਬੇਇਨਸਾਫ਼ੀ ਹੈ। ਪਰ ਪੱਖ ਲੈਣ ਨਾਲ ਤੁਸੀਂ ਝਗੜੇ ਵਿੱਚ ਹੋਰ ਡੂੰਘੇ ਖਿੱਚੇ ਜਾ ਸਕਦੇ ਹੋ। ਇਸ ਵਿੱਚੋਂ ਕੁਝ ਵੀ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹੈ, ਭਾਵੇਂ ਤੁਸੀਂ ਕਿਸੇ ਦੇ ਵੀ ਵੱਧ ਨੇੜੇ ਹੋਵੋ।",
  "practice.young-person.younger-sibling-scared.situation": "ਵੱਡੇ ਲੜ ਰਹੇ ਹਨ। ਤੁਹਾਡਾ ਛੋਟਾ ਭਰਾ ਜਾਂ ਭੈਣ ਡਰੇ ਹੋਏ ਹਨ ਅਤੇ ਰੋ ਰਹੇ ਹਨ।",
  "practice.young-person.younger-sibling-scared.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "ਜੇ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਕਰ ਸਕੋ, ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ {safePlace}।",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "ਹਾਂ। ਇਕੱਠੇ ਪਾਸੇ ਹੋ ਜਾਣ ਨਾਲ ਤੁਸੀਂ ਦੋਵੇਂ ਵਧੇਰੇ ਸੁਰੱਖਿਅਤ ਰਹਿੰਦੇ ਹੋ। ਇਹ ਸਿਰਫ਼ ਤਾਂ ਕਰੋ ਜੇ ਲੜਾਈ ਦੇ ਕੋਲੋਂ ਨਾ ਲੰਘਣਾ ਪਵੇ।",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "ਵੱਡਿਆਂ ਨੂੰ ਜਾ ਕੇ ਕਹੋ ਕਿ ਰੁਕ ਜਾਣ, ਕਿਉਂਕਿ ਉਹ ਛੋਟੇ ਨੂੰ ਪਰੇਸ਼ਾਨ ਕਰ ਰਹੇ ਹਨ।",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਦਾ ਖ਼ਿਆਲ ਰੱਖ ਰਹੇ ਹੋ, ਅਤੇ ਇਹ ਚੰਗੀ ਗੱਲ ਹੈ। ਪਰ ਲੜਾਈ ਵਿੱਚ ਜਾਣ ਨਾਲ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਪੈਂਦੇ ਹੋ, ਅਤੇ ਇਸ ਨੂੰ ਰੋਕਣਾ ਤੁਹਾਡਾ ਕੰਮ ਨਹੀਂ ਹੈ। ਹੋ ਸਕੇ ਤਾਂ ਉਨ੍ਹਾਂ ਨਾਲ ਪਾਸੇ ਰਹੋ।",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "ਉਨ੍ਹਾਂ ਨਾਲ ਕਿਸੇ ਸ਼ਾਂਤ ਥਾਂ ਰਹੋ, ਅਤੇ ਮਿਲ ਕੇ ਕੋਈ ਸ਼ਾਂਤ ਕੰਮ ਕਰੋ।",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "ਹਾਂ। ਨਰਮ ਆਵਾਜ਼, ਕੋਈ ਖੇਡ ਜਾਂ ਕੁਝ ਸੰਗੀਤ ਡਰੇ ਹੋਏ ਬੱਚੇ ਦੀ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ। ਪਰ ਉਨ੍ਹਾਂ ਦੀ ਸੁਰੱਖਿਆ ਸਾਰੀ ਤੁਹਾਡੇ ਸਿਰ ਨਹੀਂ ਹੈ: ਇਹ ਵੱਡਿਆਂ ਦਾ ਕੰਮ ਹੈ।",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "ਬਾਅਦ ਵਿੱਚ ਦੱਸੋ ਕਿ ਤੁਹਾਡਾ ਭਰਾ ਜਾਂ ਭੈਣ ਡਰੇ ਹੋਏ ਸਨ। ਦੱਸੋ {trustedPerson}।",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "ਹਾਂ। ਕੋਈ ਭਰੋਸੇਯੋਗ ਵੱਡਾ ਪੱਕਾ ਕਰ ਸਕਦਾ ਹੈ ਕਿ ਛੋਟਿਆਂ ਦੀ ਆਪਣੀ ਯੋਜਨਾ ਹੋਵੇ। ਚੰਗਾ ਹੈ ਜੇ ਸਭ ਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਕੀ ਕਰਨਾ ਹੈ।",
  "practice.young-person.phone-checked.situation": "ਘਰ ਵਿੱਚ ਕੋਈ ਵਾਰ-ਵਾਰ ਤੁਹਾਡਾ ਫ਼ੋਨ ਫਰੋਲਦਾ ਹੈ ਅਤੇ ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਪੜ੍ਹਦਾ ਹੈ।",
  "practice.young-person.phone-checked.question": "ਤੁਹਾਨੂੰ ਹੋਰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਵਿੱਚ ਕੀ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ?",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "ਲੋੜੀਂਦੇ ਨੰਬਰ ਜ਼ਬਾਨੀ ਯਾਦ ਕਰ ਲਓ, ਤਾਂ ਜੋ ਫ਼ੋਨ ਵਿਚਲੇ ਸੰਪਰਕਾਂ ਉੱਤੇ ਨਿਰਭਰ ਨਾ ਰਹਿਣਾ ਪਵੇ।",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "ਹਾਂ। ਜੇ ਤੁਹਾਨੂੰ 999 ਅਤੇ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵਿਅਕਤੀ ਦਾ ਨੰਬਰ ਜ਼ਬਾਨੀ ਯਾਦ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਫ਼ੋਨ ਤੋਂ ਮਦਦ ਲੈ ਸਕਦੇ ਹੋ, ਭਾਵੇਂ ਤੁਹਾਡਾ ਫ਼ੋਨ ਖੋਹ ਲਿਆ ਜਾਵੇ।",
  "practice.young-person.phone-checked.phone-message-friend.label": "ਘਰ ਵਿੱਚ ਜੋ ਹੋ ਰਿਹਾ ਹੈ ਉਸ ਬਾਰੇ ਕਿਸੇ ਦੋਸਤ ਨੂੰ ਸੁਨੇਹਾ ਭੇਜੋ।",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "ਕਿਸੇ ਦੋਸਤ ਨਾਲ ਗੱਲ ਕਰਨੀ ਚਾਹੁਣਾ ਸਮਝ ਆਉਂਦਾ ਹੈ। ਪਰ ਜੇ ਕੋਈ ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਪੜ੍ਹਦਾ ਹੈ, ਤਾਂ ਹਾਲਾਤ ਹੋਰ ਖ਼ਤਰਨਾਕ ਹੋ ਸਕਦੇ ਹਨ। ਆਹਮੋ-ਸਾਹਮਣੇ ਗੱਲ ਕਰਨਾ ਜ਼ਿਆਦਾ ਸੁਰੱਖਿਅਤ ਹੈ।",
  "practice.young-person.phone-checked.phone-refuse.label": "ਫ਼ੋਨ ਦੇਣ ਤੋਂ ਇਨਕਾਰ ਕਰੋ ਅਤੇ ਉਨ੍ਹਾਂ ਨਾਲ ਖੁੱਲ੍ਹ ਕੇ ਬਹਿਸ ਕਰੋ।",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "ਨਿੱਜਤਾ ਚਾਹੁਣਾ ਬਿਲਕੁਲ ਜਾਇਜ਼ ਹੈ। ਪਰ ਜੇ ਬਹਿਸ ਨਾਲ ਹਾਲਾਤ ਹੋਰ ਖ਼ਤਰਨਾਕ ਹੋ ਸਕਦੇ ਹਨ, ਤਾਂ ਤੁਹਾਡੀ ਸੁਰੱਖਿਆ ਪਹਿਲਾਂ ਹੈ। ਇਸ ਦੀ ਥਾਂ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵਿਅਕਤੀ ਨਾਲ ਇਸ ਬਾਰੇ ਗੱਲ ਕਰੋ।",
  "practice.young-person.phone-checked.phone-talk-in-person.label": "ਘਰ ਤੋਂ ਦੂਰ, ਆਹਮੋ-ਸਾਹਮਣੇ ਗੱਲ ਦੱਸੋ {trustedPerson}।",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "ਹਾਂ। ਆਹਮੋ-ਸਾਹਮਣੇ ਗੱਲ ਕਰਨ ਨਾਲ ਤੁਹਾਡੇ ਫ਼ੋਨ ਉੱਤੇ ਕੁਝ ਨਹੀਂ ਰਹਿੰਦਾ। ਕੋਈ ਭਰੋਸੇਯੋਗ ਵੱਡਾ ਇਹ ਸੋਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ ਕਿ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਰੱਖਣਾ ਹੈ।",
  "practice.young-person.controlling-relationship.situation":
    "ਜਿਸ ਨਾਲ ਤੁਹਾਡਾ ਰਿਸ਼ਤਾ ਹੈ, ਉਹ ਦੱਸਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿਸ ਨੂੰ ਮਿਲੋ, ਦੇਖਦਾ ਰਹਿੰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਅਤੇ ਜੇ ਤੁਸੀਂ ਉਸੇ ਵੇਲੇ ਜਵਾਬ ਨਾ ਦਿਓ ਤਾਂ ਗੁੱਸੇ ਹੁੰਦਾ ਹੈ। ਉਹ ਤੁਹਾਡੇ ਉੱਤੇ ਉਹ ਕੰਮ ਕਰਨ ਲਈ ਦਬਾਅ ਪਾਉਂਦਾ ਹੈ ਜੋ ਤੁਸੀਂ ਨਹੀਂ ਕਰਨੇ ਚਾਹੁੰਦੇ।",
  "practice.young-person.controlling-relationship.question": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ?",
  "practice.young-person.controlling-relationship.relationship-go-along.label":
    "ਉਸ ਦੀ ਗੱਲ ਮੰਨ ਲਓ। ਇਸ ਤੋਂ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਉਸ ਨੂੰ ਤੁਹਾਡੀ ਪਰਵਾਹ ਹੈ।",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "ਬਹੁਤ ਲੋਕ ਸ਼ੁਰੂ ਵਿੱਚ ਇਹੀ ਸੋਚਦੇ ਹਨ। ਪਰ ਕਿਸੇ ਦੀ ਪਰਵਾਹ ਕਰਨਾ ਕਾਬੂ ਕਰਨ ਵਰਗਾ ਨਹੀਂ ਹੁੰਦਾ। ਜਿਸ ਨੂੰ ਪਰਵਾਹ ਹੈ ਉਹ ਤੁਹਾਨੂੰ ਦੋਸਤਾਂ ਨੂੰ ਮਿਲਣ, ਆਪਣੇ ਫ਼ੈਸਲੇ ਲੈਣ, ਅਤੇ ਨਾਂਹ ਕਹਿਣ ਦਿੰਦਾ ਹੈ।",
  "practice.young-person.controlling-relationship.relationship-talk.label": "ਗੱਲ ਦੱਸੋ Childline ਨੂੰ, ਜਾਂ {trustedPerson}।",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "ਹਾਂ। ਇਹ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਇਕੱਲਿਆਂ ਇਸ ਨਾਲ ਨਹੀਂ ਨਜਿੱਠਣਾ ਪੈਣਾ। Childline ਮੁਫ਼ਤ ਅਤੇ ਨਿੱਜੀ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨਾਲ ਔਨਲਾਈਨ ਵੀ ਸੰਪਰਕ ਕਰ ਸਕਦੇ ਹੋ।",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "ਇਹ ਆਪਣੇ ਤੱਕ ਰੱਖੋ ਤਾਂ ਜੋ ਕੋਈ ਮੁਸੀਬਤ ਨਾ ਖੜ੍ਹੀ ਹੋਵੇ।",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "ਚੁੱਪ ਰਹਿਣਾ ਸੌਖਾ ਲੱਗ ਸਕਦਾ ਹੈ, ਅਤੇ ਬਹੁਤ ਲੋਕ ਇਵੇਂ ਕਰਦੇ ਹਨ। ਪਰ ਅਜਿਹਾ ਕਾਬੂ ਅਕਸਰ ਵਧਦਾ ਜਾਂਦਾ ਹੈ। ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸਣਾ ਮੁਸੀਬਤ ਖੜ੍ਹੀ ਕਰਨਾ ਨਹੀਂ: ਇਸ ਤਰ੍ਹਾਂ ਤੁਹਾਨੂੰ ਸਹਾਰਾ ਮਿਲਦਾ ਹੈ।",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "ਜੇ ਤੁਸੀਂ ਮਿਲੋ, ਤਾਂ ਭੀੜ ਵਾਲੀ ਥਾਂ ਚੁਣੋ ਅਤੇ ਕਿਸੇ ਦੋਸਤ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ।",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "ਹਾਂ। ਭੀੜ ਵਾਲੀਆਂ ਥਾਵਾਂ, ਦੋਸਤ ਜਿਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਹੈ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਅਤੇ ਘਰ ਆਉਣ ਦਾ ਸੁਰੱਖਿਅਤ ਰਾਹ, ਸਭ ਮਦਦ ਕਰਦੇ ਹਨ। ਜੋ ਤੁਸੀਂ ਨਹੀਂ ਚਾਹੁੰਦੇ ਉਸ ਨੂੰ ਨਾਂਹ ਕਹਿਣਾ ਹਮੇਸ਼ਾ ਠੀਕ ਹੈ।",
  "practice.young-person.leaving-in-a-hurry.situation": "ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਨੂੰ ਕਾਹਲੀ ਵਿੱਚ ਘਰ ਛੱਡਣਾ ਪੈਂਦਾ ਹੈ।",
  "practice.young-person.leaving-in-a-hurry.question": "ਸਭ ਤੋਂ ਚੰਗੀ ਗੱਲ ਕੀ ਹੈ?",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "ਆਪਣਾ ਫ਼ੋਨ, ਚਾਰਜਰ, ਲੋੜੀਂਦੀ ਦਵਾਈ, ਅਤੇ ਇੱਕ ਚੀਜ਼ ਜੋ ਤੁਹਾਡੇ ਲਈ ਜ਼ਰੂਰੀ ਹੈ, ਚੁੱਕ ਲਓ।",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "ਹਾਂ। ਸਿਰਫ਼ ਉਹੀ ਲਓ ਜੋ ਲੋੜੀਂਦਾ ਹੈ ਅਤੇ ਜਲਦੀ ਚੁੱਕਿਆ ਜਾ ਸਕਦਾ ਹੈ। ਸੁਰੱਖਿਅਤ ਬਾਹਰ ਨਿਕਲਣਾ ਚੀਜ਼ਾਂ ਨਾਲੋਂ ਜ਼ਿਆਦਾ ਜ਼ਰੂਰੀ ਹੈ।",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label": "ਆਪਣਾ ਸਾਰਾ ਸਮਾਨ ਪੈਕ ਕਰੋ ਤਾਂ ਜੋ ਕੁਝ ਪਿੱਛੇ ਨਾ ਰਹੇ।",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "ਆਪਣੀਆਂ ਚੀਜ਼ਾਂ ਪਿੱਛੇ ਛੱਡਣਾ ਔਖਾ ਹੈ। ਪਰ ਪੈਕ ਕਰਨ ਵਿੱਚ ਸਮਾਂ ਲੱਗਦਾ ਹੈ, ਅਤੇ ਸੁਰੱਖਿਅਤ ਬਾਹਰ ਨਿਕਲਣਾ ਪਹਿਲਾਂ ਹੈ। ਕੋਈ ਵੱਡਾ ਬਾਅਦ ਵਿੱਚ ਹੋਰ ਚੀਜ਼ਾਂ ਲਿਆਉਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "ਜ਼ਰੂਰੀ ਚੀਜ਼ਾਂ ਦਾ ਬੈਗ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਦੋਸਤ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰ ਦੇ ਘਰ ਤਿਆਰ ਰੱਖੋ।",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "ਹਾਂ। ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੇ ਬੈਗ ਨਾਲ ਤੁਹਾਡੇ ਕੋਲ ਲੋੜ ਦੀਆਂ ਚੀਜ਼ਾਂ ਹੁੰਦੀਆਂ ਹਨ, ਭਾਵੇਂ ਤੁਸੀਂ ਖ਼ਾਲੀ ਹੱਥ ਨਿਕਲੋ। ਇਸ ਦੀ ਯੋਜਨਾ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵੱਡੇ ਨਾਲ ਬਣਾਓ।",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label": "ਜੋ ਭੁੱਲ ਗਿਆ, ਉਹ ਲੈਣ ਲਈ ਬਾਅਦ ਵਿੱਚ ਇਕੱਲੇ ਵਾਪਸ ਜਾਓ।",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "ਆਪਣੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਯਾਦ ਆਉਣਾ ਆਮ ਗੱਲ ਹੈ। ਪਰ ਇਕੱਲੇ ਵਾਪਸ ਜਾਣਾ ਤੁਹਾਨੂੰ ਖ਼ਤਰੇ ਵਿੱਚ ਪਾ ਸਕਦਾ ਹੈ। ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵੱਡੇ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ, ਅਤੇ ਉਹ ਉਸ ਨੂੰ ਲਿਆਉਣ ਦਾ ਸੁਰੱਖਿਅਤ ਰਾਹ ਲੱਭ ਸਕਦੇ ਹਨ।",
  "practice.young-person.call.title": "999 ਉੱਤੇ ਫ਼ੋਨ ਦਾ ਅਭਿਆਸ",
  "practice.young-person.call.intro": [
    "ਇਹ ਅਭਿਆਸ ਵਾਲਾ ਫ਼ੋਨ ਹੈ, ਸੱਚਾ ਨਹੀਂ। ਆਪਣੇ ਜਵਾਬ ਉੱਚੀ ਬੋਲੋ, ਜਾਂ ਕਿਸੇ ਭਰੋਸੇਯੋਗ ਵੱਡੇ ਨਾਲ ਵਾਰੀ-ਵਾਰੀ ਬੋਲੋ।",
    "ਇਹ ਜਾਣਨ ਨਾਲ ਕਿ ਕੀ ਕਹਿਣਾ ਹੈ, ਸੱਚਾ ਫ਼ੋਨ ਸੌਖਾ ਹੋ ਜਾਂਦਾ ਹੈ। 999 ਉੱਤੇ ਸਿਰਫ਼ ਤਾਂ ਫ਼ੋਨ ਕਰੋ ਜੇ ਸੁਰੱਖਿਅਤ ਹੋਵੇ।",
  ],
  "practice.young-person.call.which-service.operator": "ਐਮਰਜੈਂਸੀ। ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਸੇਵਾ ਚਾਹੀਦੀ ਹੈ?",
  "practice.young-person.call.which-service.prompt": "ਪੁਲਿਸ, ਕਿਰਪਾ ਕਰਕੇ।",
  "practice.young-person.call.which-service.hint":
    "ਪੁਲਿਸ ਮੰਗੋ। ਜੇ ਕਿਸੇ ਨੂੰ ਬੁਰੀ ਸੱਟ ਲੱਗੀ ਹੈ, ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਦੱਸੋ, ਤਾਂ ਜੋ ਉਹ ਉਸ ਲਈ ਵੀ ਮਦਦ ਭੇਜ ਸਕਣ।",
  "practice.young-person.call.name.operator": "ਤੁਹਾਡਾ ਨਾਂ ਕੀ ਹੈ?",
  "practice.young-person.call.name.prompt": "ਮੇਰਾ ਨਾਂ {name} ਹੈ।",
  "practice.young-person.call.name.hint": "ਹੌਲੀ ਅਤੇ ਸਾਫ਼ ਬੋਲੋ।",
  "practice.young-person.call.address.operator": "ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ? ਪਤਾ ਕੀ ਹੈ?",
  "practice.young-person.call.address.prompt": "ਮੈਂ ਇੱਥੇ ਹਾਂ: {address}।",
  "practice.young-person.call.address.hint": "ਆਪਣਾ ਪੂਰਾ ਪਤਾ ਦੱਸੋ, ਪੋਸਟਕੋਡ ਸਮੇਤ। ਜੇ ਤੁਸੀਂ ਘਰ ਨਹੀਂ ਹੋ, ਤਾਂ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ।",
  "practice.young-person.call.what-is-happening.operator": "ਕੀ ਹੋ ਰਿਹਾ ਹੈ?",
  "practice.young-person.call.what-is-happening.prompt": "ਮੇਰੇ ਘਰ ਵਿੱਚ ਕਿਸੇ ਨੂੰ ਸੱਟ ਮਾਰੀ ਜਾ ਰਹੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਪੁਲਿਸ ਭੇਜੋ।",
  "practice.young-person.call.what-is-happening.hint": "ਥੋੜ੍ਹੇ ਵਿੱਚ ਦੱਸੋ: ਕਿਸ ਨੂੰ ਸੱਟ ਮਾਰੀ ਜਾ ਰਹੀ ਹੈ, ਅਤੇ ਕੌਣ ਮਾਰ ਰਿਹਾ ਹੈ।",
  "practice.young-person.call.are-you-safe.operator": "ਕੀ ਤੁਸੀਂ ਇਸ ਵੇਲੇ ਸੁਰੱਖਿਅਤ ਹੋ?",
  "practice.young-person.call.are-you-safe.prompt": "ਮੈਂ ਆਪਣੇ ਕਮਰੇ ਵਿੱਚ ਹਾਂ, ਦਰਵਾਜ਼ਾ ਬੰਦ ਹੈ।",
  "practice.young-person.call.are-you-safe.hint": "ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਕੀ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ, ਅਤੇ ਘਰ ਵਿੱਚ ਹੋਰ ਕੌਣ ਹੈ।",
  "practice.young-person.call.stay-on-the-line.operator": "ਜੇ ਹੋ ਸਕੇ ਤਾਂ ਫ਼ੋਨ ਉੱਤੇ ਰਹੋ।",
  "practice.young-person.call.stay-on-the-line.prompt": "ਠੀਕ ਹੈ, ਮੈਂ ਅਜੇ ਵੀ ਇੱਥੇ ਹਾਂ।",
  "practice.young-person.call.stay-on-the-line.hint":
    "ਜਦ ਤੱਕ ਸੁਰੱਖਿਅਤ ਹੈ, ਫ਼ੋਨ ਚਾਲੂ ਰੱਖੋ ਅਤੇ ਜੋ ਉਹ ਕਹਿਣ ਉਹ ਕਰੋ। ਜੇ ਤੁਹਾਨੂੰ ਬੋਲਣਾ ਬੰਦ ਕਰਨਾ ਪਵੇ, ਤਾਂ ਇਹ ਠੀਕ ਹੈ।",
  "practice.young-person.call.silentCall": [
    "ਜੇ ਤੁਸੀਂ ਮੋਬਾਈਲ ਤੋਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਬੋਲ ਨਾ ਸਕੋ, ਤਾਂ ਵੀ ਤੁਹਾਨੂੰ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।",
    "ਫ਼ੋਨ ਉੱਤੇ ਰਹੋ ਅਤੇ ਸੁਣੋ। ਜਦੋਂ ਤੁਹਾਨੂੰ ਪੁੱਛਿਆ ਜਾਵੇ, ਤਾਂ 55 ਦਬਾਓ।",
    "55 ਦਬਾਉਣ ਨਾਲ ਉਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਸੱਚੀ ਐਮਰਜੈਂਸੀ ਹੈ, ਅਤੇ ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਨਾਲ ਜੋੜ ਦਿੱਤਾ ਜਾਵੇਗਾ।",
  ],
  "practice.young-person.call.ending": [
    "ਸ਼ਾਬਾਸ਼। ਹੁਣ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ ਕਿ ਕੀ ਕਹਿਣਾ ਹੈ, ਅਤੇ ਇਸ ਨਾਲ ਸੱਚਾ ਫ਼ੋਨ ਸੌਖਾ ਹੋ ਜਾਵੇਗਾ।",
    "999 ਉੱਤੇ ਸੱਚਾ ਫ਼ੋਨ ਸਿਰਫ਼ ਤਾਂ ਕਰੋ ਜਦੋਂ ਕੋਈ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋਵੇ ਜਾਂ ਉਸ ਨੂੰ ਸੱਟ ਮਾਰੀ ਜਾ ਰਹੀ ਹੋਵੇ।",
  ],
  "practice.young-person.closing": [
    "ਘਰ ਵਿੱਚ ਜੋ ਹੁੰਦਾ ਹੈ ਉਹ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹੈ, ਅਤੇ ਇਸ ਨੂੰ ਰੋਕਣਾ ਤੁਹਾਡਾ ਕੰਮ ਨਹੀਂ ਹੈ।",
    "ਤੁਸੀਂ ਜਦੋਂ ਚਾਹੋ ਦੁਬਾਰਾ ਅਭਿਆਸ ਕਰ ਸਕਦੇ ਹੋ।",
    "ਆਪਣੇ ਮਨ ਦੀ ਗੱਲ ਦੱਸੋ Childline ਨੂੰ, ਜਾਂ {trustedPerson}।",
  ],
};
