/**
 * Words of the child part of the interface, in English (the source). Keys start "child.".
 * The child's steps, practice, the drawing and Read aloud: children see and hear them, so
 * readability.test.ts holds them to the children's limits in every language (apart from the
 * lines for the grown-up: `readAloud.missing` and `readAloud.howToFix`).
 */
export const child = {
  "child.practice.open": "Practise my plan",
  "child.practice.loadingTitle": "Practice",
  "child.practice.loading": "Getting practice ready…",
  "child.practice.loadFailed": "Practice could not load. Check your connection and reload the page.",
  "child.readAloud.button": "Read aloud",
  "child.readAloud.stop": "Stop reading",
  /** For the adult, on a device with no voice of its own in this language (voices that send words away are never used). */
  "child.readAloud.missing": "For the grown-up: Read aloud does not work on this device yet.",
  "child.readAloud.howToFix":
    "To turn it on, add a voice in the settings of the device. Look for speech, or text to speech. The Read aloud button may then come up here by itself. If not, first keep the answers with Save a copy. Then load this page again.",
  /** How Read aloud says a yes-or-no answer: "Do you have a mobile: yes." */
  "child.readAloud.yes": "yes",
  "child.readAloud.no": "no",
  /** Between names in a list, and before the last: "Mum, Nan and Mr Ali". */
  "child.readAloud.listComma": ", ",
  "child.readAloud.listAnd": "{first} and {last}",
  /** The same, when the last name starts with a vowel (Welsh: "Mam ac Ali"). */
  "child.readAloud.listAndVowel": "{first} and {last}",
  /** Said as "3 February 2027": the day, the month's name, the year. */
  "child.readAloud.months": [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
} as const;
