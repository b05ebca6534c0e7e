/**
 * The words beside the Print buttons that offer the young person's and the child's card of
 * numbers, in English (the source). They come with the card's code (ui-parts.ts).
 */
export const card = {
  "editor.print.cardText":
    "A small card with the phone numbers from this plan, to keep somewhere safe. It shows only names and numbers.",
  "editor.print.cardButton": "Print my phone numbers",
};
