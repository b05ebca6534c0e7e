/**
 * The marks that end a sentence in the site's languages, in one place, so a language with its own
 * full stop is added here once rather than in each check that splits or ends sentences.
 */

/** Full stops other than ".": Urdu's "۔" and the danda "।" (Gurmukhi). */
export const OTHER_FULL_STOPS = "۔।";

/** What ends a sentence: . ! ? … the Arabic question mark "؟", and the other full stops. */
export const SENTENCE_ENDS = `.!?…؟${OTHER_FULL_STOPS}`;
