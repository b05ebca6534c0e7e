import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

/** Words of the child's plan's steps and drawing, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. Children of 7 to 9 read these: short words, very short sentences. */
export const steps: Translation<typeof en> = {
  "child.steps.nav": "ਕਦਮ",
  "child.steps.dot": "ਕਦਮ {n}: {title}",
  "child.steps.dotDone": "ਕਦਮ {n}: {title} (ਹੋ ਗਿਆ)",
  "child.steps.count": "ਕਦਮ {n}, ਕੁੱਲ {total} ਵਿੱਚੋਂ",
  "child.steps.back": "ਪਿੱਛੇ",
  "child.steps.next": "ਅੱਗੇ",
  "child.steps.finish": "ਮੈਂ ਪੂਰਾ ਕਰ ਲਿਆ",
  "child.drawing.colours": "ਰੰਗ",
  "child.drawing.black": "ਕਾਲਾ",
  "child.drawing.blue": "ਨੀਲਾ",
  "child.drawing.red": "ਲਾਲ",
  "child.drawing.green": "ਹਰਾ",
  "child.drawing.orange": "ਸੰਤਰੀ",
  "child.drawing.area": "ਡਰਾਇੰਗ ਵਾਲੀ ਥਾਂ",
  "child.drawing.hint": "ਉਂਗਲ, ਪੈੱਨ ਜਾਂ ਮਾਊਸ ਨਾਲ ਬਣਾਓ। ਜਾਂ ਕੀਬੋਰਡ ਵਰਤੋ: ਤੀਰ ਵਾਲੇ ਬਟਨ ਨਾਲ ਚੱਲੋ। Space ਨਾਲ ਲਕੀਰ ਸ਼ੁਰੂ ਅਤੇ ਬੰਦ ਕਰੋ।",
  "child.drawing.penDown": "ਪੈੱਨ ਹੇਠਾਂ ਹੈ।",
  "child.drawing.tooBig": "ਇਹ ਤਸਵੀਰ ਰੱਖਣ ਲਈ ਬਹੁਤ ਵੱਡੀ ਹੈ। ਵਾਪਸ ਕਰੋ ਦਬਾਓ। ਜਾਂ ਸਾਫ਼ ਕਰੋ, ਅਤੇ ਸੌਖੀ ਤਸਵੀਰ ਬਣਾਓ।",
  "child.drawing.undo": "ਵਾਪਸ ਕਰੋ",
  "child.drawing.clear": "ਸਾਫ਼ ਕਰੋ",
};
