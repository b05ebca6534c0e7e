import type { tailoring as en } from "../../en/ui/tailoring";
import type { Translation } from "../../types";

/**
 * The words of the tailored plan (src/core/tailoring/), in Panjabi (Gurmukhi), drafted from the
 * English, not yet reviewed by a fluent speaker: what applies to me, my priorities, the library
 * of strategies, signs of danger, the device check and the short "go now" screen. Written for the
 * UK from the guidance in the project's reference material.
 *
 * The person is "ਤੁਸੀਂ", in plain everyday Panjabi as UK families speak it (English loanwords
 * such as ਫ਼ੋਨ, ਸੇਵ, ਕੌਂਸਲ where that is what people say). Polite imperatives (ਕਰੋ, ਜਾਓ, ਫ਼ੋਨ
 * ਕਰੋ) and the subjunctive (ਜੇ … ਸਕੋ) say nothing of the reader's gender; the gendered future
 * and intransitive perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ, ਗਏ/ਗਈ) are avoided, and "I …" answers are
 * written with ਮੈਨੂੰ/ਮੇਰੇ or a transitive perfect (ਮੈਂ … ਛੱਡ ਦਿੱਤਾ ਹੈ), which do not show it.
 * UK names and legal terms a person must say in English (Citizens Advice, sanctuary scheme,
 * non-molestation order, no recourse to public funds) stay in English, with Panjabi beside them.
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no leaving, hiding, danger, police, court…).
 * - tailoring.reason.* complete "Suggested because…": keep them short and free of judgement.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 */
