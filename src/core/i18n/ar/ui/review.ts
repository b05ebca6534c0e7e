import type { review as en } from "../../en/ui/review";
import type { Translation } from "../../types";

export const review: Translation<typeof en> = {
  "editor.review.title": "حان وقت النظر في هذه الخطة مرة أخرى",
  "editor.review.text":
    "كنت تنوي مراجعتها في {date}. ربما تغيّرت أشياء منذ ذلك الحين: الأشخاص والأرقام والأماكن والخطط الخاصة بالأطفال. انظر مرة أخرى في:",
  "editor.review.done": "راجعتها اليوم",
  "editor.review.log": "رُوجعت في: {dates}.",
};
