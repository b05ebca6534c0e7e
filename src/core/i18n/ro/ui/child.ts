import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** The child's practice and Read aloud, in Romanian: the child is "tu", very short sentences and everyday words (age 7–9); the lines for the grown-up say so. */
export const child: Translation<typeof en> = {
  "child.practice.open": "Exersează planul meu",
  "child.practice.loadingTitle": "Exercițiu",
  "child.practice.loading": "Pregătim exercițiul…",
  "child.practice.loadFailed": "Exercițiul nu s-a putut încărca. Verifică internetul și încarcă pagina din nou.",
  "child.practice.practiseWhatToDo": "Exersează ce să faci",
  "child.practice.practiseCall": "Exersează un apel de joacă la 999",
  "child.practice.pickOne": "Alege unul.",
  "child.practice.backToPlan": "Înapoi la planul meu",
  "child.practice.safe": "Alegere sigură",
  "child.practice.notSafe": "Nu e o alegere sigură",
  "child.practice.tryAgain": "Poți alege alt răspuns sau poți merge mai departe.",
  "child.practice.pretend": "Este doar de joacă. Nu sunăm pe nimeni.",
  "child.practice.operatorSays": "Omul de la telefon spune:",
  /** What the person on the phone says, in the language's quotation marks. */
  "child.practice.quote": "„{words}”",
  "child.practice.youSay": "Tu spui:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "child.practice.planSays": "Planul tău spune: {answer}",
  "child.practice.sayOrType": "Poți să spui cu voce tare sau să scrii aici.",
  "child.practice.cannotTalk": "Dacă nu poți vorbi",
  "child.practice.wellDone": "Bravo că ai exersat",
  "child.practice.practiseAgain": "Începe din nou",
  "child.practice.stop": "Oprește",
  "child.practice.next": "Mai departe",
  "child.practice.finish": "Gata",
  "child.practice.countScenario": "Exercițiul {n} din {total}",
  "child.practice.countPart": "Partea {n} din {total}",
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
