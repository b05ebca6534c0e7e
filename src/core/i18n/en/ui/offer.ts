/**
 * The adult's plan's offer to shape it, and its three tools (TailoringBar), in English (the
 * source). They come with that code (ui-parts.ts).
 */
export const offer = {
  "editor.tailor.label": "Tools for this plan",
  "editor.tailor.title": "Make this plan fit you",
  "editor.tailor.text":
    "Answer a few optional questions, and the plan will suggest ideas that fit your situation, each with its reason.",
  "editor.tailor.start": "Start",
  "editor.tailor.notNow": "Not now",
  "editor.tailor.deviceFirst": "Before you type anything, you can check whether this phone or computer is safe to use.",
  "editor.tailor.device": "Is this device safe?",
  "editor.tailor.goNow": "If I need to go now",
  "editor.tailor.signs": "Signs of danger",
};
