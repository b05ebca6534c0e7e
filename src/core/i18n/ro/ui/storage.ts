import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

/** The storage controls, in Romanian. Adults are "tu"; drafted carefully, not yet reviewed by a fluent speaker. */
export const storage: Translation<typeof en> = {
  // Shared by the panels
  "storage.close": "Închide",
  "storage.cancel": "Anulează",
  "storage.locking": "Se încuie…",
  "storage.opening": "Se deschide…",
  "storage.nothingChanged": "Nu s-a schimbat nimic pe acest ecran.",
  "storage.browserFailed":
    "Browserul nu a putut termina acest pas, așa că nu s-a schimbat nimic. Te rugăm să încerci din nou.",
  "storage.loadFailed":
    "Partea aceasta nu s-a putut încărca. Verifică conexiunea și încearcă din nou: nu s-a pierdut nimic din ce ai scris.",
  "storage.savedLocked": "Salvat și încuiat pe acest dispozitiv.",
  "storage.saveAndLock": "Salvează și încuie",
  "storage.deleteQuestion": "Ștergi tot ce este salvat pe acest dispozitiv?",
  "storage.yesDelete": "Da, șterge tot",
  "storage.noKeep": "Nu, păstrează",

  // Keep your plan (the storage controls)
  "storage.keep.title": "Păstrează-ți planul",
  "storage.keep.unavailable":
    "Browserul acesta nu lasă site-urile să salveze pe dispozitiv (unele ferestre private blochează asta). Poți totuși să îți scrii planul aici, să îl tipărești sau să salvezi o copie încuiată ca fișier.",
  "storage.keep.lockedHere": "Un plan încuiat este deja salvat pe acest dispozitiv.",
  "storage.keep.openIt": "Deschide-l",
  "storage.keep.saveOnDevice": "Salvează pe acest dispozitiv",
  "storage.keep.lockNow": "Încuie acum",
  "storage.keep.saveCopy": "Salvează o copie",
  "storage.keep.openCopy": "Deschide o copie salvată",
  "storage.keep.toPhone": "Mută pe un telefon",
  "storage.keep.deleteEverything": "Șterge tot de pe acest dispozitiv",
  // Where what you write is kept (under a plan's introduction)
  "storage.where.screenTitle": "Păstrat doar pe acest ecran.",
  "storage.where.screenText":
    "Dacă treci de la un plan la altul, rămâne. Dacă apeși „Înapoi” în browser, reîncarci pagina, închizi fila sau folosești „Ieși de pe această pagină”, se șterge.",
};
