import type { handover as en } from "../../en/ui/handover";
import type { Translation } from "../../types";

/** The professional's hand-over at the end of a session, in Romanian. The professional is "tu"; drafted carefully, not yet reviewed by a fluent speaker. */
export const handover: Translation<typeof en> = {
  "handover.intro":
    "Alege ce e mai sigur pentru această familie. Pentru un copil se tipărește doar un card cu numere de telefon. Nimic de aici nu se păstrează.",
  "handover.print": "Tipărește",
  "handover.printCard": "Tipărește cardul cu numere",
  "handover.printHint": "Deschide planul; opțiunile de tipărire sunt la sfârșitul paginii.",
  "handover.fileTitle": "Fișier încuiat sau salvare pe dispozitivul persoanei",
  "handover.include": "Planuri de inclus",
  "handover.includeHint":
    "Planul unui tânăr intră în copia ta. Intră în copia persoanei doar dacă tânărul este de acord.",
  "handover.ask.question": "{plan}: este tânărul de acord ca planul lui să intre în această copie?",
  "handover.ask.why": "Planul unui tânăr este al lui: un părinte ar putea deschide această copie și l-ar putea citi.",
  "handover.ask.yes": "Da, este de acord",
  "handover.ask.no": "Nu, lasă-l deoparte",
  "handover.makeFile": "Fă un fișier încuiat",
  "handover.saveDevice": "Salvează încuiat pe acest dispozitiv (al persoanei)",
  "handover.toPhone": "Trimite pe un telefon",
  "handover.deviceTitle": "Salvează încuiat pe dispozitivul persoanei",
  "handover.deviceText":
    "Doar dacă acesta este dispozitivul persoanei și e sigur pentru ea să îl păstreze aici. Persoana alege fraza de acces. Planul se încuie singur după câteva minute în care nu e folosit. La încheierea ședinței, se va cere să alegi dacă îl păstrezi.",
  "handover.noStorage": "Browserul acesta nu lasă site-urile să salveze pe dispozitiv. Fă în schimb un fișier încuiat.",
  "handover.alreadySaved":
    "Un plan încuiat este deja salvat pe acest dispozitiv. Dacă salvezi acum, îl înlocuiești. Ca să continui, alege din nou Salvează și încuie.",
  "handover.saveFailed": "Browserul nu ne-a lăsat să salvăm. Fă în schimb un fișier încuiat.",
  "handover.finishTitle": "Înainte să închei",
  "handover.handedOver": "Ce s-a predat (bifele nu se salvează)",
  "handover.confirmations": [
    "Fiecare copil are doar cardul cu numere de telefon sau nimic scris",
    "Persoana are fișierul ei încuiat sau planul ei tipărit",
    "Persoana știe fraza de acces și aceasta nu este scrisă lângă fișier",
    "Copia mea este în evidențele organizației mele",
    "Persoana știe unde este Ieși de pe această pagină și cum să plece repede",
    "Am stabilit când revizuim planurile",
  ],
  "handover.checked": "{done} din {total} bifate.",
};
