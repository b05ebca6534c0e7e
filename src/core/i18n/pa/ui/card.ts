import type { card as en } from "../../en/ui/card";
import type { Translation } from "../../types";

export const card: Translation<typeof en> = {
  "editor.print.cardText": "ਇਸ ਯੋਜਨਾ ਦੇ ਫ਼ੋਨ ਨੰਬਰਾਂ ਵਾਲਾ ਇੱਕ ਛੋਟਾ ਕਾਰਡ, ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖਣ ਲਈ। ਇਸ ਉੱਤੇ ਸਿਰਫ਼ ਨਾਂ ਅਤੇ ਨੰਬਰ ਹੁੰਦੇ ਹਨ।",
  "editor.print.cardButton": "ਮੇਰੇ ਫ਼ੋਨ ਨੰਬਰ ਪ੍ਰਿੰਟ ਕਰੋ",
};
