import type { services as en } from "../en/services";
import type { Translation } from "../types";

/**
 * What each verified national service helps with, and when it answers, in Romanian: drafted
 * from the English, not yet reviewed by a fluent speaker. Names of services are not here: they
 * stay as they are known, in English. Numbers are never here either.
 */
export const services: Translation<typeof en> = {
  "services.emergency.name": "Urgențe: poliție, ambulanță, pompieri",
  "services.emergency.helpsWith": "Oricine este în pericol chiar acum.",
  "services.emergency.hours": "Deschis non-stop",
  "services.national-helpline-england.helpsWith": "Femei din Anglia și oricine își face griji pentru cineva.",
  "services.national-helpline-england.hours": "Deschis non-stop. Gratuit.",
  "services.live-fear-free.helpsWith": "Oricine din Țara Galilor.",
  "services.live-fear-free.hours": "Deschis non-stop. Gratuit.",
  "services.scotland-helpline.helpsWith": "Oricine din Scoția.",
  "services.scotland-helpline.hours": "Deschis non-stop. Gratuit.",
  "services.northern-ireland-helpline.helpsWith": "Oricine din Irlanda de Nord.",
  "services.northern-ireland-helpline.hours": "Deschis non-stop. Gratuit.",
  "services.mens-advice-line.helpsWith": "Bărbați, inclusiv persoane trans și non-binare, care sunt abuzați.",
  "services.mens-advice-line.hours": "În zilele lucrătoare. Verifică programul actual.",
  "services.galop.helpsWith": "Persoane LGBT+.",
  "services.galop.hours": "În zilele lucrătoare. Verifică programul actual.",
  "services.karma-nirvana.helpsWith": "Abuz „pe motiv de onoare” și căsătorie forțată.",
  "services.karma-nirvana.hours": "În zilele lucrătoare. Verifică programul actual.",
  "services.childline.helpsWith": "Copii și tineri sub 19 ani.",
  "services.childline.hours": "Deschis non-stop. Gratuit. Nu apare pe factura de telefon.",
  "services.nspcc.helpsWith": "Adulți care își fac griji pentru un copil.",
  "services.nspcc.hours": "Verifică programul actual.",
  "services.respect.helpsWith":
    "Persoane care își fac griji pentru propriul comportament față de partener sau familie.",
  "services.respect.hours": "În zilele lucrătoare. Verifică programul actual.",
  // An organisation's own service that gives no hours.
  "services.local.hours": "Verifică programul actual.",
  // The numbers a plan shows (src/core/config/numbers.ts).
  "services.plan.emergencyName": "Urgențe",
  "services.plan.emergencyNote": "Poliție, ambulanță. Dacă nu poți vorbi, de pe un mobil, apasă 55 când ți se cere.",
  "services.plan.childEmergencyNote": "Dacă nu poți vorbi, de pe un mobil, apasă 55 când ți se cere.",
  "services.plan.childlineNote": "Gratuit. Nu apare pe factura de telefon.",
  // The groups of numbers, on /help/ and in the workspace's numbers panel.
  "services.section.inDanger": "În pericol acum",
  "services.section.helplines": "Linii de ajutor",
  "services.section.local": "Lângă tine",
  "services.section.specialist": "Alte linii de ajutor",
  "services.section.otherNations": "În alte părți ale Regatului Unit",
};
