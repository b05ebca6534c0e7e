import type { review as en } from "../../en/ui/review";
import type { Translation } from "../../types";

export const review: Translation<typeof en> = {
  "editor.review.title": "اس منصوبے کو دوبارہ دیکھنے کا وقت",
  "editor.review.text":
    "آپ نے اسے {date} کو دوبارہ دیکھنے کا سوچا تھا۔ تب سے شاید کچھ بدل گیا ہو: لوگ، نمبر، جگہیں اور بچوں کے انتظامات۔ یہ دوبارہ دیکھیں:",
  "editor.review.done": "میں نے آج اسے دوبارہ دیکھ لیا",
  "editor.review.log": "دوبارہ دیکھا گیا: {dates}۔",
};
