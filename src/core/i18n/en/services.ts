/**
 * What each verified national service helps with, and when it answers, in English (the
 * source). Keys start "services.": "services.<id>.helpsWith" and "services.<id>.hours" follow
 * the ids in src/core/config/services.ts. Names of services are not here: they stay as they
 * are known, in every language. Numbers are never here either.
 */
export const services = {
  "services.emergency.name": "Emergency: police, ambulance, fire",
  "services.emergency.helpsWith": "Anyone in danger right now.",
  "services.emergency.hours": "Open all the time",
  "services.national-helpline-england.helpsWith": "Women in England, and anyone worried about someone.",
  "services.national-helpline-england.hours": "Open all the time. Free.",
  "services.live-fear-free.helpsWith": "Anyone in Wales.",
  "services.live-fear-free.hours": "Open all the time. Free.",
  "services.scotland-helpline.helpsWith": "Anyone in Scotland.",
  "services.scotland-helpline.hours": "Open all the time. Free.",
  "services.northern-ireland-helpline.helpsWith": "Anyone in Northern Ireland.",
  "services.northern-ireland-helpline.hours": "Open all the time. Free.",
  "services.mens-advice-line.helpsWith": "Men, including trans and non-binary people, who are being abused.",
  "services.mens-advice-line.hours": "Weekdays. Check current opening times.",
  "services.galop.helpsWith": "LGBT+ people.",
  "services.galop.hours": "Weekdays. Check current opening times.",
  "services.karma-nirvana.helpsWith": "'Honour'-based abuse and forced marriage.",
  "services.karma-nirvana.hours": "Weekdays. Check current opening times.",
  "services.childline.helpsWith": "Children and young people under 19.",
  "services.childline.hours": "Open all the time. Free. Does not show on phone bills.",
  "services.nspcc.helpsWith": "Adults worried about a child.",
  "services.nspcc.hours": "Check current opening times.",
  "services.respect.helpsWith": "People worried about their own behaviour towards a partner or family.",
  "services.respect.hours": "Weekdays. Check current opening times.",
  // An organisation's own service that gives no hours.
  "services.local.hours": "Check current opening times.",
  // The numbers a plan shows (src/core/config/numbers.ts).
  "services.plan.emergencyName": "Emergency",
  "services.plan.emergencyNote": "Police, ambulance. If you cannot speak on a mobile, press 55 when asked.",
  "services.plan.childEmergencyNote": "If you cannot speak on a mobile, press 55 when asked.",
  "services.plan.childlineNote": "Free. It does not show on the phone bill.",
  // The groups of numbers, on /help/ and in the workspace's numbers panel.
  "services.section.inDanger": "In danger now",
  "services.section.helplines": "Helplines",
  "services.section.local": "Near you",
  "services.section.specialist": "Other helplines",
  "services.section.otherNations": "In other parts of the UK",
} as const;
