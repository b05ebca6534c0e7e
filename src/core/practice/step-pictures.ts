import type { PracticePicture } from "./pictures";

/* Apart from PICTURE_IDEAS, so the child's steps load only this small map. */

/** The picture for each step of the child's plan, by section id: each one a different idea. */
export const STEP_PICTURES: Readonly<Record<string, PracticePicture>> = {
  "not-my-fault": "heart",
  "get-out-of-the-way": "door",
  "safe-place": "house",
  "phone-999": "phone",
  "who-else-can-help": "houses",
  "talk-later": "talk",
  "if-i-am-hurt": "plaster",
  feelings: "feelings",
  "who-knows": "friend",
  me: "pencil",
  "our-names": "paper",
};
