import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/**
 * Words of the child part of the interface, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided.
 * The child's steps, practice, the drawing and Read aloud: children see and hear them, so
 * readability.test.ts holds them to the children's limits in every language (apart from the
 * lines for the grown-up: `readAloud.missing` and `readAloud.howToFix`). The child is "ਤੂੰ"
 * nowhere: "ਤੁਸੀਂ" here too, as UK families speak to children on a helpline or at school.
 */
export const child: Translation<typeof en> = {
  "child.practice.open": "ਆਪਣੀ ਯੋਜਨਾ ਦਾ ਅਭਿਆਸ ਕਰੋ",
  "child.practice.loadingTitle": "ਅਭਿਆਸ",
  "child.practice.loading": "ਅਭਿਆਸ ਤਿਆਰ ਹੋ ਰਿਹਾ ਹੈ…",
  "child.practice.loadFailed": "ਅਭਿਆਸ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਿਆ। ਕਨੈਕਸ਼ਨ ਦੇਖੋ। ਫਿਰ ਪੰਨਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।",
  "child.readAloud.button": "ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ",
  "child.readAloud.stop": "ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ",
  /** For the adult, on a device with no voice of its own in this language (voices that send words away are never used). */
  "child.readAloud.missing": "ਵੱਡਿਆਂ ਲਈ: “ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ” ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਅਜੇ ਕੰਮ ਨਹੀਂ ਕਰਦਾ।",
  "child.readAloud.howToFix":
    "ਇਸ ਨੂੰ ਚਾਲੂ ਕਰਨ ਲਈ, ਡਿਵਾਈਸ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਪੰਜਾਬੀ ਆਵਾਜ਼ ਜੋੜੋ। Speech, ਜਾਂ Text to speech ਲੱਭੋ। ਫਿਰ “ਉੱਚੀ ਪੜ੍ਹ ਕੇ ਸੁਣਾਓ” ਬਟਨ ਆਪਣੇ-ਆਪ ਇੱਥੇ ਆ ਸਕਦਾ ਹੈ। ਜੇ ਨਹੀਂ, ਤਾਂ ਪਹਿਲਾਂ “ਇੱਕ ਕਾਪੀ ਸੇਵ ਕਰੋ” ਨਾਲ ਜਵਾਬ ਰੱਖ ਲਓ। ਫਿਰ ਇਹ ਪੰਨਾ ਦੁਬਾਰਾ ਖੋਲ੍ਹੋ।",
  /** How Read aloud says a yes-or-no answer: "Do you have a mobile: yes." */
  "child.readAloud.yes": "ਹਾਂ",
  "child.readAloud.no": "ਨਹੀਂ",
  /** Between names in a list, and before the last: "Mum, Nan and Mr Ali". */
  "child.readAloud.listComma": ", ",
  "child.readAloud.listAnd": "{first} ਅਤੇ {last}",
  /** The same, when the last name starts with a vowel (Welsh: "Mam ac Ali"); Panjabi has no such change. */
  "child.readAloud.listAndVowel": "{first} ਅਤੇ {last}",
  /** Said as "3 February 2027": the day, the month's name, the year. */
  "child.readAloud.months": [
    "ਜਨਵਰੀ",
    "ਫ਼ਰਵਰੀ",
    "ਮਾਰਚ",
    "ਅਪ੍ਰੈਲ",
    "ਮਈ",
    "ਜੂਨ",
    "ਜੁਲਾਈ",
    "ਅਗਸਤ",
    "ਸਤੰਬਰ",
    "ਅਕਤੂਬਰ",
    "ਨਵੰਬਰ",
    "ਦਸੰਬਰ",
  ],
};
