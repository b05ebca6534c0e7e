import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** The child's practice and Read aloud, in Romanian: the child is "tu", very short sentences and everyday words (age 7–9); the lines for the grown-up say so. */
export const child: Translation<typeof en> = {
  "child.practice.open": "Exersează planul meu",
  "child.practice.loadingTitle": "Exercițiu",
  "child.practice.loading": "Pregătim exercițiul…",
  "child.practice.loadFailed": "Exercițiul nu s-a putut încărca. Verifică internetul și încarcă pagina din nou.",
  "child.readAloud.button": "Citește cu voce tare",
  "child.readAloud.stop": "Oprește cititul",
  /** For the adult, on a device with no voice of its own in this language (voices that send words away are never used). */
  "child.readAloud.missing": "Pentru adult: Citește cu voce tare nu merge încă pe acest dispozitiv.",
  "child.readAloud.howToFix":
    "Ca să pornești funcția, adaugă o voce în setările dispozitivului. Caută „vorbire” sau „text în vorbire”. Apoi butonul Citește cu voce tare poate apărea aici singur. Dacă nu apare, păstrează întâi răspunsurile cu Salvează o copie. Apoi încarcă din nou pagina.",
  /** How Read aloud says a yes-or-no answer: "Ai un telefon mobil: da." */
  "child.readAloud.yes": "da",
  "child.readAloud.no": "nu",
  /** Between names in a list, and before the last: "Mama, bunica și domnul Ali". */
  "child.readAloud.listComma": ", ",
  "child.readAloud.listAnd": "{first} și {last}",
  /** The same, when the last name starts with a vowel (Welsh: "Mam ac Ali"); Romanian does not change. */
  "child.readAloud.listAndVowel": "{first} și {last}",
  /** Said as "3 februarie 2027": the day, the month's name, the year (lower case in Romanian). */
  "child.readAloud.months": [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
  ],
};
