import type { record as en } from "../../en/ui/record";
import type { Translation } from "../../types";

/**
 * The professional's own record, in Romanian. The professional is "tu"; the worker is
 * "specialistul"; MARAC and DASH keep their English names. Drafted carefully, not yet reviewed by
 * a fluent speaker.
 */
export const record: Translation<typeof en> = {
  "record.title": "Pentru evidențele mele",
  "record.whose":
    "Doar tu vezi asta. Intră doar în copia ta, niciodată în copia familiei, în copiile ei tipărite sau pe cardul unui copil.",
  "record.session.legend": "Ședința",
  "record.agency": "Organizația",
  "record.worker": "Specialistul",
  "record.contact": "Cum poate fi contactat specialistul",
  "record.sessionDate": "Data ședinței",
  "record.risk.legend": "Evaluarea riscului",
  "record.assessment": "Evaluarea riscului folosită",
  "record.assessmentHint": "De exemplu DASH.",
  "record.outcome": "Rezultatul, după judecata ta",
  "record.outcome.standard": "Standard",
  "record.outcome.medium": "Mediu",
  "record.outcome.high": "Ridicat",
  "record.assessmentDate": "Data evaluării",
  "record.marac.legend": "Trimitere la MARAC",
  "record.marac.made": "Făcută",
  "record.marac.notMade": "Nefăcută",
  "record.maracDate": "Data trimiterii",
  "record.children.legend": "Fiecare copil: matricea de identificare a riscului",
  "record.children.intro":
    "Alege o treaptă pentru fiecare copil. Lângă treapta aleasă apare ce ți se cere, ca îndrumare: procedurile organizației tale au întâietate.",
  "record.children.none": "Adaugă în familie un plan pentru fiecare copil sau tânăr, iar treapta lui va apărea aici.",
  "record.scaleLegend": "{plan}: treapta",
  "record.scale.1": "Treapta 1: moderat",
  "record.scale.2": "Treapta 2: de la moderat la serios",
  "record.scale.3": "Treapta 3: serios",
  "record.scale.4": "Treapta 4: sever",
  "record.guidance.1":
    "Verifică să nu existe ceva care face copilul mai vulnerabil, ceea ce ar însemna o treaptă mai mare. Notează evaluarea ta și motivul, și spune-i șefului tău direct. Începe o evaluare de sprijin timpuriu (early help) pentru fiecare copil sau cere una: dacă mama nu este de acord, riscul e mai mare, așa că vorbește cu responsabilul de protecție. Oferă ce poate oferi organizația ta, include planul de siguranță și urmărește cazul.",
  "record.guidance.2":
    "Tot ce cere treapta 1, și mai mult: probabil va fi nevoie de mai multe organizații, cu un singur specialist care coordonează. Dacă mama nu este de acord cu o evaluare de sprijin timpuriu, anunță serviciile sociale pentru copii (Children's Social Care) sau fă o trimitere. Spune ce știi celorlalți specialiști (poți face asta fără acord când există risc de rău) și notează motivul. Organizează o întâlnire a organizațiilor sau participă la una.",
  "record.guidance.3":
    "Copilul poate suferi un rău important sau poate fi în risc de așa ceva. Verifică din nou dacă ceva ridică treapta, notează evaluarea ta și spune-i șefului tău direct. Fă o trimitere la serviciile sociale pentru copii (o evaluare „children in need”). Împarte informațiile cu acord și notează fiecare acțiune, contact și decizie de a le împărți. O trimitere la MARAC este probabilă.",
  "record.guidance.4":
    "S-a ajuns la un rău important. Fă acum o trimitere la serviciile sociale pentru copii: sunt probabile cercetări de protecție a copilului și o întâlnire de strategie. Trimite familia la MARAC. Planifică siguranța specialiștilor care se întâlnesc cu persoana care face rău.",
  "record.childAge": "Vârsta",
  "record.childSchool": "Școala",
  "record.referrals.legend": "Trimiteri făcute",
  "record.referrals.csc": "Serviciile sociale pentru copii (Children's Social Care)",
  "record.referrals.earlyHelp": "Sprijin timpuriu (early help)",
  "record.referralNotes": "Note despre trimiteri",
  "record.copiesHeld": "Cine are copii ale planului și unde",
  "record.consent": "Note despre acord",
  "record.consentHint": "De exemplu: tânărul a fost de acord să își împartă planul.",
  "record.nextReview": "Data următoarei revizuiri",
  "record.print": "Tipărește evidența mea",
  "record.printHint":
    "Tipărește doar această evidență, pentru dosarul cazului. Nimic din ea nu apare vreodată pe copiile tipărite ale familiei.",
  "record.print.title": "Evidența specialistului, pentru dosarul cazului",
  "record.print.copiesAndReview": "Copii, acord și revizuire",
  "record.print.notRecorded": "Nenotat",
  "record.print.yes": "Da",
  "record.print.no": "Nu",
  "record.review.title": "De la ultima revizuire",
  "record.review.since": "Revizuit ultima dată pe {date}.",
  "record.review.nothing": "Nu s-a schimbat nimic de atunci.",
  "record.review.added": "Nou: {plan}",
  "record.review.removed": "Nu mai este aici: {plan}",
  "record.review.changed": "{plan}: răspunsuri schimbate în {sections}",
  "record.review.recordChanged": "În această evidență: {fields}",
  "record.review.separator": ", ",
  "record.review.askNext": "Când este următoarea revizuire?",
};
