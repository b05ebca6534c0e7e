import type { record as en } from "../../en/ui/record";
import type { Translation } from "../../types";

/**
 * Words of the worker's own record in a session (issue 22), in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided.
 * The worker reads these. UK names of services, referrals and assessments (MARAC, DASH,
 * Children's Social Care, early help) stay in English, with Panjabi beside them, as a worker
 * writes and says them. They load when the record is opened.
 */
export const record: Translation<typeof en> = {
  "record.title": "ਮੇਰੇ ਰਿਕਾਰਡ ਲਈ",
  "record.whose":
    "ਇਹ ਸਿਰਫ਼ ਤੁਸੀਂ ਦੇਖਦੇ ਹੋ। ਇਹ ਸਿਰਫ਼ ਤੁਹਾਡੀ ਆਪਣੀ ਕਾਪੀ ਵਿੱਚ ਜਾਂਦਾ ਹੈ, ਕਦੇ ਵੀ ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ, ਉਨ੍ਹਾਂ ਦੇ ਪ੍ਰਿੰਟਾਂ ਜਾਂ ਬੱਚੇ ਦੇ ਕਾਰਡ ਵਿੱਚ ਨਹੀਂ।",
  "record.session.legend": "ਸੈਸ਼ਨ",
  "record.agency": "ਏਜੰਸੀ",
  "record.worker": "ਕਰਮਚਾਰੀ",
  "record.contact": "ਕਰਮਚਾਰੀ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ",
  "record.sessionDate": "ਸੈਸ਼ਨ ਦੀ ਤਾਰੀਖ਼",
  "record.risk.legend": "ਜੋਖਮ ਦਾ ਮੁਲਾਂਕਣ (risk assessment)",
  "record.assessment": "ਵਰਤਿਆ ਗਿਆ risk assessment",
  "record.assessmentHint": "ਜਿਵੇਂ DASH।",
  "record.outcome": "ਨਤੀਜਾ, ਤੁਹਾਡੀ ਰਾਇ ਮੁਤਾਬਕ",
  "record.outcome.standard": "ਆਮ (standard)",
  "record.outcome.medium": "ਦਰਮਿਆਨਾ (medium)",
  "record.outcome.high": "ਉੱਚਾ (high)",
  "record.assessmentDate": "ਮੁਲਾਂਕਣ ਦੀ ਤਾਰੀਖ਼",
  "record.marac.legend": "MARAC ਨੂੰ ਰੈਫ਼ਰਲ",
  "record.marac.made": "ਕੀਤਾ",
  "record.marac.notMade": "ਨਹੀਂ ਕੀਤਾ",
  "record.maracDate": "ਰੈਫ਼ਰਲ ਦੀ ਤਾਰੀਖ਼",
  "record.children.legend": "ਹਰ ਬੱਚਾ: risk identification matrix (ਜੋਖਮ ਪਛਾਣ ਮੈਟ੍ਰਿਕਸ)",
  "record.children.intro":
    "ਹਰ ਬੱਚੇ ਲਈ ਇੱਕ ਸਕੇਲ ਚੁਣੋ। ਚੁਣਿਆ ਸਕੇਲ ਤੁਹਾਡੇ ਤੋਂ ਕੀ ਮੰਗਦਾ ਹੈ, ਉਹ ਉਸ ਦੇ ਨਾਲ ਸੇਧ ਵਜੋਂ ਦਿਸਦਾ ਹੈ: ਤੁਹਾਡੀ ਆਪਣੀ ਏਜੰਸੀ ਦੀਆਂ ਪ੍ਰਕਿਰਿਆਵਾਂ ਪਹਿਲਾਂ ਆਉਂਦੀਆਂ ਹਨ।",
  "record.children.none": "ਘਰ ਵਿੱਚ ਹਰ ਬੱਚੇ ਜਾਂ ਨੌਜਵਾਨ ਲਈ ਇੱਕ ਯੋਜਨਾ ਜੋੜੋ, ਅਤੇ ਉਨ੍ਹਾਂ ਦਾ ਸਕੇਲ ਇੱਥੇ ਆਵੇਗਾ।",
  "record.scaleLegend": "{plan}: ਸਕੇਲ",
  "record.scale.1": "ਸਕੇਲ 1: ਦਰਮਿਆਨਾ (moderate)",
  "record.scale.2": "ਸਕੇਲ 2: ਦਰਮਿਆਨੇ ਤੋਂ ਗੰਭੀਰ (moderate to serious)",
  "record.scale.3": "ਸਕੇਲ 3: ਗੰਭੀਰ (serious)",
  "record.scale.4": "ਸਕੇਲ 4: ਬਹੁਤ ਗੰਭੀਰ (severe)",
  "record.guidance.1":
    "ਦੇਖੋ ਕਿ ਕੋਈ ਗੱਲ ਬੱਚੇ ਨੂੰ ਹੋਰ ਕਮਜ਼ੋਰ ਤਾਂ ਨਹੀਂ ਬਣਾਉਂਦੀ, ਜਿਸ ਦਾ ਮਤਲਬ ਉੱਚਾ ਸਕੇਲ ਹੋਵੇਗਾ। ਆਪਣਾ ਮੁਲਾਂਕਣ ਅਤੇ ਉਸ ਦਾ ਕਾਰਨ ਦਰਜ ਕਰੋ, ਅਤੇ ਆਪਣੇ ਲਾਈਨ ਮੈਨੇਜਰ ਨੂੰ ਦੱਸੋ। ਹਰ ਬੱਚੇ ਲਈ early help assessment ਸ਼ੁਰੂ ਕਰੋ, ਜਾਂ ਮੰਗੋ: ਜੇ ਮਾਂ ਸਹਿਮਤ ਨਾ ਹੋਵੇ, ਤਾਂ ਜੋਖਮ ਵੱਧ ਹੈ, ਇਸ ਲਈ ਆਪਣੇ safeguarding lead ਨਾਲ ਗੱਲ ਕਰੋ। ਤੁਹਾਡੀ ਏਜੰਸੀ ਜੋ ਦੇ ਸਕਦੀ ਹੈ ਉਹ ਦਿਓ, ਸੁਰੱਖਿਆ ਯੋਜਨਾ ਸ਼ਾਮਲ ਕਰੋ, ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਪਤਾ ਕਰੋ।",
  "record.guidance.2":
    "ਸਕੇਲ 1 ਦਾ ਸਭ ਕੁਝ, ਅਤੇ ਹੋਰ: ਕਈ ਏਜੰਸੀਆਂ ਦੀ ਲੋੜ ਪੈਣ ਦੀ ਸੰਭਾਵਨਾ ਹੈ, ਇੱਕ lead professional ਨਾਲ। ਜੇ ਮਾਂ early help assessment ਲਈ ਸਹਿਮਤ ਨਾ ਹੋਵੇ, ਤਾਂ Children's Social Care ਨੂੰ ਦੱਸੋ ਜਾਂ ਰੈਫ਼ਰ ਕਰੋ। ਜੋ ਤੁਸੀਂ ਜਾਣਦੇ ਹੋ ਉਹ ਦੂਜੇ ਪੇਸ਼ੇਵਰਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰੋ (ਨੁਕਸਾਨ ਦਾ ਜੋਖਮ ਹੋਵੇ ਤਾਂ ਸਹਿਮਤੀ ਬਿਨਾਂ ਵੀ ਕਰ ਸਕਦੇ ਹੋ) ਅਤੇ ਕਾਰਨ ਦਰਜ ਕਰੋ। ਏਜੰਸੀਆਂ ਦੀ ਮੀਟਿੰਗ ਕਰੋ ਜਾਂ ਉਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੋ।",
  "record.guidance.3":
    "ਹੋ ਸਕਦਾ ਹੈ ਬੱਚੇ ਨੂੰ significant harm (ਗੰਭੀਰ ਨੁਕਸਾਨ) ਹੋ ਰਿਹਾ ਹੋਵੇ, ਜਾਂ ਉਸ ਦਾ ਜੋਖਮ ਹੋਵੇ। ਸਕੇਲ ਵਧਾਉਣ ਵਾਲੀ ਕੋਈ ਵੀ ਗੱਲ ਦੁਬਾਰਾ ਦੇਖੋ, ਆਪਣਾ ਮੁਲਾਂਕਣ ਦਰਜ ਕਰੋ ਅਤੇ ਆਪਣੇ ਲਾਈਨ ਮੈਨੇਜਰ ਨੂੰ ਦੱਸੋ। Children's Social Care ਨੂੰ ਰੈਫ਼ਰ ਕਰੋ (children in need assessment)। ਸਹਿਮਤੀ ਨਾਲ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕਰੋ, ਅਤੇ ਹਰ ਕਾਰਵਾਈ, ਸੰਪਰਕ ਅਤੇ ਸਾਂਝਾ ਕਰਨ ਦਾ ਹਰ ਫ਼ੈਸਲਾ ਦਰਜ ਕਰੋ। MARAC ਰੈਫ਼ਰਲ ਦੀ ਸੰਭਾਵਨਾ ਹੈ।",
  "record.guidance.4":
    "Significant harm (ਗੰਭੀਰ ਨੁਕਸਾਨ) ਦੀ ਹੱਦ ਪਹੁੰਚ ਗਈ ਹੈ। ਹੁਣੇ Children's Social Care ਨੂੰ ਰੈਫ਼ਰ ਕਰੋ: child protection enquiries ਅਤੇ strategy meeting ਦੀ ਸੰਭਾਵਨਾ ਹੈ। ਪਰਿਵਾਰ ਨੂੰ MARAC ਕੋਲ ਰੈਫ਼ਰ ਕਰੋ। ਨੁਕਸਾਨ ਪਹੁੰਚਾਉਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਮਿਲਣ ਵਾਲੇ ਪੇਸ਼ੇਵਰਾਂ ਦੀ ਸੁਰੱਖਿਆ ਦੀ ਯੋਜਨਾ ਬਣਾਓ।",
  "record.childAge": "ਉਮਰ",
  "record.childSchool": "ਸਕੂਲ",
  "record.referrals.legend": "ਕੀਤੇ ਗਏ ਰੈਫ਼ਰਲ",
  "record.referrals.csc": "Children's Social Care (ਬੱਚਿਆਂ ਦੀ ਸੋਸ਼ਲ ਕੇਅਰ)",
  "record.referrals.earlyHelp": "Early help (ਸ਼ੁਰੂਆਤੀ ਮਦਦ)",
  "record.referralNotes": "ਰੈਫ਼ਰਲਾਂ ਬਾਰੇ ਨੋਟ",
  "record.copiesHeld": "ਯੋਜਨਾ ਦੀਆਂ ਕਾਪੀਆਂ ਕਿਸ ਕੋਲ ਹਨ, ਅਤੇ ਕਿੱਥੇ",
  "record.consent": "ਸਹਿਮਤੀ ਬਾਰੇ ਨੋਟ",
  "record.consentHint": "ਜਿਵੇਂ: ਨੌਜਵਾਨ ਆਪਣੀ ਯੋਜਨਾ ਸਾਂਝੀ ਕਰਨ ਲਈ ਸਹਿਮਤ ਹੈ।",
  "record.nextReview": "ਅਗਲੀ ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ਼",
  "record.print": "ਮੇਰਾ ਰਿਕਾਰਡ ਪ੍ਰਿੰਟ ਕਰੋ",
  "record.printHint": "ਸਿਰਫ਼ ਇਹ ਰਿਕਾਰਡ ਪ੍ਰਿੰਟ ਕਰਦਾ ਹੈ, ਕੇਸ ਫ਼ਾਈਲ ਲਈ। ਇਸ ਦਾ ਕੁਝ ਵੀ ਕਦੇ ਪਰਿਵਾਰ ਦੇ ਪ੍ਰਿੰਟਾਂ ਉੱਤੇ ਨਹੀਂ ਹੁੰਦਾ।",
  "record.print.title": "ਕਰਮਚਾਰੀ ਦਾ ਰਿਕਾਰਡ, ਕੇਸ ਫ਼ਾਈਲ ਲਈ",
  "record.print.copiesAndReview": "ਕਾਪੀਆਂ, ਸਹਿਮਤੀ ਅਤੇ ਸਮੀਖਿਆ",
  "record.print.notRecorded": "ਦਰਜ ਨਹੀਂ",
  "record.print.yes": "ਹਾਂ",
  "record.print.no": "ਨਹੀਂ",
  "record.review.title": "ਪਿਛਲੀ ਸਮੀਖਿਆ ਤੋਂ ਬਾਅਦ",
  "record.review.since": "ਪਿਛਲੀ ਸਮੀਖਿਆ {date} ਨੂੰ ਹੋਈ।",
  "record.review.nothing": "ਉਦੋਂ ਤੋਂ ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।",
  "record.review.added": "ਨਵਾਂ: {plan}",
  "record.review.removed": "ਹੁਣ ਸ਼ਾਮਲ ਨਹੀਂ: {plan}",
  "record.review.changed": "{plan}: {sections} ਵਿੱਚ ਜਵਾਬ ਬਦਲੇ",
  "record.review.recordChanged": "ਇਸ ਰਿਕਾਰਡ ਵਿੱਚ: {fields}",
  "record.review.separator": ", ",
  "record.review.askNext": "ਅਗਲੀ ਸਮੀਖਿਆ ਕਦੋਂ ਹੈ?",
};
