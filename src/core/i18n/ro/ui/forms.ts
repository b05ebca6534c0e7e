import type { forms as en } from "../../en/ui/forms";
import type { Translation } from "../../types";

/**
 * The storage forms (passphrase, save a copy, open a copy, unlock, save on the device), in
 * Romanian. Adults are "tu", gender-neutral (no adjective that agrees with the reader). A
 * passphrase is "fraza de acces". Drafted carefully, not yet reviewed by a fluent speaker.
 */
export const forms: Translation<typeof en> = {
  // Opening a copy or the saved plan: every way it can fail, kindly
  "storage.error.wrongPassphrase":
    "Fraza de acces nu a deschis copia salvată. Verifică greșelile de tastare, literele mari și spațiile, apoi încearcă din nou. Dacă tot nu se deschide, poate copia este deteriorată.",
  "storage.error.notPlanFile": "Aceasta nu este o copie salvată de pe acest site, așa că nu se poate deschide aici.",
  "storage.error.newerVersion":
    "Aceasta a fost salvată de o versiune mai nouă a site-ului, așa că versiunea de aici nu o poate deschide. Roagă organizația care are site-ul să îl actualizeze.",
  "storage.error.tooLarge": "Fișierul este prea mare ca să fie o copie salvată de pe acest site.",
  "storage.error.damaged": "Fișierul este deteriorat, așa că nu se poate deschide.",
  "storage.error.notBundle":
    "S-a deschis, dar ce e înăuntru nu este un plan de pe acest site, așa că nu s-a încărcat nimic.",
  "storage.error.invalid":
    "S-a deschis, dar o parte din ce e înăuntru nu arată cum trebuie, așa că, din prudență, nu s-a încărcat nimic.",
  "storage.error.missing": "Pe acest dispozitiv nu mai este salvat niciun plan, așa că nu ai ce deschide aici.",
  "storage.error.storageFailed":
    "Browserul nu ne-a lăsat să citim ce e salvat. Încearcă din nou sau închide întâi celelalte file ale acestui site.",

  // The passphrase form
  "storage.pass.choose": "Alege o frază de acces",
  "storage.pass.label": "Fraza de acces",
  "storage.pass.hint":
    "Câteva cuvinte fără legătură între ele se țin minte ușor și se ghicesc greu. Nimeni nu o poate reseta pentru tine, așa că păstreaz-o într-un loc sigur sau în minte. Dacă browserul se oferă să o salveze, alege „Niciodată”.",
  "storage.pass.suggest": "Propune-mi una",
  /** The button's name as the advice quotes it. */
  "storage.pass.suggestQuoted": "„Propune-mi una”",
  /** Arabic pages only: a second suggestion button, for English words in a to z (see suggestedNoteLatin). Not shown on Romanian pages. */
  "storage.pass.suggestLatin": "Propune una cu litere englezești",
  "storage.pass.suggested":
    "Fraza ta de acces este: {words}. Învaț-o acum. Dacă o scrii, păstreaz-o unde nu o găsește nimeni altcineva, niciodată lângă plan.",
  "storage.pass.larger": "Arată mai mare",
  /**
   * After a suggestion in the page's language (docs/translations.md says why). Romanian pages:
   * Romanian words written in the letters a to z only, with no ă, â, î, ș or ț
   * (src/core/crypto/wordlist-ro.ts), so they type the same on any keyboard.
   */
  "storage.pass.suggestedNote":
    "Sunt cuvinte românești scrise doar cu literele de la a la z, fără ă, â, î, ș sau ț, așa că se tastează la fel pe orice telefon sau tastatură. Scrie fiecare cuvânt exact cum apare aici.",
  /** After a suggestion in English letters (Arabic pages' second button). Not shown on Romanian pages, which suggest Romanian words. */
  "storage.pass.suggestedNoteLatin":
    "Sunt cuvinte englezești, scrise doar cu literele de la a la z, așa că se tastează la fel pe orice telefon sau tastatură.",
  "storage.pass.again": "Scrie din nou fraza de acces",
  "storage.pass.show": "Arată fraza de acces",
  "storage.pass.typeFirst": "Scrie întâi o frază de acces.",
  "storage.pass.notSame": "Cele două fraze de acces nu sunt la fel. Scrie-o din nou în ambele căsuțe.",
  "storage.pass.mustDiffer":
    "Folosește altă frază de acces decât la prima copie, ca fiecare persoană să o aibă pe a ei.",
  "storage.pass.tooEasy": "Fraza aceasta de acces ar fi prea ușor de ghicit de altcineva.",
  "storage.pass.orUse": "Sau folosește {button}.",

  // How strong a new passphrase is (src/core/crypto/passphrase.ts)
  "storage.strength.tooEasy": "Prea ușor de ghicit",
  "storage.strength.weak": "Slabă",
  "storage.strength.fair": "Acceptabilă",
  "storage.strength.good": "Bună",
  "storage.strength.strong": "Puternică",
  "storage.advice.empty": "Scrie o frază de acces sau folosește {button}.",
  "storage.advice.common": "Aceasta folosește o parolă foarte des întâlnită, așa că ar fi ghicită repede.",
  "storage.advice.personal":
    "Numele și datele, ca o zi de naștere sau un an, sunt ușor de ghicit de cineva care te cunoaște.",
  "storage.advice.pattern": "Repetările, șirurile ca „abcd” sau „1234” și anii sunt ușor de ghicit.",
  "storage.advice.shortButStrong": "E un amestec bun – trebuie doar să aibă cel puțin {min} caractere.",
  "storage.advice.short":
    "Încearcă să o faci puțin mai lungă – cel puțin {min} caractere. Merg bine patru sau mai multe cuvinte fără legătură între ele, sau folosește {button}.",
  "storage.advice.commonWords": "Cuvintele acestea sunt des întâlnite, așa că și împreună sunt ușor de ghicit.",
  "storage.advice.tryRarer": "Încearcă niște cuvinte mai rare, fără legătură între ele, sau folosește {button}.",
  "storage.advice.weak": "Încearcă patru sau mai multe cuvinte fără legătură între ele, sau folosește {button}.",
  "storage.advice.fair": "Aproape gata. Încă un cuvânt sau două fără legătură ar face-o mult mai greu de ghicit.",
  "storage.advice.good": "Este o frază de acces bună. Doar asigură-te că o vei ține minte.",
  "storage.advice.strong": "Minunat – ar fi foarte greu de ghicit. Doar asigură-te că o vei ține minte.",

  // Save a copy (a locked file)
  "storage.export.tooMuch":
    "Este prea mult pentru un singur fișier. Salvează unele planuri separat sau scurtează câteva răspunsuri. Nu s-a schimbat nimic pe acest ecran.",
  "storage.export.failed": "Copia nu s-a putut face în acest browser. Nu s-a schimbat nimic pe acest ecran.",
  "storage.export.title": "Salvează o copie încuiată ca fișier",
  "storage.export.titlePro": "Fișierul încuiat al persoanei",
  "storage.export.intro":
    "Fișierul este încuiat cu fraza de acces pe care o alegi aici. Poate fi diferită de oricare alta. Îl poți păstra pe un stick de memorie, ți-l poți trimite prin e-mail sau îl poți da unui consilier de sprijin să ți-l păstreze.",
  "storage.export.introPro":
    "Roagă persoana să aleagă fraza de acces și să o scrie chiar ea aici. Dacă o scrii tu în locul ei, asigură-te că o știe și nu o scrie niciodată în același loc cu fișierul.",
  "storage.export.download": "Descarcă copia încuiată",
  "storage.export.downloadPro": "Descarcă copia persoanei",
  "storage.export.doneTitle": "Copia ta încuiată se descarcă",
  "storage.export.doneText":
    "O găsești în descărcări. Se deschide doar cu fraza de acces pe care ai ales-o. Dacă dosarul de descărcări nu e un loc sigur, mută sau șterge fișierul după ce l-ai pus în altă parte.",
  "storage.export.second": "Fă o a doua copie pentru un consilier de sprijin",
  "storage.export.secondPro": "Fă o a doua copie pentru evidențele mele",
  "storage.export.secondIntro":
    "Copia consilierului de sprijin are propria frază de acces, ca să o poată deschide fără să o știe pe a ta. Spune-i fraza de acces cu voce tare, niciodată în același mesaj cu fișierul.",
  "storage.export.secondIntroPro":
    "Copia ta are propria frază de acces, diferită de a persoanei, așa că nicio frază nu deschide ambele fișiere. Păstreaz-o în evidențele organizației tale.",
  "storage.export.downloadSecond": "Descarcă copia consilierului de sprijin",
  "storage.export.downloadSecondPro": "Descarcă copia mea",
  "storage.export.secondDone": "Se descarcă și a doua copie.",

  // Open a saved copy
  "storage.import.unreadable": "Fișierul nu s-a putut citi.",
  "storage.import.chooseFile": "Alege fișierul",
  "storage.import.dragHint": "Sau trage fișierul aici.",
  "storage.import.openThis": "Deschide această copie",
  "storage.import.holds": "Copia este deschisă. Conține {plans}.",
  "storage.import.alreadyHave": "Ai deja răspunsuri pe acest ecran. Ce vrei să faci?",
  "storage.import.alreadyHaveHeld": "Ai deja răspunsuri pe acest ecran: {held}. Ce vrei să faci?",
  "storage.import.replacesSaved": "Dacă înlocuiești, se înlocuiește și planul salvat pe acest dispozitiv.",
  "storage.import.replace": "Înlocuiește tot ce e aici",
  "storage.import.keepBoth": "Păstrează-le pe amândouă",

  // The unlock screen: neutral, it does not say what is locked
  "storage.unlock.title": "Încuiat",
  "storage.unlock.intro": "Scrie fraza de acces ca să deschizi ce ai salvat pe acest dispozitiv.",
  "storage.unlock.open": "Deschide",
  "storage.unlock.forgot": "Ai uitat fraza de acces?",
  "storage.unlock.forgotText":
    "Nimeni nu poate deschide fără fraza de acces, nici măcar cei care au acest site. Așa rămâne totul privat. Dacă nu ți-o amintești, poți șterge ce e salvat și poți începe din nou.",
  "storage.unlock.cannotUndo": "Acest pas nu se poate anula.",
  "storage.unlock.deleteAndStart": "Șterge tot și începe din nou",
  "storage.unlock.continueWithout": "Continuă fără să deschizi",
  "storage.unlock.continueNote": "(ce ai salvat rămâne încuiat și nu se salvează nimic nou)",
  "storage.save.unavailable":
    "Browserul acesta nu lasă site-urile să salveze pe dispozitiv (unele ferestre private blochează asta). Planul tău este tot aici. Poți salva în schimb o copie încuiată ca fișier.",
  "storage.save.failed":
    "Browserul nu ne-a lăsat să salvăm. Planul tău este tot aici, pe ecran. Poți salva în schimb o copie ca fișier.",
  "storage.save.clashTitle": "Pe acest dispozitiv este deja salvat un plan, încuiat.",
  "storage.save.clashText":
    "Nu s-a înlocuit nimic, iar ce e pe ecran este tot aici. Poți deschide planul salvat (ce e pe ecran se păstrează lângă el) sau poți înlocui planul salvat cu ce e pe ecran.",
  "storage.save.openSaved": "Deschide planul salvat",
  "storage.save.replaceSaved": "Înlocuiește planul salvat (se șterge)",
  "storage.save.replaced": "Salvat și încuiat pe acest dispozitiv, în locul planului de dinainte.",
  "storage.save.title": "Salvează pe acest dispozitiv, încuiat",
  "storage.save.text": {
    one: "Planul tău va fi încuiat cu o frază de acces și păstrat în acest browser. Fiecare schimbare se salvează singură. Planul se încuie singur după 1 minut în care nu e folosit, când folosești „Ieși de pe această pagină” și când alegi „Încuie acum”. Cine folosește acest dispozitiv ar putea vedea că ceva e salvat, dar nu l-ar putea citi.",
    few: "Planul tău va fi încuiat cu o frază de acces și păstrat în acest browser. Fiecare schimbare se salvează singură. Planul se încuie singur după {count} minute în care nu e folosit, când folosești „Ieși de pe această pagină” și când alegi „Încuie acum”. Cine folosește acest dispozitiv ar putea vedea că ceva e salvat, dar nu l-ar putea citi.",
    other:
      "Planul tău va fi încuiat cu o frază de acces și păstrat în acest browser. Fiecare schimbare se salvează singură. Planul se încuie singur după {count} de minute în care nu e folosit, când folosești „Ieși de pe această pagină” și când alegi „Încuie acum”. Cine folosește acest dispozitiv ar putea vedea că ceva e salvat, dar nu l-ar putea citi.",
  },
  "storage.delete.text":
    "Se șterge și planul de pe acest ecran. Acest pas nu se poate anula. Copiile salvate ca fișiere nu sunt atinse.",
  "storage.delete.done": "Tot ce era salvat pe acest dispozitiv a fost șters.",
  "storage.delete.traces":
    "După ștergere, un browser poate păstra o vreme, în fișierele lui, copii încuiate mai vechi. Și ele se deschid doar cu fraza ta de acces. Site-ul cere apoi browserului să le șteargă. Pentru mai multă siguranță, poți șterge și datele acestui site din setările browserului.",
  "storage.import.openedReplace":
    "Copia salvată este deschisă: {plans}. Folosește „Planurile tale” de sus ca să treci de la unul la altul.",
  "storage.import.openedBeside":
    "Copia salvată este deschisă lângă ce aveai: {plans}. Folosește „Planurile tale” de sus ca să treci de la unul la altul.",

  "storage.save.savingText": {
    one: "Schimbările se salvează pe măsură ce scrii, pentru toate planurile tale. Planul se încuie singur după 1 minut în care nu e folosit și când folosești „Ieși de pe această pagină”.",
    few: "Schimbările se salvează pe măsură ce scrii, pentru toate planurile tale. Planul se încuie singur după {count} minute în care nu e folosit și când folosești „Ieși de pe această pagină”.",
    other:
      "Schimbările se salvează pe măsură ce scrii, pentru toate planurile tale. Planul se încuie singur după {count} de minute în care nu e folosit și când folosești „Ieși de pe această pagină”.",
  },
};
