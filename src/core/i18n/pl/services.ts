import type { services as en } from "../en/services";
import type { Translation } from "../types";

/**
 * The Polish words for the services' help lines: drafted from the English, not yet reviewed by a
 * fluent speaker. Services keep their English names (a person must say them to find them); what
 * each one helps with is in Polish. "Helpline" is "telefon zaufania" everywhere.
 */
export const services: Translation<typeof en> = {
  "services.emergency.name": "Numer alarmowy: policja, pogotowie, straż pożarna",
  "services.emergency.helpsWith": "Każdy, komu teraz grozi niebezpieczeństwo.",
  "services.emergency.hours": "Czynny cały czas",
  "services.national-helpline-england.helpsWith": "Kobiety w Anglii i każdy, kto martwi się o kogoś.",
  "services.national-helpline-england.hours": "Czynny cały czas. Bezpłatny.",
  "services.live-fear-free.helpsWith": "Każdy w Walii.",
  "services.live-fear-free.hours": "Czynny cały czas. Bezpłatny.",
  "services.scotland-helpline.helpsWith": "Każdy w Szkocji.",
  "services.scotland-helpline.hours": "Czynny cały czas. Bezpłatny.",
  "services.northern-ireland-helpline.helpsWith": "Każdy w Irlandii Północnej.",
  "services.northern-ireland-helpline.hours": "Czynny cały czas. Bezpłatny.",
  "services.mens-advice-line.helpsWith": "Mężczyźni, także osoby trans i niebinarne, którzy doznają przemocy.",
  "services.mens-advice-line.hours": "W dni robocze. Sprawdź aktualne godziny.",
  "services.galop.helpsWith": "Osoby LGBT+.",
  "services.galop.hours": "W dni robocze. Sprawdź aktualne godziny.",
  "services.karma-nirvana.helpsWith": "Przemoc w imię „honoru” i małżeństwa z przymusu.",
  "services.karma-nirvana.hours": "W dni robocze. Sprawdź aktualne godziny.",
  "services.childline.helpsWith": "Dzieci i młodzież do 19 lat.",
  "services.childline.hours": "Czynny cały czas. Bezpłatny. Nie widać go na rachunku za telefon.",
  "services.nspcc.helpsWith": "Dorośli, którzy martwią się o dziecko.",
  "services.nspcc.hours": "Sprawdź aktualne godziny.",
  "services.respect.helpsWith": "Osoby zaniepokojone własnym zachowaniem wobec partnera, partnerki lub rodziny.",
  "services.respect.hours": "W dni robocze. Sprawdź aktualne godziny.",
  // An organisation's own service that gives no hours.
  "services.local.hours": "Sprawdź aktualne godziny.",
  // The numbers a plan shows (src/core/config/numbers.ts).
  "services.plan.emergencyName": "Numer alarmowy",
  "services.plan.emergencyNote":
    "Policja, pogotowie. Jeśli nie możesz mówić przez komórkę, naciśnij 55, kiedy cię o to poproszą.",
  "services.plan.childEmergencyNote": "Jeśli nie możesz mówić przez komórkę, naciśnij 55, kiedy cię o to poproszą.",
  "services.plan.childlineNote": "Bezpłatny. Nie widać go na rachunku za telefon.",
  // The groups of numbers, on /help/ and in the workspace's numbers panel.
  "services.section.inDanger": "Niebezpieczeństwo teraz",
  "services.section.helplines": "Telefony zaufania",
  "services.section.local": "W pobliżu",
  "services.section.specialist": "Inne telefony zaufania",
  "services.section.otherNations": "W innych częściach Wielkiej Brytanii",
};
