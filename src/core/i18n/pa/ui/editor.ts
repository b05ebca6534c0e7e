import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

/** Words of the plan editor and of printing, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. */
export const editor: Translation<typeof en> = {
  "editor.moreAbout": "ਇਸ ਯੋਜਨਾ ਬਾਰੇ ਹੋਰ",
  "editor.keptOnScreen.title": "ਸਿਰਫ਼ ਇਸ ਸਕਰੀਨ ਉੱਤੇ ਰੱਖਿਆ ਹੈ।",
  "editor.keptOnScreen.text": "ਇਹ ਪੰਨਾ ਛੱਡਣ ਜਾਂ ਦੁਬਾਰਾ ਲੋਡ ਕਰਨ ਨਾਲ, ਜਾਂ “ਇਹ ਪੰਨਾ ਛੱਡੋ” ਵਰਤਣ ਨਾਲ, ਇਹ ਮਿਟ ਜਾਂਦਾ ਹੈ।",
  "editor.whichPlan": "ਕਿਹੜੀ ਯੋਜਨਾ ਦਿਖਾਉਣੀ ਹੈ",
  "editor.planNumber": "ਯੋਜਨਾ {n}",
  /** One plan among several of a kind: "AB, last changed 10/03/2027". */
  "editor.planOption": "{name}, ਆਖ਼ਰੀ ਤਬਦੀਲੀ {date}",
  "editor.sections.label": "ਇਸ ਯੋਜਨਾ ਦੇ ਹਿੱਸੇ",
  "editor.sections.title": "ਹਿੱਸੇ",

  // A section.
  "editor.progress.notStarted": "ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤਾ",
  "editor.progress.answered": "{total} ਵਿੱਚੋਂ {answered} ਦੇ ਜਵਾਬ ਦਿੱਤੇ",
  "editor.progress.done": "ਜਵਾਬ ਦੇ ਦਿੱਤਾ",
  "editor.progress.decided": "{total} ਵਿੱਚੋਂ {decided} ਤੈਅ ਕੀਤੇ",
  "editor.questionsToThink": "ਸੋਚਣ ਵਾਲੇ ਸਵਾਲ",
  "editor.questionsToAsk": "ਪੁੱਛਣ ਵਾਲੇ ਸਵਾਲ",
  "editor.numbersToKnow": "ਜਾਣਨ ਵਾਲੇ ਨੰਬਰ",

  // Reviewing a plan.

  // Fields.
  "editor.agree": "ਮੈਂ ਸਹਿਮਤ ਹਾਂ",
  "editor.clearAnswer": "ਜਵਾਬ ਮਿਟਾਓ",
  "editor.text.full": "ਇਹ ਜਵਾਬ ਭਰ ਗਿਆ ਹੈ। ਚਾਹੋ ਤਾਂ ਕਿਸੇ ਹੋਰ ਡੱਬੇ ਵਿੱਚ ਅੱਗੇ ਲਿਖੋ।",
  "editor.text.left": { one: "1 ਅੱਖਰ ਬਾਕੀ ਹੈ।", other: "{count} ਅੱਖਰ ਬਾਕੀ ਹਨ।" },
  /** Hidden after a button, for screen readers: "Add (to) Things to take". */
  "editor.toField": "{field} ਵਿੱਚ",

  // Lists of people and places.
  "editor.list.name": "ਨਾਂ",
  "editor.list.phone": "ਫ਼ੋਨ ਨੰਬਰ",
  "editor.list.role": "ਉਹ ਕਿਵੇਂ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ",
  "editor.list.place": "ਥਾਂ",
  "editor.list.placeNote": "ਮੈਂ ਉੱਥੇ ਕਿਵੇਂ ਪਹੁੰਚਾਂ, ਜਾਂ ਯਾਦ ਰੱਖਣ ਵਾਲੀ ਕੋਈ ਹੋਰ ਗੱਲ",
  "editor.list.person": "{field}: ਵਿਅਕਤੀ {n}",
  "editor.list.placeN": "{field}: ਥਾਂ {n}",
  "editor.list.addPerson": "ਕੋਈ ਵਿਅਕਤੀ ਜੋੜੋ",
  "editor.list.addAnotherPerson": "ਇੱਕ ਹੋਰ ਵਿਅਕਤੀ ਜੋੜੋ",
  "editor.list.addPlace": "ਕੋਈ ਥਾਂ ਜੋੜੋ",
  "editor.list.addAnotherPlace": "ਇੱਕ ਹੋਰ ਥਾਂ ਜੋੜੋ",
  "editor.list.remove": "ਹਟਾਓ",
  /** Hidden after "Remove", for screen readers. */
  "editor.list.removePerson": "{field} ਵਿੱਚੋਂ ਵਿਅਕਤੀ {n}",
  "editor.list.removePlace": "{field} ਵਿੱਚੋਂ ਥਾਂ {n}",
  "editor.list.full": "ਇਸ ਸੂਚੀ ਵਿੱਚ ਇਸ ਤੋਂ ਵੱਧ ਨਹੀਂ ਆ ਸਕਦੇ ({max})।",
  "editor.list.removed": "ਹਟਾ ਦਿੱਤਾ: {what}।",
  "editor.list.undo": "ਵਾਪਸ ਕਰੋ",

  // Print controls.
  "editor.print.title": "ਪ੍ਰਿੰਟ ਕਰੋ",
  "editor.print.discreet": "ਸਾਦਾ ਪ੍ਰਿੰਟ: ਸਿਰਫ਼ ਸਾਦੇ ਸ਼ਬਦ, ਅਤੇ ਸਾਦਾ ਸਿਰਲੇਖ (“{title}”)",
  "editor.print.discreetHint":
    "ਸਿਰਲੇਖ “ਨੋਟ” ਅਤੇ “ਲੋਕ” ਵਰਗੇ ਸ਼ਬਦ ਬਣ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਸੇਵਾਵਾਂ ਦੇ ਨਾਂ ਨਹੀਂ ਛਪਦੇ। ਇਹ ਚੋਣ ਇਸ ਪੰਨੇ ਦੇ ਹਰ ਪ੍ਰਿੰਟ ਲਈ ਹੈ, ਅਤੇ ਇਹ ਸੇਵ ਨਹੀਂ ਹੁੰਦੀ।",
  "editor.print.numbersLegend": "ਕਾਗ਼ਜ਼ ਉੱਤੇ ਨੰਬਰ",
  "editor.print.numbersHint":
    "ਹਰ ਨੰਬਰ ਇਕੱਲਾ ਛਪਦਾ ਹੈ, ਸੇਵਾ ਦੇ ਨਾਂ ਤੋਂ ਬਿਨਾਂ। ਇਸ ਨੂੰ ਕੋਈ ਅਜਿਹਾ ਨਾਂ ਦਿਓ ਜਿਸ ਦਾ ਮਤਲਬ ਸਿਰਫ਼ ਤੁਹਾਨੂੰ ਪਤਾ ਹੋਵੇ, ਜਾਂ ਖ਼ਾਲੀ ਛੱਡ ਦਿਓ।",
  "editor.print.numberLabel": "{name}, {phone}",
  "editor.print.fullText":
    "ਪ੍ਰਿੰਟ ਉੱਤੇ ਤੁਹਾਡੇ ਜਵਾਬ ਹੁੰਦੇ ਹਨ, ਅਤੇ ਛੱਡੇ ਸਵਾਲਾਂ ਲਈ ਲਿਖਣ ਵਾਸਤੇ ਲਕੀਰਾਂ। ਇਸ ਨੂੰ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਇਹ ਕਿਸੇ ਨੂੰ ਨਾ ਲੱਭੇ, ਜਾਂ ਕਿਸੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਤੁਹਾਡੇ ਲਈ ਰੱਖਣ ਲਈ ਕਹੋ।",
  "editor.print.aboutMe": "ਮੇਰੇ ਉੱਤੇ ਕੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ ਅਤੇ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਕੀ ਹੈ, ਉਹ ਵੀ ਪ੍ਰਿੰਟ ਕਰੋ (ਸਾਦੇ ਪ੍ਰਿੰਟ ਉੱਤੇ ਕਦੇ ਨਹੀਂ)",
  "editor.print.skipEmpty": "ਜਿਨ੍ਹਾਂ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਨਹੀਂ ਦਿੱਤੇ, ਉਹ ਛੱਡ ਦਿਓ",

  // On the paper. A discreet printout uses only the plain words, which must say nothing of what
  // it is for (src/core/print/revealing.ts checks them in every language).
  "editor.paper.forWhom": "ਕਿਸ ਲਈ:",
  "editor.paper.reviewedOn": "ਦੁਬਾਰਾ ਦੇਖਿਆ:",
  "editor.paper.name": "ਨਾਂ",
  "editor.paper.phone": "ਫ਼ੋਨ",
  "editor.paper.notes": "ਨੋਟ",
  "editor.paper.howTheyCanHelp": "ਉਹ ਕਿਵੇਂ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ",
  "editor.paper.closing": "ਯੋਜਨਾ ਨਾਲ ਖ਼ਤਰਾ ਘੱਟ ਹੋ ਸਕਦਾ ਹੈ, ਪਰ ਇਹ ਸੁਰੱਖਿਆ ਦੀ ਗਾਰੰਟੀ ਨਹੀਂ ਦੇ ਸਕਦੀ। ਜੇ ਤੁਹਾਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।",
  "editor.paper.cardTitle": "ਮੇਰੇ ਫ਼ੋਨ ਨੰਬਰ",
  "editor.paper.cardTitlePlain": "ਮੇਰੇ ਨੰਬਰ",
  "editor.paper.someoneITrust": "ਕੋਈ ਜਿਸ ਉੱਤੇ ਮੈਨੂੰ ਭਰੋਸਾ ਹੈ",
  /** The tab title while a discreet printout or a card prints: a saved PDF is offered under it. */
  "editor.paper.documentTitle": "ਨੋਟ",
};