export const tailoring: Translation<typeof en> = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "ਕੌਣ ਤੁਹਾਨੂੰ ਦੁੱਖ ਦਿੰਦਾ ਹੈ ਜਾਂ ਡਰਾਉਂਦਾ ਹੈ?",
  "tailoring.situation.who.hint": "ਜੋ ਵੀ ਢੁਕਦੇ ਹਨ, ਚੁਣੋ।",
  "tailoring.situation.abuser-partner.label": "ਪਾਰਟਨਰ (ਪਤੀ, ਪਤਨੀ ਜਾਂ ਸਾਥੀ)",
  "tailoring.situation.abuser-ex.label": "ਪੁਰਾਣਾ ਪਾਰਟਨਰ (ex)",
  "tailoring.situation.abuser-family.label": "ਪਰਿਵਾਰ ਦਾ ਕੋਈ ਜੀਅ, ਜਿਵੇਂ ਮਾਂ-ਪਿਓ, ਵੱਡਾ ਬੱਚਾ ਜਾਂ ਸਹੁਰੇ ਪਰਿਵਾਰ ਵਿੱਚੋਂ ਕੋਈ",
  "tailoring.situation.where-now.title": "ਤੁਸੀਂ ਹੁਣ ਕਿੱਥੇ ਹੋ?",
  "tailoring.situation.where-now.hint":
    "ਕੋਈ ਜਵਾਬ ਗ਼ਲਤ ਨਹੀਂ। ਬਹੁਤ ਲੋਕ ਲੰਬੇ ਸਮੇਂ ਤੱਕ ਨਾਲ ਰਹਿੰਦੇ ਹਨ, ਅਤੇ ਯੋਜਨਾ ਨੂੰ ਤੁਹਾਡੇ ਹਰ ਫ਼ੈਸਲੇ ਵਿੱਚ ਮਦਦ ਕਰਨੀ ਚਾਹੀਦੀ ਹੈ।",
  "tailoring.situation.staying.label": "ਅਸੀਂ ਇਕੱਠੇ ਰਹਿੰਦੇ ਹਾਂ, ਜਾਂ ਉਹ ਮੈਨੂੰ ਅਕਸਰ ਮਿਲਦੇ ਹਨ",
  "tailoring.situation.thinking-leaving.label": "ਮੇਰੇ ਮਨ ਵਿੱਚ ਛੱਡ ਕੇ ਜਾਣ ਦਾ ਖ਼ਿਆਲ ਹੈ",
  "tailoring.situation.left.label": "ਮੈਂ ਉਨ੍ਹਾਂ ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਛੱਡ ਦਿੱਤਾ ਹੈ",
  "tailoring.situation.children.title": "ਕੀ ਤੁਹਾਡੇ ਬੱਚੇ ਹਨ?",
  "tailoring.situation.children.hint": "ਜੋ ਵੀ ਉਮਰਾਂ ਢੁਕਦੀਆਂ ਹਨ, ਸਭ ਚੁਣੋ।",
  "tailoring.situation.child-under-5.label": "5 ਸਾਲ ਤੋਂ ਛੋਟਾ ਬੱਚਾ",
  "tailoring.situation.child-5-11.label": "5 ਤੋਂ 11 ਸਾਲ ਦਾ ਬੱਚਾ",
  "tailoring.situation.child-12-17.label": "12 ਤੋਂ 17 ਸਾਲ ਦਾ ਬੱਚਾ",
  "tailoring.situation.child-contact.label": "ਬੱਚਿਆਂ ਦੇ ਦੂਜੇ ਮਾਂ ਜਾਂ ਪਿਓ ਉਨ੍ਹਾਂ ਨੂੰ ਮਿਲਦੇ ਹਨ, ਜਾਂ ਮਿਲਣਾ ਚਾਹੁੰਦੇ ਹਨ",
  "tailoring.situation.pregnancy.title": "ਕੀ ਤੁਸੀਂ ਗਰਭਵਤੀ ਹੋ, ਜਾਂ ਤੁਹਾਡਾ ਛੋਟਾ ਬੱਚਾ ਹੈ?",
  "tailoring.situation.pregnant.label": "ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ",
  "tailoring.situation.baby-under-one.label": "ਮੇਰਾ ਇੱਕ ਸਾਲ ਤੋਂ ਛੋਟਾ ਬੱਚਾ ਹੈ",
  "tailoring.situation.pets.title": "ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਪਾਲਤੂ ਜਾਨਵਰ ਹਨ?",
  "tailoring.situation.pets.label": "ਮੇਰੇ ਕੋਲ ਇੱਕ ਜਾਂ ਵੱਧ ਪਾਲਤੂ ਜਾਨਵਰ ਹਨ",
  "tailoring.situation.money.title": "ਪੈਸਾ",
  "tailoring.situation.money.hint": "ਪੈਸੇ ਉੱਤੇ ਕੰਟਰੋਲ ਕਰਨਾ ਵੀ ਇੱਕ ਤਰ੍ਹਾਂ ਦੀ ਬਦਸਲੂਕੀ ਹੈ।",
  "tailoring.situation.money-controlled.label": "ਪੈਸਾ ਉਨ੍ਹਾਂ ਦੇ ਕੰਟਰੋਲ ਵਿੱਚ ਹੈ, ਜਾਂ ਉਹ ਮੇਰਾ ਹਰ ਖ਼ਰਚਾ ਦੇਖਦੇ ਹਨ",
  "tailoring.situation.joint-money.label": "ਸਾਡੇ ਸਾਂਝੇ ਬੈਂਕ ਖਾਤੇ, ਕਰਜ਼ੇ ਜਾਂ ਉਧਾਰ ਹਨ",
  "tailoring.situation.no-own-money.label": "ਮੇਰੇ ਕੋਲ ਆਪਣਾ ਕੋਈ ਪੈਸਾ ਨਹੀਂ",
  "tailoring.situation.home.title": "ਤੁਹਾਡਾ ਘਰ",
  "tailoring.situation.home-joint.label": "ਘਰ ਅਸੀਂ ਇਕੱਠੇ ਕਿਰਾਏ ਉੱਤੇ ਲਿਆ ਹੈ, ਜਾਂ ਦੋਵਾਂ ਦਾ ਹੈ",
  "tailoring.situation.home-theirs.label": "ਘਰ ਉਨ੍ਹਾਂ ਦੇ ਨਾਂ ਉੱਤੇ ਹੈ",
  "tailoring.situation.home-mine.label": "ਘਰ ਮੇਰੇ ਨਾਂ ਉੱਤੇ ਹੈ",
  "tailoring.situation.immigration.title": "ਤੁਹਾਡਾ ਵੀਜ਼ਾ ਅਤੇ ਭਾਸ਼ਾ",
  "tailoring.situation.immigration.hint": "ਇਹ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਹੀ ਰਹਿੰਦਾ ਹੈ। ਸਾਈਟ ਇਸ ਨੂੰ ਕਦੇ ਕਿਤੇ ਨਹੀਂ ਭੇਜਦੀ।",
  "tailoring.situation.partner-visa.label": "ਮੇਰਾ ਵੀਜ਼ਾ ਮੇਰੇ ਪਾਰਟਨਰ ਉੱਤੇ ਨਿਰਭਰ ਹੈ",
  "tailoring.situation.nrpf.label": 'ਮੇਰੇ ਵੀਜ਼ੇ ਉੱਤੇ "no recourse to public funds" ਲਿਖਿਆ ਹੈ (ਸਰਕਾਰੀ ਮਦਦ ਨਹੀਂ ਮਿਲ ਸਕਦੀ)',
  "tailoring.situation.status-unsure.label": "ਮੈਨੂੰ ਆਪਣੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਬਾਰੇ ਪੱਕਾ ਪਤਾ ਨਹੀਂ",
  "tailoring.situation.need-interpreter.label": "ਮੈਨੂੰ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ",
  "tailoring.situation.health.title": "ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ",
  "tailoring.situation.disability.label": "ਮੈਨੂੰ ਕੋਈ ਅਪਾਹਜਤਾ (disability) ਹੈ",
  "tailoring.situation.health-medicines.label": "ਮੈਨੂੰ ਕੋਈ ਬਿਮਾਰੀ ਹੈ, ਜਾਂ ਮੈਨੂੰ ਹਰ ਰੋਜ਼ ਦਵਾਈ ਲੈਣੀ ਪੈਂਦੀ ਹੈ",
  "tailoring.situation.abuser-carer.label": "ਜੋ ਮੈਨੂੰ ਦੁੱਖ ਦਿੰਦਾ ਹੈ, ਉਹੀ ਮੇਰੀ ਦੇਖਭਾਲ ਵੀ ਕਰਦਾ ਹੈ",
  "tailoring.situation.i-care-for.label": "ਕਿਸੇ ਹੋਰ ਦੀ ਦੇਖਭਾਲ ਮੇਰੇ ਜ਼ਿੰਮੇ ਹੈ",
  "tailoring.situation.technology.title": "ਫ਼ੋਨ, ਕੰਪਿਊਟਰ ਅਤੇ ਪਿੱਛਾ ਕਰਨਾ",
  "tailoring.situation.tech-monitoring.label": "ਉਹ ਮੇਰਾ ਫ਼ੋਨ, ਸੁਨੇਹੇ, ਅਕਾਊਂਟ ਜਾਂ ਮੇਰੀ ਲੋਕੇਸ਼ਨ ਦੇਖਦੇ ਹਨ",
  "tailoring.situation.stalking.label": "ਉਹ ਮੇਰਾ ਪਿੱਛਾ ਕਰਦੇ ਹਨ, ਅਚਾਨਕ ਆ ਜਾਂਦੇ ਹਨ, ਜਾਂ ਵਾਰ-ਵਾਰ ਸੰਪਰਕ ਕਰਦੇ ਹਨ",
  "tailoring.situation.honour.title": "ਪਰਿਵਾਰ ਅਤੇ ਭਾਈਚਾਰਾ",
  "tailoring.situation.honour.label": 'ਮੇਰਾ ਪਰਿਵਾਰ ਜਾਂ ਭਾਈਚਾਰਾ ਮੇਰੇ ਉੱਤੇ "ਇੱਜ਼ਤ" ਜਾਂ ਸ਼ਰਮ ਦੇ ਨਾਂ ਉੱਤੇ ਦਬਾਅ ਪਾਉਂਦਾ ਹੈ',
  "tailoring.situation.forced-marriage.label": "ਕੋਈ ਮੇਰਾ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਕਰਵਾ ਰਿਹਾ ਹੈ, ਜਾਂ ਕਰਵਾ ਚੁੱਕਾ ਹੈ",
  "tailoring.situation.about-me.title": "ਤੁਹਾਡੇ ਬਾਰੇ",
  "tailoring.situation.about-me.hint": "ਕੁਝ ਸੇਵਾਵਾਂ ਖ਼ਾਸ ਤੁਹਾਡੇ ਵਰਗੇ ਲੋਕਾਂ ਲਈ ਹਨ।",
  "tailoring.situation.lgbt.label": "ਮੈਂ lesbian, gay, bisexual, trans ਜਾਂ queer ਹਾਂ",
  "tailoring.situation.man.label": "ਮੈਂ ਆਦਮੀ ਹਾਂ",
  "tailoring.situation.older.label": "ਮੇਰੀ ਉਮਰ 60 ਜਾਂ ਵੱਧ ਹੈ",
  "tailoring.situation.getting-help.title": "ਮਦਦ ਲੈਣਾ",
  "tailoring.situation.no-transport.label": "ਮੇਰੇ ਕੋਲ ਕਾਰ ਨਹੀਂ, ਅਤੇ ਆਉਣ-ਜਾਣ ਲਈ ਪੈਸੇ ਥੋੜ੍ਹੇ ਹਨ",
  "tailoring.situation.far-from-help.label": "ਮੇਰਾ ਘਰ ਹੋਰ ਲੋਕਾਂ ਤੋਂ ਜਾਂ ਮਦਦ ਤੋਂ ਦੂਰ ਹੈ",

  // Why a strategy is suggested: each completes "Suggested because…".
  "tailoring.reason.situation.abuser-partner": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਪਾਰਟਨਰ ਤੋਂ ਦੁੱਖ ਮਿਲ ਰਿਹਾ ਹੈ",
  "tailoring.reason.situation.abuser-ex": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਪੁਰਾਣੇ ਪਾਰਟਨਰ ਤੋਂ ਦੁੱਖ ਮਿਲ ਰਿਹਾ ਹੈ",
  "tailoring.reason.situation.abuser-family": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਤੋਂ ਦੁੱਖ ਮਿਲ ਰਿਹਾ ਹੈ",
  "tailoring.reason.situation.staying": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਸੀਂ ਇਕੱਠੇ ਰਹਿੰਦੇ ਹੋ ਜਾਂ ਉਹ ਤੁਹਾਨੂੰ ਅਕਸਰ ਮਿਲਦੇ ਹਨ",
  "tailoring.reason.situation.thinking-leaving": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੇ ਮਨ ਵਿੱਚ ਛੱਡ ਕੇ ਜਾਣ ਦਾ ਖ਼ਿਆਲ ਹੈ",
  "tailoring.reason.situation.left": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਛੱਡ ਦਿੱਤਾ ਹੈ",
  "tailoring.reason.situation.child-under-5": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡਾ 5 ਸਾਲ ਤੋਂ ਛੋਟਾ ਬੱਚਾ ਹੈ",
  "tailoring.reason.situation.child-5-11": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡਾ 5 ਤੋਂ 11 ਸਾਲ ਦਾ ਬੱਚਾ ਹੈ",
  "tailoring.reason.situation.child-12-17": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡਾ 12 ਤੋਂ 17 ਸਾਲ ਦਾ ਬੱਚਾ ਹੈ",
  "tailoring.reason.situation.child-contact": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਬੱਚਿਆਂ ਦੇ ਦੂਜੇ ਮਾਂ ਜਾਂ ਪਿਓ ਉਨ੍ਹਾਂ ਨੂੰ ਮਿਲਦੇ ਹਨ, ਜਾਂ ਮਿਲਣਾ ਚਾਹੁੰਦੇ ਹਨ",
  "tailoring.reason.situation.pregnant": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਸੀਂ ਗਰਭਵਤੀ ਹੋ",
  "tailoring.reason.situation.baby-under-one": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡਾ ਛੋਟਾ ਬੱਚਾ ਹੈ",
  "tailoring.reason.situation.pets": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਪਾਲਤੂ ਜਾਨਵਰ ਹੈ",
  "tailoring.reason.situation.money-controlled": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਪੈਸਾ ਉਨ੍ਹਾਂ ਦੇ ਕੰਟਰੋਲ ਵਿੱਚ ਹੈ",
  "tailoring.reason.situation.joint-money": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੇ ਸਾਂਝੇ ਖਾਤੇ ਜਾਂ ਕਰਜ਼ੇ ਹਨ",
  "tailoring.reason.situation.no-own-money": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੇ ਕੋਲ ਆਪਣਾ ਕੋਈ ਪੈਸਾ ਨਹੀਂ",
  "tailoring.reason.situation.home-joint": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਘਰ ਤੁਸੀਂ ਇਕੱਠੇ ਕਿਰਾਏ ਉੱਤੇ ਲਿਆ ਹੈ ਜਾਂ ਦੋਵਾਂ ਦਾ ਹੈ",
  "tailoring.reason.situation.home-theirs": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਘਰ ਉਨ੍ਹਾਂ ਦੇ ਨਾਂ ਉੱਤੇ ਹੈ",
  "tailoring.reason.situation.home-mine": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਘਰ ਤੁਹਾਡੇ ਨਾਂ ਉੱਤੇ ਹੈ",
  "tailoring.reason.situation.partner-visa": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡਾ ਵੀਜ਼ਾ ਤੁਹਾਡੇ ਪਾਰਟਨਰ ਉੱਤੇ ਨਿਰਭਰ ਹੈ",
  "tailoring.reason.situation.nrpf": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੇ ਵੀਜ਼ੇ ਉੱਤੇ no recourse to public funds ਲਿਖਿਆ ਹੈ",
  "tailoring.reason.situation.status-unsure": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਆਪਣੇ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਬਾਰੇ ਪੱਕਾ ਪਤਾ ਨਹੀਂ",
  "tailoring.reason.situation.need-interpreter": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ",
  "tailoring.reason.situation.disability": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਕੋਈ ਅਪਾਹਜਤਾ ਹੈ",
  "tailoring.reason.situation.health-medicines": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਨੂੰ ਕੋਈ ਬਿਮਾਰੀ ਹੈ ਜਾਂ ਤੁਸੀਂ ਦਵਾਈ ਲੈਂਦੇ ਹੋ",
  "tailoring.reason.situation.abuser-carer": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਜੋ ਤੁਹਾਨੂੰ ਦੁੱਖ ਦਿੰਦਾ ਹੈ, ਉਹੀ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਵੀ ਕਰਦਾ ਹੈ",
  "tailoring.reason.situation.i-care-for": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਕਿਸੇ ਹੋਰ ਦੀ ਦੇਖਭਾਲ ਤੁਹਾਡੇ ਜ਼ਿੰਮੇ ਹੈ",
  "tailoring.reason.situation.tech-monitoring": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਉਹ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਦੇਖਦੇ ਹਨ",
  "tailoring.reason.situation.stalking": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਉਹ ਤੁਹਾਡਾ ਪਿੱਛਾ ਕਰਦੇ ਹਨ ਜਾਂ ਵਾਰ-ਵਾਰ ਸੰਪਰਕ ਕਰਦੇ ਹਨ",
  "tailoring.reason.situation.honour": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਜਾਂ ਭਾਈਚਾਰਾ ਤੁਹਾਡੇ ਉੱਤੇ ਦਬਾਅ ਪਾਉਂਦਾ ਹੈ",
  "tailoring.reason.situation.forced-marriage": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਕੋਈ ਤੁਹਾਡਾ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਕਰਵਾ ਰਿਹਾ ਹੈ",
  "tailoring.reason.situation.lgbt": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਸੀਂ LGBT+ ਹੋ",
  "tailoring.reason.situation.man": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਸੀਂ ਆਦਮੀ ਹੋ",
  "tailoring.reason.situation.older": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੀ ਉਮਰ 60 ਜਾਂ ਵੱਧ ਹੈ",
  "tailoring.reason.situation.no-transport": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਤੁਹਾਡੇ ਲਈ ਆਉਣਾ-ਜਾਣਾ ਔਖਾ ਹੈ",
  "tailoring.reason.situation.far-from-help": "ਤੁਸੀਂ ਦੱਸਿਆ ਕਿ ਮਦਦ ਤੁਹਾਡੇ ਤੋਂ ਦੂਰ ਹੈ",
  "tailoring.reason.priority.own-safety": "ਤੁਹਾਡੇ ਲਈ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਗੱਲਾਂ ਵਿੱਚੋਂ ਇੱਕ ਤੁਹਾਡੀ ਆਪਣੀ ਸੁਰੱਖਿਆ ਹੈ",
  "tailoring.reason.priority.children": "ਤੁਹਾਡੇ ਲਈ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਗੱਲਾਂ ਵਿੱਚੋਂ ਇੱਕ ਤੁਹਾਡੇ ਬੱਚੇ ਹਨ",
  "tailoring.reason.priority.money-home": "ਤੁਹਾਡੇ ਲਈ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਗੱਲਾਂ ਵਿੱਚ ਪੈਸਾ ਅਤੇ ਘਰ ਹਨ",
  "tailoring.reason.priority.privacy": "ਤੁਹਾਡੇ ਲਈ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਗੱਲਾਂ ਵਿੱਚੋਂ ਇੱਕ ਤੁਹਾਡੀ ਨਿੱਜਤਾ ਹੈ",
  "tailoring.reason.priority.partner-feelings": "ਉਸ ਵਿਅਕਤੀ ਲਈ ਤੁਹਾਡੀਆਂ ਭਾਵਨਾਵਾਂ ਤੁਹਾਡੇ ਲਈ ਮਾਇਨੇ ਰੱਖਦੀਆਂ ਹਨ",
  "tailoring.reason.priority.own-words": "ਤੁਸੀਂ ਆਪਣੇ ਵੱਲੋਂ ਕੋਈ ਜ਼ਰੂਰੀ ਗੱਲ ਜੋੜੀ",

  // My priorities.
  "tailoring.priority.own-safety.label": "ਮੇਰੀ ਆਪਣੀ ਸੁਰੱਖਿਆ",
  "tailoring.priority.own-safety.hint": "ਦੁੱਖ ਨਾ ਮਿਲਣਾ, ਅਤੇ ਹਰ ਰੋਜ਼ ਵੱਧ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕਰਨਾ।",
  "tailoring.priority.children.label": "ਮੇਰੇ ਬੱਚੇ",
  "tailoring.priority.children.hint": "ਉਨ੍ਹਾਂ ਦੀ ਸੁਰੱਖਿਆ, ਉਨ੍ਹਾਂ ਦੀ ਖ਼ੁਸ਼ੀ, ਅਤੇ ਉਨ੍ਹਾਂ ਦੇ ਨਾਲ ਰਹਿਣਾ।",
  "tailoring.priority.money-home.label": "ਪੈਸਾ ਅਤੇ ਘਰ",
  "tailoring.priority.money-home.hint": "ਗੁਜ਼ਾਰੇ ਲਈ ਕਾਫ਼ੀ ਪੈਸਾ, ਅਤੇ ਰਹਿਣ ਲਈ ਕੋਈ ਥਾਂ।",
  "tailoring.priority.privacy.label": "ਨਿੱਜਤਾ",
  "tailoring.priority.privacy.hint": "ਜੋ ਹੋ ਰਿਹਾ ਹੈ ਉਹ ਆਪਣੇ ਤੱਕ ਰੱਖਣਾ, ਅਤੇ ਆਪ ਚੁਣਨਾ ਕਿ ਕਿਸ ਨੂੰ ਪਤਾ ਹੋਵੇ।",
  "tailoring.priority.partner-feelings.label": "ਉਸ ਵਿਅਕਤੀ ਲਈ ਮੇਰੀਆਂ ਭਾਵਨਾਵਾਂ",
  "tailoring.priority.partner-feelings.hint": "ਬਹੁਤ ਲੋਕ ਦੁੱਖ ਦੇਣ ਵਾਲੇ ਵਿਅਕਤੀ ਦੀ ਅਜੇ ਵੀ ਪਰਵਾਹ ਕਰਦੇ ਹਨ। ਇਹ ਆਮ ਗੱਲ ਹੈ।",
  "tailoring.priority.own-words.label": "ਕੁਝ ਹੋਰ",
  "tailoring.priority.own-words.hint": "ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "ਜੇ ਕੁਝ ਹੋ ਜਾਵੇ",
  "tailoring.category.home.title": "ਘਰ ਵਿੱਚ ਵੱਧ ਸੁਰੱਖਿਅਤ",
  "tailoring.category.leaving.title": "ਜੇ ਤੁਸੀਂ ਘਰ ਛੱਡਣ ਦਾ ਫ਼ੈਸਲਾ ਕਰੋ",
  "tailoring.category.after-leaving.title": "ਘਰ ਛੱਡਣ ਤੋਂ ਬਾਅਦ",
  "tailoring.category.money.title": "ਪੈਸਾ",
  "tailoring.category.children.title": "ਬੱਚੇ",
  "tailoring.category.pets.title": "ਪਾਲਤੂ ਜਾਨਵਰ",
  "tailoring.category.immigration.title": "ਵੀਜ਼ਾ ਅਤੇ ਇਮੀਗ੍ਰੇਸ਼ਨ",
  "tailoring.category.health-care.title": "ਸਿਹਤ, ਅਪਾਹਜਤਾ ਅਤੇ ਦੇਖਭਾਲ",
  "tailoring.category.technology.title": "ਫ਼ੋਨ, ਕੰਪਿਊਟਰ ਅਤੇ ਪਿੱਛਾ ਕਰਨਾ",
  "tailoring.category.honour.title": "ਪਰਿਵਾਰ, ਇੱਜ਼ਤ ਅਤੇ ਵਿਆਹ",
  "tailoring.category.support.title": "ਤੁਹਾਡਾ ਸਾਥ ਦੇਣ ਵਾਲੇ ਲੋਕ ਅਤੇ ਸੇਵਾਵਾਂ",
  "tailoring.category.legal.title": "ਕਾਨੂੰਨ",
  "tailoring.category.wellbeing.title": "ਆਪਣਾ ਖ਼ਿਆਲ ਰੱਖਣਾ",
  "tailoring.category.getting-help.title": "ਜਦੋਂ ਮਦਦ ਦੂਰ ਹੋਵੇ",

  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "ਖ਼ਤਰਾ ਹੋਵੇ ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ",
  "tailoring.strategy.phone-999.what": "ਜੇ ਤੁਹਾਨੂੰ ਜਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਇਸ ਵੇਲੇ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਪੁਲਿਸ ਮੰਗੋ।",
  "tailoring.strategy.phone-999.why": "ਪੁਲਿਸ ਜਲਦੀ ਆ ਸਕਦੀ ਹੈ। ਇਹ ਪੱਕਾ ਹੋਣ ਦੀ ਲੋੜ ਨਹੀਂ ਕਿ ਗੱਲ ਕਾਫ਼ੀ ਗੰਭੀਰ ਹੈ।",
  "tailoring.strategy.phone-999.how": ["ਪਹਿਲਾਂ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਫਿਰ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।", "ਜੇ ਹੋ ਸਕੇ, ਤਾਂ ਮਦਦ ਆਉਣ ਤੱਕ ਫ਼ੋਨ ਉੱਤੇ ਰਹੋ।"],
  "tailoring.strategy.phone-999.printLabel": "ਜ਼ਰੂਰੀ ਨੰਬਰ",
  "tailoring.strategy.silent-call.title": "ਜੇ ਤੁਸੀਂ ਫ਼ੋਨ ਉੱਤੇ ਬੋਲ ਨਾ ਸਕੋ",
  "tailoring.strategy.silent-call.what": "ਮੋਬਾਈਲ ਤੋਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਾ ਸਕੋ, ਤਾਂ ਜਦੋਂ ਓਪਰੇਟਰ ਪੁੱਛੇ, 55 ਦਬਾਓ।",
  "tailoring.strategy.silent-call.why":
    "55 ਦਬਾਉਣ ਨਾਲ ਓਪਰੇਟਰ ਨੂੰ ਪਤਾ ਲੱਗਦਾ ਹੈ ਕਿ ਇਹ ਸੱਚੀ ਐਮਰਜੈਂਸੀ ਹੈ, ਅਤੇ ਉਹ ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਨਾਲ ਜੋੜ ਦਿੰਦੇ ਹਨ।",
  "tailoring.strategy.silent-call.how": [
    "999 ਮਿਲਾਓ ਅਤੇ ਸੁਣੋ।",
    "ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਾ ਸਕੋ, ਤਾਂ ਹੋ ਸਕੇ ਤਾਂ ਖੰਘੋ ਜਾਂ ਫ਼ੋਨ ਉੱਤੇ ਠੱਕ-ਠੱਕ ਕਰੋ, ਫਿਰ ਪੁੱਛੇ ਜਾਣ ਉੱਤੇ 55 ਦਬਾਓ।",
    "ਘਰ ਦੇ ਫ਼ੋਨ (landline) ਤੋਂ, ਬੋਲ ਨਾ ਸਕੋ ਤਾਂ ਵੀ ਫ਼ੋਨ ਉੱਤੇ ਰਹੋ।",
  ],
  "tailoring.strategy.silent-call.printLabel": "ਫ਼ੋਨ ਬਾਰੇ ਨੁਕਤਾ",
  "tailoring.strategy.code-word.title": "ਇੱਕ ਕੋਡ ਸ਼ਬਦ ਤੈਅ ਕਰੋ",
  "tailoring.strategy.code-word.what":
    "ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਨਾਲ ਇੱਕ ਸ਼ਬਦ ਜਾਂ ਛੋਟਾ ਸੁਨੇਹਾ ਤੈਅ ਕਰੋ। ਜਦੋਂ ਉਨ੍ਹਾਂ ਨੂੰ ਇਹ ਮਿਲੇ, ਉਹ ਤੁਹਾਡੇ ਲਈ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰਨ।",
  "tailoring.strategy.code-word.why": "ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਆਪ ਫ਼ੋਨ ਨਾ ਕਰ ਸਕੋ, ਪਰ ਇੱਕ ਆਮ ਜਿਹਾ ਦਿਸਦਾ ਮੈਸੇਜ ਮਦਦ ਲਿਆ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.code-word.how": [
    "ਅਜਿਹਾ ਸ਼ਬਦ ਚੁਣੋ ਜੋ ਸੁਨੇਹੇ ਵਿੱਚ ਅਜੀਬ ਨਾ ਲੱਗੇ।",
    "ਪੱਕਾ ਤੈਅ ਕਰੋ ਕਿ ਸ਼ਬਦ ਮਿਲਣ ਉੱਤੇ ਉਹ ਵਿਅਕਤੀ ਕੀ ਕਰੇਗਾ।",
    'ਇਸ ਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਦੇ "ਕੋਡ ਸ਼ਬਦ" ਵਾਲੇ ਹਿੱਸੇ ਵਿੱਚ ਲਿਖੋ।',
  ],
  "tailoring.strategy.code-word.printLabel": "ਦੋਸਤ ਨਾਲ ਤੈਅ ਸ਼ਬਦ",
  "tailoring.strategy.ready-bag.title": "ਇੱਕ ਛੋਟਾ ਬੈਗ ਤਿਆਰ ਰੱਖੋ",
  "tailoring.strategy.ready-bag.what":
    "ਜਲਦੀ ਵਿੱਚ ਲੋੜ ਪੈਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਇੱਕ ਬੈਗ ਵਿੱਚ ਪਾਓ। ਇਸ ਨੂੰ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਉਹ ਵਿਅਕਤੀ ਨਾ ਲੱਭੇ, ਜਾਂ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਕੋਲ ਰੱਖੋ।",
  "tailoring.strategy.ready-bag.why": "ਜੇ ਜਲਦੀ ਜਾਣਾ ਪਵੇ, ਤਾਂ ਚੀਜ਼ਾਂ ਲੱਭਣ ਦਾ ਸਮਾਂ ਨਹੀਂ ਹੋਵੇਗਾ।",
  "tailoring.strategy.ready-bag.how": [
    "ਚਾਬੀਆਂ, ਪੈਸੇ, ਬੈਂਕ ਕਾਰਡ, ਦਵਾਈਆਂ ਅਤੇ ਫ਼ੋਨ ਚਾਰਜਰ ਤੋਂ ਸ਼ੁਰੂ ਕਰੋ।",
    "ਜਦੋਂ ਹੋ ਸਕੇ, ਆਪਣੇ ਕਾਗ਼ਜ਼ਾਂ ਦੀਆਂ ਕਾਪੀਆਂ ਜੋੜੋ।",
    "ਹਿਸਾਬ ਰੱਖਣ ਲਈ ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਵਰਤੋ।",
  ],
  "tailoring.strategy.ready-bag.printLabel": "ਵਾਧੂ ਬੈਗ",
  "tailoring.strategy.after-an-attack.title": "ਜੇ ਤੁਹਾਨੂੰ ਸੱਟ ਲੱਗੀ ਹੈ",
  "tailoring.strategy.after-an-attack.what": "ਡਾਕਟਰੀ ਮਦਦ ਲਓ, ਭਾਵੇਂ ਸੱਟ ਛੋਟੀ ਲੱਗੇ, ਅਤੇ ਜੋ ਹੋਇਆ ਉਸ ਦਾ ਰਿਕਾਰਡ ਰੱਖੋ।",
  "tailoring.strategy.after-an-attack.why":
    "ਕੁਝ ਸੱਟਾਂ ਦਿਸਣ ਨਾਲੋਂ ਜ਼ਿਆਦਾ ਗੰਭੀਰ ਹੁੰਦੀਆਂ ਹਨ। ਉਸੇ ਵੇਲੇ ਬਣਾਇਆ ਰਿਕਾਰਡ ਬਾਅਦ ਵਿੱਚ ਕੰਮ ਆ ਸਕਦਾ ਹੈ, ਤੁਹਾਡਾ ਫ਼ੈਸਲਾ ਜੋ ਵੀ ਹੋਵੇ।",
  "tailoring.strategy.after-an-attack.how": [
    "ਆਪਣੇ GP, walk-in centre ਜਾਂ A&E ਜਾਓ, ਜਾਂ ਗੱਲ ਗੰਭੀਰ ਹੋਵੇ ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।",
    "ਡਾਕਟਰ ਜਾਂ ਨਰਸ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ। ਉਹ ਇਸ ਨੂੰ ਲਿਖ ਸਕਦੇ ਹਨ।",
    "ਜੇ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਤਾਂ ਸੱਟਾਂ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਲਓ ਅਤੇ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਉਹ ਵਿਅਕਤੀ ਨਾ ਦੇਖ ਸਕੇ।",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "ਡਾਕਟਰ ਕੋਲ ਜਾਣਾ",
  "tailoring.strategy.talk-to-helpline.title": "ਹੈਲਪਲਾਈਨ ਨਾਲ ਗੱਲ ਕਰੋ",
  "tailoring.strategy.talk-to-helpline.what": "ਆਪਣੀ ਨੈਸ਼ਨਲ ਹੈਲਪਲਾਈਨ ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਮੁਫ਼ਤ ਹੈ, ਅਤੇ ਆਪਣਾ ਨਾਂ ਦੱਸਣਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।",
  "tailoring.strategy.talk-to-helpline.why":
    "ਉਹ ਹਰ ਰੋਜ਼ ਤੁਹਾਡੇ ਵਰਗੇ ਹਾਲਾਤ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਗੱਲ ਕਰਦੇ ਹਨ। ਉਹ ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਬਾਰੇ ਸੋਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ, ਅਤੇ ਰਿਫ਼ਿਊਜ (ਸਟਾਫ਼ ਵਾਲਾ ਸੁਰੱਖਿਅਤ ਘਰ) ਜਾਂ ਨੇੜੇ ਦੀ ਮਦਦ ਲੱਭ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.talk-to-helpline.how": [
    "ਉਦੋਂ ਫ਼ੋਨ ਕਰੋ ਜਦੋਂ ਉਹ ਵਿਅਕਤੀ ਆਸ-ਪਾਸ ਨਾ ਹੋਵੇ, ਅਜਿਹੇ ਫ਼ੋਨ ਤੋਂ ਜੋ ਉਹ ਨਹੀਂ ਦੇਖਦੇ।",
    "ਤੁਸੀਂ ਸਿਰਫ਼ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ। ਕੋਈ ਫ਼ੈਸਲਾ ਕਰਨਾ ਜ਼ਰੂਰੀ ਨਹੀਂ।",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "ਫ਼ੋਨ ਕਾਲ",

  "tailoring.strategy.warning-signs.title": "ਚੇਤਾਵਨੀ ਦੇ ਸੰਕੇਤਾਂ ਉੱਤੇ ਧਿਆਨ ਦਿਓ",
  "tailoring.strategy.warning-signs.what":
    "ਸੋਚੋ ਕਿ ਹਾਲਾਤ ਵਿਗੜਨ ਤੋਂ ਪਹਿਲਾਂ ਆਮ ਤੌਰ ਉੱਤੇ ਕੀ ਹੁੰਦਾ ਹੈ। ਜਿਵੇਂ ਸ਼ਰਾਬ ਪੀਣਾ, ਪੈਸੇ ਦੀ ਚਿੰਤਾ ਜਾਂ ਰਿਸ਼ਤੇਦਾਰਾਂ ਦਾ ਆਉਣਾ।",
  "tailoring.strategy.warning-signs.why":
    "ਸੰਕੇਤ ਜਲਦੀ ਪਛਾਣਨ ਨਾਲ ਤੁਹਾਨੂੰ ਕੁਝ ਸਮੇਂ ਲਈ ਕਿਤੇ ਹੋਰ ਜਾਣ ਦਾ, ਜਾਂ ਬੱਚਿਆਂ ਨੂੰ ਪਾਸੇ ਕਰਨ ਦਾ ਸਮਾਂ ਮਿਲ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.warning-signs.how": [
    "ਜੋ ਸੰਕੇਤ ਤੁਸੀਂ ਦੇਖਦੇ ਹੋ, ਉਹ ਆਪਣੀ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੋ।",
    "ਤੈਅ ਕਰੋ ਕਿ ਸੰਕੇਤ ਦਿਸਣ ਉੱਤੇ ਤੁਸੀਂ ਕਿੱਥੇ ਜਾ ਸਕਦੇ ਹੋ।",
  ],
  "tailoring.strategy.warning-signs.printLabel": "ਧਿਆਨ ਦੇਣ ਵਾਲੀਆਂ ਗੱਲਾਂ",
  "tailoring.strategy.safer-rooms.title": "ਘਰ ਦੀਆਂ ਵੱਧ ਸੁਰੱਖਿਅਤ ਥਾਂਵਾਂ ਜਾਣੋ",
  "tailoring.strategy.safer-rooms.what":
    "ਜੇ ਝਗੜਾ ਸ਼ੁਰੂ ਹੋਵੇ, ਤਾਂ ਅਜਿਹੇ ਕਮਰੇ ਵਿੱਚ ਜਾਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੋ ਜਿੱਥੋਂ ਬਾਹਰ ਨਿਕਲਣ ਦਾ ਰਾਹ ਹੋਵੇ ਅਤੇ ਫ਼ੋਨ ਹੋਵੇ।",
  "tailoring.strategy.safer-rooms.why":
    "ਰਸੋਈ, ਬਾਥਰੂਮ ਅਤੇ ਗੈਰਾਜ ਵਿੱਚ ਸਖ਼ਤ ਸਤਹਾਂ ਅਤੇ ਸੱਟ ਮਾਰਨ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਹੁੰਦੀਆਂ ਹਨ, ਅਤੇ ਛੋਟੇ ਕਮਰਿਆਂ ਵਿੱਚ ਤੁਸੀਂ ਫਸ ਸਕਦੇ ਹੋ।",
  "tailoring.strategy.safer-rooms.how": [
    "ਅਜਿਹਾ ਕਮਰਾ ਚੁਣੋ ਜਿਸ ਦੇ ਦਰਵਾਜ਼ੇ ਜਾਂ ਖਿੜਕੀ ਤੋਂ ਤੁਸੀਂ ਬਾਹਰ ਜਾ ਸਕੋ।",
    "ਰਸੋਈ ਅਤੇ ਪੌੜੀਆਂ ਦੇ ਸਿਖਰ ਤੋਂ ਦੂਰ ਰਹੋ।",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "ਕਮਰੇ",
  "tailoring.strategy.neighbour-signal.title": "ਗੁਆਂਢੀ ਨੂੰ ਮਦਦ ਬੁਲਾਉਣ ਲਈ ਕਹੋ",
  "tailoring.strategy.neighbour-signal.what":
    "ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਗੁਆਂਢੀ ਉੱਤੇ ਭਰੋਸਾ ਹੈ, ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਕਹੋ ਕਿ ਚੀਕਾਂ ਜਾਂ ਲੜਾਈ ਸੁਣਨ ਉੱਤੇ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰਨ।",
  "tailoring.strategy.neighbour-signal.why": "ਜਦੋਂ ਤੁਸੀਂ ਫ਼ੋਨ ਤੱਕ ਨਾ ਪਹੁੰਚ ਸਕੋ, ਤਦ ਵੀ ਮਦਦ ਆ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.neighbour-signal.how": [
    "ਕੋਈ ਇਸ਼ਾਰਾ ਤੈਅ ਕਰੋ, ਜਿਵੇਂ ਜਗਦੀ ਬੱਤੀ ਜਾਂ ਬੰਦ ਪਰਦਾ।",
    "ਉਨ੍ਹਾਂ ਨੂੰ ਕਹੋ ਕਿ ਆਪ ਕਦੇ ਅੰਦਰ ਨਾ ਆਉਣ, ਸਿਰਫ਼ ਫ਼ੋਨ ਕਰਨ।",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "ਗੁਆਂਢੀ",
  "tailoring.strategy.phone-charged.title": "ਫ਼ੋਨ ਚਾਰਜ ਕਰਕੇ ਨੇੜੇ ਰੱਖੋ",
  "tailoring.strategy.phone-charged.what":
    "ਆਪਣਾ ਫ਼ੋਨ ਚਾਰਜ ਰੱਖੋ ਅਤੇ ਆਪਣੇ ਕੋਲ ਰੱਖੋ। ਬਿਨਾਂ ਕੰਟਰੈਕਟ ਵਾਲੇ ਪੁਰਾਣੇ ਮੋਬਾਈਲ ਤੋਂ ਵੀ 999 ਉੱਤੇ ਫ਼ੋਨ ਹੋ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.phone-charged.why": "ਜੋ ਫ਼ੋਨ ਉਹ ਵਿਅਕਤੀ ਖੋਹ ਲਵੇ ਜਾਂ ਤੋੜ ਦੇਵੇ, ਉਹ ਕੰਮ ਨਹੀਂ ਆਉਂਦਾ। ਵਾਧੂ ਫ਼ੋਨ ਕੰਮ ਆ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.phone-charged.how": [
    "ਜਦੋਂ ਵੀ ਹੋ ਸਕੇ, ਫ਼ੋਨ ਚਾਰਜ ਕਰੋ।",
    "ਇੱਕ ਵਾਧੂ ਫ਼ੋਨ, ਬੰਦ ਅਤੇ ਚਾਰਜ ਕੀਤਾ ਹੋਇਆ, ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਰੱਖੋ।",
  ],
  "tailoring.strategy.phone-charged.printLabel": "ਚਾਰਜਰ",
  "tailoring.strategy.ways-out.title": "ਬਾਹਰ ਜਾਣ ਦੇ ਰਾਹ ਜਾਣੋ",
  "tailoring.strategy.ways-out.what": "ਹਰ ਦਰਵਾਜ਼ੇ, ਖਿੜਕੀ ਅਤੇ ਪੌੜੀ ਬਾਰੇ ਸੋਚੋ ਜਿਸ ਰਾਹੀਂ ਤੁਸੀਂ ਜਲਦੀ ਬਾਹਰ ਜਾ ਸਕਦੇ ਹੋ।",
  "tailoring.strategy.ways-out.why": "ਡਰ ਵਾਲੇ ਪਲ ਵਿੱਚ, ਪਹਿਲਾਂ ਤੋਂ ਜਾਣੀ ਯੋਜਨਾ ਉੱਤੇ ਚੱਲਣਾ ਸੌਖਾ ਹੁੰਦਾ ਹੈ।",
  "tailoring.strategy.ways-out.how": [
    "ਬਾਹਰ ਜਾਣ ਦੇ ਰਾਹ ਮਨ ਵਿੱਚ ਦੁਹਰਾਓ, ਜਾਂ ਇਕੱਲੇ ਹੋਣ ਵੇਲੇ ਸੱਚਮੁੱਚ ਤੁਰ ਕੇ ਦੇਖੋ।",
    "ਚਾਬੀਆਂ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੋਂ ਜਲਦੀ ਚੁੱਕ ਸਕੋ।",
  ],
  "tailoring.strategy.ways-out.printLabel": "ਦਰਵਾਜ਼ੇ ਅਤੇ ਚਾਬੀਆਂ",
  "tailoring.strategy.home-security.title": "ਆਪਣੇ ਘਰ ਨੂੰ ਵੱਧ ਸੁਰੱਖਿਅਤ ਬਣਾਓ",
  "tailoring.strategy.home-security.what":
    "ਘਰ ਨੂੰ ਵੱਧ ਸੁਰੱਖਿਅਤ ਬਣਾਉਣ ਦੀ ਮਦਦ ਬਾਰੇ ਆਪਣੀ ਕੌਂਸਲ ਜਾਂ ਕਿਸੇ ਸਹਾਇਤਾ ਸੇਵਾ ਨੂੰ ਪੁੱਛੋ, ਤਾਂ ਜੋ ਤੁਸੀਂ ਉੱਥੇ ਰਹਿ ਸਕੋ।",
  "tailoring.strategy.home-security.why":
    "ਕਈ ਇਲਾਕਿਆਂ ਵਿੱਚ ਅਜਿਹੀਆਂ ਸਕੀਮਾਂ ਹਨ ਜੋ ਤਾਲੇ ਬਦਲਦੀਆਂ ਹਨ ਅਤੇ ਅਲਾਰਮ ਜਾਂ ਮਜ਼ਬੂਤ ਦਰਵਾਜ਼ੇ ਲਾਉਂਦੀਆਂ ਹਨ, ਅਕਸਰ ਮੁਫ਼ਤ।",
  "tailoring.strategy.home-security.how": [
    "ਕੌਂਸਲ ਦੀ ਹਾਊਸਿੰਗ ਟੀਮ, ਜਾਂ ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ sanctuary scheme ਬਾਰੇ ਪੁੱਛੋ।",
    "ਜੇ ਉਸ ਵਿਅਕਤੀ ਕੋਲ ਚਾਬੀ ਹੈ ਤਾਂ ਤਾਲੇ ਬਦਲੋ, ਅਤੇ ਖਿੜਕੀਆਂ ਅਤੇ ਪਿਛਲੇ ਦਰਵਾਜ਼ੇ ਦੇਖੋ।",
  ],
  "tailoring.strategy.home-security.printLabel": "ਤਾਲੇ",

  "tailoring.strategy.leave-at-safer-time.title": "ਜਾਣ ਲਈ ਵੱਧ ਸੁਰੱਖਿਅਤ ਸਮਾਂ ਚੁਣੋ",
  "tailoring.strategy.leave-at-safer-time.what":
    "ਜੇ ਤੁਸੀਂ ਛੱਡਣ ਦਾ ਫ਼ੈਸਲਾ ਕਰੋ, ਤਾਂ ਉਦੋਂ ਜਾਣ ਦੀ ਯੋਜਨਾ ਬਣਾਓ ਜਦੋਂ ਉਹ ਵਿਅਕਤੀ ਬਾਹਰ ਹੋਵੇ, ਅਤੇ ਹੋ ਸਕੇ ਤਾਂ ਪਹਿਲਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਦੱਸੋ।",
  "tailoring.strategy.leave-at-safer-time.why":
    "ਜਦੋਂ ਕੋਈ ਛੱਡ ਕੇ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ, ਖ਼ਤਰਾ ਅਕਸਰ ਵਧ ਜਾਂਦਾ ਹੈ। ਪਹਿਲਾਂ ਤੋਂ ਯੋਜਨਾ ਬਣਾਉਣ ਨਾਲ ਇਹ ਘਟਦਾ ਹੈ।",
  "tailoring.strategy.leave-at-safer-time.how": [
    "ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਨਾ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਜਾ ਰਹੇ ਹੋ।",
    "ਪਤਾ ਹੋਵੇ ਕਿ ਕਿੱਥੇ ਜਾਣਾ ਹੈ ਅਤੇ ਉੱਥੇ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ।",
    "ਹੋ ਸਕੇ ਤਾਂ ਬੱਚਿਆਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ।",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "ਸਮਾਂ",
  "tailoring.strategy.copy-documents.title": "ਆਪਣੇ ਜ਼ਰੂਰੀ ਕਾਗ਼ਜ਼ਾਂ ਦੀਆਂ ਕਾਪੀਆਂ ਬਣਾਓ",
  "tailoring.strategy.copy-documents.what":
    "ਪਾਸਪੋਰਟ, ਜਨਮ ਸਰਟੀਫ਼ਿਕੇਟ, ਵੀਜ਼ੇ, ਕਿਰਾਏਦਾਰੀ ਦੇ ਕਾਗ਼ਜ਼ ਅਤੇ ਬੈਂਕ ਦੇ ਵੇਰਵਿਆਂ ਦੀਆਂ ਕਾਪੀਆਂ ਜਾਂ ਫ਼ੋਟੋਆਂ ਬਣਾਓ। ਇਨ੍ਹਾਂ ਨੂੰ ਘਰ ਤੋਂ ਦੂਰ ਰੱਖੋ।",
  "tailoring.strategy.copy-documents.why":
    "ਜੇ ਅਸਲ ਕਾਗ਼ਜ਼ ਤੁਹਾਡੇ ਤੋਂ ਰੋਕ ਲਏ ਜਾਣ, ਤਾਂ ਕਾਪੀਆਂ ਨਾਲ ਤੁਸੀਂ ਫਿਰ ਵੀ ਆਪਣੀ ਪਛਾਣ ਸਾਬਤ ਕਰ ਸਕਦੇ ਹੋ, ਪੈਸੇ ਮੰਗ ਸਕਦੇ ਹੋ ਅਤੇ ਘਰ ਲਈ ਅਰਜ਼ੀ ਦੇ ਸਕਦੇ ਹੋ।",
  "tailoring.strategy.copy-documents.how": [
    "ਕਾਪੀਆਂ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਕੋਲ ਛੱਡੋ, ਜਾਂ ਅਜਿਹੇ ਈਮੇਲ ਅਕਾਊਂਟ ਵਿੱਚ ਰੱਖੋ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ ਖੋਲ੍ਹ ਸਕੋ।",
    "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਇਨ੍ਹਾਂ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਓ।",
  ],
  "tailoring.strategy.copy-documents.printLabel": "ਕਾਗ਼ਜ਼-ਪੱਤਰ",
  "tailoring.strategy.ask-about-refuge.title": "ਰਿਫ਼ਿਊਜ ਬਾਰੇ ਪੁੱਛੋ",
  "tailoring.strategy.ask-about-refuge.what":
    "ਰਿਫ਼ਿਊਜ ਇੱਕ ਸੁਰੱਖਿਅਤ ਘਰ ਹੈ ਜਿੱਥੇ ਮਦਦ ਕਰਨ ਵਾਲਾ ਸਟਾਫ਼ ਹੁੰਦਾ ਹੈ। ਇਸ ਦਾ ਪਤਾ ਗੁਪਤ ਰੱਖਿਆ ਜਾਂਦਾ ਹੈ। ਤੁਹਾਡੀ ਹੈਲਪਲਾਈਨ ਥਾਂ ਲੱਭ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.ask-about-refuge.why": "ਰਿਫ਼ਿਊਜ ਜਾਣ ਲਈ ਆਪਣੇ ਪੈਸੇ ਜਾਂ ਆਪਣੇ ਘਰ ਦੀ ਲੋੜ ਨਹੀਂ, ਅਤੇ ਬੱਚੇ ਨਾਲ ਲਿਆ ਸਕਦੇ ਹੋ।",
  "tailoring.strategy.ask-about-refuge.how": [
    "ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਰਿਫ਼ਿਊਜ ਵਿੱਚ ਖ਼ਾਲੀ ਥਾਂ ਬਾਰੇ ਪੁੱਛੋ।",
    "ਪੁੱਛੋ ਕਿ ਕੀ-ਕੀ ਨਾਲ ਲਿਆ ਸਕਦੇ ਹੋ, ਪਾਲਤੂ ਜਾਨਵਰ ਵੀ।",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "ਰਹਿਣ ਦੀ ਥਾਂ",
  "tailoring.strategy.take-children.title": "ਬੱਚਿਆਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ",
  "tailoring.strategy.take-children.what": "ਜੇ ਤੁਸੀਂ ਛੱਡ ਕੇ ਜਾਓ, ਤਾਂ ਜੇ ਕਿਸੇ ਵੀ ਤਰ੍ਹਾਂ ਹੋ ਸਕੇ, ਬੱਚਿਆਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ।",
  "tailoring.strategy.take-children.why":
    "ਬਾਅਦ ਵਿੱਚ ਉਨ੍ਹਾਂ ਲਈ ਵਾਪਸ ਜਾਣਾ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ ਸਕਦਾ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੇ ਕੋਲ ਰੱਖਣਾ ਔਖਾ ਹੋ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.take-children.how": [
    "ਉਸ ਸਮੇਂ ਜਾਣ ਦੀ ਯੋਜਨਾ ਬਣਾਓ ਜਦੋਂ ਬੱਚੇ ਤੁਹਾਡੇ ਨਾਲ ਹੋਣ, ਜਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਸਕੂਲ ਜਾਂ ਨਰਸਰੀ ਤੋਂ ਲੈ ਲਓ।",
    "ਉਨ੍ਹਾਂ ਦੀਆਂ ਕੁਝ ਮਨਪਸੰਦ ਚੀਜ਼ਾਂ ਅਤੇ ਦਵਾਈਆਂ ਪੈਕ ਕਰੋ।",
  ],
  "tailoring.strategy.take-children.printLabel": "ਬੱਚੇ",
  "tailoring.strategy.plan-the-journey.title": "ਸਫ਼ਰ ਦੀ ਯੋਜਨਾ ਬਣਾਓ",
  "tailoring.strategy.plan-the-journey.what":
    "ਪਤਾ ਹੋਵੇ ਕਿ ਤੁਸੀਂ ਕਿਵੇਂ ਜਾ ਸਕਦੇ ਹੋ: ਕਿਸੇ ਦੀ ਕਾਰ, ਟੈਕਸੀ, ਬੱਸ ਜਾਂ ਰੇਲ, ਅਤੇ ਕਿਰਾਇਆ ਕਿਵੇਂ ਦੇਣਾ ਹੈ।",
  "tailoring.strategy.plan-the-journey.why":
    "ਆਉਣ-ਜਾਣ ਦਾ ਸਾਧਨ ਨਾ ਹੋਣਾ ਉਨ੍ਹਾਂ ਗੱਲਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ ਜੋ ਲੋਕਾਂ ਨੂੰ ਵੱਧ ਸੁਰੱਖਿਅਤ ਥਾਂ ਪਹੁੰਚਣ ਤੋਂ ਰੋਕਦੀਆਂ ਹਨ।",
  "tailoring.strategy.plan-the-journey.how": [
    "ਟੈਕਸੀ ਦਾ ਨੰਬਰ ਅਤੇ ਕੁਝ ਨਕਦ ਪੈਸੇ ਤਿਆਰ ਰੱਖੋ।",
    "ਹੈਲਪਲਾਈਨ ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਪੁੱਛੋ: ਕੁਝ ਸਫ਼ਰ ਦੇ ਖ਼ਰਚੇ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "ਸਫ਼ਰ",
  "tailoring.strategy.collect-belongings.title": "ਆਪਣਾ ਸਮਾਨ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਲਿਆਓ",
  "tailoring.strategy.collect-belongings.what":
    "ਜੇ ਸਮਾਨ ਲਈ ਵਾਪਸ ਜਾਣਾ ਪਵੇ, ਤਾਂ ਇਕੱਲੇ ਨਾ ਜਾਓ। ਪੁਲਿਸ ਨੂੰ ਉੱਥੇ ਹੋਣ ਲਈ ਕਿਹਾ ਜਾ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.collect-belongings.why": "ਵਾਪਸ ਜਾਣ ਵੇਲੇ ਲੋਕਾਂ ਨੂੰ ਅਕਸਰ ਸੱਟ ਲੱਗਦੀ ਹੈ।",
  "tailoring.strategy.collect-belongings.how": [
    "ਪੁਲਿਸ ਜਾਂ ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਸਮਾਂ ਤੈਅ ਕਰਨ ਲਈ ਕਹੋ।",
    "ਪਹਿਲਾਂ ਸੂਚੀ ਬਣਾਓ, ਤਾਂ ਜੋ ਉੱਥੇ ਜ਼ਿਆਦਾ ਦੇਰ ਨਾ ਰੁਕਣਾ ਪਵੇ।",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "ਸਮਾਨ ਲਿਆਉਣਾ",
  "tailoring.strategy.housing-options.title": "ਘਰ ਬਾਰੇ ਆਪਣੇ ਵਿਕਲਪ ਜਾਣੋ",
  "tailoring.strategy.housing-options.what":
    "ਜੇ ਬਦਸਲੂਕੀ ਕਰਕੇ ਤੁਹਾਨੂੰ ਆਪਣਾ ਘਰ ਛੱਡਣਾ ਪਵੇ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਕੌਂਸਲ ਨੂੰ ਰਹਿਣ ਦੀ ਥਾਂ ਲੱਭਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨੀ ਪਵੇ।",
  "tailoring.strategy.housing-options.why": "ਆਪਣੇ ਵਿਕਲਪ ਜਾਣਨ ਨਾਲ ਘਰ ਬਾਰੇ ਫ਼ੈਸਲਾ ਘੱਟ ਡਰਾਉਣਾ ਲੱਗ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.housing-options.how": [
    "ਕੌਂਸਲ ਦੀ ਹਾਊਸਿੰਗ ਟੀਮ ਨਾਲ ਸੰਪਰਕ ਕਰੋ ਅਤੇ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਬਦਸਲੂਕੀ ਦਾ ਖ਼ਤਰਾ ਹੈ।",
    "ਕਿਰਾਏਦਾਰੀ ਛੱਡਣ ਤੋਂ ਪਹਿਲਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ Citizens Advice ਨੂੰ ਉਸ ਬਾਰੇ ਪੁੱਛੋ।",
  ],
  "tailoring.strategy.housing-options.printLabel": "ਮਕਾਨ",

  "tailoring.strategy.change-routines.title": "ਆਪਣੇ ਰੋਜ਼ ਦੇ ਢੰਗ ਬਦਲੋ",
  "tailoring.strategy.change-routines.what": "ਕੰਮ, ਬੱਚਿਆਂ ਨੂੰ ਸਕੂਲ ਛੱਡਣ ਅਤੇ ਖ਼ਰੀਦਦਾਰੀ ਲਈ ਆਪਣੇ ਸਮੇਂ ਅਤੇ ਰਸਤੇ ਬਦਲੋ।",
  "tailoring.strategy.change-routines.why": "ਜੋ ਵਿਅਕਤੀ ਤੁਹਾਨੂੰ ਲੱਭਣਾ ਚਾਹੁੰਦਾ ਹੈ, ਉਹ ਉੱਥੇ ਦੇਖੇਗਾ ਜਿੱਥੇ ਤੁਸੀਂ ਆਮ ਤੌਰ ਉੱਤੇ ਜਾਂਦੇ ਹੋ।",
  "tailoring.strategy.change-routines.how": ["ਵੱਖਰੀਆਂ ਦੁਕਾਨਾਂ ਵਰਤੋ, ਅਤੇ ਵੱਖਰੇ ਸਮੇਂ ਉੱਤੇ ਆਓ-ਜਾਓ।", "ਜਦੋਂ ਹੋ ਸਕੇ, ਉੱਥੇ ਰਹੋ ਜਿੱਥੇ ਹੋਰ ਲੋਕ ਹੋਣ।"],
  "tailoring.strategy.change-routines.printLabel": "ਰੋਜ਼ ਦੇ ਕੰਮ",
  "tailoring.strategy.tell-work-and-school.title": "ਆਪਣੇ ਕੰਮ ਉੱਤੇ ਅਤੇ ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ ਵਿੱਚ ਦੱਸੋ",
  "tailoring.strategy.tell-work-and-school.what":
    "ਕੰਮ ਉੱਤੇ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਨੂੰ, ਅਤੇ ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ ਜਾਂ ਨਰਸਰੀ ਨੂੰ ਦੱਸੋ ਕਿ ਬੱਚਿਆਂ ਨੂੰ ਕੌਣ ਲੈ ਜਾ ਸਕਦਾ ਹੈ ਅਤੇ ਕੌਣ ਨਹੀਂ।",
  "tailoring.strategy.tell-work-and-school.why":
    "ਉਹ ਫ਼ੋਨ ਕਾਲਾਂ ਦੀ ਛਾਂਟੀ ਕਰ ਸਕਦੇ ਹਨ, ਤੁਹਾਡੇ ਵੇਰਵੇ ਨਿੱਜੀ ਰੱਖ ਸਕਦੇ ਹਨ, ਅਤੇ ਜੇ ਉਹ ਵਿਅਕਤੀ ਆ ਜਾਵੇ ਤਾਂ ਕਾਰਵਾਈ ਕਰ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.tell-work-and-school.how": [
    "ਹੋ ਸਕੇ ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਉਸ ਵਿਅਕਤੀ ਦੀ ਫ਼ੋਟੋ ਦਿਓ।",
    "ਅਦਾਲਤ ਦੇ ਕਿਸੇ ਵੀ ਆਰਡਰ ਦੀਆਂ ਕਾਪੀਆਂ ਉਨ੍ਹਾਂ ਨੂੰ ਦਿਓ।",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "ਕੰਮ ਅਤੇ ਸਕੂਲ",
  "tailoring.strategy.keep-a-record.title": "ਜੋ ਹੁੰਦਾ ਹੈ ਉਸ ਦਾ ਰਿਕਾਰਡ ਰੱਖੋ",
  "tailoring.strategy.keep-a-record.what": "ਹਰ ਘਟਨਾ ਲਿਖੋ: ਤਾਰੀਖ਼, ਸਮਾਂ, ਕੀ ਕਿਹਾ ਜਾਂ ਕੀਤਾ ਗਿਆ, ਅਤੇ ਕਿਸ ਨੇ ਦੇਖਿਆ।",
  "tailoring.strategy.keep-a-record.why": "ਰਿਕਾਰਡ ਨਾਲ ਪੁਲਿਸ, ਅਦਾਲਤ ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਸਮਝ ਆਉਂਦੀ ਹੈ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।",
  "tailoring.strategy.keep-a-record.how": [
    "ਸੁਨੇਹਿਆਂ ਅਤੇ ਕਾਲਾਂ ਦੇ ਸਕਰੀਨਸ਼ਾਟ ਰੱਖੋ।",
    "ਰਿਕਾਰਡ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਉਹ ਵਿਅਕਤੀ ਨਾ ਦੇਖ ਸਕੇ, ਜਾਂ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਕੋਲ ਰੱਖੋ।",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "ਡਾਇਰੀ",
  "tailoring.strategy.keep-address-private.title": "ਆਪਣਾ ਨਵਾਂ ਪਤਾ ਨਿੱਜੀ ਰੱਖੋ",
  "tailoring.strategy.keep-address-private.what": "ਆਪਣੇ GP, ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ, ਆਪਣੇ ਬੈਂਕ ਅਤੇ ਹੋਰਾਂ ਨੂੰ ਤੁਹਾਡਾ ਪਤਾ ਨਿੱਜੀ ਰੱਖਣ ਲਈ ਕਹੋ।",
  "tailoring.strategy.keep-address-private.why": "ਪਤੇ ਅਕਸਰ ਚਿੱਠੀਆਂ, ਸਾਂਝੇ ਅਕਾਊਂਟਾਂ ਅਤੇ ਸਰਕਾਰੀ ਰਿਕਾਰਡਾਂ ਰਾਹੀਂ ਲੱਭ ਜਾਂਦੇ ਹਨ।",
  "tailoring.strategy.keep-address-private.how": [
    "ਕੌਂਸਲ ਨੂੰ ਪੁੱਛੋ ਕਿ ਪਤਾ ਦਿਖਾਏ ਬਿਨਾਂ ਵੋਟ ਲਈ ਨਾਂ ਕਿਵੇਂ ਦਰਜ ਕਰਵਾਉਣਾ ਹੈ।",
    "ਦੇਖੋ ਕਿ ਤੁਹਾਡਾ ਪਤਾ ਸਾਂਝੇ ਅਕਾਊਂਟਾਂ, ਡਿਲਿਵਰੀਆਂ ਜਾਂ ਸੋਸ਼ਲ ਮੀਡੀਆ ਉੱਤੇ ਨਾ ਹੋਵੇ।",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "ਪਤਾ",
  "tailoring.strategy.people-who-understand.title": "ਸਮਝਣ ਵਾਲੇ ਲੋਕ ਲੱਭੋ",
  "tailoring.strategy.people-who-understand.what":
    "ਨੇੜੇ ਦੀ ਕਿਸੇ ਸਹਾਇਤਾ ਸੇਵਾ ਤੋਂ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਦੇ ਗਰੁੱਪਾਂ ਅਤੇ ਕੋਰਸਾਂ ਬਾਰੇ ਪੁੱਛੋ ਜਿਨ੍ਹਾਂ ਨਾਲ ਇਹੀ ਕੁਝ ਬੀਤਿਆ ਹੈ।",
  "tailoring.strategy.people-who-understand.why":
    "ਸਮਝਣ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਗੱਲ ਕਰਨ ਨਾਲ ਉਨ੍ਹਾਂ ਭਾਵਨਾਵਾਂ ਵਿੱਚ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ ਜੋ ਅਕਸਰ ਛੱਡਣ ਤੋਂ ਬਾਅਦ ਆਉਂਦੀਆਂ ਹਨ।",
  "tailoring.strategy.people-who-understand.how": ["ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਹੈਲਪਲਾਈਨ ਨੂੰ ਪੁੱਛੋ ਕਿ ਤੁਹਾਡੇ ਨੇੜੇ ਕੀ ਹੈ।"],
  "tailoring.strategy.people-who-understand.printLabel": "ਗਰੁੱਪ",
  "tailoring.strategy.risk-after-leaving.title": "ਛੱਡਣ ਤੋਂ ਬਾਅਦ ਵੀ ਧਿਆਨ ਰੱਖੋ",
  "tailoring.strategy.risk-after-leaving.what":
    "ਜਦੋਂ ਕੋਈ ਛੱਡ ਕੇ ਜਾਂਦਾ ਹੈ, ਅਤੇ ਉਸ ਤੋਂ ਬਾਅਦ ਦੇ ਮਹੀਨਿਆਂ ਵਿੱਚ, ਖ਼ਤਰਾ ਵਧ ਸਕਦਾ ਹੈ। ਛੱਡਣ ਤੋਂ ਬਾਅਦ ਵੀ ਆਪਣੀ ਯੋਜਨਾ ਜਾਰੀ ਰੱਖੋ।",
  "tailoring.strategy.risk-after-leaving.why": "ਕੁਝ ਲੋਕ ਕੰਟਰੋਲ ਹੱਥੋਂ ਜਾਂਦਾ ਮਹਿਸੂਸ ਕਰਕੇ ਉਸ ਨੂੰ ਵਾਪਸ ਲੈਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਨ।",
  "tailoring.strategy.risk-after-leaving.how": [
    'ਆਪਣੀ ਯੋਜਨਾ ਦਾ "ਘਰ ਛੱਡਣ ਤੋਂ ਬਾਅਦ" ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਦੇਖੋ।',
    "ਜੇ ਹਾਲਾਤ ਵਿਗੜਨ, ਤਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਦੱਸੋ।",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "ਬਾਅਦ ਵਿੱਚ",

  "tailoring.strategy.own-account.title": "ਆਪਣਾ ਖਾਤਾ ਖੋਲ੍ਹੋ",
  "tailoring.strategy.own-account.what": "ਸਿਰਫ਼ ਆਪਣੇ ਨਾਂ ਉੱਤੇ ਬੈਂਕ ਖਾਤਾ ਖੋਲ੍ਹੋ, ਹੋ ਸਕੇ ਤਾਂ ਕਿਸੇ ਹੋਰ ਬੈਂਕ ਵਿੱਚ।",
  "tailoring.strategy.own-account.why": "ਆਪਣੇ ਪੈਸੇ ਨਾਲ ਤੁਹਾਡੇ ਕੋਲ ਵੱਧ ਚੋਣਾਂ ਹੁੰਦੀਆਂ ਹਨ।",
  "tailoring.strategy.own-account.how": [
    "ਬਿਨਾਂ ਕਾਗ਼ਜ਼ ਵਾਲੀਆਂ ਸਟੇਟਮੈਂਟਾਂ ਚੁਣੋ, ਅਜਿਹੀ ਈਮੇਲ ਉੱਤੇ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ ਖੋਲ੍ਹ ਸਕੋ।",
    "ਬੈਂਕ ਨੂੰ ਕਹੋ ਕਿ ਤੁਹਾਡੇ ਘਰ ਕੁਝ ਵੀ ਡਾਕ ਰਾਹੀਂ ਨਾ ਭੇਜੇ।",
  ],
  "tailoring.strategy.own-account.printLabel": "ਬੈਂਕ",
  "tailoring.strategy.put-money-aside.title": "ਥੋੜ੍ਹੇ ਪੈਸੇ ਪਾਸੇ ਰੱਖੋ",
  "tailoring.strategy.put-money-aside.what": "ਕਿਰਾਏ, ਫ਼ੋਨ, ਖਾਣੇ ਜਾਂ ਕਿਤੇ ਹੋਰ ਇੱਕ ਰਾਤ ਲਈ ਥੋੜ੍ਹੇ-ਥੋੜ੍ਹੇ ਨਕਦ ਪੈਸੇ ਜੋੜੋ।",
  "tailoring.strategy.put-money-aside.why": "ਜਦੋਂ ਜਲਦੀ ਜਾਣਾ ਪਵੇ, ਤਾਂ ਥੋੜ੍ਹੇ ਪੈਸੇ ਵੀ ਬਹੁਤ ਫ਼ਰਕ ਪਾ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.put-money-aside.how": ["ਇਨ੍ਹਾਂ ਨੂੰ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਕੋਲ, ਜਾਂ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਉਹ ਵਿਅਕਤੀ ਕਦੇ ਨਾ ਦੇਖੇ।"],
  "tailoring.strategy.put-money-aside.printLabel": "ਬੱਚਤ",
  "tailoring.strategy.joint-debts.title": "ਸਾਂਝੇ ਕਰਜ਼ਿਆਂ ਤੋਂ ਆਪਣਾ ਬਚਾਅ ਕਰੋ",
  "tailoring.strategy.joint-debts.what": "ਆਪਣੇ ਬੈਂਕ ਤੋਂ ਆਪਣੇ ਸਾਂਝੇ ਖਾਤਿਆਂ ਅਤੇ ਕਰਜ਼ਿਆਂ ਬਾਰੇ ਪੁੱਛੋ, ਅਤੇ ਆਪਣੀ ਕਰੈਡਿਟ ਰਿਪੋਰਟ ਦੇਖੋ।",
  "tailoring.strategy.joint-debts.why": "ਹੋ ਸਕਦਾ ਹੈ ਉਹ ਵਿਅਕਤੀ ਤੁਹਾਡੇ ਨਾਂ ਉੱਤੇ ਕਰਜ਼ਾ ਚੜ੍ਹਾ ਦੇਵੇ ਜਾਂ ਸਾਂਝਾ ਖਾਤਾ ਖ਼ਾਲੀ ਕਰ ਦੇਵੇ।",
  "tailoring.strategy.joint-debts.how": [
    "ਪੁੱਛੋ ਕਿ ਕੀ ਸਾਂਝੇ ਖਾਤੇ ਵਿੱਚੋਂ ਹਰ ਭੁਗਤਾਨ ਲਈ ਦੋਵਾਂ ਦੀ ਸਹਿਮਤੀ ਜ਼ਰੂਰੀ ਹੋ ਸਕਦੀ ਹੈ।",
    "ਆਪਣੀ ਕਰੈਡਿਟ ਰਿਪੋਰਟ ਵਿੱਚ ਅਜਿਹੇ ਕਰਜ਼ੇ ਦੇਖੋ ਜਿਨ੍ਹਾਂ ਦਾ ਤੁਹਾਨੂੰ ਪਤਾ ਨਹੀਂ ਸੀ।",
  ],
  "tailoring.strategy.joint-debts.printLabel": "ਖਾਤੇ",
  "tailoring.strategy.benefits-check.title": "ਦੇਖੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਾਲੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ",
  "tailoring.strategy.benefits-check.what": "ਪਤਾ ਕਰੋ ਕਿ ਆਪਣੇ ਨਾਂ ਉੱਤੇ ਤੁਹਾਨੂੰ ਕਿਹੜੇ ਬੈਨੀਫ਼ਿਟ ਅਤੇ ਕਿਰਾਏ ਲਈ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.benefits-check.why":
    "ਬਹੁਤ ਲੋਕਾਂ ਨੂੰ ਪਤਾ ਨਹੀਂ ਹੁੰਦਾ ਕਿ ਉਨ੍ਹਾਂ ਦਾ ਹੱਕ ਕੀ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ Universal Credit ਮਿਲਦਾ ਹੈ, ਤਾਂ ਇਸ ਨੂੰ ਵੰਡ ਕੇ ਤੁਹਾਡੇ ਆਪਣੇ ਖਾਤੇ ਵਿੱਚ ਪਾਉਣ ਲਈ ਕਿਹਾ ਜਾ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.benefits-check.how": ["ਬੈਨੀਫ਼ਿਟ ਕੈਲਕੁਲੇਟਰ ਵਰਤੋ, ਜਾਂ Citizens Advice ਜਾਂ ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਪੁੱਛੋ।"],
  "tailoring.strategy.benefits-check.printLabel": "ਪੈਸੇ ਦੀ ਜਾਂਚ",
  "tailoring.strategy.economic-abuse-is-abuse.title": "ਪੈਸੇ ਉੱਤੇ ਕੰਟਰੋਲ ਵੀ ਬਦਸਲੂਕੀ ਹੈ",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "ਤੁਹਾਨੂੰ ਪੈਸੇ ਤੋਂ ਵਾਂਝੇ ਰੱਖਣਾ, ਤੁਹਾਡੀ ਤਨਖ਼ਾਹ ਲੈ ਲੈਣਾ ਜਾਂ ਤੁਹਾਡੇ ਸਿਰ ਕਰਜ਼ਾ ਚੜ੍ਹਾਉਣਾ ਇੱਕ ਤਰ੍ਹਾਂ ਦੀ ਬਦਸਲੂਕੀ ਹੈ।",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "ਬਹੁਤ ਲੋਕ ਸ਼ੁਰੂ ਵਿੱਚ ਇਸ ਨੂੰ ਬਦਸਲੂਕੀ ਨਹੀਂ ਸਮਝਦੇ। ਇਸ ਨੂੰ ਇਸ ਦਾ ਨਾਂ ਦੇਣ ਨਾਲ ਸਹੀ ਮਦਦ ਲੈਣ ਵਿੱਚ ਸੌਖ ਹੋ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "ਹੈਲਪਲਾਈਨ ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਦੱਸੋ ਕਿ ਪੈਸੇ ਨਾਲ ਕੀ ਹੁੰਦਾ ਹੈ। ਇਸ ਲਈ ਖ਼ਾਸ ਸੇਵਾਵਾਂ ਹਨ।",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "ਪੈਸੇ ਬਾਰੇ ਨੋਟ",
  "tailoring.strategy.tell-the-bank.title": "ਆਪਣੇ ਬੈਂਕ ਨੂੰ ਦੱਸੋ",
  "tailoring.strategy.tell-the-bank.what": "ਕਈ ਬੈਂਕਾਂ ਕੋਲ ਉਨ੍ਹਾਂ ਗਾਹਕਾਂ ਲਈ ਟੀਮ ਹੁੰਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਦਾ ਪੈਸਾ ਕੋਈ ਹੋਰ ਕੰਟਰੋਲ ਕਰਦਾ ਹੈ।",
  "tailoring.strategy.tell-the-bank.why": "ਉਹ ਤੁਹਾਡੇ ਪੈਸੇ ਤੱਕ ਸੁਰੱਖਿਅਤ ਪਹੁੰਚ ਵਿੱਚ ਅਤੇ ਤੁਹਾਡੇ ਖਾਤਿਆਂ ਦੇ ਬਚਾਅ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.tell-the-bank.how": ["ਬ੍ਰਾਂਚ ਵਿੱਚ ਜਾਂ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਫ਼ੋਨ ਤੋਂ, ਬੈਂਕ ਦੀ vulnerable customers ਟੀਮ ਮੰਗੋ।"],
  "tailoring.strategy.tell-the-bank.printLabel": "ਬੈਂਕ ਨੂੰ ਫ਼ੋਨ",

  "tailoring.strategy.children-safe-place.title": "ਬੱਚਿਆਂ ਨੂੰ ਪਤਾ ਹੋਵੇ ਕਿ ਕਿੱਥੇ ਜਾਣਾ ਹੈ",
  "tailoring.strategy.children-safe-place.what":
    "ਬੱਚਿਆਂ ਨਾਲ ਇੱਕ ਸੁਰੱਖਿਅਤ ਥਾਂ ਤੈਅ ਕਰੋ ਜਿੱਥੇ ਚੀਕ-ਚਿਹਾੜਾ ਜਾਂ ਲੜਾਈ ਹੋਣ ਉੱਤੇ ਉਹ ਜਾਣ: ਕੋਈ ਕਮਰਾ, ਜਾਂ ਗੁਆਂਢੀ ਦਾ ਘਰ।",
  "tailoring.strategy.children-safe-place.why":
    "ਬੱਚੇ ਅਕਸਰ ਵਿੱਚ ਪੈਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੇ ਹਨ। ਇਹ ਉਨ੍ਹਾਂ ਦਾ ਕੰਮ ਨਹੀਂ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਸੱਟ ਲੱਗ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.children-safe-place.how": [
    "ਉਨ੍ਹਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਇਹ ਉਨ੍ਹਾਂ ਦਾ ਕਸੂਰ ਨਹੀਂ, ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਇਸ ਨੂੰ ਰੋਕਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਨਹੀਂ ਕਰਨੀ ਚਾਹੀਦੀ।",
    "ਇਸ ਸਾਈਟ ਉੱਤੇ ਬੱਚੇ ਨਾਲ ਮਿਲ ਕੇ ਉਸ ਦੀ ਯੋਜਨਾ ਬਣਾਓ, ਅਤੇ ਉਸ ਦਾ ਅਭਿਆਸ ਕਰੋ।",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "ਬੱਚਿਆਂ ਦਾ ਕੋਨਾ",
  "tailoring.strategy.children-phone-999.title": "ਬੱਚਿਆਂ ਨੂੰ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰਨਾ ਸਿਖਾਓ",
  "tailoring.strategy.children-phone-999.what":
    "ਬੱਚਿਆਂ ਨੂੰ ਸਿਖਾਓ ਕਿ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਿਵੇਂ ਕਰਨਾ ਹੈ, ਅਤੇ ਕੀ ਕਹਿਣਾ ਹੈ: ਆਪਣਾ ਨਾਂ, ਆਪਣਾ ਪਤਾ ਅਤੇ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।",
  "tailoring.strategy.children-phone-999.why": "ਜਿਸ ਬੱਚੇ ਨੂੰ ਪਤਾ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ, ਉਹ ਘੱਟ ਡਰਦਾ ਹੈ, ਅਤੇ ਮਦਦ ਬੁਲਾ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.children-phone-999.how": [
    "ਖਿਡੌਣਾ ਫ਼ੋਨ ਨਾਲ ਅਭਿਆਸ ਕਰੋ, ਕਦੇ ਵੀ ਅਸਲੀ ਫ਼ੋਨ ਨਾਲ ਨਹੀਂ।",
    "ਇਸ ਸਾਈਟ ਉੱਤੇ ਬੱਚੇ ਦੀ ਯੋਜਨਾ ਵਿੱਚ ਅਭਿਆਸ ਵਾਲੀ ਕਾਲ ਹੈ।",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "ਫ਼ੋਨ ਦਾ ਅਭਿਆਸ",
  "tailoring.strategy.tell-nursery-or-school.title": "ਨਰਸਰੀ ਜਾਂ ਸਕੂਲ ਨੂੰ ਦੱਸੋ",
  "tailoring.strategy.tell-nursery-or-school.what":
    "ਸਕੂਲ ਦੇ safeguarding lead ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ, ਅਤੇ ਬੱਚਿਆਂ ਨੂੰ ਕੌਣ ਲੈ ਜਾ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.tell-nursery-or-school.why": "ਸਕੂਲ ਬੱਚਿਆਂ ਦਾ ਸਾਥ ਦੇ ਸਕਦੇ ਹਨ ਅਤੇ ਚਿੰਤਾ ਵਾਲੀਆਂ ਗੱਲਾਂ ਉੱਤੇ ਨਜ਼ਰ ਰੱਖ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "designated safeguarding lead ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ ਕਹੋ।",
    "ਬੱਚਿਆਂ ਬਾਰੇ ਅਦਾਲਤ ਦੇ ਕਿਸੇ ਵੀ ਆਰਡਰ ਦੀਆਂ ਕਾਪੀਆਂ ਉਨ੍ਹਾਂ ਨੂੰ ਦਿਓ।",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "ਸਕੂਲ",
  "tailoring.strategy.safer-handovers.title": "ਬੱਚਿਆਂ ਨੂੰ ਸੌਂਪਣਾ ਵੱਧ ਸੁਰੱਖਿਅਤ ਬਣਾਓ",
  "tailoring.strategy.safer-handovers.what":
    "ਜੇ ਦੂਜੇ ਮਾਂ ਜਾਂ ਪਿਓ ਬੱਚਿਆਂ ਨੂੰ ਮਿਲਦੇ ਹਨ, ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਕਿਸੇ ਖੁੱਲ੍ਹੀ ਜਨਤਕ ਥਾਂ ਜਾਂ contact centre ਵਿੱਚ ਸੌਂਪੋ। ਜਾਂ ਕਿਸੇ ਹੋਰ ਨੂੰ ਇਹ ਕਰਨ ਲਈ ਕਹੋ।",
  "tailoring.strategy.safer-handovers.why": "ਸੌਂਪਣ ਦਾ ਸਮਾਂ ਤੁਹਾਡੇ ਲਈ ਅਤੇ ਬੱਚਿਆਂ ਲਈ ਖ਼ਤਰੇ ਵਾਲਾ ਹੋ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.safer-handovers.how": [
    "ਸਮਾਂ ਅਤੇ ਥਾਂ ਲਿਖਤੀ ਤੌਰ ਉੱਤੇ ਤੈਅ ਕਰੋ, ਅਤੇ ਜੋ ਹੁੰਦਾ ਹੈ ਉਸ ਦਾ ਰਿਕਾਰਡ ਰੱਖੋ।",
    "ਕਿਸੇ ਵੀ ਚਿੰਤਾ ਬਾਰੇ ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਵਕੀਲ (solicitor) ਨੂੰ ਦੱਸੋ।",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "ਬੱਚੇ ਲੈਣ-ਛੱਡਣ",
  "tailoring.strategy.baby-things-ready.title": "ਬੱਚੇ ਦੀਆਂ ਚੀਜ਼ਾਂ ਤਿਆਰ ਰੱਖੋ",
  "tailoring.strategy.baby-things-ready.what":
    "ਦੁੱਧ, ਨੈਪੀਆਂ, ਦਵਾਈਆਂ ਅਤੇ ਬੱਚੇ ਦੀ ਸਿਹਤ ਵਾਲੀ ਕਿਤਾਬ (red book) ਇਕੱਠੀਆਂ ਰੱਖੋ, ਨਾਲ ਲਿਜਾਣ ਲਈ ਤਿਆਰ।",
  "tailoring.strategy.baby-things-ready.why": "ਛੋਟੇ ਬੱਚੇ ਨਾਲ ਲਿਜਾਣ ਨੂੰ ਬਹੁਤ ਕੁਝ ਹੁੰਦਾ ਹੈ ਅਤੇ ਸਮਾਂ ਥੋੜ੍ਹਾ।",
  "tailoring.strategy.baby-things-ready.how": ["ਇਨ੍ਹਾਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਜੋੜੋ।"],
  "tailoring.strategy.baby-things-ready.printLabel": "ਬੱਚੇ ਦੀਆਂ ਚੀਜ਼ਾਂ",
  "tailoring.strategy.children-can-talk.title": "ਬੱਚਿਆਂ ਨੂੰ ਗੱਲ ਕਰਨ ਦਿਓ",
  "tailoring.strategy.children-can-talk.what":
    "ਬੱਚਿਆਂ ਨੂੰ ਦੱਸੋ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ, ਕਿਸੇ ਟੀਚਰ ਨਾਲ, ਜਾਂ Childline ਨਾਲ ਗੱਲ ਕਰ ਸਕਦੇ ਹਨ, ਅਤੇ ਇਸ ਵਿੱਚ ਉਨ੍ਹਾਂ ਦਾ ਕੋਈ ਕਸੂਰ ਨਹੀਂ।",
  "tailoring.strategy.children-can-talk.why": "ਬੱਚੇ ਅਕਸਰ ਆਪਣੀਆਂ ਚਿੰਤਾਵਾਂ ਆਪਣੇ ਅੰਦਰ ਰੱਖਦੇ ਹਨ। ਗੱਲ ਕਰਨ ਨਾਲ ਉਨ੍ਹਾਂ ਨੂੰ ਸਹਾਰਾ ਮਿਲਦਾ ਹੈ।",
  "tailoring.strategy.children-can-talk.how": ["Childline ਮੁਫ਼ਤ ਹੈ, ਅਤੇ ਕਾਲ ਫ਼ੋਨ ਦੇ ਬਿੱਲ ਉੱਤੇ ਨਹੀਂ ਦਿਸਦੀ।"],
  "tailoring.strategy.children-can-talk.printLabel": "ਗੱਲਬਾਤ",
  "tailoring.strategy.plan-with-teenager.title": "ਆਪਣੇ ਟੀਨੇਜਰ ਬੱਚੇ ਨਾਲ ਯੋਜਨਾ ਬਣਾਓ",
  "tailoring.strategy.plan-with-teenager.what":
    "ਆਪਣੇ ਟੀਨੇਜਰ ਬੱਚੇ ਨਾਲ ਬੈਠੋ ਅਤੇ ਇਸ ਸਾਈਟ ਦੀ ਨੌਜਵਾਨ ਵਾਲੀ ਯੋਜਨਾ ਨਾਲ ਉਨ੍ਹਾਂ ਦੀ ਆਪਣੀ ਯੋਜਨਾ ਬਣਾਓ।",
  "tailoring.strategy.plan-with-teenager.why":
    "ਜਦੋਂ ਟੀਨੇਜਰਾਂ ਦੀ ਗੱਲ ਸੁਣੀ ਜਾਂਦੀ ਹੈ ਅਤੇ ਉਨ੍ਹਾਂ ਨੂੰ ਪਤਾ ਹੁੰਦਾ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ, ਉਹ ਬਿਹਤਰ ਸੰਭਲਦੇ ਹਨ।",
  "tailoring.strategy.plan-with-teenager.how": ["ਉਨ੍ਹਾਂ ਨੂੰ ਆਪ ਚੁਣਨ ਦਿਓ ਕਿ ਉਹ ਕਿਸ ਕੋਲ ਜਾਣ ਅਤੇ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨ।"],
  "tailoring.strategy.plan-with-teenager.printLabel": "ਟੀਨੇਜਰ ਲਈ ਨੋਟ",
  "tailoring.strategy.worried-about-a-child.title": "ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਬੱਚੇ ਦੀ ਚਿੰਤਾ ਹੈ",
  "tailoring.strategy.worried-about-a-child.what":
    "ਜੇ ਤੁਹਾਨੂੰ ਕਿਸੇ ਬੱਚੇ ਦੀ ਸੁਰੱਖਿਆ ਦੀ ਚਿੰਤਾ ਹੈ, ਤਾਂ ਸਲਾਹ ਲਈ NSPCC ਹੈਲਪਲਾਈਨ ਨਾਲ ਗੱਲ ਕਰੋ।",
  "tailoring.strategy.worried-about-a-child.why": "ਉਹ ਇਹ ਸੋਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ ਕਿ ਕੀ ਕਰਨਾ ਹੈ, ਅਤੇ ਕਿਸ ਨੂੰ ਦੱਸਣਾ ਹੈ।",
  "tailoring.strategy.worried-about-a-child.how": ["ਉਦੋਂ ਫ਼ੋਨ ਕਰੋ ਜਦੋਂ ਉਹ ਵਿਅਕਤੀ ਆਸ-ਪਾਸ ਨਾ ਹੋਵੇ।"],
  "tailoring.strategy.worried-about-a-child.printLabel": "ਸਲਾਹ ਲਈ ਫ਼ੋਨ",

  "tailoring.strategy.pet-fostering.title": "ਆਪਣੇ ਪਾਲਤੂ ਜਾਨਵਰ ਦੀ ਆਰਜ਼ੀ ਦੇਖਭਾਲ ਬਾਰੇ ਪੁੱਛੋ",
  "tailoring.strategy.pet-fostering.what":
    "ਕੁਝ ਚੈਰਿਟੀਆਂ ਪਾਲਤੂ ਜਾਨਵਰਾਂ ਦੀ ਦੇਖਭਾਲ ਕਰਦੀਆਂ ਹਨ, ਮੁਫ਼ਤ ਅਤੇ ਭੇਤ ਰੱਖ ਕੇ, ਜਦੋਂ ਤੱਕ ਮਾਲਕ ਕਿਸੇ ਸੁਰੱਖਿਅਤ ਥਾਂ ਜਾਂਦੇ ਹਨ।",
  "tailoring.strategy.pet-fostering.why":
    "ਬਹੁਤ ਲੋਕ ਛੱਡਣ ਵਿੱਚ ਦੇਰ ਕਰਦੇ ਹਨ ਕਿਉਂਕਿ ਉਹ ਆਪਣਾ ਜਾਨਵਰ ਨਾਲ ਨਹੀਂ ਲਿਜਾ ਸਕਦੇ। ਸ਼ਾਇਦ ਤੁਹਾਨੂੰ ਚੋਣ ਨਾ ਕਰਨੀ ਪਵੇ।",
  "tailoring.strategy.pet-fostering.how": [
    "ਕੁੱਤੇ ਲਈ, ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ Dogs Trust Freedom Project ਬਾਰੇ ਪੁੱਛੋ।",
    "ਹੋਰ ਜਾਨਵਰਾਂ ਲਈ, ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਪੁੱਛੋ ਕਿ ਤੁਹਾਡੇ ਨੇੜੇ ਕੀ ਹੈ।",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "ਜਾਨਵਰ ਦੀ ਦੇਖਭਾਲ",
  "tailoring.strategy.pet-papers.title": "ਆਪਣੇ ਪਾਲਤੂ ਜਾਨਵਰ ਦੇ ਕਾਗ਼ਜ਼ ਰੱਖੋ",
  "tailoring.strategy.pet-papers.what": "ਸਬੂਤ ਰੱਖੋ ਕਿ ਜਾਨਵਰ ਤੁਹਾਡਾ ਹੈ: ਵੈੱਟ ਦੇ ਰਿਕਾਰਡ, ਅਤੇ ਤੁਹਾਡੇ ਨਾਂ ਉੱਤੇ ਦਰਜ ਮਾਈਕ੍ਰੋਚਿੱਪ।",
  "tailoring.strategy.pet-papers.why": "ਇਹ ਕੰਮ ਆਉਂਦਾ ਹੈ ਜੇ ਉਹ ਵਿਅਕਤੀ ਜਾਨਵਰ ਰੱਖਣ ਦੀ, ਜਾਂ ਉਸ ਨੂੰ ਤੁਹਾਡੇ ਖ਼ਿਲਾਫ਼ ਵਰਤਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰੇ।",
  "tailoring.strategy.pet-papers.how": ["ਆਪਣੇ ਵੈੱਟ ਨੂੰ ਮਾਈਕ੍ਰੋਚਿੱਪ ਦੇ ਵੇਰਵੇ ਬਦਲਣ ਲਈ, ਅਤੇ ਤੁਹਾਡਾ ਪਤਾ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣ ਲਈ ਕਹੋ।"],
  "tailoring.strategy.pet-papers.printLabel": "ਵੈੱਟ ਦੇ ਕਾਗ਼ਜ਼",
  "tailoring.strategy.pets-and-refuges.title": "ਜਾਨਵਰਾਂ ਬਾਰੇ ਪਹਿਲਾਂ ਹੀ ਪੁੱਛੋ",
  "tailoring.strategy.pets-and-refuges.what": "ਥੋੜ੍ਹੇ ਹੀ ਰਿਫ਼ਿਊਜ ਪਾਲਤੂ ਜਾਨਵਰ ਰੱਖ ਸਕਦੇ ਹਨ, ਇਸ ਲਈ ਪਹਿਲਾਂ ਹੀ ਪੁੱਛੋ ਕਿ ਕੀ ਹੋ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.pets-and-refuges.why": "ਪਹਿਲਾਂ ਪਤਾ ਹੋਣ ਨਾਲ ਦੇਖਭਾਲ ਦਾ ਪ੍ਰਬੰਧ ਕਰਨ ਦਾ ਸਮਾਂ ਮਿਲਦਾ ਹੈ।",
  "tailoring.strategy.pets-and-refuges.how": ["ਜਦੋਂ ਰਹਿਣ ਦੀਆਂ ਥਾਂਵਾਂ ਬਾਰੇ ਗੱਲ ਕਰੋ, ਤਾਂ ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਨੂੰ ਪੁੱਛੋ।"],
  "tailoring.strategy.pets-and-refuges.printLabel": "ਜਾਨਵਰ ਬਾਰੇ ਸਵਾਲ",
  "tailoring.strategy.pet-in-ready-bag.title": "ਆਪਣੇ ਜਾਨਵਰ ਲਈ ਵੀ ਸਮਾਨ ਪੈਕ ਕਰੋ",
  "tailoring.strategy.pet-in-ready-bag.what": "ਆਪਣੇ ਜਾਨਵਰ ਦਾ ਪਟਾ, ਖਾਣਾ ਅਤੇ ਕੋਈ ਵੀ ਦਵਾਈ ਆਪਣੇ ਤਿਆਰ ਬੈਗ ਦੇ ਨਾਲ ਰੱਖੋ।",
  "tailoring.strategy.pet-in-ready-bag.why": "ਜੇ ਜਾਨਵਰ ਨੂੰ ਨਾਲ ਲੈ ਜਾਓ, ਤਾਂ ਉਸ ਦੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਵੀ ਲੋੜ ਪਵੇਗੀ।",
  "tailoring.strategy.pet-in-ready-bag.how": ["ਇਨ੍ਹਾਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਜੋੜੋ।"],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "ਜਾਨਵਰ ਦੀਆਂ ਚੀਜ਼ਾਂ",

  "tailoring.strategy.abuse-concession.title": "domestic abuse concession ਬਾਰੇ ਪੁੱਛੋ",
  "tailoring.strategy.abuse-concession.what":
    "ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ UK ਵਿੱਚ ਪਾਰਟਨਰ ਵੀਜ਼ੇ ਉੱਤੇ ਹੋ, ਅਤੇ ਰਿਸ਼ਤਾ ਬਦਸਲੂਕੀ ਕਰਕੇ ਟੁੱਟਿਆ ਹੈ। ਤਾਂ ਤੁਹਾਨੂੰ ਤਿੰਨ ਮਹੀਨੇ ਰਹਿਣ ਦੀ ਇਜਾਜ਼ਤ ਮਿਲ ਸਕਦੀ ਹੈ। ਉਸ ਸਮੇਂ ਵਿੱਚ ਤੁਹਾਨੂੰ ਬੈਨੀਫ਼ਿਟ ਅਤੇ ਰਹਿਣ ਲਈ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.abuse-concession.why":
    "ਇਸ ਨੂੰ Migrant Victims of Domestic Abuse Concession ਕਹਿੰਦੇ ਹਨ। ਇਸ ਨਾਲ ਛੱਤ ਅਤੇ ਪੈਸਾ ਗੁਆਏ ਬਿਨਾਂ ਆਪਣਾ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਟੇਟਸ ਠੀਕ ਕਰਨ ਦਾ ਸਮਾਂ ਮਿਲਦਾ ਹੈ।",
  "tailoring.strategy.abuse-concession.how": [
    "ਅਰਜ਼ੀ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ regulated immigration adviser (ਮਾਨਤਾ ਪ੍ਰਾਪਤ ਇਮੀਗ੍ਰੇਸ਼ਨ ਸਲਾਹਕਾਰ) ਨਾਲ ਗੱਲ ਕਰੋ: ਇਸ ਨਾਲ ਤੁਹਾਡਾ ਵੀਜ਼ਾ ਬਦਲਦਾ ਹੈ।",
    "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਅਜਿਹਾ ਸਲਾਹਕਾਰ ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ, ਅਕਸਰ ਮੁਫ਼ਤ।",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "ਵੀਜ਼ਾ ਬਾਰੇ ਸਵਾਲ",
  "tailoring.strategy.right-to-stay.title": "ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਇੱਥੇ ਰਹਿ ਸਕੋ",
  "tailoring.strategy.right-to-stay.what":
    "ਹੋ ਸਕਦਾ ਹੈ ਤੁਹਾਡਾ ਪਾਰਟਨਰ ਬ੍ਰਿਟਿਸ਼ ਨਾਗਰਿਕ ਹੋਵੇ, ਜਾਂ ਇੱਥੇ ਪੱਕਾ ਵਸਿਆ ਹੋਵੇ। ਜੇ ਰਿਸ਼ਤਾ ਬਦਸਲੂਕੀ ਕਰਕੇ ਟੁੱਟਿਆ ਹੈ, ਤਾਂ ਹੋ ਸਕਦਾ ਹੈ ਤੁਸੀਂ ਪੱਕੇ ਤੌਰ ਉੱਤੇ ਰਹਿਣ ਲਈ ਅਰਜ਼ੀ ਦੇ ਸਕੋ।",
  "tailoring.strategy.right-to-stay.why":
    "ਬਹੁਤ ਲੋਕਾਂ ਨੂੰ ਕਿਹਾ ਜਾਂਦਾ ਹੈ ਕਿ ਜੇ ਉਹ ਛੱਡ ਕੇ ਗਏ ਤਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਵਾਪਸ ਭੇਜ ਦਿੱਤਾ ਜਾਵੇਗਾ। ਇਹ ਹਮੇਸ਼ਾ ਸੱਚ ਨਹੀਂ ਹੁੰਦਾ।",
  "tailoring.strategy.right-to-stay.how": ["ਆਪਣੇ ਕੇਸ ਬਾਰੇ ਕਿਸੇ regulated immigration adviser ਤੋਂ ਸਲਾਹ ਲਓ।"],
  "tailoring.strategy.right-to-stay.printLabel": "ਵੀਜ਼ਾ ਬਾਰੇ ਨੋਟ",
  "tailoring.strategy.regulated-advice.title": "regulated immigration adviser ਤੋਂ ਸਲਾਹ ਲਓ",
  "tailoring.strategy.regulated-advice.what":
    "ਆਪਣੇ ਵੀਜ਼ੇ ਬਾਰੇ ਸਲਾਹ ਸਿਰਫ਼ ਉਸ ਤੋਂ ਲਓ ਜਿਸ ਨੂੰ ਇਹ ਦੇਣ ਦੀ ਇਜਾਜ਼ਤ ਹੈ। ਮਤਲਬ regulated immigration adviser, ਵਕੀਲ (solicitor) ਜਾਂ ਕੋਈ ਖ਼ਾਸ ਸਹਾਇਤਾ ਸੇਵਾ।",
  "tailoring.strategy.regulated-advice.why":
    "ਗ਼ਲਤ ਸਲਾਹ ਕਰਕੇ ਇੱਥੇ ਰਹਿਣ ਦਾ ਹੱਕ ਜਾ ਸਕਦਾ ਹੈ। ਜੇ ਤੁਹਾਡੇ ਨਾਲ ਬਦਸਲੂਕੀ ਹੋਈ ਹੈ, ਤਾਂ legal aid (ਕਾਨੂੰਨੀ ਖ਼ਰਚੇ ਦੀ ਮਦਦ) ਸਲਾਹ ਦਾ ਖ਼ਰਚਾ ਦੇ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.regulated-advice.how": ["ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ regulated adviser ਲੱਭਣ ਵਿੱਚ ਮਦਦ ਲਈ ਕਹੋ।"],
  "tailoring.strategy.regulated-advice.printLabel": "ਸਲਾਹਕਾਰ",
  "tailoring.strategy.visa-copies.title": "ਆਪਣੇ ਪਾਸਪੋਰਟ ਅਤੇ ਵੀਜ਼ੇ ਦੀਆਂ ਕਾਪੀਆਂ ਰੱਖੋ",
  "tailoring.strategy.visa-copies.what":
    "ਆਪਣੇ ਪਾਸਪੋਰਟ, ਵੀਜ਼ੇ ਅਤੇ Home Office ਦੀਆਂ ਚਿੱਠੀਆਂ ਦੀਆਂ ਕਾਪੀਆਂ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੇ ਉਹ ਵਿਅਕਤੀ ਨਾ ਪਹੁੰਚ ਸਕੇ।",
  "tailoring.strategy.visa-copies.why": "ਜੋ ਲੋਕ ਕਿਸੇ ਨੂੰ ਕੰਟਰੋਲ ਕਰਦੇ ਹਨ, ਉਹ ਅਕਸਰ ਉਸ ਦਾ ਪਾਸਪੋਰਟ ਲੈ ਲੈਂਦੇ ਹਨ।",
  "tailoring.strategy.visa-copies.how": [
    "ਆਪਣਾ ਪਾਸਪੋਰਟ ਨੰਬਰ ਅਤੇ ਵੀਜ਼ੇ ਦਾ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਲਿਖ ਕੇ ਰੱਖੋ।",
    "ਫ਼ੋਟੋਆਂ ਅਜਿਹੇ ਈਮੇਲ ਅਕਾਊਂਟ ਵਿੱਚ ਰੱਖੋ ਜੋ ਸਿਰਫ਼ ਤੁਸੀਂ ਖੋਲ੍ਹ ਸਕੋ।",
  ],
  "tailoring.strategy.visa-copies.printLabel": "ਪਾਸਪੋਰਟ ਦੀ ਕਾਪੀ",
  "tailoring.strategy.ask-for-interpreter.title": "ਦੁਭਾਸ਼ੀਆ (interpreter) ਮੰਗੋ",
  "tailoring.strategy.ask-for-interpreter.what":
    "ਤੁਸੀਂ ਦੁਭਾਸ਼ੀਆ ਮੰਗ ਸਕਦੇ ਹੋ। ਡਾਕਟਰ ਕੋਲ, ਹਸਪਤਾਲ ਵਿੱਚ, ਪੁਲਿਸ ਕੋਲ ਅਤੇ ਕਈ ਸਹਾਇਤਾ ਸੇਵਾਵਾਂ ਵਿੱਚ ਮੰਗ ਸਕਦੇ ਹੋ।",
  "tailoring.strategy.ask-for-interpreter.why":
    "ਤੁਹਾਨੂੰ ਸਭ ਕੁਝ ਉਸ ਭਾਸ਼ਾ ਵਿੱਚ ਕਹਿਣ ਦਾ ਮੌਕਾ ਮਿਲਣਾ ਚਾਹੀਦਾ ਹੈ ਜੋ ਤੁਹਾਨੂੰ ਸਭ ਤੋਂ ਵਧੀਆ ਆਉਂਦੀ ਹੈ।",
  "tailoring.strategy.ask-for-interpreter.how": [
    "ਤੁਸੀਂ ਅਜਿਹਾ ਦੁਭਾਸ਼ੀਆ ਮੰਗ ਸਕਦੇ ਹੋ ਜੋ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਜਾਂ ਭਾਈਚਾਰੇ ਨੂੰ ਨਾ ਜਾਣਦਾ ਹੋਵੇ, ਜਾਂ ਫ਼ੋਨ ਉੱਤੇ ਦੁਭਾਸ਼ੀਆ।",
    "ਉਸ ਵਿਅਕਤੀ, ਜਾਂ ਉਨ੍ਹਾਂ ਦੇ ਪਰਿਵਾਰ, ਨੂੰ ਕਦੇ ਵੀ ਆਪਣੇ ਲਈ ਦੁਭਾਸ਼ੀਆ ਨਾ ਬਣਨ ਦਿਓ।",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "ਭਾਸ਼ਾ ਲਈ ਮਦਦ",
  "tailoring.strategy.help-without-public-funds.title": "no recourse to public funds ਹੋਵੇ ਤਾਂ ਵੀ ਮਦਦ",
  "tailoring.strategy.help-without-public-funds.what":
    "no recourse to public funds ਹੋਣ ਉੱਤੇ ਵੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ। ਕੁਝ ਰਿਫ਼ਿਊਜ ਬਿਨਾਂ ਬੈਨੀਫ਼ਿਟ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਵੀ ਰੱਖਦੇ ਹਨ। ਬੱਚਿਆਂ ਵਾਲੇ ਪਰਿਵਾਰਾਂ ਦੀ ਮਦਦ ਕਰਨਾ social services ਦਾ ਫ਼ਰਜ਼ ਹੋ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.help-without-public-funds.why": "ਬਹੁਤ ਲੋਕ ਸੋਚਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਲਈ ਕੋਈ ਮਦਦ ਹੈ ਹੀ ਨਹੀਂ। ਅਕਸਰ ਹੁੰਦੀ ਹੈ।",
  "tailoring.strategy.help-without-public-funds.how": [
    "ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਜਾਂ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਆਪਣੇ ਵੀਜ਼ੇ ਬਾਰੇ ਦੱਸੋ, ਤਾਂ ਜੋ ਉਹ ਸਹੀ ਮਦਦ ਲੱਭਣ।",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "ਪੁੱਛਣ ਵਾਲੀ ਮਦਦ",

  "tailoring.strategy.medicines-ready.title": "ਦਵਾਈਆਂ ਹੱਥ ਦੇ ਨੇੜੇ ਰੱਖੋ",
  "tailoring.strategy.medicines-ready.what": "ਕੁਝ ਦਿਨਾਂ ਦੀਆਂ ਦਵਾਈਆਂ ਅਤੇ ਆਪਣੀਆਂ ਦਵਾਈਆਂ ਦੀ ਸੂਚੀ ਅਜਿਹੀ ਥਾਂ ਰੱਖੋ ਜਿੱਥੋਂ ਜਲਦੀ ਚੁੱਕ ਸਕੋ।",
  "tailoring.strategy.medicines-ready.why": "ਦਵਾਈ ਛੁੱਟਣ ਨਾਲ ਤੁਸੀਂ ਬਿਮਾਰ ਹੋ ਸਕਦੇ ਹੋ, ਅਤੇ ਕੁਝ ਲੋਕ ਦਵਾਈਆਂ ਲੁਕਾ ਦਿੰਦੇ ਹਨ ਜਾਂ ਰੋਕ ਲੈਂਦੇ ਹਨ।",
  "tailoring.strategy.medicines-ready.how": [
    "ਆਪਣੇ GP ਜਾਂ ਫ਼ਾਰਮੇਸੀ ਤੋਂ ਆਪਣੇ ਨਾਂ ਉੱਤੇ repeat prescription ਬਾਰੇ ਪੁੱਛੋ।",
    "ਇਨ੍ਹਾਂ ਨੂੰ ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਵਿੱਚ ਜੋੜੋ।",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "ਦਵਾਈਆਂ",
  "tailoring.strategy.carer-who-hurts.title": "ਜੇ ਤੁਹਾਡੀ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ ਤੁਹਾਨੂੰ ਦੁੱਖ ਦੇਵੇ",
  "tailoring.strategy.carer-who-hurts.what":
    "ਜੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲਾ (carer) ਤੁਹਾਨੂੰ ਦੁੱਖ ਦਿੰਦਾ, ਡਰਾਉਂਦਾ ਜਾਂ ਕੰਟਰੋਲ ਕਰਦਾ ਹੈ, ਤਾਂ ਇਹ ਬਦਸਲੂਕੀ ਹੈ। ਤੁਸੀਂ ਮਦਦ ਅਤੇ ਕੋਈ ਹੋਰ carer ਮੰਗ ਸਕਦੇ ਹੋ।",
  "tailoring.strategy.carer-who-hurts.why":
    "adult social care ਦਾ ਫ਼ਰਜ਼ ਹੈ ਕਿ ਉਹ ਇਸ ਦੀ ਜਾਂਚ ਕਰਨ ਅਤੇ ਤੁਹਾਨੂੰ ਵੱਧ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਵਿੱਚ ਮਦਦ ਕਰਨ।",
  "tailoring.strategy.carer-who-hurts.how": [
    "ਆਪਣੇ GP, ਕਿਸੇ ਨਰਸ, ਸੋਸ਼ਲ ਵਰਕਰ ਜਾਂ ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਨੂੰ ਦੱਸੋ।",
    "ਕੌਂਸਲ ਦੀ adult social care ਟੀਮ ਤੋਂ safeguarding ਜਾਂਚ ਮੰਗੋ।",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "ਦੇਖਭਾਲ",
  "tailoring.strategy.way-out-that-works.title": "ਬਾਹਰ ਜਾਣ ਦਾ ਅਜਿਹਾ ਤਰੀਕਾ ਸੋਚੋ ਜੋ ਤੁਹਾਡੇ ਲਈ ਕੰਮ ਕਰੇ",
  "tailoring.strategy.way-out-that-works.what":
    "ਸੋਚੋ ਕਿ ਜਲਦੀ ਬਾਹਰ ਜਾਣ ਲਈ ਤੁਹਾਨੂੰ ਕੀ ਚਾਹੀਦਾ ਹੈ। ਜਿਵੇਂ ਤੁਰਨ-ਫਿਰਨ ਦਾ ਸਹਾਰਾ, ਸੁਣਨ ਜਾਂ ਦੇਖਣ ਦੀਆਂ ਮਸ਼ੀਨਾਂ, ਦਵਾਈਆਂ, ਜਾਂ ਮਦਦ ਲਈ ਕੋਈ ਬੰਦਾ।",
  "tailoring.strategy.way-out-that-works.why": "ਜੋ ਯੋਜਨਾ ਤੁਹਾਡੇ ਸਰੀਰ ਅਤੇ ਤੁਹਾਡੀਆਂ ਲੋੜਾਂ ਮੁਤਾਬਕ ਹੈ, ਉਹੀ ਸੱਚਮੁੱਚ ਕੰਮ ਆਉਂਦੀ ਹੈ।",
  "tailoring.strategy.way-out-that-works.how": [
    "ਸਹਾਰੇ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਆਪਣੀ ਪਹੁੰਚ ਵਿੱਚ ਰੱਖੋ, ਉੱਥੇ ਨਹੀਂ ਜਿੱਥੋਂ ਉਹ ਵਿਅਕਤੀ ਲੈ ਸਕੇ।",
    "999 ਉੱਤੇ ਫ਼ੋਨ ਕਰਨ ਵੇਲੇ, ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੀਆਂ ਲੋੜਾਂ ਬਾਰੇ ਦੱਸੋ।",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "ਆਉਣਾ-ਜਾਣਾ",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "ਆਪਣੇ GP ਜਾਂ health visitor ਨੂੰ ਦੱਸੋ",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "ਤੁਹਾਡਾ GP ਜਾਂ health visitor ਇਕੱਲਿਆਂ ਗੱਲ ਕਰ ਸਕਦੇ ਹਨ, ਸੱਟਾਂ ਦਰਜ ਕਰ ਸਕਦੇ ਹਨ ਅਤੇ ਤੁਹਾਨੂੰ ਮਦਦ ਨਾਲ ਜੋੜ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "ਸਿਹਤ ਕਰਮਚਾਰੀ ਤੁਹਾਡੇ ਵਰਗੇ ਹਾਲਾਤ ਵਾਲੇ ਬਹੁਤ ਲੋਕਾਂ ਨੂੰ ਮਿਲਦੇ ਹਨ, ਅਤੇ ਜਾਣਦੇ ਹਨ ਕਿ ਮਦਦ ਕੌਣ ਕਰ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["ਉਨ੍ਹਾਂ ਨੂੰ ਇਕੱਲਿਆਂ ਮਿਲਣ ਲਈ ਕਹੋ।"],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "ਅਪੌਇੰਟਮੈਂਟ",
  "tailoring.strategy.tell-midwife.title": "ਆਪਣੀ ਮਿਡਵਾਈਫ਼ ਨੂੰ ਦੱਸੋ",
  "tailoring.strategy.tell-midwife.what":
    "ਮਿਡਵਾਈਫ਼ ਹਰ ਕਿਸੇ ਨੂੰ ਬਦਸਲੂਕੀ ਬਾਰੇ ਪੁੱਛਦੀਆਂ ਹਨ, ਅਤੇ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ ਤੁਹਾਨੂੰ ਇਕੱਲਿਆਂ ਮਿਲਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦੀਆਂ ਹਨ।",
  "tailoring.strategy.tell-midwife.why":
    "ਬਦਸਲੂਕੀ ਅਕਸਰ ਗਰਭ ਦੌਰਾਨ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ ਜਾਂ ਵਧਦੀ ਹੈ। ਤੁਹਾਡੀ ਮਿਡਵਾਈਫ਼ ਤੁਹਾਡੀ ਅਤੇ ਬੱਚੇ ਦੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.tell-midwife.how": ["ਜੇ ਉਹ ਵਿਅਕਤੀ ਹਮੇਸ਼ਾ ਨਾਲ ਆਉਂਦਾ ਹੈ, ਤਾਂ ਕਹੋ ਕਿ ਤੁਹਾਡਾ ਇੱਕ ਟੈਸਟ ਇਕੱਲਿਆਂ ਹੋਣਾ ਹੈ।"],
  "tailoring.strategy.tell-midwife.printLabel": "ਮਿਡਵਾਈਫ਼",
  "tailoring.strategy.someone-you-care-for.title": "ਜਿਸ ਦੀ ਤੁਸੀਂ ਦੇਖਭਾਲ ਕਰਦੇ ਹੋ, ਉਸ ਲਈ ਯੋਜਨਾ ਬਣਾਓ",
  "tailoring.strategy.someone-you-care-for.what": "ਸੋਚੋ ਕਿ ਜੇ ਤੁਹਾਨੂੰ ਜਲਦੀ ਜਾਣਾ ਪਵੇ ਤਾਂ ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਕੌਣ ਕਰ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.someone-you-care-for.why": "ਉਨ੍ਹਾਂ ਦੀ ਚਿੰਤਾ ਕਰਕੇ ਤੁਹਾਨੂੰ ਖ਼ਤਰੇ ਵਿੱਚ ਨਹੀਂ ਰਹਿਣਾ ਚਾਹੀਦਾ।",
  "tailoring.strategy.someone-you-care-for.how": [
    "ਕੌਂਸਲ ਦੀ adult social care ਟੀਮ ਨੂੰ ਪੁੱਛੋ ਕਿ ਥੋੜ੍ਹੇ ਸਮੇਂ ਦੇ ਨੋਟਿਸ ਉੱਤੇ ਉਨ੍ਹਾਂ ਦੀ ਦੇਖਭਾਲ ਕੌਣ ਕਰ ਸਕਦਾ ਹੈ।",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "ਬਦਲਵਾਂ ਪ੍ਰਬੰਧ",

  "tailoring.strategy.check-location-sharing.title": "ਦੇਖੋ ਕਿ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ",
  "tailoring.strategy.check-location-sharing.what": "ਆਪਣੇ ਫ਼ੋਨ, ਨਕਸ਼ੇ ਵਾਲੀਆਂ ਐਪਾਂ ਅਤੇ ਪਰਿਵਾਰਕ ਐਪਾਂ ਵਿੱਚ location sharing ਦੇਖੋ।",
  "tailoring.strategy.check-location-sharing.why": "location sharing ਲੋਕਾਂ ਦਾ ਪਤਾ ਰੱਖਣ ਦੇ ਸਭ ਤੋਂ ਆਮ ਤਰੀਕਿਆਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ।",
  "tailoring.strategy.check-location-sharing.how": [
    "sharing ਬੰਦ ਕਰਨ ਨਾਲ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਪਤਾ ਲੱਗ ਸਕਦਾ ਹੈ। ਪਹਿਲਾਂ ਸੋਚੋ ਕਿ ਕੀ ਇਹ ਸੁਰੱਖਿਅਤ ਹੈ।",
    "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ",
  "tailoring.strategy.passwords-from-safe-device.title": "ਸੁਰੱਖਿਅਤ ਡਿਵਾਈਸ ਤੋਂ ਪਾਸਵਰਡ ਬਦਲੋ",
  "tailoring.strategy.passwords-from-safe-device.what":
    "ਆਪਣੀ ਈਮੇਲ, ਬੈਂਕ ਅਤੇ ਹੋਰ ਅਕਾਊਂਟਾਂ ਦੇ ਪਾਸਵਰਡ ਅਜਿਹੀ ਡਿਵਾਈਸ ਤੋਂ ਬਦਲੋ ਜੋ ਉਸ ਵਿਅਕਤੀ ਨੇ ਕਦੇ ਨਹੀਂ ਵਰਤੀ।",
  "tailoring.strategy.passwords-from-safe-device.why":
    "ਜੇ ਉਨ੍ਹਾਂ ਨੂੰ ਤੁਹਾਡੇ ਪਾਸਵਰਡ ਪਤਾ ਹਨ, ਤਾਂ ਉਹ ਤੁਹਾਡੇ ਸੁਨੇਹੇ ਪੜ੍ਹ ਸਕਦੇ ਹਨ ਅਤੇ ਤੁਹਾਡੀਆਂ ਯੋਜਨਾਵਾਂ ਦੇਖ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "two-step ਜਾਂਚ ਚਾਲੂ ਕਰੋ, ਜਿਸ ਦੇ ਕੋਡ ਅਜਿਹੇ ਫ਼ੋਨ ਉੱਤੇ ਆਉਣ ਜੋ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਕੋਲ ਹੈ।",
    "ਬਦਲਾਅ ਨਾਲ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਖ਼ਬਰ ਹੋ ਸਕਦੀ ਹੈ। ਸਮੇਂ ਬਾਰੇ ਸੋਚੋ।",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "ਲੌਗਇਨ ਵੇਰਵੇ",
  "tailoring.strategy.private-window.title": "ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਜਾਂ ਕੋਈ ਹੋਰ ਡਿਵਾਈਸ ਵਰਤੋ",
  "tailoring.strategy.private-window.what": "ਮਦਦ ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਵਿੱਚ ਲੱਭੋ, ਜਾਂ ਅਜਿਹੀ ਡਿਵਾਈਸ ਉੱਤੇ ਜੋ ਉਹ ਵਿਅਕਤੀ ਕਦੇ ਨਹੀਂ ਵਰਤਦਾ।",
  "tailoring.strategy.private-window.why":
    "ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਹਿਸਟਰੀ ਨਹੀਂ ਰੱਖਦੀ। ਸਾਰੀ ਹਿਸਟਰੀ ਮਿਟਾਉਣਾ ਅਜੀਬ ਲੱਗ ਸਕਦਾ ਹੈ: ਇੱਕ-ਇੱਕ ਪੰਨਾ ਹਟਾਉਣਾ ਘੱਟ ਨਜ਼ਰ ਆਉਂਦਾ ਹੈ।",
  "tailoring.strategy.private-window.how": ['ਕਦਮਾਂ ਲਈ ਇਸ ਸਾਈਟ ਉੱਤੇ "ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ" ਪੜ੍ਹੋ।'],
  "tailoring.strategy.private-window.printLabel": "ਇੰਟਰਨੈੱਟ",
  "tailoring.strategy.stalking-diary.title": "ਪਿੱਛਾ ਕਰਨ ਦੀ ਡਾਇਰੀ ਰੱਖੋ",
  "tailoring.strategy.stalking-diary.what":
    "ਹਰ ਵਾਰ ਲਿਖੋ ਜਦੋਂ ਉਹ ਵਿਅਕਤੀ ਤੁਹਾਡਾ ਪਿੱਛਾ ਕਰੇ, ਅਚਾਨਕ ਆ ਜਾਵੇ ਜਾਂ ਸੰਪਰਕ ਕਰੇ, ਤਾਰੀਖ਼ ਅਤੇ ਸਮੇਂ ਸਮੇਤ।",
  "tailoring.strategy.stalking-diary.why":
    "ਪਿੱਛਾ ਕਰਨਾ (stalking) ਜੁਰਮ ਹੈ। ਡਾਇਰੀ ਨਾਲ ਪੈਟਰਨ ਦਿਸਦਾ ਹੈ, ਜਿਸ ਨਾਲ ਪੁਲਿਸ ਨੂੰ ਕਾਰਵਾਈ ਕਰਨ ਵਿੱਚ ਮਦਦ ਮਿਲਦੀ ਹੈ।",
  "tailoring.strategy.stalking-diary.how": [
    "ਸੁਨੇਹੇ, ਵੌਇਸਮੇਲ ਅਤੇ ਤੁਹਾਡੇ ਲਈ ਛੱਡੀ ਕਿਸੇ ਵੀ ਚੀਜ਼ ਦੀਆਂ ਫ਼ੋਟੋਆਂ ਰੱਖੋ।",
    "ਪੁਲਿਸ ਨੂੰ ਰਿਪੋਰਟ ਕਰੋ। ਖ਼ਤਰਾ ਹੋਵੇ ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ।",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "ਡਾਇਰੀ",
  "tailoring.strategy.look-for-trackers.title": "ਟਰੈਕਰ ਲੱਭੋ",
  "tailoring.strategy.look-for-trackers.what": "ਛੋਟੇ ਟਰੈਕਰ ਕਾਰ, ਬੈਗ, ਕੋਟ ਜਾਂ ਬੱਚੇ ਦੇ ਖਿਡੌਣੇ ਵਿੱਚ ਰੱਖੇ ਹੋ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.look-for-trackers.why": "ਜੇ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਹਮੇਸ਼ਾ ਪਤਾ ਹੁੰਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਤਾਂ ਕਾਰਨ ਟਰੈਕਰ ਹੋ ਸਕਦਾ ਹੈ।",
  "tailoring.strategy.look-for-trackers.how": [
    "ਕਈ ਫ਼ੋਨ ਨੇੜੇ ਦੇ ਅਣਜਾਣ ਟਰੈਕਰ ਬਾਰੇ ਚੇਤਾਵਨੀ ਦੇ ਸਕਦੇ ਹਨ: ਸੈਟਿੰਗਾਂ ਦੇਖੋ।",
    "ਜੇ ਕੋਈ ਲੱਭੇ, ਤਾਂ ਹਟਾਉਣ ਤੋਂ ਪਹਿਲਾਂ ਸੋਚੋ, ਅਤੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਪੁਲਿਸ ਨੂੰ ਦੱਸੋ।",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "ਕਾਰ ਅਤੇ ਬੈਗ",
  "tailoring.strategy.children-devices.title": "ਬੱਚਿਆਂ ਦੀਆਂ ਡਿਵਾਈਸਾਂ ਦੇਖੋ",
  "tailoring.strategy.children-devices.what":
    "ਜੋ ਫ਼ੋਨ, ਟੈਬਲੇਟ ਅਤੇ ਗੇਮਾਂ ਉਸ ਵਿਅਕਤੀ ਨੇ ਦਿੱਤੀਆਂ ਜਾਂ ਸੈੱਟ ਕੀਤੀਆਂ, ਉਹ ਦੱਸ ਸਕਦੀਆਂ ਹਨ ਕਿ ਬੱਚੇ ਕਿੱਥੇ ਹਨ।",
  "tailoring.strategy.children-devices.why":
    "ਬੱਚਿਆਂ ਦੀਆਂ ਡਿਵਾਈਸਾਂ ਅਕਸਰ ਉਸ ਮਾਂ ਜਾਂ ਪਿਓ ਨੂੰ ਲੱਭਣ ਲਈ ਵਰਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ ਜਿਨ੍ਹਾਂ ਨੇ ਘਰ ਛੱਡ ਦਿੱਤਾ ਹੈ।",
  "tailoring.strategy.children-devices.how": [
    "family sharing, ਅਤੇ ਉਹ ਸੈਟਿੰਗਾਂ ਦੇਖੋ ਜੋ ਦੱਸਦੀਆਂ ਹਨ ਕਿ ਬੱਚੇ ਕਿੱਥੇ ਹਨ।",
    "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਇਨ੍ਹਾਂ ਨੂੰ ਜਾਂਚਣ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।",
  ],
  "tailoring.strategy.children-devices.printLabel": "ਟੈਬਲੇਟ",

  "tailoring.strategy.honour-specialist.title": "ਕਿਸੇ ਖ਼ਾਸ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰੋ",
  "tailoring.strategy.honour-specialist.what":
    'Karma Nirvana ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਦੀ ਮਦਦ ਕਰਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਨਾਲ "ਇੱਜ਼ਤ" ਦੇ ਨਾਂ ਉੱਤੇ ਬਦਸਲੂਕੀ ਹੁੰਦੀ ਹੈ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਦਾ ਖ਼ਤਰਾ ਹੈ।',
  "tailoring.strategy.honour-specialist.why": "ਉਹ ਪਰਿਵਾਰ ਅਤੇ ਭਾਈਚਾਰੇ ਦਾ ਦਬਾਅ ਸਮਝਦੇ ਹਨ, ਅਤੇ ਤੁਹਾਡੇ ਬਾਰੇ ਕੋਈ ਫ਼ੈਸਲਾ ਨਹੀਂ ਸੁਣਾਉਂਦੇ।",
  "tailoring.strategy.honour-specialist.how": ["ਉਦੋਂ ਫ਼ੋਨ ਕਰੋ ਜਦੋਂ ਕੋਲ ਕੋਈ ਨਾ ਹੋਵੇ, ਅਜਿਹੇ ਫ਼ੋਨ ਤੋਂ ਜੋ ਤੁਹਾਡਾ ਪਰਿਵਾਰ ਨਹੀਂ ਦੇਖਦਾ।"],
  "tailoring.strategy.honour-specialist.printLabel": "ਫ਼ੋਨ ਕਾਲ",
  "tailoring.strategy.forced-marriage-help.title": "ਕਿਸੇ ਦਾ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਕਰਵਾਉਣਾ ਜੁਰਮ ਹੈ",
  "tailoring.strategy.forced-marriage-help.what":
    "UK ਵਿੱਚ ਕਿਸੇ ਦਾ ਜ਼ਬਰਦਸਤੀ ਵਿਆਹ ਕਰਵਾਉਣਾ ਜੁਰਮ ਹੈ। ਸਰਕਾਰ ਦੀ Forced Marriage Unit UK ਵਿੱਚ ਵੀ ਅਤੇ ਬਾਹਰਲੇ ਮੁਲਕ ਵਿੱਚ ਵੀ ਮਦਦ ਕਰ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.forced-marriage-help.why": "ਅਦਾਲਤ ਵਿਆਹ ਰੋਕਣ ਲਈ, ਜਾਂ ਕਿਸੇ ਨੂੰ ਵਾਪਸ ਲਿਆਉਣ ਲਈ ਆਰਡਰ ਵੀ ਦੇ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.forced-marriage-help.how": ["ਕਿਸੇ ਟੀਚਰ, ਡਾਕਟਰ, ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਪੁਲਿਸ ਨੂੰ ਦੱਸੋ।"],
  "tailoring.strategy.forced-marriage-help.printLabel": "ਵਿਆਹ ਬਾਰੇ ਨੋਟ",
  "tailoring.strategy.travel-abroad.title": "ਬਾਹਰਲੇ ਮੁਲਕ ਜਾਣ ਬਾਰੇ ਧਿਆਨ ਰੱਖੋ",
  "tailoring.strategy.travel-abroad.what":
    "ਜੇ ਤੁਹਾਨੂੰ ਡਰ ਹੈ ਕਿ ਤੁਹਾਨੂੰ ਵਿਆਹ ਲਈ ਬਾਹਰ ਲਿਜਾਇਆ ਜਾਵੇਗਾ, ਤਾਂ ਕਿਸੇ ਵੀ ਸਫ਼ਰ ਤੋਂ ਪਹਿਲਾਂ ਕਿਸੇ ਨੂੰ ਦੱਸੋ, ਅਤੇ ਆਪਣੇ ਪਾਸਪੋਰਟ ਦੀਆਂ ਕਾਪੀਆਂ ਰੱਖੋ।",
  "tailoring.strategy.travel-abroad.why": "ਬਾਹਰਲੇ ਮੁਲਕ ਪਹੁੰਚ ਕੇ ਮਦਦ ਲੈਣਾ ਬਹੁਤ ਔਖਾ ਹੁੰਦਾ ਹੈ।",
  "tailoring.strategy.travel-abroad.how": [
    "ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਨੂੰ ਆਪਣਾ ਪਾਸਪੋਰਟ ਨੰਬਰ ਅਤੇ ਉੱਥੇ ਰਹਿਣ ਵਾਲੀ ਥਾਂ ਦਾ ਪਤਾ ਦਿਓ।",
    "ਤੈਅ ਕਰੋ ਕਿ ਤੁਸੀਂ ਕਦੋਂ ਸੰਪਰਕ ਕਰੋ, ਅਤੇ ਜੇ ਸੰਪਰਕ ਨਾ ਹੋਵੇ ਤਾਂ ਉਹ ਕੀ ਕਰਨ।",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "ਸਫ਼ਰ ਦੇ ਵੇਰਵੇ",
  "tailoring.strategy.trusted-outside-family.title": "ਪਰਿਵਾਰ ਤੋਂ ਬਾਹਰ ਕੋਈ ਚੁਣੋ",
  "tailoring.strategy.trusted-outside-family.what":
    "ਆਪਣੇ ਪਰਿਵਾਰ ਅਤੇ ਭਾਈਚਾਰੇ ਤੋਂ ਬਾਹਰ ਇੱਕ ਭਰੋਸੇ ਵਾਲਾ ਵਿਅਕਤੀ ਚੁਣੋ। ਜਿਵੇਂ ਕੋਈ ਟੀਚਰ, ਡਾਕਟਰ ਜਾਂ ਦੋਸਤ।",
  "tailoring.strategy.trusted-outside-family.why": "ਜਦੋਂ ਪਰਿਵਾਰ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਵੇ, ਤਾਂ ਪਰਿਵਾਰ ਦੇ ਅੰਦਰੋਂ ਮਦਦ ਸੁਰੱਖਿਅਤ ਨਹੀਂ ਹੋ ਸਕਦੀ।",
  "tailoring.strategy.trusted-outside-family.how": ["ਤੈਅ ਕਰੋ ਕਿ ਉਨ੍ਹਾਂ ਨਾਲ ਸੰਪਰਕ ਕਿਵੇਂ ਕਰਨਾ ਹੈ, ਅਤੇ ਇੱਕ ਕੋਡ ਸ਼ਬਦ ਵੀ।"],
  "tailoring.strategy.trusted-outside-family.printLabel": "ਦੋਸਤ",

  "tailoring.strategy.tell-someone-you-trust.title": "ਇੱਕ ਭਰੋਸੇ ਵਾਲੇ ਵਿਅਕਤੀ ਨੂੰ ਦੱਸੋ",
  "tailoring.strategy.tell-someone-you-trust.what":
    "ਕਿਸੇ ਇੱਕ ਦੋਸਤ, ਰਿਸ਼ਤੇਦਾਰ ਜਾਂ ਨਾਲ ਕੰਮ ਕਰਨ ਵਾਲੇ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਉਨ੍ਹਾਂ ਤੋਂ ਕੀ ਚਾਹੁੰਦੇ ਹੋ।",
  "tailoring.strategy.tell-someone-you-trust.why":
    "ਤੁਹਾਨੂੰ ਇਹ ਸਭ ਇਕੱਲਿਆਂ ਨਹੀਂ ਸਾਂਭਣਾ ਪੈਂਦਾ, ਅਤੇ ਜਿਸ ਨੂੰ ਪਤਾ ਹੈ ਉਹ ਉਦੋਂ ਕੁਝ ਕਰ ਸਕਦਾ ਹੈ ਜਦੋਂ ਤੁਸੀਂ ਨਾ ਕਰ ਸਕੋ।",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "ਅਜਿਹਾ ਵਿਅਕਤੀ ਚੁਣੋ ਜੋ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਨਾ ਦੱਸੇ।",
    "ਉਨ੍ਹਾਂ ਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਦੀ ਲੋਕਾਂ ਵਾਲੀ ਸੂਚੀ ਵਿੱਚ ਪਾਓ।",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "ਦੋਸਤ",
  "tailoring.strategy.ask-about-idva.title": "ਆਪਣੇ ਲਈ ਇੱਕ ਸਲਾਹਕਾਰ ਬਾਰੇ ਪੁੱਛੋ",
  "tailoring.strategy.ask-about-idva.what":
    "independent domestic violence adviser (IDVA) ਵੱਧ ਖ਼ਤਰੇ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਕੰਮ ਕਰਦੇ ਹਨ। ਉਹ ਤੁਹਾਡੇ ਪੱਖ ਵਿੱਚ ਹੁੰਦੇ ਹਨ, ਪੁਲਿਸ ਜਾਂ ਕੌਂਸਲ ਦੇ ਨਹੀਂ।",
  "tailoring.strategy.ask-about-idva.why":
    "ਉਹ ਸੁਰੱਖਿਆ, ਘਰ, ਅਦਾਲਤਾਂ ਅਤੇ ਪੈਸੇ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ, ਅਤੇ MARAC ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਹਾਡੀ ਗੱਲ ਰੱਖ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.ask-about-idva.how": ["ਆਪਣੀ ਹੈਲਪਲਾਈਨ, GP ਜਾਂ ਨੇੜੇ ਦੀ ਸਹਾਇਤਾ ਸੇਵਾ ਨੂੰ ਪੁੱਛੋ ਕਿ IDVA ਤੱਕ ਕਿਵੇਂ ਪਹੁੰਚਣਾ ਹੈ।"],
  "tailoring.strategy.ask-about-idva.printLabel": "ਸਲਾਹਕਾਰ",
  "tailoring.strategy.lgbt-service.title": "LGBT+ ਲੋਕਾਂ ਦੀ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰੋ",
  "tailoring.strategy.lgbt-service.what":
    "Galop ਉਨ੍ਹਾਂ LGBT+ ਲੋਕਾਂ ਲਈ ਹੈਲਪਲਾਈਨ ਚਲਾਉਂਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਨਾਲ ਬਦਸਲੂਕੀ ਹੁੰਦੀ ਹੈ, ਪਰਿਵਾਰ ਵੱਲੋਂ ਵੀ।",
  "tailoring.strategy.lgbt-service.why":
    "ਉਹ ਅਜਿਹੀਆਂ ਧਮਕੀਆਂ ਸਮਝਦੇ ਹਨ ਜਿਵੇਂ ਤੁਹਾਡੀ ਪਛਾਣ ਸਭ ਨੂੰ ਦੱਸ ਦੇਣਾ (outing), ਅਤੇ ਉਹ ਰੁਕਾਵਟਾਂ ਜੋ LGBT+ ਲੋਕਾਂ ਦੇ ਸਾਹਮਣੇ ਆਉਂਦੀਆਂ ਹਨ।",
  "tailoring.strategy.lgbt-service.how": ["ਉਦੋਂ ਫ਼ੋਨ ਕਰੋ ਜਦੋਂ ਕੋਲ ਕੋਈ ਨਾ ਹੋਵੇ।"],
  "tailoring.strategy.lgbt-service.printLabel": "ਫ਼ੋਨ ਕਾਲ",
  "tailoring.strategy.service-for-men.title": "ਆਦਮੀਆਂ ਲਈ ਸੇਵਾ ਨਾਲ ਗੱਲ ਕਰੋ",
  "tailoring.strategy.service-for-men.what":
    "Men's Advice Line ਉਨ੍ਹਾਂ ਆਦਮੀਆਂ ਦੀ ਮਦਦ ਕਰਦੀ ਹੈ ਜਿਨ੍ਹਾਂ ਨਾਲ ਪਾਰਟਨਰ ਜਾਂ ਪਰਿਵਾਰ ਬਦਸਲੂਕੀ ਕਰਦਾ ਹੈ।",
  "tailoring.strategy.service-for-men.why":
    "ਆਦਮੀਆਂ ਦੀ ਗੱਲ ਉੱਤੇ ਅਕਸਰ ਯਕੀਨ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ, ਜਾਂ ਉਨ੍ਹਾਂ ਨੂੰ ਮਦਦ ਮੰਗਣ ਵਿੱਚ ਸ਼ਰਮ ਆਉਂਦੀ ਹੈ। ਇਹ ਸੇਵਾ ਸਮਝਦੀ ਹੈ।",
  "tailoring.strategy.service-for-men.how": ["ਉਦੋਂ ਫ਼ੋਨ ਕਰੋ ਜਦੋਂ ਕੋਲ ਕੋਈ ਨਾ ਹੋਵੇ।"],
  "tailoring.strategy.service-for-men.printLabel": "ਫ਼ੋਨ ਕਾਲ",
  "tailoring.strategy.older-people.title": "ਵੱਡੀ ਉਮਰ ਦੇ ਲੋਕਾਂ ਨੂੰ ਵੀ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ",
  "tailoring.strategy.older-people.what":
    "ਪਾਰਟਨਰ, ਵੱਡੇ ਹੋ ਚੁੱਕੇ ਬੱਚੇ ਜਾਂ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ ਦੀ ਬਦਸਲੂਕੀ ਕਿਸੇ ਵੀ ਉਮਰ ਵਿੱਚ ਬਦਸਲੂਕੀ ਹੈ। ਤੁਹਾਡਾ GP ਅਤੇ adult social care ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.older-people.why":
    "ਵੱਡੀ ਉਮਰ ਦੇ ਲੋਕਾਂ ਵੱਲ ਅਕਸਰ ਧਿਆਨ ਨਹੀਂ ਦਿੱਤਾ ਜਾਂਦਾ, ਅਤੇ ਉਹ ਦੁੱਖ ਦੇਣ ਵਾਲੇ ਵਿਅਕਤੀ ਉੱਤੇ ਨਿਰਭਰ ਹੋ ਸਕਦੇ ਹਨ।",
  "tailoring.strategy.older-people.how": ["ਆਪਣੇ GP, ਕਿਸੇ ਨਰਸ ਜਾਂ ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ।"],
  "tailoring.strategy.older-people.printLabel": "ਅਪੌਇੰਟਮੈਂਟ",
  "tailoring.strategy.family-abuse-counts.title": "ਪਰਿਵਾਰ ਦੀ ਬਦਸਲੂਕੀ ਵੀ ਬਦਸਲੂਕੀ ਹੈ",
  "tailoring.strategy.family-abuse-counts.what":
    "ਕਾਨੂੰਨ ਮੁਤਾਬਕ 16 ਸਾਲ ਜਾਂ ਵੱਧ ਉਮਰ ਦੇ ਪਰਿਵਾਰਕ ਜੀਅ ਦੀ ਬਦਸਲੂਕੀ ਘਰੇਲੂ ਬਦਸਲੂਕੀ ਹੈ। ਇਹ ਸਿਰਫ਼ ਪਾਰਟਨਰ ਦੀ ਬਦਸਲੂਕੀ ਨਹੀਂ।",
  "tailoring.strategy.family-abuse-counts.why": "ਤੁਹਾਡੇ ਲਈ ਵੀ ਉਹੀ ਮਦਦ, ਆਰਡਰ ਅਤੇ ਸੇਵਾਵਾਂ ਹਨ।",
  "tailoring.strategy.family-abuse-counts.how": [
    "ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਹਾਨੂੰ ਕੌਣ ਦੁੱਖ ਦੇ ਰਿਹਾ ਹੈ। ਉਹ ਤੁਹਾਡੇ ਜਾਂ ਤੁਹਾਡੇ ਪਰਿਵਾਰ ਬਾਰੇ ਕੋਈ ਫ਼ੈਸਲਾ ਨਹੀਂ ਸੁਣਾਉਣਗੇ।",
  ],
  "tailoring.strategy.family-abuse-counts.printLabel": "ਪਰਿਵਾਰ ਬਾਰੇ ਨੋਟ",

  "tailoring.strategy.right-to-ask.title": "ਪੁਲਿਸ ਤੋਂ ਪਾਰਟਨਰ ਦੇ ਪਿਛੋਕੜ ਬਾਰੇ ਪੁੱਛੋ",
  "tailoring.strategy.right-to-ask.what": "Clare's Law ਅਧੀਨ ਤੁਸੀਂ ਪੁਲਿਸ ਤੋਂ ਪੁੱਛ ਸਕਦੇ ਹੋ ਕਿ ਕੀ ਪਾਰਟਨਰ ਦਾ ਬਦਸਲੂਕੀ ਦਾ ਰਿਕਾਰਡ ਹੈ।",
  "tailoring.strategy.right-to-ask.why": "ਇਹ ਜਾਣਨ ਨਾਲ ਫ਼ੈਸਲਾ ਕਰਨ ਵਿੱਚ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ ਕਿ ਕੀ ਕਰਨਾ ਹੈ।",
  "tailoring.strategy.right-to-ask.how": [
    "ਥਾਣੇ ਜਾ ਕੇ ਪੁੱਛੋ, ਜਾਂ non-emergency ਨੰਬਰ ਉੱਤੇ ਫ਼ੋਨ ਕਰਕੇ। ਕਈ ਇਲਾਕਿਆਂ ਵਿੱਚ ਆਨਲਾਈਨ ਵੀ ਪੁੱਛ ਸਕਦੇ ਹੋ।",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "ਪੁੱਛਣ ਵਾਲਾ ਸਵਾਲ",
  "tailoring.strategy.protective-orders.title": "ਉਨ੍ਹਾਂ ਨੂੰ ਦੂਰ ਰੱਖਣ ਵਾਲੇ ਆਰਡਰ ਬਾਰੇ ਪੁੱਛੋ",
  "tailoring.strategy.protective-orders.what":
    "ਅਦਾਲਤ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਹੁਕਮ ਦੇ ਸਕਦੀ ਹੈ ਕਿ ਉਹ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਨਾ ਕਰੇ, ਜਾਂ ਤੁਹਾਡੇ ਘਰ ਤੋਂ ਦੂਰ ਰਹੇ।",
  "tailoring.strategy.protective-orders.why": "ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੁਝ ਆਰਡਰ ਤੋੜਨਾ ਜੁਰਮ ਹੈ, ਇਸ ਲਈ ਪੁਲਿਸ ਜਲਦੀ ਕਾਰਵਾਈ ਕਰ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.protective-orders.how": [
    "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਜਾਂ ਵਕੀਲ (solicitor) ਨੂੰ non-molestation order ਜਾਂ occupation order ਬਾਰੇ ਪੁੱਛੋ।",
    "ਐਮਰਜੈਂਸੀ ਵਿੱਚ, ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਪਹਿਲਾਂ ਦੱਸੇ ਬਿਨਾਂ ਵੀ ਆਰਡਰ ਬਣ ਸਕਦਾ ਹੈ।",
  ],
  "tailoring.strategy.protective-orders.printLabel": "ਕਾਗ਼ਜ਼-ਪੱਤਰ",
  "tailoring.strategy.legal-aid.title": "ਦੇਖੋ ਕਿ ਕੀ ਤੁਹਾਨੂੰ legal aid ਮਿਲ ਸਕਦੀ ਹੈ",
  "tailoring.strategy.legal-aid.what":
    "ਜੇ ਤੁਹਾਡੇ ਨਾਲ ਬਦਸਲੂਕੀ ਹੋਈ ਹੈ, ਤਾਂ ਵਕੀਲ ਦੇ ਖ਼ਰਚੇ ਲਈ legal aid ਮਿਲ ਸਕਦੀ ਹੈ। ਇਹ ਪਰਿਵਾਰਕ ਕੇਸਾਂ ਲਈ ਹੈ, ਜਿਵੇਂ ਬੱਚੇ ਕਿੱਥੇ ਰਹਿਣ ਅਤੇ ਕਿਸ ਨੂੰ ਮਿਲਣ।",
  "tailoring.strategy.legal-aid.why": "ਆਮ ਤੌਰ ਉੱਤੇ ਕੁਝ ਸਬੂਤ ਚਾਹੀਦਾ ਹੁੰਦਾ ਹੈ, ਜਿਵੇਂ ਡਾਕਟਰ ਜਾਂ ਕਿਸੇ ਸਹਾਇਤਾ ਸੇਵਾ ਦੀ ਚਿੱਠੀ।",
  "tailoring.strategy.legal-aid.how": ["legal aid ਦਾ ਕੰਮ ਕਰਨ ਵਾਲੇ ਕਿਸੇ family solicitor ਨੂੰ, ਜਾਂ ਆਪਣੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਪੁੱਛੋ।"],
  "tailoring.strategy.legal-aid.printLabel": "ਖ਼ਰਚੇ ਲਈ ਮਦਦ",

  "tailoring.strategy.not-your-fault.title": "ਯਾਦ ਰੱਖੋ: ਇਹ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਹੈ",
  "tailoring.strategy.not-your-fault.what":
    "ਤੁਹਾਡੀ ਕੋਈ ਵੀ ਗੱਲ ਜਾਂ ਕੰਮ ਇਸ ਨੂੰ ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ ਬਣਾਉਂਦਾ। ਦੁੱਖ ਦੇਣ ਵਾਲਾ ਵਿਅਕਤੀ ਆਪ ਇਹ ਚੁਣਦਾ ਹੈ।",
  "tailoring.strategy.not-your-fault.why": "ਦੂਜਿਆਂ ਨੂੰ ਦੁੱਖ ਦੇਣ ਵਾਲੇ ਅਕਸਰ ਦੋਸ਼ ਉਸੇ ਉੱਤੇ ਪਾਉਂਦੇ ਹਨ ਜਿਸ ਨੂੰ ਦੁੱਖ ਦਿੰਦੇ ਹਨ। ਇਹ ਸੱਚ ਨਹੀਂ।",
  "tailoring.strategy.not-your-fault.how": ["ਕੋਈ ਪਿਆਰ ਭਰੀ ਗੱਲ ਲਿਖੋ ਜੋ ਤੁਸੀਂ ਆਪਣੀ ਥਾਂ ਖੜ੍ਹੇ ਕਿਸੇ ਦੋਸਤ ਨੂੰ ਕਹਿੰਦੇ।"],
  "tailoring.strategy.not-your-fault.printLabel": "ਯਾਦ ਰੱਖਣ ਲਈ",
  "tailoring.strategy.mixed-feelings.title": "ਰਲੀਆਂ-ਮਿਲੀਆਂ ਭਾਵਨਾਵਾਂ ਆਮ ਹਨ",
  "tailoring.strategy.mixed-feelings.what": "ਤੁਸੀਂ ਕਿਸੇ ਨੂੰ ਪਿਆਰ ਵੀ ਕਰ ਸਕਦੇ ਹੋ ਅਤੇ ਫਿਰ ਵੀ ਚਾਹ ਸਕਦੇ ਹੋ ਕਿ ਦੁੱਖ ਦੇਣਾ ਬੰਦ ਹੋਵੇ।",
  "tailoring.strategy.mixed-feelings.why": "ਦੁਚਿੱਤੀ ਵਿੱਚ ਹੋਣਾ ਸਭ ਤੋਂ ਔਖੀਆਂ ਗੱਲਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ। ਇਸ ਬਾਰੇ ਗੱਲ ਕਰਨ ਨਾਲ ਮਦਦ ਮਿਲ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.mixed-feelings.how": ["ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਨਾਲ ਗੱਲ ਕਰੋ। ਉਹ ਤੁਹਾਨੂੰ ਇਹ ਨਹੀਂ ਦੱਸਣਗੇ ਕਿ ਕੀ ਕਰਨਾ ਹੈ।"],
  "tailoring.strategy.mixed-feelings.printLabel": "ਵਿਚਾਰ",
  "tailoring.strategy.look-after-yourself.title": "ਆਪਣਾ ਖ਼ਿਆਲ ਰੱਖੋ",
  "tailoring.strategy.look-after-yourself.what":
    "ਨੀਂਦ, ਖਾਣਾ, ਤਾਜ਼ੀ ਹਵਾ ਅਤੇ ਤੁਹਾਡੀ ਪਰਵਾਹ ਕਰਨ ਵਾਲੇ ਲੋਕ, ਸਭ ਤੁਹਾਨੂੰ ਸੰਭਲਣ ਵਿੱਚ ਮਦਦ ਕਰਦੇ ਹਨ।",
  "tailoring.strategy.look-after-yourself.why": "ਬਦਸਲੂਕੀ ਲੋਕਾਂ ਨੂੰ ਥਕਾ ਦਿੰਦੀ ਹੈ। ਛੋਟੀਆਂ ਗੱਲਾਂ ਨਾਲ ਤੁਹਾਨੂੰ ਵੱਧ ਤਾਕਤ ਮਿਲ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.look-after-yourself.how": ["ਜੇ ਮਨ ਉਦਾਸ ਹੈ, ਘਬਰਾਹਟ ਹੁੰਦੀ ਹੈ ਜਾਂ ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ, ਤਾਂ ਆਪਣੇ GP ਨਾਲ ਗੱਲ ਕਰੋ।"],
  "tailoring.strategy.look-after-yourself.printLabel": "ਆਪਣੇ ਲਈ ਸਮਾਂ",

  "tailoring.strategy.signal-and-power.title": "ਮਦਦ ਬੁਲਾਉਣ ਦਾ ਕੋਈ ਰਾਹ ਰੱਖੋ",
  "tailoring.strategy.signal-and-power.what": "ਪਤਾ ਰੱਖੋ ਕਿ ਤੁਹਾਡੇ ਫ਼ੋਨ ਨੂੰ ਸਿਗਨਲ ਕਿੱਥੇ ਮਿਲਦਾ ਹੈ, ਅਤੇ ਇੱਕ ਚਾਰਜ ਕੀਤਾ power bank ਰੱਖੋ।",
  "tailoring.strategy.signal-and-power.why":
    "ਹੋਰ ਲੋਕਾਂ ਤੋਂ ਦੂਰ, ਮਦਦ ਪਹੁੰਚਣ ਵਿੱਚ ਵੱਧ ਸਮਾਂ ਲੱਗ ਸਕਦਾ ਹੈ, ਇਸ ਲਈ ਜਲਦੀ ਫ਼ੋਨ ਕਰ ਸਕਣਾ ਜ਼ਰੂਰੀ ਹੈ।",
  "tailoring.strategy.signal-and-power.how": ["ਲੋਕਾਂ ਵਾਲੀ ਸਭ ਤੋਂ ਨੇੜੇ ਦੀ ਥਾਂ ਲਿਖ ਕੇ ਰੱਖੋ, ਜਿਵੇਂ ਕੋਈ ਦੁਕਾਨ ਜਾਂ ਗੁਆਂਢੀ।"],
  "tailoring.strategy.signal-and-power.printLabel": "ਪਾਵਰ ਬੈਂਕ",
  "tailoring.strategy.lift-arranged.title": "ਪਹਿਲਾਂ ਤੋਂ ਸਵਾਰੀ ਦਾ ਪ੍ਰਬੰਧ ਕਰੋ",
  "tailoring.strategy.lift-arranged.what": "ਕਾਰ ਵਾਲੇ ਕਿਸੇ ਭਰੋਸੇ ਵਾਲੇ ਨੂੰ ਪੁੱਛੋ ਕਿ ਜੇ ਤੁਹਾਨੂੰ ਜਾਣਾ ਪਵੇ ਤਾਂ ਕੀ ਉਹ ਤੁਹਾਨੂੰ ਲੈ ਜਾਣਗੇ।",
  "tailoring.strategy.lift-arranged.why": "ਕਾਰ ਤੋਂ ਬਿਨਾਂ, ਕਿਸੇ ਵੱਧ ਸੁਰੱਖਿਅਤ ਥਾਂ ਪਹੁੰਚਣ ਵਿੱਚ ਬਹੁਤ ਦੇਰ ਲੱਗ ਸਕਦੀ ਹੈ।",
  "tailoring.strategy.lift-arranged.how": ["ਉਨ੍ਹਾਂ ਦਾ ਨੰਬਰ, ਅਤੇ ਟੈਕਸੀ ਦਾ ਨੰਬਰ, ਆਪਣੀ ਯੋਜਨਾ ਵਿੱਚ ਰੱਖੋ।"],
  "tailoring.strategy.lift-arranged.printLabel": "ਸਵਾਰੀ",

  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label": "ਉਨ੍ਹਾਂ ਨੇ ਮੇਰੀ ਗਰਦਨ ਨੂੰ ਹੱਥ ਪਾਏ ਹਨ, ਮੇਰਾ ਗਲਾ ਘੁੱਟਿਆ ਹੈ ਜਾਂ ਸਾਹ ਰੋਕਿਆ ਹੈ, ਜਾਂ ਇਸ ਦੀ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ ਹੈ",
  "tailoring.sign.strangled.flag":
    "ਗਲਾ ਘੁੱਟਣਾ ਜਾਂ ਸਾਹ ਰੋਕਣਾ ਬਹੁਤ ਖ਼ਤਰਨਾਕ ਹੈ, ਭਾਵੇਂ ਕੋਈ ਨਿਸ਼ਾਨ ਨਾ ਪਿਆ ਹੋਵੇ। ਇਸ ਨਾਲ ਅਜਿਹਾ ਨੁਕਸਾਨ ਹੋ ਸਕਦਾ ਹੈ ਜੋ ਦਿਸਦਾ ਨਹੀਂ, ਅਤੇ ਇਹ ਚੇਤਾਵਨੀ ਹੈ ਕਿ ਉਹ ਜਾਨ ਲੈ ਸਕਦੇ ਹਨ।",
  "tailoring.sign.threats-to-kill.label": "ਉਨ੍ਹਾਂ ਨੇ ਮੈਨੂੰ, ਕਿਸੇ ਹੋਰ ਨੂੰ ਜਾਂ ਆਪਣੇ-ਆਪ ਨੂੰ ਜਾਨੋਂ ਮਾਰਨ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਹੈ",
  "tailoring.sign.threats-to-kill.flag": "ਜਾਨੋਂ ਮਾਰਨ ਦੀਆਂ ਧਮਕੀਆਂ ਨੂੰ ਗੰਭੀਰਤਾ ਨਾਲ ਲਓ, ਭਾਵੇਂ ਉਹ ਗੁੱਸੇ ਵਿੱਚ ਜਾਂ ਮਜ਼ਾਕ ਵਿੱਚ ਕਹੀਆਂ ਗਈਆਂ ਹੋਣ।",
  "tailoring.sign.separation.label": "ਅਸੀਂ ਵੱਖ ਹੋ ਗਏ ਹਾਂ, ਜਾਂ ਮੇਰੀ ਵੱਖ ਹੋਣ ਦੀ ਯੋਜਨਾ ਹੈ",
  "tailoring.sign.separation.flag":
    "ਛੱਡਣ ਦੇ ਸਮੇਂ ਦੇ ਆਸ-ਪਾਸ, ਅਤੇ ਉਸ ਤੋਂ ਠੀਕ ਬਾਅਦ, ਬਹੁਤ ਲੋਕਾਂ ਨੂੰ ਸਭ ਤੋਂ ਵੱਧ ਖ਼ਤਰਾ ਹੁੰਦਾ ਹੈ। ਇਸ ਦੀ ਯੋਜਨਾ ਮਦਦ ਨਾਲ ਬਣਾਓ।",
  "tailoring.sign.stalking.label": "ਉਹ ਮੇਰਾ ਪਿੱਛਾ ਕਰਦੇ ਹਨ, ਮੇਰੇ ਉੱਤੇ ਨਜ਼ਰ ਰੱਖਦੇ ਹਨ ਜਾਂ ਵਾਰ-ਵਾਰ ਸੰਪਰਕ ਕਰਦੇ ਹਨ",
  "tailoring.sign.stalking.flag": "ਪਿੱਛਾ ਕਰਨਾ (stalking) ਜੁਰਮ ਹੈ, ਅਤੇ ਇਹ ਅਕਸਰ ਗੰਭੀਰ ਨੁਕਸਾਨ ਤੋਂ ਪਹਿਲਾਂ ਹੁੰਦਾ ਹੈ।",
  "tailoring.sign.weapons.label": "ਉਨ੍ਹਾਂ ਨੇ ਮੇਰੇ ਉੱਤੇ ਹਥਿਆਰ ਵਰਤਿਆ ਹੈ ਜਾਂ ਹਥਿਆਰ ਨਾਲ ਧਮਕਾਇਆ ਹੈ, ਜਾਂ ਉਹ ਹਥਿਆਰ ਲੈ ਸਕਦੇ ਹਨ",
  "tailoring.sign.weapons.flag": "ਹਥਿਆਰ ਨਾਲ ਗੰਭੀਰ ਨੁਕਸਾਨ ਦਾ ਖ਼ਤਰਾ ਬਹੁਤ ਵਧ ਜਾਂਦਾ ਹੈ।",
  "tailoring.sign.getting-worse.label": "ਇਹ ਪਹਿਲਾਂ ਨਾਲੋਂ ਵੱਧ ਵਾਰ ਹੋ ਰਿਹਾ ਹੈ, ਜਾਂ ਵਿਗੜ ਰਿਹਾ ਹੈ",
  "tailoring.sign.getting-worse.flag": "ਜੇ ਬਦਸਲੂਕੀ ਵਿਗੜ ਰਹੀ ਹੈ ਜਾਂ ਵੱਧ ਵਾਰ ਹੋ ਰਹੀ ਹੈ, ਤਾਂ ਇਹ ਨਿਸ਼ਾਨੀ ਹੈ ਕਿ ਖ਼ਤਰਾ ਵਧ ਰਿਹਾ ਹੈ।",
  "tailoring.sign.pregnant-or-baby.label": "ਮੈਂ ਗਰਭਵਤੀ ਹਾਂ, ਜਾਂ ਮੇਰਾ ਇੱਕ ਸਾਲ ਤੋਂ ਛੋਟਾ ਬੱਚਾ ਹੈ",
  "tailoring.sign.pregnant-or-baby.flag":
    "ਬਦਸਲੂਕੀ ਅਕਸਰ ਗਰਭ ਦੌਰਾਨ ਅਤੇ ਜਣੇਪੇ ਤੋਂ ਬਾਅਦ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ ਜਾਂ ਵਧਦੀ ਹੈ। ਤੁਸੀਂ ਅਤੇ ਤੁਹਾਡਾ ਬੱਚਾ ਵਾਧੂ ਮਦਦ ਦੇ ਹੱਕਦਾਰ ਹੋ।",
  "tailoring.sign.own-fear.label": "ਮੈਨੂੰ ਡਰ ਲੱਗਦਾ ਹੈ ਕਿ ਉਹ ਕੀ ਕਰ ਸਕਦੇ ਹਨ",
  "tailoring.sign.own-fear.flag": "ਤੁਹਾਡਾ ਆਪਣਾ ਖ਼ਤਰੇ ਦਾ ਅਹਿਸਾਸ ਸਭ ਤੋਂ ਵਧੀਆ ਸੇਧਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੈ। ਉਸ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ।",
  "tailoring.sign.threats-about-children.label":
    "ਉਹ ਬੱਚਿਆਂ ਨੂੰ ਖੋਹਣ ਜਾਂ ਦੁੱਖ ਦੇਣ ਦੀ ਧਮਕੀ ਦਿੰਦੇ ਹਨ, ਜਾਂ ਬੱਚਿਆਂ ਨੂੰ ਮਿਲਣ ਦੇ ਬਹਾਨੇ ਮੇਰੇ ਤੱਕ ਪਹੁੰਚਦੇ ਹਨ",
  "tailoring.sign.threats-about-children.flag": "ਬੱਚਿਆਂ ਬਾਰੇ ਧਮਕੀਆਂ ਗੰਭੀਰ ਹਨ, ਉਨ੍ਹਾਂ ਲਈ ਵੀ ਅਤੇ ਤੁਹਾਡੇ ਲਈ ਵੀ।",
  "tailoring.advice.phone-999.title": "999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ",
  "tailoring.advice.phone-999.text": "ਜੇ ਤੁਹਾਨੂੰ ਹੁਣੇ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਪੁਲਿਸ ਮੰਗੋ।",
  "tailoring.advice.silent-call.title": "ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਾ ਸਕੋ: 999, ਫਿਰ 55",
  "tailoring.advice.silent-call.text":
    "ਮੋਬਾਈਲ ਤੋਂ 999 ਮਿਲਾਓ ਅਤੇ, ਜੇ ਤੁਸੀਂ ਬੋਲ ਨਾ ਸਕੋ, ਤਾਂ ਜਦੋਂ ਪੁੱਛਿਆ ਜਾਵੇ, 55 ਦਬਾਓ। ਓਪਰੇਟਰ ਤੁਹਾਨੂੰ ਪੁਲਿਸ ਨਾਲ ਜੋੜ ਦੇਵੇਗਾ।",
  "tailoring.advice.helpline.title": "ਆਪਣੀ ਹੈਲਪਲਾਈਨ ਨਾਲ ਗੱਲ ਕਰੋ",
  "tailoring.advice.helpline.text": "ਜੋ ਤੁਸੀਂ ਪਛਾਣਿਆ ਹੈ, ਉਸ ਲਈ ਯੋਜਨਾ ਬਣਾਉਣ ਵਿੱਚ ਉਹ ਮਦਦ ਕਰ ਸਕਦੇ ਹਨ, ਦਿਨ ਜਾਂ ਰਾਤ ਕਿਸੇ ਵੀ ਵੇਲੇ।",
  "tailoring.advice.idva.title": "independent domestic violence adviser (IDVA) ਮੰਗੋ",
  "tailoring.advice.idva.text":
    "IDVA ਇੱਕ ਸਿਖਲਾਈ ਪ੍ਰਾਪਤ ਸਲਾਹਕਾਰ ਹੈ ਜੋ ਵੱਧ ਖ਼ਤਰੇ ਵਾਲੇ ਲੋਕਾਂ ਨਾਲ ਕੰਮ ਕਰਦਾ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਪੱਖ ਵਿੱਚ ਹੈ। ਤੁਹਾਡੀ ਹੈਲਪਲਾਈਨ, GP ਜਾਂ ਨੇੜੇ ਦੀ ਸਹਾਇਤਾ ਸੇਵਾ ਤੁਹਾਨੂੰ ਉਨ੍ਹਾਂ ਨਾਲ ਜੋੜ ਸਕਦੀ ਹੈ।",
  "tailoring.advice.marac.title": "MARAC ਕੀ ਹੈ",
  "tailoring.advice.marac.text":
    "MARAC ਸਭ ਤੋਂ ਵੱਧ ਖ਼ਤਰੇ ਵਾਲੇ ਲੋਕਾਂ ਬਾਰੇ ਇੱਕ ਮੀਟਿੰਗ ਹੈ। ਪੁਲਿਸ, ਸਿਹਤ, ਹਾਊਸਿੰਗ, ਬੱਚਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ ਅਤੇ ਹੋਰ ਆਪਣੀ ਜਾਣਕਾਰੀ ਸਾਂਝੀ ਕਰਦੇ ਹਨ, ਅਤੇ ਤੈਅ ਕਰਦੇ ਹਨ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਵੱਧ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰੱਖਣਾ ਹੈ। ਤੁਸੀਂ ਇਸ ਵਿੱਚ ਨਹੀਂ ਜਾਂਦੇ: ਇੱਕ ਸਲਾਹਕਾਰ ਤੁਹਾਡੀ ਗੱਲ ਰੱਖਦਾ ਹੈ। ਕੋਈ ਪੇਸ਼ੇਵਰ ਤੁਹਾਨੂੰ ਰੈਫ਼ਰ ਕਰ ਸਕਦਾ ਹੈ, ਜਿੱਥੇ ਹੋ ਸਕੇ ਤੁਹਾਡੀ ਸਹਿਮਤੀ ਨਾਲ।",
  "tailoring.advice.see-a-doctor.title": "ਡਾਕਟਰ ਨੂੰ ਮਿਲੋ",
  "tailoring.advice.see-a-doctor.text": "ਡਾਕਟਰ ਜਾਂ ਮਿਡਵਾਈਫ਼ ਤੋਂ ਜਾਂਚ ਕਰਵਾਓ, ਭਾਵੇਂ ਤੁਸੀਂ ਠੀਕ ਮਹਿਸੂਸ ਕਰਦੇ ਹੋ। ਉਨ੍ਹਾਂ ਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋਇਆ।",
  "tailoring.advice.keep-a-record.title": "ਰਿਕਾਰਡ ਰੱਖੋ",
  "tailoring.advice.keep-a-record.text": "ਜੋ ਹੁੰਦਾ ਹੈ ਉਹ ਤਾਰੀਖ਼ਾਂ ਸਮੇਤ ਲਿਖੋ, ਅਤੇ ਸੁਨੇਹੇ ਸਾਂਭ ਕੇ ਰੱਖੋ, ਅਜਿਹੀ ਥਾਂ ਜਿੱਥੇ ਉਹ ਵਿਅਕਤੀ ਨਾ ਲੱਭ ਸਕੇ।",
  "tailoring.advice.children-services.title": "ਬੱਚਿਆਂ ਲਈ ਮਦਦ ਲਓ",
  "tailoring.advice.children-services.text":
    "ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ, ਬੱਚਿਆਂ ਦੇ ਸਕੂਲ ਜਾਂ NSPCC ਹੈਲਪਲਾਈਨ ਨੂੰ ਦੱਸੋ। ਬੱਚਿਆਂ ਦੀਆਂ ਸੇਵਾਵਾਂ (children's services) ਉਨ੍ਹਾਂ ਦੀ ਰੱਖਿਆ ਵਿੱਚ ਮਦਦ ਕਰ ਸਕਦੀਆਂ ਹਨ।",

  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question": "ਕੀ ਉਹ ਵਿਅਕਤੀ ਇਹ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ, ਜਾਂ ਉਸ ਨੂੰ ਇਸ ਦਾ ਪਾਸਕੋਡ ਪਤਾ ਹੈ?",
  "tailoring.device.others-unlock.todo":
    "ਹੋ ਸਕੇ ਤਾਂ ਆਪਣੀ ਯੋਜਨਾ ਲਈ ਕੋਈ ਹੋਰ ਡਿਵਾਈਸ ਵਰਤੋ, ਜਿਵੇਂ ਕਿਸੇ ਦੋਸਤ ਦਾ ਫ਼ੋਨ ਜਾਂ ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਕੰਪਿਊਟਰ। ਜੇ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਤਾਂ ਪਾਸਕੋਡ ਬਦਲੋ।",
  "tailoring.device.they-set-it-up.question": "ਕੀ ਇਹ ਡਿਵਾਈਸ ਉਸ ਵਿਅਕਤੀ ਨੇ ਖ਼ਰੀਦੀ, ਸੈੱਟ ਕੀਤੀ, ਜਾਂ ਕੁਝ ਸਮਾਂ ਆਪਣੇ ਕੋਲ ਰੱਖੀ ਸੀ?",
  "tailoring.device.they-set-it-up.todo":
    "ਹੋ ਸਕਦਾ ਹੈ ਉਨ੍ਹਾਂ ਨੇ ਅਜਿਹੀਆਂ ਐਪਾਂ ਜਾਂ ਸੈਟਿੰਗਾਂ ਪਾਈਆਂ ਹੋਣ ਜੋ ਤੁਹਾਡੇ ਕੰਮ ਦੱਸਦੀਆਂ ਹਨ। ਕਿਸੇ ਵੀ ਨਿੱਜੀ ਕੰਮ ਲਈ ਅਜਿਹੀ ਡਿਵਾਈਸ ਵਰਤੋ ਜੋ ਕਦੇ ਉਨ੍ਹਾਂ ਕੋਲ ਨਹੀਂ ਰਹੀ।",
  "tailoring.device.shared-account.question":
    "ਕੀ ਇਹ ਡਿਵਾਈਸ ਕਿਸੇ ਅਜਿਹੇ ਅਕਾਊਂਟ ਵਿੱਚ ਸਾਈਨ ਇਨ ਹੈ ਜੋ ਉਹ ਵਿਅਕਤੀ ਖੋਲ੍ਹ ਸਕਦਾ ਹੈ? ਜਿਵੇਂ ਸਾਂਝਾ Google, Apple ਜਾਂ Microsoft ਅਕਾਊਂਟ।",
  "tailoring.device.shared-account.todo":
    "ਉਸ ਅਕਾਊਂਟ ਵਿੱਚ ਸੇਵ ਹੋਈ ਹਰ ਚੀਜ਼, ਜਿਵੇਂ ਫ਼ੋਟੋਆਂ, ਹਿਸਟਰੀ ਜਾਂ ਪਾਸਵਰਡ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਡਿਵਾਈਸਾਂ ਉੱਤੇ ਵੀ ਦਿਸ ਸਕਦੀ ਹੈ। ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਵਰਤੋ, ਅਤੇ ਇਸ ਸਾਈਟ ਦਾ ਪਤਾ ਸੇਵ ਨਾ ਕਰੋ।",
  "tailoring.device.browser-sync.question":
    "ਕੀ ਇਹ ਬ੍ਰਾਊਜ਼ਰ ਸਾਈਨ ਇਨ ਹੈ ਅਤੇ sync ਕਰ ਰਿਹਾ ਹੈ, ਜਿਸ ਕਰਕੇ ਤੁਹਾਡੀ ਹਿਸਟਰੀ ਹੋਰ ਡਿਵਾਈਸਾਂ ਉੱਤੇ ਦਿਸਦੀ ਹੈ?",
  "tailoring.device.browser-sync.todo":
    "ਇਸ ਸਾਈਟ ਲਈ ਪ੍ਰਾਈਵੇਟ ਵਿੰਡੋ ਵਰਤੋ। ਜੇ ਪਹਿਲਾਂ ਇਹ ਸਾਈਟ ਖੋਲ੍ਹੀ ਹੈ, ਤਾਂ ਸਾਰੀ ਹਿਸਟਰੀ ਮਿਟਾਉਣ ਦੀ ਬਜਾਏ ਸਿਰਫ਼ ਇਸ ਦੀਆਂ ਐਂਟਰੀਆਂ ਮਿਟਾਓ।",
  "tailoring.device.location-shared.question":
    "ਕੀ ਉਹ ਵਿਅਕਤੀ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ, ਜਿਵੇਂ ਨਕਸ਼ੇ ਵਾਲੀ ਐਪ, Find My, ਜਾਂ ਪਰਿਵਾਰਕ ਐਪ ਰਾਹੀਂ?",
  "tailoring.device.location-shared.todo":
    "ਫ਼ੋਨ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਵਿੱਚ location sharing ਦੇਖੋ। ਇਸ ਨੂੰ ਬੰਦ ਕਰਨ ਨਾਲ ਉਨ੍ਹਾਂ ਨੂੰ ਖ਼ਬਰ ਹੋ ਸਕਦੀ ਹੈ, ਇਸ ਲਈ ਪਹਿਲਾਂ ਸੋਚੋ, ਅਤੇ ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਤੋਂ ਮਦਦ ਮੰਗੋ।",
  "tailoring.device.family-apps.question": "ਕੀ ਤੁਸੀਂ ਉਸ ਵਿਅਕਤੀ ਨਾਲ ਕਿਸੇ family group ਜਾਂ parental-control ਐਪ ਵਿੱਚ ਹੋ?",
  "tailoring.device.family-apps.todo":
    "ਪਰਿਵਾਰਕ ਐਪਾਂ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ, ਖ਼ਰੀਦਾਂ ਅਤੇ ਸਕਰੀਨ ਟਾਈਮ ਸਾਂਝਾ ਕਰ ਸਕਦੀਆਂ ਹਨ। ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ ਨੂੰ ਕਹੋ ਕਿ ਇਹ ਦੇਖਣ ਵਿੱਚ ਮਦਦ ਕਰੇ ਕਿ ਉਹ ਕੀ ਦੇਖ ਸਕਦੇ ਹਨ।",
  "tailoring.device.childrens-devices.question": "ਕੀ ਤੁਹਾਡੇ ਬੱਚਿਆਂ ਕੋਲ ਫ਼ੋਨ, ਟੈਬਲੇਟ ਜਾਂ ਗੇਮਾਂ ਹਨ ਜੋ ਉਸ ਵਿਅਕਤੀ ਨੇ ਦਿੱਤੀਆਂ ਜਾਂ ਸੈੱਟ ਕੀਤੀਆਂ?",
  "tailoring.device.childrens-devices.todo":
    "ਇਹ ਡਿਵਾਈਸਾਂ ਦੱਸ ਸਕਦੀਆਂ ਹਨ ਕਿ ਬੱਚੇ ਕਿੱਥੇ ਹਨ। ਲੋੜ ਹੋਵੇ ਤਾਂ ਮਦਦ ਨਾਲ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਲੋਕੇਸ਼ਨ ਅਤੇ ਪਰਿਵਾਰਕ ਸੈਟਿੰਗਾਂ ਦੇਖੋ।",
  "tailoring.device.smart-home.question": "ਕੀ ਘਰ ਵਿੱਚ ਕੈਮਰੇ, ਸਮਾਰਟ ਸਪੀਕਰ ਜਾਂ ਵੀਡੀਓ ਡੋਰਬੈੱਲ ਹਨ ਜੋ ਉਸ ਵਿਅਕਤੀ ਦੇ ਕੰਟਰੋਲ ਵਿੱਚ ਹਨ?",
  "tailoring.device.smart-home.todo": "ਹੋ ਸਕਦਾ ਹੈ ਉਹ ਘਰ ਵਿੱਚ ਹੁੰਦੀਆਂ ਗੱਲਾਂ ਦੇਖ ਜਾਂ ਸੁਣ ਸਕਣ। ਫ਼ੋਨ ਕਾਲਾਂ ਅਤੇ ਇਹ ਸਾਈਟ ਉਨ੍ਹਾਂ ਤੋਂ ਦੂਰ ਵਰਤੋ।",
  "tailoring.device.knows-too-much.question":
    "ਕੀ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਅਜਿਹੀਆਂ ਗੱਲਾਂ ਪਤਾ ਲੱਗਦੀਆਂ ਹਨ ਜੋ ਨਹੀਂ ਲੱਗਣੀਆਂ ਚਾਹੀਦੀਆਂ: ਤੁਹਾਡੇ ਸੁਨੇਹੇ, ਤੁਹਾਡੀਆਂ ਖੋਜਾਂ, ਜਾਂ ਤੁਸੀਂ ਕਿੱਥੇ-ਕਿੱਥੇ ਜਾਂਦੇ ਹੋ?",
  "tailoring.device.knows-too-much.todo":
    "ਇਹ spyware ਜਾਂ ਸਾਂਝੇ ਅਕਾਊਂਟ ਦੀ ਨਿਸ਼ਾਨੀ ਹੋ ਸਕਦੀ ਹੈ। ਆਪਣੀ ਯੋਜਨਾ ਲਈ ਇਹ ਡਿਵਾਈਸ ਨਾ ਵਰਤੋ। ਤੁਹਾਡੀ ਹੈਲਪਲਾਈਨ ਇਸ ਨੂੰ ਜਾਂਚ ਕਰਵਾਉਣ ਬਾਰੇ ਦੱਸ ਸਕਦੀ ਹੈ।",
  "tailoring.device.answer.yes": "ਹਾਂ",
  "tailoring.device.answer.no": "ਨਹੀਂ",
  "tailoring.device.answer.not-sure": "ਪੱਕਾ ਪਤਾ ਨਹੀਂ",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "ਤੁਹਾਡਾ ਫ਼ੋਨ ਅਤੇ ਚਾਰਜਰ",
  "tailoring.goNow.take.keys": "ਚਾਬੀਆਂ",
  "tailoring.goNow.take.money": "ਪੈਸੇ ਅਤੇ ਬੈਂਕ ਕਾਰਡ",
  "tailoring.goNow.take.medicines": "ਦਵਾਈਆਂ",
  "tailoring.goNow.take.documents": "ਪਾਸਪੋਰਟ ਜਾਂ ਕੋਈ ਹੋਰ ਪਛਾਣ-ਪੱਤਰ, ਜੇ ਜਲਦੀ ਹੱਥ ਆ ਸਕੇ",
  "tailoring.goNow.take.children": "ਬੱਚੇ, ਅਤੇ ਅੱਜ ਰਾਤ ਲਈ ਉਨ੍ਹਾਂ ਦੀਆਂ ਲੋੜ ਦੀਆਂ ਚੀਜ਼ਾਂ",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "ਮੈਂ ਨਾ ਹੀ ਦੱਸਾਂ",
  "tailoring.ui.priorities.intro": "ਚੁਣੋ ਕਿ ਤੁਹਾਡੇ ਲਈ ਕੀ ਜ਼ਰੂਰੀ ਹੈ, ਫਿਰ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਨੂੰ ਸਭ ਤੋਂ ਉੱਪਰ ਲੈ ਜਾਓ।",
  "tailoring.ui.priorities.chosen": "ਮੇਰੇ ਲਈ ਕੀ ਜ਼ਰੂਰੀ ਹੈ, ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਪਹਿਲਾਂ",
  "tailoring.ui.priorities.none": "ਅਜੇ ਕੁਝ ਨਹੀਂ ਚੁਣਿਆ।",
  "tailoring.ui.priorities.up": "ਉੱਪਰ ਕਰੋ",
  "tailoring.ui.priorities.down": "ਹੇਠਾਂ ਕਰੋ",
  "tailoring.ui.priorities.remove": "ਕੱਢੋ",
  "tailoring.ui.priorities.moved": "{name} ਹੁਣ ਨੰਬਰ {n} ਉੱਤੇ ਹੈ।",
  "tailoring.ui.priorities.own": "ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, ਤੁਹਾਡੇ ਲਈ ਕੀ ਜ਼ਰੂਰੀ ਹੈ?",
  "tailoring.ui.ideas.empty":
    'ਆਪਣੇ ਲਈ ਚੁਣੇ ਸੁਝਾਅ ਦੇਖਣ ਲਈ "ਮੇਰੇ ਉੱਤੇ ਕੀ ਲਾਗੂ ਹੁੰਦਾ ਹੈ" ਅਤੇ "ਮੇਰੇ ਲਈ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਕੀ ਹੈ" ਦੇ ਜਵਾਬ ਦਿਓ। ਹੇਠਾਂ ਸਾਰੇ ਸੁਝਾਅ ਵੀ ਦੇਖ ਸਕਦੇ ਹੋ।',
  "tailoring.ui.ideas.suggested": "ਤੁਹਾਡੇ ਲਈ ਸੁਝਾਅ",
  "tailoring.ui.ideas.suggestedHint":
    "ਇਹ ਹਾਲੇ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹਨ। ਸਿਰਫ਼ ਉਹ ਵਿਚਾਰ ਜੋ ਤੁਸੀਂ ਰੱਖੋਗੇ, ਯੋਜਨਾ ਵਿੱਚ ਜਾਣਗੇ ਅਤੇ ਪ੍ਰਿੰਟ ਹੋਣਗੇ।",
  "tailoring.ui.ideas.suggestedNone": "ਸਾਡੇ ਹਰ ਸੁਝਾਅ ਬਾਰੇ ਤੁਸੀਂ ਫ਼ੈਸਲਾ ਕਰ ਲਿਆ ਹੈ। ਹੋਰ ਲਈ ਹੇਠਾਂ ਸਾਰੇ ਸੁਝਾਅ ਦੇਖੋ।",
  "tailoring.ui.ideas.because": "ਇਹ ਸੁਝਾਅ ਇਸ ਲਈ, ਕਿਉਂਕਿ {reasons}।",
  "tailoring.ui.ideas.between": ", ",
  "tailoring.ui.ideas.and": " ਅਤੇ ",
  "tailoring.ui.ideas.andVowel": " ਅਤੇ ",
  "tailoring.ui.ideas.how": "ਇਹ ਕਿਉਂ ਮਦਦ ਕਰਦਾ ਹੈ, ਅਤੇ ਕਿਵੇਂ",
  "tailoring.ui.ideas.more": { one: "1 ਹੋਰ ਸੁਝਾਅ ਦਿਖਾਓ", other: "{count} ਹੋਰ ਸੁਝਾਅ ਦਿਖਾਓ" },
  "tailoring.ui.ideas.call": "ਕੌਣ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ:",
  "tailoring.ui.ideas.keep": "ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ ਰੱਖੋ",
  "tailoring.ui.ideas.drop": "ਮੇਰੇ ਲਈ ਨਹੀਂ",
  "tailoring.ui.ideas.kept": "ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ",
  "tailoring.ui.ideas.keptNone": 'ਅਜੇ ਕੁਝ ਨਹੀਂ ਰੱਖਿਆ। ਜੋ ਵੀ ਸੁਝਾਅ ਤੁਹਾਡੇ ਲਈ ਢੁਕਦਾ ਹੈ, ਉਸ ਉੱਤੇ "ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ ਰੱਖੋ" ਦਬਾਓ।',
  "tailoring.ui.ideas.note": "ਇਸ ਬਾਰੇ ਮੇਰੇ ਨੋਟ",
  "tailoring.ui.ideas.takeOut": "ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚੋਂ ਕੱਢੋ",
  "tailoring.ui.ideas.own": "ਮੇਰੇ ਆਪਣੇ ਸੁਝਾਅ",
  "tailoring.ui.ideas.ownTitle": "ਮੇਰਾ ਸੁਝਾਅ",
  "tailoring.ui.ideas.ownNote": "ਇਹ ਕਿਵੇਂ ਕਰਨਾ ਹੈ",
  "tailoring.ui.ideas.ownN": "ਮੇਰਾ ਆਪਣਾ ਸੁਝਾਅ {n}",
  "tailoring.ui.ideas.addOwn": "ਆਪਣਾ ਕੋਈ ਸੁਝਾਅ ਜੋੜੋ",
  "tailoring.ui.ideas.removeOwn": "ਇਹ ਸੁਝਾਅ ਹਟਾਓ",
  "tailoring.ui.ideas.dropped": "ਪਾਸੇ ਰੱਖੇ ({count})",
  "tailoring.ui.ideas.bringBack": "ਵਾਪਸ ਲਿਆਓ",
  "tailoring.ui.ideas.all": "ਸਾਰੇ ਸੁਝਾਅ ਦੇਖੋ",
  "tailoring.ui.ideas.inPlan": "ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ",
  "tailoring.ui.ideas.keptDone": "ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਰੱਖਿਆ: {title}।",
  "tailoring.ui.ideas.droppedDone": "ਪਾਸੇ ਰੱਖਿਆ: {title}। ਇਸ ਨੂੰ ਹੇਠਾਂ ਤੋਂ ਵਾਪਸ ਲਿਆ ਸਕਦੇ ਹੋ।",
  "tailoring.ui.panel.close": "ਮੇਰੀ ਯੋਜਨਾ ਵੱਲ ਵਾਪਸ",
  "tailoring.ui.goNow.title": "ਜੇ ਮੈਨੂੰ ਹੁਣੇ ਜਾਣਾ ਪਵੇ",
  "tailoring.ui.goNow.intro": "ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਕੁਝ ਗੱਲਾਂ। ਇਸ ਨੂੰ ਹੁਣੇ ਪੜ੍ਹ ਲਓ, ਤਾਂ ਜੋ ਲੋੜ ਵੇਲੇ ਤੁਹਾਨੂੰ ਪਤਾ ਹੋਵੇ।",
  "tailoring.ui.goNow.danger": "ਜੇ ਤੁਹਾਨੂੰ ਖ਼ਤਰਾ ਹੈ, ਤਾਂ 999 ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ। ਜੇ ਮੋਬਾਈਲ ਉੱਤੇ ਬੋਲ ਨਾ ਸਕੋ, ਤਾਂ ਜਦੋਂ ਪੁੱਛਿਆ ਜਾਵੇ, 55 ਦਬਾਓ।",
  "tailoring.ui.goNow.where": "ਮੈਂ ਕਿੱਥੇ ਜਾਵਾਂ",
  "tailoring.ui.goNow.who": "ਮੈਂ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਾਂ",
  "tailoring.ui.goNow.codeWord": "ਮੇਰਾ ਕੋਡ ਸ਼ਬਦ",
  "tailoring.ui.goNow.waysOut": "ਬਾਹਰ ਜਾਣ ਦੇ ਮੇਰੇ ਰਾਹ",
  "tailoring.ui.goNow.children": "ਬੱਚੇ ਕਿੱਥੇ ਜਾ ਸਕਦੇ ਹਨ",
  "tailoring.ui.goNow.take": "ਹੋ ਸਕੇ ਤਾਂ ਨਾਲ ਲਓ",
  "tailoring.ui.goNow.takeMine": "ਮੇਰੀ ਸੂਚੀ ਵਿੱਚੋਂ",
  "tailoring.ui.goNow.nothing":
    'ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਅਜੇ ਇਹ ਨਹੀਂ ਲਿਖਿਆ ਕਿ ਕਿੱਥੇ ਜਾਣਾ ਹੈ ਜਾਂ ਕਿਸ ਨੂੰ ਫ਼ੋਨ ਕਰਨਾ ਹੈ। "ਘਰ ਛੱਡਣ ਦੀ ਤਿਆਰੀ" ਅਤੇ ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਭਰਨ ਨਾਲ ਇਹ ਇੱਥੇ ਆ ਜਾਣਗੇ।',
  "tailoring.ui.goNow.leave": "ਜੇ ਖ਼ਤਰਾ ਹੈ ਤਾਂ ਚੀਜ਼ਾਂ ਲਈ ਨਾ ਰੁਕੋ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਚੀਜ਼ ਨਾਲੋਂ ਵੱਧ ਕੀਮਤੀ ਹੋ।",
  "tailoring.ui.signs.title": "ਖ਼ਤਰੇ ਦੀਆਂ ਨਿਸ਼ਾਨੀਆਂ",
  "tailoring.ui.signs.intro":
    "ਕੁਝ ਗੱਲਾਂ ਨਾਲ ਗੰਭੀਰ ਨੁਕਸਾਨ ਦੀ ਸੰਭਾਵਨਾ ਵਧ ਜਾਂਦੀ ਹੈ। ਜੋ ਗੱਲਾਂ ਤੁਸੀਂ ਪਛਾਣਦੇ ਹੋ, ਉਨ੍ਹਾਂ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲਾਓ ਅਤੇ ਦੇਖੋ ਕਿ ਕੀ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ। ਕੋਈ ਸਕੋਰ ਨਹੀਂ: ਤੁਹਾਡਾ ਆਪਣਾ ਖ਼ਤਰੇ ਦਾ ਅਹਿਸਾਸ ਸਭ ਤੋਂ ਜ਼ਰੂਰੀ ਹੈ।",
  "tailoring.ui.signs.legend": "ਕੀ ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਵਿੱਚੋਂ ਕੋਈ ਗੱਲ ਪਛਾਣਦੇ ਹੋ?",
  "tailoring.ui.signs.flagged": "ਇਸ ਦਾ ਕੀ ਮਤਲਬ ਹੈ",
  "tailoring.ui.signs.todo": "ਤੁਸੀਂ ਕੀ ਕਰ ਸਕਦੇ ਹੋ",
  "tailoring.ui.signs.none": "ਭਾਵੇਂ ਤੁਸੀਂ ਕਿਸੇ ਉੱਤੇ ਨਿਸ਼ਾਨ ਨਹੀਂ ਲਾਇਆ, ਆਪਣੇ ਅਹਿਸਾਸ ਉੱਤੇ ਭਰੋਸਾ ਕਰੋ। ਜੇ ਡਰ ਲੱਗਦਾ ਹੈ, ਤਾਂ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰੋ।",
  "tailoring.ui.signs.notKept": "ਇੱਥੇ ਲਾਏ ਨਿਸ਼ਾਨ ਰੱਖੇ ਨਹੀਂ ਜਾਂਦੇ: ਇਸ ਨੂੰ ਬੰਦ ਕਰਨ ਉੱਤੇ ਮਿਟ ਜਾਂਦੇ ਹਨ।",
  "tailoring.ui.device.title": "ਕੀ ਇਹ ਡਿਵਾਈਸ ਸੁਰੱਖਿਅਤ ਹੈ?",
  "tailoring.ui.device.intro":
    "ਜੋ ਫ਼ੋਨ ਜਾਂ ਕੰਪਿਊਟਰ ਤੁਸੀਂ ਹੁਣ ਵਰਤ ਰਹੇ ਹੋ, ਉਸ ਬਾਰੇ ਕੁਝ ਸਵਾਲ। ਜੋ ਚਾਹੋ ਛੱਡ ਦਿਓ। ਤੁਹਾਡੇ ਜਵਾਬ ਕਿਤੇ ਵੀ ਨਹੀਂ ਰੱਖੇ ਜਾਂਦੇ।",
  "tailoring.ui.device.todo": "ਕੀ ਕਰਨਾ ਹੈ",
  "tailoring.ui.device.allClear":
    'ਤੁਹਾਡੇ ਜਵਾਬਾਂ ਵਿੱਚ ਕੋਈ ਚਿੰਤਾ ਵਾਲੀ ਗੱਲ ਨਹੀਂ। ਲੋੜ ਪੈਣ ਉੱਤੇ "ਇਹ ਪੰਨਾ ਛੱਡੋ" ਵਰਤਦੇ ਰਹੋ, ਅਤੇ ਹੋਰ ਜਾਣਕਾਰੀ ਲਈ "ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ" ਪੜ੍ਹੋ।',
  "tailoring.ui.device.onlineSafety": "ਔਨਲਾਈਨ ਸੁਰੱਖਿਅਤ ਰਹਿਣਾ",
};
