import type { forms as en } from "../../en/ui/forms";
import type { Translation } from "../../types";

/**
 * Hasła, kopie i zapisywanie, po polsku: do dorosłych na „ty”, ciepło i prosto, bez form
 * rodzajowych (zamiast „wybrałeś/wybrałaś”: „wybrana fraza hasła”, „możesz”). Drafted from the English,
 * not yet reviewed by a fluent speaker.
 */
export const forms: Translation<typeof en> = {
  // Opening a copy or the saved plan: every way it can fail, kindly
  "storage.error.wrongPassphrase":
    "Ta fraza hasła tego nie otworzyła. Sprawdź literówki, wielkie litery i spacje, i spróbuj jeszcze raz. Jeśli nadal się nie otwiera, zapisana kopia może być uszkodzona.",
  "storage.error.notPlanFile": "To nie jest kopia zapisana na tej stronie, więc nie da się jej tu otworzyć.",
  "storage.error.newerVersion":
    "Tę kopię zapisała nowsza wersja tej strony, więc ta wersja nie może jej otworzyć. Poproś organizację, która prowadzi stronę, o jej aktualizację.",
  "storage.error.tooLarge": "Ten plik jest za duży, aby być kopią z tej strony.",
  "storage.error.damaged": "Ten plik jest uszkodzony, więc nie da się go otworzyć.",
  "storage.error.notBundle":
    "Plik się otworzył, ale w środku nie ma planu z tej strony, więc nic nie zostało wczytane.",
  "storage.error.invalid":
    "Plik się otworzył, ale część zawartości wygląda nieprawidłowo, więc dla pewności nic nie zostało wczytane.",
  "storage.error.missing": "Na tym urządzeniu nie ma już zapisanego planu, więc nie ma tu czego otworzyć.",
  "storage.error.storageFailed":
    "Ta przeglądarka nie pozwoliła odczytać tego, co jest zapisane. Spróbuj jeszcze raz albo najpierw zamknij inne karty tej strony.",

  // The passphrase form
  "storage.pass.choose": "Wybierz frazę hasła",
  "storage.pass.label": "Fraza hasła",
  "storage.pass.hint":
    "Kilka niepowiązanych ze sobą słów łatwo zapamiętać i trudno zgadnąć. Nikt nie może jej dla ciebie odzyskać, więc trzymaj ją w bezpiecznym miejscu albo w pamięci. Jeśli przeglądarka zaproponuje jej zapisanie, wybierz „Nigdy”.",
  "storage.pass.suggest": "Zaproponuj mi frazę",
  /** The button's name as the advice quotes it. */
  "storage.pass.suggestQuoted": "„Zaproponuj mi frazę”",
  /** Arabic pages only: a second suggestion button, for English words in a to z (see suggestedNoteLatin). Not shown on Polish pages. */
  "storage.pass.suggestLatin": "Zaproponuj frazę z angielskich liter",
  "storage.pass.suggested":
    "Twoja fraza hasła to: {words}. Naucz się jej teraz. Jeśli ją zapiszesz, trzymaj ją tam, gdzie nikt inny jej nie znajdzie, nigdy razem z planem.",
  "storage.pass.larger": "Pokaż większe",
  /**
   * After a suggestion in the page's language (docs/translations.md says why). Polish pages:
   * Polish words written in the letters a to z only, with no ą, ę, ł or other Polish letters
   * (src/core/crypto/wordlist-pl.ts), so they type the same on any keyboard.
   */
  "storage.pass.suggestedNote":
    "To polskie słowa pisane tylko literami od a do z, bez ą, ę, ł i innych polskich znaków, więc wpisuje się je tak samo na każdym telefonie i klawiaturze. Wpisz każde słowo dokładnie tak, jak jest tutaj.",
  /** After a suggestion in English letters (Arabic pages' second button). Not shown on Polish pages, which suggest Polish words. */
  "storage.pass.suggestedNoteLatin":
    "To angielskie słowa. Mają tylko litery od a do z, więc wpisuje się je tak samo na każdym telefonie i klawiaturze.",
  "storage.pass.again": "Wpisz frazę hasła jeszcze raz",
  "storage.pass.show": "Pokaż frazę hasła",
  "storage.pass.typeFirst": "Najpierw wpisz frazę hasła.",
  "storage.pass.notSame": "Te dwie frazy hasła nie są takie same. Wpisz ją jeszcze raz w obu polach.",
  "storage.pass.mustDiffer": "Użyj innej frazy hasła niż do pierwszej kopii, aby każda osoba miała własną.",
  "storage.pass.tooEasy": "Ta fraza hasła byłaby zbyt łatwa do zgadnięcia przez kogoś innego.",
  "storage.pass.orUse": "Albo użyj przycisku {button}.",

  // How strong a new passphrase is (src/core/crypto/passphrase.ts)
  "storage.strength.tooEasy": "Zbyt łatwe do zgadnięcia",
  "storage.strength.weak": "Słabe",
  "storage.strength.fair": "Średnie",
  "storage.strength.good": "Dobre",
  "storage.strength.strong": "Mocne",
  "storage.advice.empty": "Wpisz frazę hasła albo użyj przycisku {button}.",
  "storage.advice.common": "Jest tu bardzo popularne hasło, więc szybko dałoby się je zgadnąć.",
  "storage.advice.personal": "Imiona i daty, na przykład urodziny albo rok, łatwo zgadnąć komuś, kto cię zna.",
  "storage.advice.pattern": "Powtórzenia, ciągi takie jak „abcd” czy „1234” i lata łatwo zgadnąć.",
  "storage.advice.shortButStrong": "To dobre połączenie – potrzeba tylko co najmniej {min} znaków.",
  "storage.advice.short":
    "Spróbuj je trochę wydłużyć – do co najmniej {min} znaków. Dobrze działają cztery lub więcej niepowiązanych słów. Możesz też użyć przycisku {button}.",
  "storage.advice.commonWords": "To popularne słowa, więc razem nadal łatwo je zgadnąć.",
  "storage.advice.tryRarer":
    "Spróbuj mniej popularnych słów, które nie mają ze sobą nic wspólnego, albo użyj przycisku {button}.",
  "storage.advice.weak": "Spróbuj czterech lub więcej niepowiązanych słów albo użyj przycisku {button}.",
  "storage.advice.fair":
    "Już prawie. Jeszcze jedno lub dwa niepowiązane słowa sprawią, że będzie dużo trudniejsze do zgadnięcia.",
  "storage.advice.good": "To dobra fraza hasła. Upewnij się tylko, że ją zapamiętasz.",
  "storage.advice.strong":
    "Świetnie – taką frazę hasła byłoby bardzo trudno zgadnąć. Upewnij się tylko, że ją zapamiętasz.",

  // Save a copy (a locked file)
  "storage.export.tooMuch":
    "To za dużo na jeden plik. Zapisz niektóre plany osobno albo skróć niektóre odpowiedzi. Nic na tym ekranie się nie zmieniło.",
  "storage.export.failed": "W tej przeglądarce nie udało się zrobić kopii. Nic na tym ekranie się nie zmieniło.",
  "storage.export.title": "Zapisz zablokowaną kopię jako plik",
  "storage.export.titlePro": "Zablokowany plik tej osoby",
  "storage.export.intro":
    "Plik jest zablokowany frazą hasła, którą tu wybierzesz. Może się ona różnić od wszystkich innych. Możesz trzymać plik na pendrivie, wysłać go do siebie e-mailem albo dać go do przechowania osobie wspierającej.",
  "storage.export.introPro":
    "Poproś tę osobę, żeby sama wybrała frazę hasła i wpisała ją tutaj. Jeśli wpisujesz ją za nią, upewnij się, że ją zna, i nigdy nie zapisuj jej w tym samym miejscu co plik.",
  "storage.export.download": "Pobierz zablokowaną kopię",
  "storage.export.downloadPro": "Pobierz kopię tej osoby",
  "storage.export.doneTitle": "Zablokowana kopia się pobiera",
  "storage.export.doneText":
    "Szukaj jej w pobranych plikach. Otworzy się tylko wybraną frazą hasła. Jeśli folder pobranych plików nie jest bezpieczny, przenieś lub usuń plik, gdy już zachowasz go gdzie indziej.",
  "storage.export.second": "Zrób drugą kopię dla osoby wspierającej",
  "storage.export.secondPro": "Zrób drugą kopię do mojej dokumentacji",
  "storage.export.secondIntro":
    "Kopia osoby wspierającej ma własną frazę hasła, więc może ona otworzyć swoją kopię bez znajomości twojej. Powiedz jej tę frazę na głos, nigdy w tej samej wiadomości co plik.",
  "storage.export.secondIntroPro":
    "Twoja kopia ma własną frazę hasła, inną niż fraza tej osoby, więc żadna z nich nie otwiera obu plików. Przechowuj ją w dokumentacji swojej organizacji.",
  "storage.export.downloadSecond": "Pobierz kopię osoby wspierającej",
  "storage.export.downloadSecondPro": "Pobierz moją kopię",
  "storage.export.secondDone": "Druga kopia też się pobiera.",

  // Open a saved copy
  "storage.import.unreadable": "Nie udało się odczytać tego pliku.",
  "storage.import.chooseFile": "Wybierz plik",
  "storage.import.dragHint": "Albo przeciągnij plik tutaj.",
  "storage.import.openThis": "Otwórz tę kopię",
  "storage.import.holds": "Kopia jest otwarta. Zawiera: {plans}.",
  "storage.import.alreadyHave": "Na tym ekranie są już odpowiedzi. Co chcesz zrobić?",
  "storage.import.alreadyHaveHeld": "Na tym ekranie są już odpowiedzi: {held}. Co chcesz zrobić?",
  "storage.import.replacesSaved": "Zastąpienie zastępuje też plan zapisany na tym urządzeniu.",
  "storage.import.replace": "Zastąp wszystko tutaj",
  "storage.import.keepBoth": "Zachowaj oba",

  // The unlock screen: neutral, it does not say what is locked
  "storage.unlock.title": "Zablokowane",
  "storage.unlock.intro": "Wpisz frazę hasła, aby otworzyć to, co jest zapisane na tym urządzeniu.",
  "storage.unlock.open": "Otwórz",
  "storage.unlock.forgot": "Nie pamiętasz frazy hasła?",
  "storage.unlock.forgotText":
    "Nikt nie może tego otworzyć bez frazy hasła, nawet osoby, które prowadzą tę stronę. Dzięki temu pozostaje to prywatne. Jeśli jej nie pamiętasz, możesz usunąć to, co jest zapisane, i zacząć od nowa.",
  "storage.unlock.cannotUndo": "Tego nie da się cofnąć.",
  "storage.unlock.deleteAndStart": "Usuń wszystko i zacznij od nowa",
  "storage.unlock.continueWithout": "Kontynuuj bez otwierania",
  "storage.unlock.continueNote": "(to, co jest zapisane, pozostaje zablokowane, a nic nowego nie będzie zapisywane)",
  "storage.save.unavailable":
    "Ta przeglądarka nie pozwala stronom zapisywać niczego na urządzeniu (blokują to niektóre okna prywatne). Twój plan nadal tu jest. Zamiast tego możesz zapisać zablokowaną kopię jako plik.",
  "storage.save.failed":
    "Ta przeglądarka nie pozwoliła zapisać. Twój plan nadal jest na ekranie. Możesz zamiast tego zapisać kopię jako plik.",
  "storage.save.clashTitle": "Na tym urządzeniu jest już zapisany zablokowany plan.",
  "storage.save.clashText":
    "Nic nie zostało zastąpione, a to, co jest na ekranie, nadal tu jest. Możesz otworzyć zapisany plan (to, co jest na ekranie, zostanie obok) albo zastąpić zapisany plan tym, co jest na ekranie.",
  "storage.save.openSaved": "Otwórz zapisany plan",
  "storage.save.replaceSaved": "Zastąp zapisany plan (zostanie usunięty)",
  "storage.save.replaced": "Zapisano i zablokowano na tym urządzeniu, w miejsce wcześniejszego planu.",
  "storage.save.title": "Zapisz na tym urządzeniu, z blokadą",
  "storage.save.text": {
    one: "Twój plan zostanie zablokowany frazą hasła i zachowany w tej przeglądarce. Każda zmiana zapisuje się sama. Plan blokuje się sam po 1 minucie bez używania, po użyciu przycisku „Wyjdź z tej strony” i po wybraniu „Zablokuj teraz”. Każdy, kto używa tego urządzenia, może zobaczyć, że coś jest zapisane, ale nie może tego przeczytać.",
    few: "Twój plan zostanie zablokowany frazą hasła i zachowany w tej przeglądarce. Każda zmiana zapisuje się sama. Plan blokuje się sam po {count} minutach bez używania, po użyciu przycisku „Wyjdź z tej strony” i po wybraniu „Zablokuj teraz”. Każdy, kto używa tego urządzenia, może zobaczyć, że coś jest zapisane, ale nie może tego przeczytać.",
    many: "Twój plan zostanie zablokowany frazą hasła i zachowany w tej przeglądarce. Każda zmiana zapisuje się sama. Plan blokuje się sam po {count} minutach bez używania, po użyciu przycisku „Wyjdź z tej strony” i po wybraniu „Zablokuj teraz”. Każdy, kto używa tego urządzenia, może zobaczyć, że coś jest zapisane, ale nie może tego przeczytać.",
    other:
      "Twój plan zostanie zablokowany frazą hasła i zachowany w tej przeglądarce. Każda zmiana zapisuje się sama. Plan blokuje się sam po {count} minutach bez używania, po użyciu przycisku „Wyjdź z tej strony” i po wybraniu „Zablokuj teraz”. Każdy, kto używa tego urządzenia, może zobaczyć, że coś jest zapisane, ale nie może tego przeczytać.",
  },
  "storage.delete.text":
    "Plan na tym ekranie też zostanie wyczyszczony. Tego nie da się cofnąć. Nie dotyczy to kopii zapisanych jako pliki.",
  "storage.delete.done": "Wszystko, co było zapisane na tym urządzeniu, zostało usunięte.",
  "storage.delete.traces":
    "Przeglądarka może przez jakiś czas po usunięciu trzymać starsze zablokowane kopie we własnych plikach. Nadal otwierają się one tylko twoją frazą hasła. Ta strona prosi potem przeglądarkę o ich usunięcie. Dla pewności możesz też wyczyścić dane tej strony w ustawieniach przeglądarki.",
  "storage.import.openedReplace":
    "Zapisana kopia jest otwarta: {plans}. Użyj „Twoje plany” na górze, aby przechodzić między nimi.",
  "storage.import.openedBeside":
    "Zapisana kopia jest otwarta obok tego, co już było: {plans}. Użyj „Twoje plany” na górze, aby przechodzić między nimi.",

  "storage.save.savingText": {
    one: "Zmiany zapisują się w trakcie pisania, dla wszystkich twoich planów. Plan blokuje się sam po 1 minucie bez używania i po użyciu przycisku „Wyjdź z tej strony”.",
    few: "Zmiany zapisują się w trakcie pisania, dla wszystkich twoich planów. Plan blokuje się sam po {count} minutach bez używania i po użyciu przycisku „Wyjdź z tej strony”.",
    many: "Zmiany zapisują się w trakcie pisania, dla wszystkich twoich planów. Plan blokuje się sam po {count} minutach bez używania i po użyciu przycisku „Wyjdź z tej strony”.",
    other:
      "Zmiany zapisują się w trakcie pisania, dla wszystkich twoich planów. Plan blokuje się sam po {count} minutach bez używania i po użyciu przycisku „Wyjdź z tej strony”.",
  },
};
