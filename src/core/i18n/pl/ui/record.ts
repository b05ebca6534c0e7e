import type { record as en } from "../../en/ui/record";
import type { Translation } from "../../types";

/**
 * Dokumentacja osoby prowadzącej (profesjonalisty), po polsku: na „ty”, rzeczowo, bez form
 * rodzajowych. Brytyjskie nazwy, które trzeba wypowiedzieć po angielsku (MARAC, DASH, Children's
 * Social Care, early help, child in need, child protection), zostają po angielsku z krótkim polskim
 * objaśnieniem. Drafted from the English, not yet reviewed by a fluent speaker.
 */
export const record: Translation<typeof en> = {
  "record.title": "Do mojej dokumentacji",
  "record.whose":
    "Widzisz to tylko ty. Trafia to wyłącznie do twojej własnej kopii, nigdy do kopii rodziny, jej wydruków ani do karteczki dziecka.",
  "record.session.legend": "Sesja",
  "record.agency": "Instytucja",
  "record.worker": "Osoba prowadząca",
  "record.contact": "Jak skontaktować się z osobą prowadzącą",
  "record.sessionDate": "Data sesji",
  "record.risk.legend": "Ocena ryzyka",
  "record.assessment": "Użyte narzędzie oceny ryzyka",
  "record.assessmentHint": "Na przykład DASH.",
  "record.outcome": "Wynik, według twojej oceny",
  "record.outcome.standard": "Standardowe",
  "record.outcome.medium": "Średnie",
  "record.outcome.high": "Wysokie",
  "record.assessmentDate": "Data oceny",
  "record.marac.legend": "Zgłoszenie do MARAC (wieloinstytucjonalna konferencja w sprawie ryzyka)",
  "record.marac.made": "Zgłoszono",
  "record.marac.notMade": "Nie zgłoszono",
  "record.maracDate": "Data zgłoszenia",
  "record.children.legend": "Każde dziecko: macierz identyfikacji ryzyka",
  "record.children.intro":
    "Wybierz skalę dla każdego dziecka. Obok pojawi się, czego wymaga wybrana skala, jako wskazówka: najważniejsze są procedury twojej instytucji.",
  "record.children.none":
    "Dodaj do gospodarstwa domowego plan dla każdego dziecka lub młodej osoby, a tutaj pojawi się ich skala.",
  "record.scaleLegend": "{plan}: skala",
  "record.scale.1": "Skala 1: umiarkowane",
  "record.scale.2": "Skala 2: od umiarkowanego do poważnego",
  "record.scale.3": "Skala 3: poważne",
  "record.scale.4": "Skala 4: bardzo poważne",
  "record.guidance.1":
    "Sprawdź, czy nic nie czyni dziecka bardziej bezbronnym, co oznaczałoby wyższą skalę. Zapisz swoją ocenę i jej uzasadnienie oraz poinformuj osobę przełożoną. Rozpocznij ocenę early help (wczesne wsparcie) dla każdego dziecka albo o nią poproś: jeśli matka się nie zgadza, ryzyko jest wyższe, więc porozmawiaj z osobą odpowiedzialną za ochronę dzieci (safeguarding lead). Zaproponuj to, co może dać twoja instytucja, uwzględnij planowanie bezpieczeństwa i sprawdzaj, co dalej.",
  "record.guidance.2":
    "Wszystko ze skali 1, a do tego: prawdopodobnie potrzebnych będzie kilka instytucji, z jedną osobą wiodącą (lead professional). Jeśli matka nie zgadza się na ocenę early help, poinformuj Children's Social Care (opieka społeczna dla dzieci) albo złóż tam zgłoszenie. Dziel się tym, co wiesz, z innymi profesjonalistami (wolno to zrobić bez zgody, gdy istnieje ryzyko krzywdy) i zapisz powód. Zwołaj spotkanie instytucji albo weź w nim udział.",
  "record.guidance.3":
    "Dziecko może doznawać poważnej krzywdy (significant harm) albo być nią zagrożone. Sprawdź jeszcze raz wszystko, co podnosi skalę, zapisz swoją ocenę i poinformuj osobę przełożoną. Złóż zgłoszenie do Children's Social Care (ocena child in need – dziecko potrzebujące wsparcia). Dziel się informacjami za zgodą i zapisuj każde działanie, kontakt i decyzję o udostępnieniu. Zgłoszenie do MARAC jest prawdopodobne.",
  "record.guidance.4":
    "Próg poważnej krzywdy (significant harm) jest przekroczony. Złóż zgłoszenie do Children's Social Care teraz: prawdopodobne są działania child protection (ochrona dziecka) i spotkanie strategiczne (strategy meeting). Zgłoś rodzinę do MARAC. Zaplanuj bezpieczeństwo profesjonalistów, którzy spotykają się z osobą wyrządzającą krzywdę.",
  "record.childAge": "Wiek",
  "record.childSchool": "Szkoła",
  "record.referrals.legend": "Złożone zgłoszenia",
  "record.referrals.csc": "Children's Social Care (opieka społeczna dla dzieci)",
  "record.referrals.earlyHelp": "Early help (wczesne wsparcie)",
  "record.referralNotes": "Uwagi o zgłoszeniach",
  "record.copiesHeld": "Kto ma kopie planu i gdzie",
  "record.consent": "Uwagi o zgodzie",
  "record.consentHint": "Na przykład: młoda osoba zgodziła się udostępnić swój plan.",
  "record.nextReview": "Data następnego przeglądu",
  "record.print": "Wydrukuj moją dokumentację",
  "record.printHint": "Drukuje tylko tę dokumentację, do akt sprawy. Nic z niej nigdy nie trafia na wydruki rodziny.",
  "record.print.title": "Dokumentacja osoby prowadzącej, do akt sprawy",
  "record.print.copiesAndReview": "Kopie, zgoda i przegląd",
  "record.print.notRecorded": "Nie zapisano",
  "record.print.yes": "Tak",
  "record.print.no": "Nie",
  "record.review.title": "Od ostatniego przeglądu",
  "record.review.since": "Ostatni przegląd: {date}.",
  "record.review.nothing": "Od tego czasu nic się nie zmieniło.",
  "record.review.added": "Nowe: {plan}",
  "record.review.removed": "Już nieobecne: {plan}",
  "record.review.changed": "{plan}: zmienione odpowiedzi w częściach: {sections}",
  "record.review.recordChanged": "W tej dokumentacji: {fields}",
  "record.review.separator": ", ",
  "record.review.askNext": "Kiedy następny przegląd?",
};
