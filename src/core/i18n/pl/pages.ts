import type { pages as en } from "../en/pages";
import type { Translation } from "../types";

/**
 * The Polish words of the site's pages: drafted from the English, not yet reviewed by a fluent
 * speaker. The reader is "ty" (warm, informal, as Polish helplines write). Polish past tenses and
 * adjectives for "you" are gendered (byłeś/byłaś), so sentences use the present, the future or
 * the imperative, or are rephrased; never a "/a" form. Glossary: docs/languages/pl.md.
 */
export const pages: Translation<typeof en> = {
  "layout.description": "Zrób plan we własnym tempie, na własnym urządzeniu.",
  "layout.skipLink": "Przejdź do treści",
  "layout.languages": "Inne języki",
  "layout.nav": "Strona",
  "layout.navHome": "Start",
  "layout.navNumbers": "Numery telefonów",
  "layout.navOnline": "Bezpieczeństwo w internecie",
  "layout.navAbout": "O stronie",
  "layout.footerPrivacy":
    "Nic, co tu wpiszesz, nie jest nigdzie wysyłane. [Co dzieje się z twoimi informacjami](/about/).",
  "layout.footerRunBy": "Stronę prowadzi {name}. {contact}",
  "quickExit.label": "Wyjdź z tej strony",
  "quickExit.pressesLeft": {
    one: "Shift: naciśnij jeszcze 1 raz, aby wyjść",
    few: "Shift: naciśnij jeszcze {count} razy, aby wyjść",
    many: "Shift: naciśnij jeszcze {count} razy, aby wyjść",
    other: "Shift: naciśnij jeszcze {count} razy, aby wyjść",
  },
  "quickExit.expired": "Shift: skrót wyjścia wygasł",
  /** The tab's title the moment the exit is used: what a browser calls a new, empty tab. Neutral. */
  "quickExit.tabTitle": "Nowa karta",
  "quickExit.noticeTitle": "Jak szybko opuścić tę stronę",
  "quickExit.notice":
    "Wybierz **Wyjdź z tej strony** albo naciśnij klawisz **Shift** 3 razy, aby od razu wyjść. Strona zniknie, a w jej miejscu otworzy się zwykła strona internetowa. [Co wyjście ukrywa, a czego nie](/staying-safe-online/).",
  "quickExit.noticeDismiss": "OK, ukryj to",
  "organisation.placeholderName": "Organizacja, która prowadzi tę stronę",
  "organisation.placeholderContact": "Zapytaj osobę, która dała ci ten adres.",
  "home.title": "Start",
  "home.heading": "Zrób plan we własnym tempie",
  "home.lead":
    "{siteName} pomaga przemyśleć, jak być bezpieczniej w domu i co zrobić, jeśli trzeba odejść. Możesz pominąć każde pytanie, wrócić do wszystkiego i wydrukować plan, jeśli chcesz.",
  "home.dangerNow": "**Jeśli grozi ci teraz niebezpieczeństwo, zadzwoń pod 999.**",
  "home.silent":
    "Jeśli nie możesz mówić, wybierz na komórce 999, słuchaj, a potem naciśnij 55. [Więcej numerów pomocy](/help/).",
  "home.chooseStart": "Wybierz, od czego zacząć",
  "home.adult.title": "Mój plan bezpieczeństwa",
  "home.adult.text": "Przemyśl, co chroni ciebie i twoje dzieci, czy zostajesz, czy odchodzisz.",
  "home.checklist.title": "Co zabrać, jeśli odejdę",
  "home.checklist.text": "Lista dokumentów, pieniędzy, kluczy, leków i innych rzeczy do spakowania albo schowania.",
  "home.youngPerson.title": "Plan dla młodzieży",
  "home.youngPerson.text": "Dla nastolatków, do zrobienia z dorosłym, któremu ufają.",
  "home.child.title": "Plan dla dzieci",
  "home.child.text": "Duże, proste kroki do poćwiczenia z zaufanym dorosłym.",
  "home.professionals.title": "Dla specjalistów",
  "home.professionals.text":
    "Zaplanuj z całą rodziną w jednej sesji, przekaż plan bezpiecznie i nie zostawiaj niczego na urządzeniu.",
  "home.neverHeading": "Czego ta strona nigdy nie robi",
  "home.never": [
    "Nigdy nie wysyła nigdzie tego, co wpiszesz. Nie ma konta ani serwera, który przechowuje plany.",
    "Nie zapisuje niczego na tym urządzeniu, chyba że zdecydujesz się zapisać. Wtedy zapis jest zablokowany frazą hasła, którą znasz tylko ty.",
    "Nie śledzi, nie ma reklam ani usług z zewnątrz, więc żadna inna firma nie wie o twojej wizycie.",
  ],
  "home.notYourFault":
    "Plan może zmniejszyć ryzyko, ale nie może obiecać bezpieczeństwa. To, co się dzieje, to nie twoja wina. Nie musisz radzić sobie z tym w pojedynkę: [ludzie, którzy mogą pomóc](/help/).",
  "home.moreLinks":
    "[Jak być bezpieczniej w internecie](/staying-safe-online/), w tym co robi przycisk **Wyjdź z tej strony**. [Co dzieje się z twoimi informacjami](/about/).",
  "about.title": "O stronie",
  "about.heading": "Co dzieje się z twoimi informacjami",
  "about.lead":
    "Wszystko dzieje się w twojej przeglądarce, na tym urządzeniu. Nie ma konta ani serwera, który odbiera lub przechowuje to, co piszesz.",
  "about.keptHeading": "Co jest przechowywane i gdzie",
  "about.kept": [
    "**Kiedy piszesz:** odpowiedzi są tylko w pamięci tej karty. Opuszczenie strony, odświeżenie jej, zamknięcie karty albo przycisk wyjścia je usuwa.",
    "**Jeśli wybierzesz „Zapisz na tym urządzeniu”:** plan jest zablokowany frazą hasła, którą wybierasz. Zablokowana kopia jest w pamięci tej przeglądarki. Bez frazy hasła nie da się jej odczytać i nikt nie może jej za ciebie zresetować.",
    "**Jeśli wybierzesz „Zapisz kopię”:** pobiera się zablokowany plik. Jest twój: możesz go zatrzymać, dać osobie wspierającej albo usunąć.",
    "**Jeśli drukujesz:** kartka jest twoja. Trzymaj ją tam, gdzie nikt jej nie znajdzie, albo poproś osobę wspierającą, żeby ją dla ciebie przechowała.",
    "**Jedna mała notatka dla tej karty:** strona pamięta, tylko do zamknięcia karty, że pokazała już informację o przycisku wyjścia. Przycisk wyjścia ją usuwa.",
  ],
  "about.neverSentHeading": "Czego nigdy się nie wysyła",
  "about.neverSent":
    "Strona nie pobiera niczego od innych firm: żadnego śledzenia, reklam, czcionek ani obrazków z zewnątrz. Przeglądarka ma zakaz wysyłania czegokolwiek pod inny adres. Stronę opuszczasz tylko wtedy, gdy wybierzesz link: numer telefonu, stronę jakiejś usługi albo przycisk wyjścia.",
  "about.deleteHeading": "Jak wszystko usunąć",
  "about.delete": [
    "Niezapisane odpowiedzi: zamknij kartę albo użyj przycisku wyjścia.",
    "Zapisany plan: otwórz go i wybierz „Usuń wszystko z tego urządzenia” na stronie planu. Jeśli jest zablokowany, a nie pamiętasz frazy hasła, wybierz „Nie pamiętasz frazy hasła?” na ekranie blokady. Możesz też usunąć dane tej strony w ustawieniach przeglądarki (zwykle w Prywatności, potem Dane witryn).",
    "Historia przeglądania: zobacz, [jak usunąć z historii tylko tę stronę](/staying-safe-online/#history).",
  ],
  "about.accessibilityHeading": "Dostępność",
  "about.accessibility": "[Jak sprawdzono dostępność tej strony i co jeszcze nie działa dość dobrze](/accessibility/).",
  "about.runByHeading": "Kto prowadzi tę stronę",
  "about.runBy": "{name}. {contact}",
  "about.noPromise":
    "Plan może zmniejszyć ryzyko, ale nie może obiecać bezpieczeństwa. Jeśli grozi ci niebezpieczeństwo, zadzwoń pod 999.",
  "accessibility.title": "Dostępność",
  "accessibility.lead":
    "Ta strona powinna działać dla każdego: na telefonie i komputerze, z klawiaturą, z czytnikiem ekranu albo z powiększonym tekstem. Tu piszemy, jak ją sprawdzono i co jeszcze nie jest dość dobre.",
  "accessibility.aimHeading": "Do czego dążymy",
  "accessibility.aim":
    "Do wytycznych WCAG 2.2 (Web Content Accessibility Guidelines), poziom AA. Strona używa prostych słów, dużych przycisków, prawdziwych linków i nagłówków, i działa bez myszy. Strony dla dzieci mają krótkie zdania, obrazki i czytanie na głos.",
  "accessibility.checkedHeading": "Jak to jest sprawdzane",
  "accessibility.checkedIntro": "Te testy działają same, w przeglądarce Chromium, przy każdej zmianie strony:",
  "accessibility.checks": [
    "narzędzie do sprawdzania dostępności (axe) na każdej stronie, przy szerokości telefonu i komputera, w jasnych i ciemnych kolorach;",
    "to samo narzędzie na każdym kroku planu dziecka, na ekranach ćwiczeń i na planach ze wszystkimi odpowiedziami;",
    "każdy link na każdej stronie da się osiągnąć klawiszem Tab, a przycisk wyjścia jest pierwszy;",
    "link do treści, przycisk wyjścia (Enter albo trzy razy Shift) i informacja przy pierwszej wizycie działają z klawiatury;",
    "plan dziecka, także rysunek, da się zrobić samą klawiaturą;",
    "wszystko, co napisano dla dzieci, zostaje na poziomie czytania około 9 lat (w angielskim: poziom 4 lub niżej w skali Flescha–Kincaida);",
    "wydruki pokazują odpowiedzi i linie do pisania, bez linków i menu strony.",
  ],
  "accessibility.notYetHeading": "Co wiemy, że nie jest jeszcze dość dobre",
  "accessibility.notYet": [
    "Strony nie przetestowały jeszcze osoby z niepełnosprawnościami. Nie sprawdzono jej też ręcznie z czytnikami ekranu (jak NVDA, JAWS, VoiceOver czy TalkBack) ani ze sterowaniem głosem. Automatyczne testy znajdują tylko część problemów.",
    "Automatyczne testy działają tylko w Chromium. Firefox i Safari nie są sprawdzane automatycznie.",
    "Na niektórych telefonach i tabletach klawisz wielkich liter na ekranie działa jak Shift. Trzy naciśnięcia z rzędu mogą więc uruchomić wyjście. Przycisk wyjścia działa zawsze.",
    "Rysunku nie da się opisać komuś, kto go nie widzi. Reszta planu od niego nie zależy.",
    "Czytanie na głos używa głosów z urządzenia. Jeśli ich nie ma, przycisk się nie pokazuje.",
    "Wydruków i zapisanych plików nie sprawdzono z czytnikami ekranu.",
  ],
  // Shown only in a language that no fluent speaker has reviewed yet (src/core/i18n/languages.ts).
  "accessibility.notReviewed": "Polskich słów tej strony nie sprawdziła jeszcze osoba, która dobrze zna ten język.",
  "accessibility.idleLock":
    "Zapisany plan sam się blokuje, gdy nikt go nie używa przez {minutes}. To chroni twoją prywatność. Po odblokowaniu frazą hasła wszystko wraca. Sesja ze specjalistą ostrzega przed końcem, a „Kontynuuj” daje więcej czasu.",
  "accessibility.minutes": {
    one: "1 minutę",
    few: "{count} minuty",
    many: "{count} minut",
    other: "{count} minuty",
  },
  "accessibility.problemHeading": "Napisz nam o problemie",
  "accessibility.problem":
    "Jeśli coś jest trudne w użyciu albo potrzebujesz informacji w innej formie, daj znać: {name}. {contact}",
  "accessibility.written": "Tę deklarację napisano w grudniu 2026 roku, dla wersji 0.2.0 strony.",
  "cleared.title": "Wyczyszczono",
  "cleared.heading": "Wszystko wyczyszczone",
  "cleared.text": "Sesja się skończyła, a to, co zawierała, usunięto z tej przeglądarki.",
  /** Only after a session ended by itself (the page is opened at #idle). */
  "cleared.idle":
    "Skończyła się sama, bo nikt jej nie używał. Plany, które nie zostały jeszcze przekazane, też zostały wyczyszczone i nie da się ich odzyskać.",
  "cleared.cannotHeading": "Czego przeglądarka nie może wyczyścić",
  "cleared.cannot": [
    "**Plików pobranych w czasie sesji.** Zablokowane kopie są w folderze Pobrane, z nazwą {file} Przenieś każdą tam, gdzie jej miejsce (do dokumentacji twojej organizacji albo na urządzenie tej osoby). Potem usuń ją z Pobranych i opróżnij kosz.",
    "**Listy pobranych plików w przeglądarce.** Otwórz Pobrane z menu przeglądarki i usuń każdą kopię z listy (kliknij prawym przyciskiem albo użyj krzyżyka obok).",
    "**Historii.** Adres tej strony zostaje w historii przeglądarki: zobacz, [jak usunąć z historii tylko tę stronę](/staying-safe-online/#history).",
  ],
  "cleared.home": "Start",
  "deleted.title": "Usunięto",
  "deleted.heading": "Usunięto",
  "deleted.text": "Wszystko, co było zapisane na tym urządzeniu, zostało usunięte.",
  "deleted.browser": "Przeglądarka dostała też prośbę o wyczyszczenie plików, które zapisała ta strona.",
  "deleted.again": "Zacznij od nowa",
  "receive.title": "Odbierz",
  "receive.heading": "Odbierz",
  "receive.intro": "Ta strona odczytuje kody pokazane na innym ekranie.",
  "receive.noScript": "Ta strona potrzebuje JavaScriptu, żeby użyć aparatu. Inne sposoby poniżej działają bez niego.",
  "receive.otherWays": "Jeśli ten telefon nie może odczytać kodów",
  "receive.way1": "Poproś o wolniejsze kody na drugim ekranie: są większe i zmieniają się wolniej.",
  "receive.way2":
    "Trzymaj telefon bliżej albo dalej, tak żeby kod wypełniał większą część tego ekranu. Zwiększ jasność drugiego ekranu i odwróć go od świateł, które się w nim odbijają.",
  "receive.way3": "Spróbuj innej przeglądarki na tym telefonie.",
  "receive.way4":
    "Poproś zamiast tego o zablokowany plik i otwórz go na tym telefonie przyciskiem **Otwórz zapisaną kopię** na stronie planu.",
  "receive.way5": "Albo poproś o plan na papierze.",
  "help.title": "Numery telefonów, pod którymi jest pomoc",
  "help.emergencyHeading": "Niebezpieczeństwo teraz: zadzwoń pod 999",
  "help.emergency": [
    "Zadzwoń pod 999, jeśli tobie lub twoim dzieciom grozi niebezpieczeństwo albo ktoś jest ranny. Poproś o policję albo o karetkę, jeśli ktoś jest ranny.",
    "Powiedz, jak się nazywasz, gdzie jesteś i co się dzieje. Jeśli możesz, nie rozłączaj się.",
  ],
  "help.silentHeading": "Jeśli nie możesz mówić",
  "help.silent": [
    "Na komórce wybierz 999.",
    "Nie rozłączaj się i słuchaj.",
    "Kiedy cię o to poproszą, naciśnij **55**. Dyspozytor wie wtedy, że to prawdziwy nagły wypadek, i łączy cię z policją.",
  ],
  "help.hideNumber":
    "Wybranie **141** przed numerem ukrywa twój numer przed osobą, do której dzwonisz, na większości telefonów stacjonarnych w Wielkiej Brytanii.",
  "help.helplinesIntro": "Te rozmowy są bezpłatne. Możesz zadzwonić także po to, żeby po prostu o czymś porozmawiać.",
  "help.closed":
    "Godziny pracy się zmieniają. Jeśli linia jest zamknięta, spróbuj całodobowego telefonu zaufania powyżej albo 999 w nagłym wypadku.",
  "serviceCard.website": "Strona {name}",
  "serviceCard.newTab": "(otwiera się w nowej karcie)",
  "professionals.title": "Dla specjalistów",
  "professionals.heading": "Jak używać tej strony z osobą, którą wspierasz",
  "professionals.lead":
    "Dla osób pracujących z ofiarami przemocy domowej, pracowników socjalnych, nauczycieli, położnych środowiskowych i innych, którzy planują z osobą dorosłą i jej dziećmi. W jednej sesji możesz zrobić plan dorosłego, listę rzeczy do zabrania i plan dla każdego dziecka. Potem przekażesz wszystko bezpiecznie i nie zostawisz niczego na swoim urządzeniu.",
  "professionals.start": "Rozpocznij sesję",
  "professionals.beforeHeading": "Zanim zaczniesz",
  "professionals.before": [
    "**Twórz plan razem z tą osobą, nie za nią.** Ona najlepiej zna swoją sytuację. Pytaj, słuchaj i zapisuj jej słowami.",
    "**Nigdy nie ustalaj planu tam, gdzie sprawca może podsłuchać** albo zobaczyć ekran. Wybierz miejsce i czas z rozwagą. Sprawdź, kto jeszcze jest w domu albo przy telefonie.",
    "**Porozmawiaj z każdym dzieckiem osobno**, w sposób odpowiedni do wieku: prosty plan krok po kroku dla młodszych dzieci, pełniejszy dla nastolatków. Dziecko zatrzymuje tylko numery telefonów, nigdy spisany plan. Ćwiczy plan z zaufanym dorosłym.",
    "**Ryzyko rośnie w chwili odejścia i tuż po nim.** Planuj zarówno dla kogoś, kto zostaje, jak i dla kogoś, kto odchodzi. Plan ma działać w obu przypadkach.",
    "**Plan wspiera ocenę ryzyka (DASH) i procesy MARAC. Nie zastępuje ich.** Trzymaj się procedur ochrony (safeguarding) swojej organizacji.",
    "**Zaproponuj przechowanie planu i kopii dokumentów w swojej siedzibie**, żeby nic nie trzeba było ukrywać w domu.",
    "Plan może zmniejszyć ryzyko, ale nie gwarantuje bezpieczeństwa. Powiedz to wprost.",
  ],
  "professionals.howHeading": "Jak działa sesja",
  "professionals.how": [
    "**Rozpocznij sesję.** Obejmuje jedną rodzinę: plan dorosłego, listę rzeczy do zabrania i plan dla każdego dziecka lub nastolatka, każdy oznaczony tylko inicjałami.",
    "**Przejdźcie razem przez każdy plan.** Każda część ma panel „Pytania do zadania” oparty na wytycznych. Ukryj go, gdy ta osoba patrzy na ekran.",
    "**Przekaż plan** w sposób najbezpieczniejszy dla tej rodziny. Może to być wydruk (dla dziecka tylko karta z numerami telefonów). Może to być zablokowany plik z frazą hasła, którą ta osoba sama wybiera i wpisuje. Może to być druga zablokowana kopia do twojej dokumentacji, z inną frazą hasła. Albo zablokowany zapis na urządzeniu tej osoby, jeśli sesja na nim działa.",
  ],
  "professionals.howEnd":
    "**Zakończ sesję i wyczyść to urządzenie.** To usuwa wszystko, co sesja zawierała. Jeśli odejdziesz od urządzenia, sesja skończy się sama, gdy nikt jej nie używa przez {total}. Ostrzeżenie pojawi się {grace} wcześniej.",
  "professionals.minutes": {
    one: "1 minutę",
    few: "{count} minuty",
    many: "{count} minut",
    other: "{count} minuty",
  },
  "professionals.reviewHeading": "Przegląd planu",
  "professionals.review":
    "Ustaw datę przeglądu każdego planu. Gdy plan zostanie otwarty po tej dacie, łagodnie o tym mówi i pokazuje, co przejrzeć jeszcze raz. Każdy plan zapisuje krótko tylko daty przeglądów i nic więcej.",
  "professionals.exitHeading": "Szybkie wyjście",
  "professionals.exit":
    "Każda strona, także sesja, ma u góry przycisk **Wyjdź z tej strony**. Trzy naciśnięcia Shift działają tak samo. W sesji wyjście czyści też plany z pamięci (plan zapisany na urządzeniu tej osoby zostaje, zablokowany). Zanim zaczniesz, pokaż tej osobie, gdzie jest ten przycisk. [Co wyjście ukrywa, a czego nie](/staying-safe-online/).",
  "online.title": "Bezpieczeństwo w internecie",
  "online.lead":
    "Jeśli ktoś sprawdza twój telefon lub komputer, te kroki mogą utrudnić mu zobaczenie, że ta strona była otwierana. Żadna strona nie ukryje wszystkiego. Dobrze więc wiedzieć, co robi przycisk wyjścia, a czego nie może zrobić.",
  "online.exitHeading": "Przycisk Wyjdź z tej strony",
  "online.exitIntro":
    "Każda strona ma u góry przycisk **Wyjdź z tej strony**. Możesz też nacisnąć klawisz **Shift** 3 razy, nawet w trakcie pisania. Wtedy:",
  "online.exitDoes": [
    "strona od razu znika;",
    "to, co wpisujesz, a czego nie zapisujesz, zostaje usunięte, a zapisany plan się blokuje;",
    "w tej samej karcie, w miejscu tej strony, otwiera się zwykła strona internetowa ({exitHost}).",
  ],
  "online.backList":
    "Strona przechodzi między swoimi podstronami bez dopisywania ich do listy Wstecz. Po wyjściu przycisk Wstecz prowadzi więc tam, gdzie była karta przed wejściem tutaj, a nie na tę stronę.",
  "online.cannotHeading": "Czego przycisk wyjścia nie może zrobić",
  "online.cannot": [
    "Nie usuwa historii przeglądania. Adres tej strony zostaje na liście historii.",
    "Nie może usunąć tego, co przeglądarka podpowiada, gdy ktoś pisze w pasku adresu.",
    "Nie może usunąć pobranych plików, listy niedawno zamkniętych kart ani historii zsynchronizowanej z innymi urządzeniami.",
    "Nie może zatrzymać programu szpiegującego, który zapisuje, co robisz.",
  ],
  "online.backHeading": "Jeśli ktoś naciśnie Wstecz",
  "online.back": [
    "Przeglądarki czasem trzymają kopię strony, żeby po naciśnięciu Wstecz wróciła od razu. Ta strona ukrywa się, gdy ją opuszczasz, więc ta kopia jest pusta. Po użyciu wyjścia strona od razu odsyła kartę do tej zwykłej strony internetowej. Jeśli tylko przechodzisz na inną stronę i wracasz, strona ładuje się od początku. To, czego nie zapiszesz, znika.",
    "Tak wybraliśmy, bo większym niebezpieczeństwem jest to, że ktoś zobaczy stronę. Cena jest taka, że powrót przyciskiem Wstecz nigdy nie przywraca niezapisanego tekstu. Jeśli chcesz zachować swoją pracę, zapisz ją (zablokowaną frazą hasła) albo wydrukuj.",
  ],
  "online.closeHeading": "Szybko zamknij kartę",
  "online.close":
    "Naciśnij {ctrlW} (na Macu {cmdW}), żeby od razu zamknąć kartę. Na telefonie zamknij kartę przyciskiem kart. Zamknięcie karty usuwa wszystko, czego nie zapiszesz.",
  "online.historyHeading": "Usuń z historii tylko tę stronę",
  "online.historyIntro": "Usunięcie całej historii może wyglądać podejrzanie. Możesz usunąć tylko wpisy tej strony:",
  "online.history": [
    "**Chrome lub Edge:** otwórz Historię ({ctrlH} albo {cmdY} na Macu), wyszukaj nazwę tej strony, zaznacz jej wpisy i wybierz Usuń.",
    "**Firefox:** otwórz Historię ({ctrlH}), znajdź wpis tej strony, kliknij go prawym przyciskiem i wybierz „Zapomnij o tej witrynie”.",
    "**Safari na Macu:** wybierz Historia, potem Pokaż całą historię, wyszukaj stronę, zaznacz wpisy i naciśnij Delete.",
    "**iPhone lub iPad (Safari):** stuknij przycisk zakładek, potem zegar, znajdź stronę i przesuń każdy wpis w lewo, żeby go usunąć.",
    "**Android (Chrome):** stuknij trzy kropki, potem Historia, i stuknij krzyżyk obok każdego wpisu tej strony.",
  ],
  "online.privateHeading": "Przeglądanie prywatne",
  "online.private":
    "Okno prywatne (w Chrome nazywa się Incognito, w Edge InPrivate) nie zachowuje historii po zamknięciu. To dobry sposób, żeby odwiedzać tę stronę. W oknie prywatnym może nie dać się zapisać planu na urządzeniu. Możesz go wtedy wydrukować albo zapisać zablokowaną kopię jako plik.",
  "online.deviceHeading": "Jeśli możesz, używaj bezpieczniejszego urządzenia",
  "online.device":
    "Jeśli myślisz, że ktoś śledzi, co robisz na telefonie lub komputerze, użyj urządzenia, do którego ta osoba nie ma dostępu. Na przykład telefonu znajomej osoby albo komputera w bibliotece, w pracy lub w organizacji pomocowej.",
  "online.spyHeading": "Oznaki programu szpiegującego",
  "online.spySigns": [
    "ktoś wie rzeczy, które tylko piszesz w wiadomościach albo wyszukujesz;",
    "ktoś wie, gdzie jesteś, choć tego nie mówisz;",
    "bateria telefonu szybko się rozładowuje albo telefon jest wolny lub ciepły, gdy go nie używasz.",
  ],
  "online.spyRemove":
    "Usunięcie programu szpiegującego może ostrzec osobę, która go zainstalowała. Telefon zaufania pomoże ci przemyśleć, co jest najbezpieczniejsze: [numery telefonów, pod którymi jest pomoc](/help/).",
  "online.findHeading": "Jak znowu znaleźć tę stronę",
  "online.find":
    "Strona ma zwykłą nazwę, **{siteName}**, więc zakładka nie mówi, do czego służy. Jeśli zakładka nie jest bezpieczna, spróbuj zapamiętać adres albo zapytaj osobę lub organizację, która ci go dała. Osoba wspierająca może podać go ponownie.",
  "comingSoon.lead": "Ta część nie jest jeszcze gotowa.",
  "comingSoon.until":
    "Do tego czasu możesz [znaleźć numery telefonów, pod którymi jest pomoc](/help/) albo przeczytać, [jak być bezpieczniej w internecie](/staying-safe-online/).",
  "notFound.title": "Nie znaleziono strony",
  "notFound.text":
    "Tej strony tu nie ma. Spróbuj [strony startowej](/) albo [numerów telefonów, pod którymi jest pomoc](/help/).",
};
