/**
 * A plan's review: the note when its review date has come, and the log of reviews, in English
 * (the source). They come with that code, for a plan that has either (ui-parts.ts).
 */
export const review = {
  "editor.review.title": "Time to look at this plan again",
  "editor.review.text":
    "You planned to review it on {date}. Things may have changed since then: people, numbers, places and plans for the children. Look again at:",
  "editor.review.done": "I have reviewed it today",
  "editor.review.log": "Reviewed on: {dates}.",
} as const;
