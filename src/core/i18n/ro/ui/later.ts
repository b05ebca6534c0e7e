import type { later as en } from "../../en/ui/later";
import type { Translation } from "../../types";

/** The workspace's later notices (a newer version, leaving, the phone numbers), in Romanian. Adults are "tu"; drafted carefully, not yet reviewed by a fluent speaker. */
export const later: Translation<typeof en> = {
  // A newer revision was saved than the one this tab's words are based on (by whom, the code
  // cannot always know: another tab, another window, a session's hand-over).
  "workspace.stale.title": "Pe acest dispozitiv s-a salvat o versiune mai nouă a planului.",
  "workspace.stale.text":
    "Ultimele tale schimbări din această filă sunt încă pe ecran, dar nu au fost salvate, ca să nu scrie peste planul mai nou.",
  "workspace.stale.keepMine": "Păstrează-le pe ale mele ca o copie, lângă planul mai nou",
  "workspace.stale.showNewer": "Arată planul mai nou (renunță la schimbările mele de aici)",

  // Before a link leaves the workspace and clears unsaved answers.
  "workspace.leave.title": "Pleci de aici și ștergi ce ai scris?",
  "workspace.leave.savedAsFile":
    "Copia ta încuiată este salvată ca fișier. Dacă pleci de aici, ecranul se șterge, dar fișierul păstrează tot.",
  /** {where} is the link's own words in quotes, or "acea pagină"; {answers} is what would be lost. */
  "workspace.leave.wouldLose":
    "Dacă mergi la {where}, ecranul se șterge. Aceste răspunsuri nu sunt încă salvate nicăieri și s-ar pierde: {answers}.",
  "workspace.leave.linkName": "„{label}”",
  "workspace.leave.thatPage": "acea pagină",
  "workspace.leave.stay": "Rămân aici",
  "workspace.leave.saveFirst": "Salvează întâi o copie",
  "workspace.leave.leave": "Pleacă și șterge",

  // The phone numbers, inside the workspace.
  "workspace.numbers.title": "Numere de telefon pentru ajutor",
  "workspace.numbers.intro":
    "Planul tău rămâne cum este, în spatele acestui panou. Dacă ești în pericol acum, sună la 999. De pe un mobil, dacă nu poți vorbi, apasă 55 când ți se cere.",
  "workspace.numbers.back": "Înapoi la planul meu",
  "workspace.numbers.forChildren": "Pentru copii și tineri",
  "workspace.numbers.backToPractice": "Înapoi la exercițiu",
  // In place of the numbers, while practising: a pretend call must be nowhere near a real one.
  "workspace.numbers.practising":
    "Acum exersezi, așa că nimic de aici nu poate suna pe cineva. De aceea numerele nu sunt pe acest ecran. Dacă ești cu adevărat în pericol, sună la 999 de pe un telefon. Numerele tale sunt în planul tău.",

  // Notices after another tab did something, or a save failed.
  "workspace.notice.updated": "Planul a fost schimbat în altă filă. Acum vezi versiunea mai nouă.",
  "workspace.notice.lockedElsewhere": "A fost încuiat în altă filă.",
  "workspace.notice.deletedElsewhere": "Tot ce era salvat pe acest dispozitiv a fost șters în altă filă.",
  "workspace.notice.replacedElsewhere":
    "Planul salvat pe acest dispozitiv s-a schimbat și nu se mai deschide cu fraza de acces folosită în această filă. Ce e pe ecran nu este salvat acolo: salvează o copie ca fișier ca să îl păstrezi.",
  "workspace.notice.gone":
    "Planul salvat pe acest dispozitiv nu mai este acolo. Ce e pe ecran nu este încă salvat nicăieri: îl poți salva din nou pe acest dispozitiv sau poți salva o copie ca fișier.",
  "workspace.notice.keptCopies":
    "Planul mai nou este deschis, iar schimbările tale din această filă sunt păstrate lângă el, ca niște copii.",
  "workspace.notice.notLockedSaveFailed":
    "Ultimele tale schimbări nu s-au putut salva pe acest dispozitiv, așa că sunt ținute până îl deschizi din nou.",
};
