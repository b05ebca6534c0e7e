import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

/** Words of the session part of the interface, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. The worker reads these. */
export const session: Translation<typeof en> = {
  /** The tab's title: neutral. */
  "session.pageTitle": "ਸੈਸ਼ਨ",

  // The kinds of plan, as the household lists them ("Child's plan (AB)": initials only)
  "session.kind.adult": "ਬਾਲਗ ਦੀ ਯੋਜਨਾ",
  "session.kind.checklist": "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ",
  "session.kind.child": "ਬੱਚੇ ਦੀ ਯੋਜਨਾ",
  "session.kind.youngPerson": "ਨੌਜਵਾਨ ਦੀ ਯੋਜਨਾ",
  "session.kind.withInitials": "{kind} ({initials})",

  // What the session holds in memory
  "session.held.adult": { one: "ਬਾਲਗ ਦੀ {count} ਯੋਜਨਾ", other: "ਬਾਲਗਾਂ ਦੀਆਂ {count} ਯੋਜਨਾਵਾਂ" },
  "session.held.checklist": { one: "{count} ਚੈੱਕਲਿਸਟ", other: "{count} ਚੈੱਕਲਿਸਟਾਂ" },
  "session.held.child": { one: "ਬੱਚੇ ਦੀ {count} ਯੋਜਨਾ", other: "ਬੱਚਿਆਂ ਦੀਆਂ {count} ਯੋਜਨਾਵਾਂ" },
  "session.held.youngPerson": { one: "ਨੌਜਵਾਨ ਦੀ {count} ਯੋਜਨਾ", other: "ਨੌਜਵਾਨਾਂ ਦੀਆਂ {count} ਯੋਜਨਾਵਾਂ" },
  /** Between the items of that list. */
  "session.held.separator": ", ",
  "session.held.nothing": "ਅਜੇ ਕੁਝ ਨਹੀਂ",

  // The banner
  "session.banner.title": "ਸੈਸ਼ਨ",
  "session.banner.running": "ਸੈਸ਼ਨ ਚੱਲ ਰਿਹਾ ਹੈ",
  /** {running} is "Session running", in bold. */
  "session.banner.minutes": { one: "{running}: {count} ਮਿੰਟ ਤੋਂ।", other: "{running}: {count} ਮਿੰਟਾਂ ਤੋਂ।" },
  "session.banner.holding": "ਮੈਮਰੀ ਵਿੱਚ ਹੈ: {held}।",
  "session.banner.showAsk": "ਪੁੱਛਣ ਵਾਲੇ ਸਵਾਲ ਦਿਖਾਓ",
  "session.banner.hideAsk": "ਪੁੱਛਣ ਵਾਲੇ ਸਵਾਲ ਲੁਕਾਓ",
  "session.banner.end": "ਸੈਸ਼ਨ ਖ਼ਤਮ ਕਰੋ ਅਤੇ ਇਹ ਡਿਵਾਈਸ ਸਾਫ਼ ਕਰੋ",
  "session.end.title": "ਸੈਸ਼ਨ ਖ਼ਤਮ ਕਰਨਾ ਹੈ ਅਤੇ ਇਹ ਡਿਵਾਈਸ ਸਾਫ਼ ਕਰਨੀ ਹੈ?",
  "session.end.text":
    "ਸੈਸ਼ਨ ਵਿੱਚ ਜੋ ਕੁਝ ਵੀ ਸੀ, ਉਹ ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਹਰ ਟੈਬ ਵਿੱਚੋਂ ਮਿਟ ਜਾਂਦਾ ਹੈ: ਮੈਮਰੀ ਵਾਲੀਆਂ ਯੋਜਨਾਵਾਂ ਅਤੇ ਇੱਥੇ ਸੇਵ ਕੀਤਾ ਸਭ ਕੁਝ। ਪਹਿਲਾਂ ਪੱਕਾ ਕਰੋ ਕਿ ਵਿਅਕਤੀ ਨੂੰ ਜੋ ਚਾਹੀਦਾ ਹੈ ਉਹ ਸੌਂਪ ਦਿੱਤਾ ਹੈ।",
  "session.end.keepSaved": "ਵਿਅਕਤੀ ਲਈ ਯੋਜਨਾ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਲੌਕ ਕਰਕੇ ਸੇਵ ਰੱਖੋ (ਸਿਰਫ਼ ਜੇ ਇਹ ਉਨ੍ਹਾਂ ਦੀ ਆਪਣੀ ਡਿਵਾਈਸ ਹੈ)",
  "session.end.yes": "ਹਾਂ, ਖ਼ਤਮ ਕਰੋ ਅਤੇ ਸਾਫ਼ ਕਰੋ",
  "session.end.no": "ਨਹੀਂ, ਜਾਰੀ ਰੱਖੋ",
  "session.otherTab":
    "ਇਸ ਬ੍ਰਾਊਜ਼ਰ ਦੀ ਇੱਕ ਹੋਰ ਟੈਬ ਵਿੱਚ ਇੱਕ ਸੈਸ਼ਨ ਹੈ ਜਿਸ ਵਿੱਚ ਯੋਜਨਾਵਾਂ ਹਨ। ਇੱਥੇ ਸੈਸ਼ਨ ਖ਼ਤਮ ਕਰਨ ਨਾਲ ਉਹ ਸੈਸ਼ਨ ਵੀ ਖ਼ਤਮ ਹੋ ਕੇ ਸਾਫ਼ ਹੋ ਜਾਵੇਗਾ।",

  // Nothing has happened for a while
  "session.idle.title": "ਕੀ ਤੁਸੀਂ ਅਜੇ ਇੱਥੇ ਹੋ?",
  "session.idle.nothingFor": {
    one: "1 ਮਿੰਟ ਤੋਂ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।",
    other: "{count} ਮਿੰਟਾਂ ਤੋਂ ਕੁਝ ਨਹੀਂ ਹੋਇਆ।",
  },
  "session.idle.willEnd": {
    one: "ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਜਾਰੀ ਨਾ ਰੱਖੋ, ਸੈਸ਼ਨ 1 ਮਿੰਟ ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗਾ ਅਤੇ ਇਹ ਡਿਵਾਈਸ ਸਾਫ਼ ਕਰ ਦੇਵੇਗਾ।",
    other: "ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਜਾਰੀ ਨਾ ਰੱਖੋ, ਸੈਸ਼ਨ {count} ਮਿੰਟਾਂ ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗਾ ਅਤੇ ਇਹ ਡਿਵਾਈਸ ਸਾਫ਼ ਕਰ ਦੇਵੇਗਾ।",
  },
  "session.idle.keepGoing": "ਜਾਰੀ ਰੱਖੋ",
  "session.idle.saveFirst": "ਪਹਿਲਾਂ ਇੱਕ ਕਾਪੀ ਸੇਵ ਕਰੋ",

  // Reviewing a household file
  "session.review.title": "ਸੇਵ ਕੀਤੀ ਯੋਜਨਾ ਦੀ ਸਮੀਖਿਆ ਕਰੋ",
  "session.review.text": "ਪਹਿਲਾਂ ਸੇਵ ਕੀਤੀ ਘਰ ਦੀ ਫ਼ਾਈਲ ਖੋਲ੍ਹੋ, ਤਾਂ ਜੋ ਮਿਲ ਕੇ ਉਸ ਦੀ ਸਮੀਖਿਆ ਕੀਤੀ ਜਾ ਸਕੇ। ਉਸ ਦੇ ਸਵਾਲ ਵੀ ਨਾਲ ਆਉਂਦੇ ਹਨ।",
  "session.review.open": "ਘਰ ਦੀ ਫ਼ਾਈਲ ਖੋਲ੍ਹੋ",
  /** Opens the worker's own record: only in their copy, never the family's. */
  "session.record.open": "ਮੇਰੇ ਰਿਕਾਰਡ ਲਈ",
  "session.review.opened": "ਘਰ ਦੀ ਫ਼ਾਈਲ ਖੁੱਲ੍ਹ ਗਈ ਹੈ: {plans}। ਹੇਠਾਂ ਹਰ ਯੋਜਨਾ ਖੋਲ੍ਹੋ।",
  "session.openingPlan": "ਯੋਜਨਾ ਖੁੱਲ੍ਹ ਰਹੀ ਹੈ…",
  "session.backToHousehold": "ਘਰ ਵੱਲ ਵਾਪਸ",
  "session.whereKeptTitle": "ਸਿਰਫ਼ ਇਸ ਸੈਸ਼ਨ ਦੀ ਮੈਮਰੀ ਵਿੱਚ ਰੱਖਿਆ ਹੈ।",
  "session.whereKeptText":
    "ਜਦੋਂ ਤੱਕ ਤੁਸੀਂ ਸੌਂਪੋ ਨਾ, ਕੁਝ ਵੀ ਸੇਵ ਜਾਂ ਭੇਜਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਸੈਸ਼ਨ ਖ਼ਤਮ ਕਰਨ ਨਾਲ ਇਹ ਮਿਟ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਇਹ ਟੈਬ ਦੁਬਾਰਾ ਲੋਡ ਜਾਂ ਬੰਦ ਕਰਨ ਨਾਲ ਵੀ: ਸੌਂਪਣ ਤੋਂ ਪਹਿਲਾਂ, ਬ੍ਰਾਊਜ਼ਰ ਪਹਿਲਾਂ ਪੁੱਛਦਾ ਹੈ।",

  // The household
  "session.household.title": "ਇਹ ਘਰ",
  "session.household.intro": "ਹਰ ਯੋਜਨਾ ਉਸੇ ਵਿਅਕਤੀ ਨਾਲ ਭਰੋ ਜਿਸ ਦੀ ਇਹ ਹੈ। ਹਰ ਬੱਚੇ ਨੂੰ ਇਕੱਲਿਆਂ ਮਿਲੋ।",
  "session.household.notStarted": "ਸ਼ੁਰੂ ਨਹੀਂ ਕੀਤਾ",
  "session.household.answered": { one: "{count} ਦਾ ਜਵਾਬ ਦਿੱਤਾ", other: "{count} ਦੇ ਜਵਾਬ ਦਿੱਤੇ" },
  "session.household.open": "ਖੋਲ੍ਹੋ",
  "session.household.remove": "ਹਟਾਓ",
  "session.household.yesRemove": "ਹਾਂ, ਹਟਾਓ",
  "session.household.keepIt": "ਇਸ ਨੂੰ ਰੱਖੋ",
  "session.household.addLegend": "ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਲਈ ਯੋਜਨਾ ਜੋੜੋ",
  "session.household.childKind": "ਬੱਚੇ ਦੀ ਯੋਜਨਾ (ਸੌਖੇ ਕਦਮ)",
  "session.household.initials": "ਉਨ੍ਹਾਂ ਦੇ ਨਾਂ ਦੇ ਪਹਿਲੇ ਅੱਖਰ",
  "session.household.initialsHint": "ਸਿਰਫ਼ ਪਹਿਲੇ ਅੱਖਰ, ਕਦੇ ਪੂਰਾ ਨਾਂ ਨਹੀਂ: ਵੱਧ ਤੋਂ ਵੱਧ 4 ਅੱਖਰ।",
  "session.household.initialsMissing": "ਪਹਿਲੇ ਅੱਖਰ ਲਿਖੋ: ਇੱਕ ਤੋਂ 4 ਅੱਖਰ।",
  "session.household.initialsTooLong": "ਇਹ ਪਹਿਲੇ ਅੱਖਰਾਂ ਤੋਂ ਵੱਧ ਹੈ: ਵੱਧ ਤੋਂ ਵੱਧ 4 ਅੱਖਰ ਲਿਖੋ, ਕਦੇ ਨਾਂ ਨਹੀਂ।",
  "session.household.add": "ਯੋਜਨਾ ਜੋੜੋ",
  "session.handOver": "ਸੌਂਪੋ",
  "session.print.forRecordsText": "ਪੂਰੀ ਯੋਜਨਾ, ਤੁਹਾਡੇ ਰਿਕਾਰਡ ਲਈ।",
  "session.print.whole": "ਪੂਰੀ ਯੋਜਨਾ ਪ੍ਰਿੰਟ ਕਰੋ",
  "session.print.warningTitle": "ਬੱਚੇ ਨੂੰ ਲਿਖੀ ਹੋਈ ਯੋਜਨਾ ਨਹੀਂ ਰੱਖਣੀ ਚਾਹੀਦੀ।",
  "session.print.warningText":
    "ਜੇ ਇਹ ਕਿਸੇ ਨੂੰ ਲੱਭ ਜਾਵੇ, ਤਾਂ ਬੱਚਾ ਖ਼ਤਰੇ ਵਿੱਚ ਪੈ ਸਕਦਾ ਹੈ। ਪੂਰੀ ਯੋਜਨਾ ਸਿਰਫ਼ ਆਪਣੇ ਰਿਕਾਰਡ ਲਈ ਪ੍ਰਿੰਟ ਕਰੋ, ਅਤੇ ਇਸ ਨੂੰ ਆਪਣੇ ਦਫ਼ਤਰ ਵਿੱਚ ਰੱਖੋ। ਬੱਚੇ ਨੂੰ ਸਿਰਫ਼ ਫ਼ੋਨ ਨੰਬਰਾਂ ਵਾਲਾ ਕਾਰਡ ਦਿਓ।",
  "session.print.forRecords": "ਮੇਰੇ ਰਿਕਾਰਡ ਲਈ ਪ੍ਰਿੰਟ ਕਰੋ",
};
