import type { review as en } from "../../en/ui/review";
import type { Translation } from "../../types";

export const review: Translation<typeof en> = {
  "editor.review.title": "ਇਸ ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਣ ਦਾ ਸਮਾਂ",
  "editor.review.text":
    "ਤੁਸੀਂ ਇਸ ਨੂੰ {date} ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਣ ਦੀ ਯੋਜਨਾ ਬਣਾਈ ਸੀ। ਉਦੋਂ ਤੋਂ ਕੁਝ ਬਦਲ ਗਿਆ ਹੋ ਸਕਦਾ ਹੈ: ਲੋਕ, ਨੰਬਰ, ਥਾਂਵਾਂ ਅਤੇ ਬੱਚਿਆਂ ਲਈ ਯੋਜਨਾਵਾਂ। ਇਨ੍ਹਾਂ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖੋ:",
  "editor.review.done": "ਮੈਂ ਅੱਜ ਇਸ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖ ਲਿਆ ਹੈ",
  "editor.review.log": "ਦੁਬਾਰਾ ਦੇਖਿਆ: {dates}।",
};
