import type { tailoring as en } from "../../en/ui/tailoring";
import type { Translation } from "../../types";

/**
 * Plan dopasowany do osoby (src/core/tailoring/), po polsku: do dorosłych na „ty”, ciepło i prosto,
 * bez form rodzajowych (czas teraźniejszy, przyszły, tryb rozkazujący; o osobie krzywdzącej: „ta
 * osoba”). Brytyjskie nazwy zostają po angielsku z krótkim objaśnieniem. Drafted from the English,
 * not yet reviewed by a fluent speaker.
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no leaving, hiding, danger, police, court…).
 * - tailoring.reason.* complete "Suggested because…" ("Proponowane, bo…"): keep them short and
 *   free of judgement; "podajesz, że…" keeps them in the present tense.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 */
export const tailoring: Translation<typeof en> = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "Kto cię krzywdzi albo straszy?",
  "tailoring.situation.who.hint": "Wybierz wszystko, co pasuje.",
  "tailoring.situation.abuser-partner.label": "Partner lub partnerka",
  "tailoring.situation.abuser-ex.label": "Były partner lub była partnerka",
  "tailoring.situation.abuser-family.label":
    "Ktoś z rodziny, na przykład rodzic, dorosłe dziecko albo teść lub teściowa",
  "tailoring.situation.where-now.title": "Jak jest teraz?",
  "tailoring.situation.where-now.hint":
    "Nie ma dobrej ani złej odpowiedzi. Wiele osób zostaje przez długi czas, a plan ma pomóc bez względu na twoją decyzję.",
  "tailoring.situation.staying.label": "Mieszkam z tą osobą albo często ją widuję",
  "tailoring.situation.thinking-leaving.label": "Myślę o odejściu",
  "tailoring.situation.left.label": "Już nie mieszkam z tą osobą",
  "tailoring.situation.children.title": "Czy masz dzieci?",
  "tailoring.situation.children.hint": "Wybierz każdy pasujący wiek.",
  "tailoring.situation.child-under-5.label": "Dziecko poniżej 5 lat",
  "tailoring.situation.child-5-11.label": "Dziecko w wieku od 5 do 11 lat",
  "tailoring.situation.child-12-17.label": "Dziecko w wieku od 12 do 17 lat",
  "tailoring.situation.child-contact.label": "Drugi rodzic widuje się z dziećmi albo chce się widywać",
  "tailoring.situation.pregnancy.title": "Czy jesteś w ciąży albo masz małe dziecko?",
  "tailoring.situation.pregnant.label": "Jestem w ciąży",
  "tailoring.situation.baby-under-one.label": "Mam dziecko poniżej roku",
  "tailoring.situation.pets.title": "Czy masz zwierzęta?",
  "tailoring.situation.pets.label": "Mam zwierzę albo zwierzęta",
  "tailoring.situation.money.title": "Pieniądze",
  "tailoring.situation.money.hint": "Kontrolowanie pieniędzy to też rodzaj przemocy.",
  "tailoring.situation.money-controlled.label": "Ta osoba kontroluje pieniądze albo sprawdza, na co wydaję",
  "tailoring.situation.joint-money.label": "Mamy wspólne konta, kredyty albo długi",
  "tailoring.situation.no-own-money.label": "Nie mam własnych pieniędzy",
  "tailoring.situation.home.title": "Twój dom",
  "tailoring.situation.home-joint.label": "Wspólnie wynajmujemy albo mamy nasz dom",
  "tailoring.situation.home-theirs.label": "Dom jest na nazwisko tej osoby",
  "tailoring.situation.home-mine.label": "Dom jest na moje nazwisko",
  "tailoring.situation.immigration.title": "Twoja wiza i język",
  "tailoring.situation.immigration.hint": "To zostaje w twoim planie. Strona nigdy nigdzie tego nie wysyła.",
  "tailoring.situation.partner-visa.label": "Moja wiza zależy od partnera lub partnerki",
  "tailoring.situation.nrpf.label": "Moja wiza ma zapis „no recourse to public funds” (bez prawa do świadczeń)",
  "tailoring.situation.status-unsure.label": "Nie wiem na pewno, jaki mam status imigracyjny",
  "tailoring.situation.need-interpreter.label": "Chcę pomocy w innym języku",
  "tailoring.situation.health.title": "Zdrowie i opieka",
  "tailoring.situation.disability.label": "Mam ograniczoną sprawność",
  "tailoring.situation.health-medicines.label": "Choruję albo codziennie biorę leki",
  "tailoring.situation.abuser-carer.label": "Osoba, która mnie krzywdzi, jest też moim opiekunem lub opiekunką",
  "tailoring.situation.i-care-for.label": "Opiekuję się kimś innym",
  "tailoring.situation.technology.title": "Telefony, komputery i śledzenie",
  "tailoring.situation.tech-monitoring.label": "Ta osoba sprawdza mój telefon, wiadomości, konta albo to, gdzie jestem",
  "tailoring.situation.stalking.label": "Ta osoba chodzi za mną, zjawia się albo ciągle się ze mną kontaktuje",
  "tailoring.situation.honour.title": "Rodzina i społeczność",
  "tailoring.situation.honour.label": "Rodzina lub społeczność naciska na mnie, powołując się na „honor” albo wstyd",
  "tailoring.situation.forced-marriage.label": "Ktoś zmusza mnie do ślubu albo już zmusił",
  "tailoring.situation.about-me.title": "O tobie",
  "tailoring.situation.about-me.hint": "Niektóre organizacje pomagają właśnie takim osobom jak ty.",
  "tailoring.situation.lgbt.label": "Jestem lesbijką, gejem, osobą bi, trans lub queer",
  "tailoring.situation.man.label": "Jestem mężczyzną",
  "tailoring.situation.older.label": "Mam 60 lat lub więcej",
  "tailoring.situation.getting-help.title": "Dostęp do pomocy",
  "tailoring.situation.no-transport.label": "Nie mam samochodu i mam mało pieniędzy na dojazdy",
  "tailoring.situation.far-from-help.label": "Mieszkam daleko od ludzi albo od pomocy",

  // Why a strategy is suggested: each completes "Suggested because…" ("Proponowane, bo…"):
  // "podajesz, że…" (you say that…) keeps them in the present, so nothing is gendered.
  "tailoring.reason.situation.abuser-partner": "podajesz, że krzywdzi cię partner lub partnerka",
  "tailoring.reason.situation.abuser-ex": "podajesz, że krzywdzi cię były partner lub była partnerka",
  "tailoring.reason.situation.abuser-family": "podajesz, że krzywdzi cię ktoś z rodziny",
  "tailoring.reason.situation.staying": "podajesz, że mieszkasz z tą osobą albo często ją widujesz",
  "tailoring.reason.situation.thinking-leaving": "podajesz, że myślisz o odejściu",
  "tailoring.reason.situation.left": "podajesz, że już nie mieszkasz z tą osobą",
  "tailoring.reason.situation.child-under-5": "podajesz, że masz dziecko poniżej 5 lat",
  "tailoring.reason.situation.child-5-11": "podajesz, że masz dziecko w wieku od 5 do 11 lat",
  "tailoring.reason.situation.child-12-17": "podajesz, że masz dziecko w wieku od 12 do 17 lat",
  "tailoring.reason.situation.child-contact": "podajesz, że drugi rodzic widuje się z dziećmi albo chce się widywać",
  "tailoring.reason.situation.pregnant": "podajesz, że jesteś w ciąży",
  "tailoring.reason.situation.baby-under-one": "podajesz, że masz małe dziecko",
  "tailoring.reason.situation.pets": "podajesz, że masz zwierzę",
  "tailoring.reason.situation.money-controlled": "podajesz, że ta osoba kontroluje pieniądze",
  "tailoring.reason.situation.joint-money": "podajesz, że macie wspólne konta albo długi",
  "tailoring.reason.situation.no-own-money": "podajesz, że nie masz własnych pieniędzy",
  "tailoring.reason.situation.home-joint": "podajesz, że wspólnie wynajmujecie albo macie dom",
  "tailoring.reason.situation.home-theirs": "podajesz, że dom jest na nazwisko tej osoby",
  "tailoring.reason.situation.home-mine": "podajesz, że dom jest na twoje nazwisko",
  "tailoring.reason.situation.partner-visa": "podajesz, że twoja wiza zależy od partnera lub partnerki",
  "tailoring.reason.situation.nrpf": "podajesz, że twoja wiza ma zapis „no recourse to public funds”",
  "tailoring.reason.situation.status-unsure": "podajesz, że nie wiesz na pewno, jaki masz status imigracyjny",
  "tailoring.reason.situation.need-interpreter": "podajesz, że chcesz pomocy w innym języku",
  "tailoring.reason.situation.disability": "podajesz, że masz ograniczoną sprawność",
  "tailoring.reason.situation.health-medicines": "podajesz, że chorujesz albo bierzesz leki",
  "tailoring.reason.situation.abuser-carer": "podajesz, że osoba, która cię krzywdzi, też się tobą opiekuje",
  "tailoring.reason.situation.i-care-for": "podajesz, że opiekujesz się kimś innym",
  "tailoring.reason.situation.tech-monitoring": "podajesz, że ta osoba sprawdza twój telefon albo to, gdzie jesteś",
  "tailoring.reason.situation.stalking": "podajesz, że ta osoba chodzi za tobą albo ciągle się kontaktuje",
  "tailoring.reason.situation.honour": "podajesz, że rodzina lub społeczność na ciebie naciska",
  "tailoring.reason.situation.forced-marriage": "podajesz, że ktoś zmusza cię do ślubu",
  "tailoring.reason.situation.lgbt": "podajesz, że jesteś osobą LGBT+",
  "tailoring.reason.situation.man": "podajesz, że jesteś mężczyzną",
  "tailoring.reason.situation.older": "podajesz, że masz 60 lat lub więcej",
  "tailoring.reason.situation.no-transport": "podajesz, że trudno ci dojeżdżać",
  "tailoring.reason.situation.far-from-help": "podajesz, że mieszkasz daleko od pomocy",
  "tailoring.reason.priority.own-safety": "twoje bezpieczeństwo jest dla ciebie jedną z najważniejszych spraw",
  "tailoring.reason.priority.children": "twoje dzieci są dla ciebie jedną z najważniejszych spraw",
  "tailoring.reason.priority.money-home": "pieniądze i dom są dla ciebie jednymi z najważniejszych spraw",
  "tailoring.reason.priority.privacy": "prywatność jest dla ciebie jedną z najważniejszych spraw",
  "tailoring.reason.priority.partner-feelings": "twoje uczucia do tej osoby są dla ciebie ważne",
  "tailoring.reason.priority.own-words": "dodajesz coś własnego, co jest dla ciebie ważne",

  // My priorities.
  "tailoring.priority.own-safety.label": "Moje bezpieczeństwo",
  "tailoring.priority.own-safety.hint": "Żeby nikt mnie nie krzywdził i żeby na co dzień było mi bezpieczniej.",
  "tailoring.priority.children.label": "Moje dzieci",
  "tailoring.priority.children.hint": "Ich bezpieczeństwo, ich szczęście i to, żeby zostały ze mną.",
  "tailoring.priority.money-home.label": "Pieniądze i dom",
  "tailoring.priority.money-home.hint": "Mieć z czego żyć i gdzie mieszkać.",
  "tailoring.priority.privacy.label": "Prywatność",
  "tailoring.priority.privacy.hint": "Zachować dla siebie to, co się dzieje, i decydować, kto o tym wie.",
  "tailoring.priority.partner-feelings.label": "Moje uczucia do tej osoby",
  "tailoring.priority.partner-feelings.hint": "Wiele osób nadal kocha osobę, która je krzywdzi. To normalne.",
  "tailoring.priority.own-words.label": "Coś innego",
  "tailoring.priority.own-words.hint": "Własnymi słowami.",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "Jeśli coś się stanie",
  "tailoring.category.home.title": "Bezpieczniej w domu",
  "tailoring.category.leaving.title": "Jeśli zdecydujesz się odejść",
  "tailoring.category.after-leaving.title": "Po odejściu",
  "tailoring.category.money.title": "Pieniądze",
  "tailoring.category.children.title": "Dzieci",
  "tailoring.category.pets.title": "Zwierzęta",
  "tailoring.category.immigration.title": "Wizy i imigracja",
  "tailoring.category.health-care.title": "Zdrowie, sprawność i opieka",
  "tailoring.category.technology.title": "Telefony, komputery i śledzenie",
  "tailoring.category.honour.title": "Rodzina, „honor” i małżeństwo",
  "tailoring.category.support.title": "Ludzie i organizacje po twojej stronie",
  "tailoring.category.legal.title": "Prawo",
  "tailoring.category.wellbeing.title": "Dbanie o siebie",
  "tailoring.category.getting-help.title": "Gdy pomoc jest daleko",

  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "Zadzwoń pod 999, jeśli coś ci grozi",
  "tailoring.strategy.phone-999.what":
    "Jeśli tobie albo komuś innemu coś teraz grozi, zadzwoń pod 999 i poproś o policję.",
  "tailoring.strategy.phone-999.why": "Policja może szybko przyjechać. Nie musisz mieć pewności, że to dość poważne.",
  "tailoring.strategy.phone-999.how": [
    "Najpierw powiedz, gdzie jesteś, a potem, co się dzieje.",
    "Jeśli możesz, nie rozłączaj się, aż przyjdzie pomoc.",
  ],
  "tailoring.strategy.phone-999.printLabel": "Ważny numer",
  "tailoring.strategy.silent-call.title": "Jeśli nie możesz mówić przez telefon",
  "tailoring.strategy.silent-call.what":
    "Z komórki zadzwoń pod 999. Jeśli nie możesz mówić, naciśnij 55, kiedy cię o to poproszą.",
  "tailoring.strategy.silent-call.why":
    "Naciśnięcie 55 mówi operatorowi, że to prawdziwy nagły wypadek. Wtedy przełączy cię na policję.",
  "tailoring.strategy.silent-call.how": [
    "Wybierz 999 i słuchaj.",
    "Jeśli nie możesz mówić, zakaszl albo postukaj w telefon, jeśli się da. Potem naciśnij 55, kiedy cię o to poproszą.",
    "Z telefonu stacjonarnego nie rozłączaj się, nawet jeśli nie możesz mówić.",
  ],
  "tailoring.strategy.silent-call.printLabel": "Rada do telefonu",
  "tailoring.strategy.code-word.title": "Ustal umówione słowo",
  "tailoring.strategy.code-word.what":
    "Ustal słowo albo krótką wiadomość z kimś, komu ufasz. Gdy ta osoba je dostanie, zadzwoni za ciebie pod 999.",
  "tailoring.strategy.code-word.why": "Może nie uda ci się zadzwonić, ale zwykły SMS może sprowadzić pomoc.",
  "tailoring.strategy.code-word.how": [
    "Wybierz słowo, które nie będzie dziwnie wyglądać w wiadomości.",
    "Ustal dokładnie, co ta osoba zrobi, gdy je dostanie.",
    "Wpisz je w części planu „umówione słowo”.",
  ],
  "tailoring.strategy.code-word.printLabel": "Słowo dla znajomych",
  "tailoring.strategy.ready-bag.title": "Miej gotową małą torbę",
  "tailoring.strategy.ready-bag.what":
    "Włóż do torby rzeczy, których potrzebujesz w pośpiechu. Trzymaj ją tam, gdzie ta osoba jej nie znajdzie, albo u kogoś, komu ufasz.",
  "tailoring.strategy.ready-bag.why": "Jeśli trzeba będzie szybko wyjść, nie będzie czasu na szukanie rzeczy.",
  "tailoring.strategy.ready-bag.how": [
    "Zacznij od kluczy, pieniędzy, kart bankowych, leków i ładowarki do telefonu.",
    "Gdy możesz, dołóż kopie swoich dokumentów.",
    "Korzystaj z listy rzeczy do zabrania, żeby nad tym panować.",
  ],
  "tailoring.strategy.ready-bag.printLabel": "Zapasowa torba",
  "tailoring.strategy.after-an-attack.title": "Gdy ktoś zrobi ci krzywdę",
  "tailoring.strategy.after-an-attack.what":
    "Skorzystaj z pomocy medycznej, nawet jeśli uraz wydaje się mały, i zapisz, co się stało.",
  "tailoring.strategy.after-an-attack.why":
    "Niektóre urazy są poważniejsze, niż wyglądają. Zapis zrobiony od razu może ci później pomóc, cokolwiek postanowisz.",
  "tailoring.strategy.after-an-attack.how": [
    "Idź do swojego lekarza rodzinnego (GP), do punktu walk-in albo na A&E (izba przyjęć). Jeśli to poważne, zadzwoń pod 999.",
    "Powiedz lekarzowi lub pielęgniarce, co się stało. Mogą to zapisać.",
    "Jeśli to bezpieczne, zrób zdjęcia urazów. Trzymaj je tam, gdzie ta osoba ich nie zobaczy.",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "Wizyta u lekarza",
  "tailoring.strategy.talk-to-helpline.title": "Porozmawiaj z telefonem zaufania",
  "tailoring.strategy.talk-to-helpline.what":
    "Zadzwoń do krajowego telefonu zaufania. To nic nie kosztuje i nie musisz podawać swojego imienia.",
  "tailoring.strategy.talk-to-helpline.why":
    "Codziennie rozmawiają z osobami w podobnej sytuacji. Pomogą ci przemyśleć możliwości i znaleźć dom schronienia (refuge) albo pomoc w okolicy.",
  "tailoring.strategy.talk-to-helpline.how": [
    "Dzwoń, gdy tej osoby nie ma w pobliżu, z telefonu, którego ona nie sprawdza.",
    "Możesz po prostu porozmawiać. Nie musisz niczego postanawiać.",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "Rozmowa telefoniczna",

  "tailoring.strategy.warning-signs.title": "Zwracaj uwagę na sygnały ostrzegawcze",
  "tailoring.strategy.warning-signs.what":
    "Pomyśl, co zwykle dzieje się, zanim robi się gorzej. Na przykład picie, kłopoty z pieniędzmi albo wizyta rodziny.",
  "tailoring.strategy.warning-signs.why":
    "Gdy wcześnie zauważysz sygnały, możesz mieć czas, żeby na chwilę pójść gdzie indziej albo zabrać stamtąd dzieci.",
  "tailoring.strategy.warning-signs.how": [
    "Wpisz do planu sygnały, które zauważasz.",
    "Zdecyduj, dokąd możesz pójść, gdy je zobaczysz.",
  ],
  "tailoring.strategy.warning-signs.printLabel": "Rzeczy do zauważenia",
  "tailoring.strategy.safer-rooms.title": "Poznaj bezpieczniejsze miejsca w domu",
  "tailoring.strategy.safer-rooms.what":
    "Jeśli zaczyna się kłótnia, spróbuj przejść do pokoju z wyjściem i z telefonem.",
  "tailoring.strategy.safer-rooms.why":
    "W kuchni, łazience i garażu są twarde powierzchnie i rzeczy, którymi można cię zranić. Z małych pokoi trudno się wydostać.",
  "tailoring.strategy.safer-rooms.how": [
    "Wybierz pokój z drzwiami albo oknem, przez które da się wyjść.",
    "Trzymaj się z dala od kuchni i od szczytu schodów.",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "Pokoje",
  "tailoring.strategy.neighbour-signal.title": "Poproś sąsiada lub sąsiadkę o wezwanie pomocy",
  "tailoring.strategy.neighbour-signal.what":
    "Jeśli ufasz komuś z sąsiadów, poproś tę osobę, żeby zadzwoniła pod 999, gdy usłyszy krzyki albo bójkę.",
  "tailoring.strategy.neighbour-signal.why": "Pomoc może przyjść nawet wtedy, gdy nie możesz dosięgnąć telefonu.",
  "tailoring.strategy.neighbour-signal.how": [
    "Ustalcie znak, na przykład zapalone światło albo zasłonięte okno.",
    "Poproś, żeby ta osoba nigdy nie wchodziła do środka, tylko dzwoniła.",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "Sąsiedzi",
  "tailoring.strategy.phone-charged.title": "Miej naładowany telefon pod ręką",
  "tailoring.strategy.phone-charged.what":
    "Trzymaj telefon naładowany i przy sobie. Stara komórka bez umowy nadal może dzwonić pod 999.",
  "tailoring.strategy.phone-charged.why":
    "Telefon, który ta osoba zabierze albo zepsuje, nie pomoże. Zapasowy może pomóc.",
  "tailoring.strategy.phone-charged.how": [
    "Ładuj telefon, kiedy tylko możesz.",
    "Trzymaj zapasowy telefon, wyłączony i naładowany, w bezpiecznym miejscu.",
  ],
  "tailoring.strategy.phone-charged.printLabel": "Ładowarka",
  "tailoring.strategy.ways-out.title": "Znaj drogi wyjścia",
  "tailoring.strategy.ways-out.what": "Pomyśl o wszystkich drzwiach, oknach i schodach, którymi można szybko wyjść.",
  "tailoring.strategy.ways-out.why": "W strasznej chwili łatwiej działać według planu, który już znasz.",
  "tailoring.strategy.ways-out.how": [
    "Przejdź drogi wyjścia w myślach albo naprawdę, gdy nikogo nie ma w domu.",
    "Trzymaj klucze tam, gdzie szybko po nie sięgniesz.",
  ],
  "tailoring.strategy.ways-out.printLabel": "Drzwi i klucze",
  "tailoring.strategy.home-security.title": "Lepiej zabezpiecz dom",
  "tailoring.strategy.home-security.what":
    "Zapytaj urząd (council) albo organizację pomocową o pomoc w zabezpieczeniu domu, żeby móc w nim zostać.",
  "tailoring.strategy.home-security.why":
    "W wielu miejscach są programy, które wymieniają zamki i dodają alarmy albo mocniejsze drzwi, często za darmo.",
  "tailoring.strategy.home-security.how": [
    "Zapytaj dział mieszkaniowy w urzędzie (council) albo osobę wspierającą o sanctuary scheme (program zabezpieczenia domu).",
    "Wymień zamki, jeśli ta osoba ma klucz. Sprawdź okna i tylne drzwi.",
  ],
  "tailoring.strategy.home-security.printLabel": "Zamki",

  "tailoring.strategy.leave-at-safer-time.title": "Wybierz bezpieczniejszą porę na wyjście",
  "tailoring.strategy.leave-at-safer-time.what":
    "Jeśli zdecydujesz się odejść, zaplanuj wyjście, gdy tej osoby nie ma. Jeśli możesz, najpierw powiedz o tym osobie wspierającej.",
  "tailoring.strategy.leave-at-safer-time.why":
    "Ryzyko często rośnie, kiedy ktoś odchodzi, i zaraz potem. Planowanie z wyprzedzeniem je zmniejsza.",
  "tailoring.strategy.leave-at-safer-time.how": [
    "Nie mów tej osobie, że odchodzisz.",
    "Wiedz, dokąd pójdziesz i jak tam dotrzesz.",
    "Jeśli możesz, zabierz ze sobą dzieci.",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "Pora",
  "tailoring.strategy.copy-documents.title": "Zrób kopie ważnych dokumentów",
  "tailoring.strategy.copy-documents.what":
    "Zrób kopie albo zdjęcia paszportów, aktów urodzenia, wiz, umowy najmu i danych bankowych. Trzymaj je poza domem.",
  "tailoring.strategy.copy-documents.why":
    "Dzięki kopiom nadal możesz udowodnić, kim jesteś, ubiegać się o pieniądze i o mieszkanie, nawet jeśli ktoś zatrzyma oryginały.",
  "tailoring.strategy.copy-documents.how": [
    "Zostaw kopie u kogoś, komu ufasz, albo na koncie e-mail, które tylko ty możesz otworzyć.",
    "Zaznacz je na liście rzeczy do zabrania.",
  ],
  "tailoring.strategy.copy-documents.printLabel": "Dokumenty",
  "tailoring.strategy.ask-about-refuge.title": "Zapytaj o dom schronienia (refuge)",
  "tailoring.strategy.ask-about-refuge.what":
    "Dom schronienia (refuge) to bezpieczny dom z ludźmi, którzy pomagają. Jego adres jest tajny. Telefon zaufania może poszukać dla ciebie miejsca.",
  "tailoring.strategy.ask-about-refuge.why":
    "Nie potrzebujesz pieniędzy ani własnego mieszkania, żeby pójść do domu schronienia. Możesz zabrać dzieci.",
  "tailoring.strategy.ask-about-refuge.how": [
    "Zadzwoń do telefonu zaufania i zapytaj o wolne miejsca w domu schronienia.",
    "Zapytaj, co możesz zabrać, także zwierzęta.",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "Miejsce na nocleg",
  "tailoring.strategy.take-children.title": "Zabierz dzieci ze sobą",
  "tailoring.strategy.take-children.what": "Jeśli odchodzisz, zabierz dzieci ze sobą, jeśli to tylko możliwe.",
  "tailoring.strategy.take-children.why":
    "Powrót po nie później może być niebezpieczny i może utrudnić zatrzymanie ich przy sobie.",
  "tailoring.strategy.take-children.how": [
    "Zaplanuj wyjście wtedy, gdy dzieci są z tobą, albo odbierz je ze szkoły lub żłobka.",
    "Spakuj kilka ich ulubionych rzeczy i ich leki.",
  ],
  "tailoring.strategy.take-children.printLabel": "Dzieci",
  "tailoring.strategy.plan-the-journey.title": "Zaplanuj, jak pojedziesz",
  "tailoring.strategy.plan-the-journey.what":
    "Wiedz, jak się stamtąd wydostaniesz: ktoś cię podwiezie, taksówka, autobus albo pociąg. Wiedz też, jak za to zapłacisz.",
  "tailoring.strategy.plan-the-journey.why":
    "Brak transportu to jedna z rzeczy, które powstrzymują ludzi przed dotarciem w bezpieczniejsze miejsce.",
  "tailoring.strategy.plan-the-journey.how": [
    "Miej pod ręką numer taksówki i trochę gotówki.",
    "Zapytaj w telefonie zaufania albo osobę wspierającą: niektórzy pomagają zapłacić za podróż.",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "Podróż",
  "tailoring.strategy.collect-belongings.title": "Bezpiecznie odbierz swoje rzeczy",
  "tailoring.strategy.collect-belongings.what":
    "Jeśli musisz wrócić po swoje rzeczy, nie idź w pojedynkę. Możesz poprosić, żeby była przy tym policja.",
  "tailoring.strategy.collect-belongings.why": "Przy takim powrocie ludzie często są krzywdzeni.",
  "tailoring.strategy.collect-belongings.how": [
    "Poproś policję albo osobę wspierającą, żeby ustaliła z tobą termin.",
    "Najpierw zrób listę, żeby nie być tam długo.",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "Odbiór rzeczy",
  "tailoring.strategy.housing-options.title": "Poznaj swoje możliwości mieszkaniowe",
  "tailoring.strategy.housing-options.what":
    "Jeśli musisz opuścić dom z powodu przemocy, urząd (council) może mieć obowiązek pomóc ci znaleźć miejsce do życia.",
  "tailoring.strategy.housing-options.why": "Gdy znasz swoje możliwości, decyzja o domu może być mniej przerażająca.",
  "tailoring.strategy.housing-options.how": [
    "Skontaktuj się z działem mieszkaniowym urzędu (council) i powiedz, że grozi ci przemoc.",
    "Zanim zrezygnujesz z najmu, zapytaj osobę wspierającą albo Citizens Advice (bezpłatne porady).",
  ],
  "tailoring.strategy.housing-options.printLabel": "Mieszkanie",

  "tailoring.strategy.change-routines.title": "Zmień swoje zwyczaje",
  "tailoring.strategy.change-routines.what":
    "Zmień godziny i trasy, którymi chodzisz do pracy, odprowadzasz dzieci do szkoły i robisz zakupy.",
  "tailoring.strategy.change-routines.why": "Ktoś, kto chce cię znaleźć, będzie szukać tam, gdzie zwykle bywasz.",
  "tailoring.strategy.change-routines.how": [
    "Rób zakupy w różnych sklepach i wychodź o różnych porach.",
    "Gdy możesz, trzymaj się miejsc, gdzie są inni ludzie.",
  ],
  "tailoring.strategy.change-routines.printLabel": "Plan dnia",
  "tailoring.strategy.tell-work-and-school.title": "Powiedz w pracy i w szkole dzieci",
  "tailoring.strategy.tell-work-and-school.what":
    "Powiedz zaufanej osobie w pracy oraz w szkole lub żłobku dzieci, kto może odbierać dzieci, a kto nie.",
  "tailoring.strategy.tell-work-and-school.why":
    "Mogą sprawdzać telefony, chronić twoje dane i zareagować, jeśli ta osoba się pojawi.",
  "tailoring.strategy.tell-work-and-school.how": [
    "Jeśli możesz, daj im zdjęcie tej osoby.",
    "Daj im kopie wszystkich nakazów sądowych.",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "Praca i szkoła",
  "tailoring.strategy.keep-a-record.title": "Zapisuj, co się dzieje",
  "tailoring.strategy.keep-a-record.what":
    "Zapisuj każde zdarzenie: datę, godzinę, co zostało powiedziane lub zrobione i kto to widział.",
  "tailoring.strategy.keep-a-record.why":
    "Zapiski pomagają policji, sądowi albo osobie wspierającej zrozumieć, co się dzieje.",
  "tailoring.strategy.keep-a-record.how": [
    "Zachowuj zrzuty ekranu wiadomości i połączeń.",
    "Trzymaj zapiski tam, gdzie ta osoba ich nie zobaczy, albo u kogoś, komu ufasz.",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "Dziennik",
  "tailoring.strategy.keep-address-private.title": "Chroń swój nowy adres",
  "tailoring.strategy.keep-address-private.what":
    "Poproś lekarza rodzinnego (GP), szkołę dzieci, bank i innych, żeby nie ujawniali twojego adresu.",
  "tailoring.strategy.keep-address-private.why":
    "Adres często da się znaleźć przez listy, wspólne konta i publiczne rejestry.",
  "tailoring.strategy.keep-address-private.how": [
    "Zapytaj w urzędzie (council), jak zapisać się na listę wyborców bez pokazywania adresu.",
    "Sprawdź, czy twojego adresu nie ma na wspólnych kontach, w dostawach ani w internecie.",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "Adres",
  "tailoring.strategy.people-who-understand.title": "Znajdź ludzi, którzy rozumieją",
  "tailoring.strategy.people-who-understand.what":
    "Zapytaj lokalną organizację pomocową o grupy i kursy dla osób, które przeszły to samo.",
  "tailoring.strategy.people-who-understand.why":
    "Rozmowa z ludźmi, którzy rozumieją, pomaga radzić sobie z uczuciami, które często przychodzą po odejściu.",
  "tailoring.strategy.people-who-understand.how": [
    "Zapytaj osobę wspierającą albo telefon zaufania, co jest w twojej okolicy.",
  ],
  "tailoring.strategy.people-who-understand.printLabel": "Grupa",
  "tailoring.strategy.risk-after-leaving.title": "Po odejściu nadal uważaj",
  "tailoring.strategy.risk-after-leaving.what":
    "Ryzyko może rosnąć, kiedy ktoś odchodzi, i przez kolejne miesiące. Trzymaj się planu także po odejściu.",
  "tailoring.strategy.risk-after-leaving.why": "Niektórzy próbują odzyskać kontrolę, gdy czują, że ją stracili.",
  "tailoring.strategy.risk-after-leaving.how": [
    "Przejrzyj jeszcze raz część planu „Po odejściu”.",
    "Powiedz osobie wspierającej, jeśli robi się gorzej.",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "Później",

  "tailoring.strategy.own-account.title": "Załóż własne konto",
  "tailoring.strategy.own-account.what": "Załóż konto bankowe tylko na swoje nazwisko, jeśli możesz, w innym banku.",
  "tailoring.strategy.own-account.why": "Własne pieniądze dają ci więcej możliwości.",
  "tailoring.strategy.own-account.how": [
    "Wybierz wyciągi elektroniczne na e-mail, który tylko ty możesz otworzyć.",
    "Poproś bank, żeby nic nie wysyłał pocztą do domu.",
  ],
  "tailoring.strategy.own-account.printLabel": "Bank",
  "tailoring.strategy.put-money-aside.title": "Odłóż trochę pieniędzy",
  "tailoring.strategy.put-money-aside.what":
    "Odkładaj małe kwoty w gotówce, na bilety, telefony, jedzenie albo nocleg gdzie indziej.",
  "tailoring.strategy.put-money-aside.why": "Trochę pieniędzy może bardzo pomóc, gdy trzeba szybko wyjść.",
  "tailoring.strategy.put-money-aside.how": [
    "Trzymaj je u kogoś, komu ufasz, albo tam, gdzie ta osoba nigdy nie zagląda.",
  ],
  "tailoring.strategy.put-money-aside.printLabel": "Oszczędności",
  "tailoring.strategy.joint-debts.title": "Chroń się przed wspólnymi długami",
  "tailoring.strategy.joint-debts.what": "Zapytaj w banku o wspólne konta i kredyty. Sprawdź swój raport kredytowy.",
  "tailoring.strategy.joint-debts.why": "Ta osoba może zaciągać długi na twoje nazwisko albo opróżnić wspólne konto.",
  "tailoring.strategy.joint-debts.how": [
    "Zapytaj, czy płatności ze wspólnego konta mogą wymagać zgody was obojga.",
    "Sprawdź w raporcie kredytowym, czy nie ma długów, o których nie wiesz.",
  ],
  "tailoring.strategy.joint-debts.printLabel": "Konta",
  "tailoring.strategy.benefits-check.title": "Sprawdź, jakie pieniądze ci przysługują",
  "tailoring.strategy.benefits-check.what":
    "Dowiedz się, jakie zasiłki i jaką pomoc w opłacie czynszu możesz dostać na własne nazwisko.",
  "tailoring.strategy.benefits-check.why":
    "Wiele osób nie wie, co im się należy. Jeśli dostajesz Universal Credit, możesz poprosić o podział i wypłatę na własne konto.",
  "tailoring.strategy.benefits-check.how": [
    "Skorzystaj z kalkulatora zasiłków albo zapytaj Citizens Advice (bezpłatne porady) lub osobę wspierającą.",
  ],
  "tailoring.strategy.benefits-check.printLabel": "Sprawdzenie finansów",
  "tailoring.strategy.economic-abuse-is-abuse.title": "Kontrolowanie pieniędzy to przemoc",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "Odcinanie cię od pieniędzy, zabieranie twojej pensji albo zmuszanie do długów to rodzaj przemocy.",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "Wiele osób na początku nie widzi w tym przemocy. Nazwanie tego pomaga dostać właściwą pomoc.",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "Powiedz w telefonie zaufania albo osobie wspierającej, co dzieje się z pieniędzmi. Są organizacje, które się w tym specjalizują.",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "Notatki o pieniądzach",
  "tailoring.strategy.tell-the-bank.title": "Powiedz w swoim banku",
  "tailoring.strategy.tell-the-bank.what":
    "Wiele banków ma zespół dla klientów, których pieniądze kontroluje ktoś inny.",
  "tailoring.strategy.tell-the-bank.why": "Mogą pomóc ci bezpiecznie korzystać z pieniędzy i chronić twoje konta.",
  "tailoring.strategy.tell-the-bank.how": [
    "W oddziale albo z bezpiecznego telefonu poproś o zespół dla klientów w trudnej sytuacji (vulnerable customers team).",
  ],
  "tailoring.strategy.tell-the-bank.printLabel": "Telefon do banku",

  "tailoring.strategy.children-safe-place.title": "Pomóż dzieciom wiedzieć, dokąd iść",
  "tailoring.strategy.children-safe-place.what":
    "Ustal z dziećmi bezpieczne miejsce na czas krzyków albo bójki: pokój albo dom sąsiadów.",
  "tailoring.strategy.children-safe-place.why":
    "Dzieci często próbują się wtrącić. To nie ich zadanie i mogą zostać skrzywdzone.",
  "tailoring.strategy.children-safe-place.how": [
    "Powiedz im, że to nie ich wina i że nie wolno im próbować tego przerywać.",
    "Zróbcie razem plan dziecka na tej stronie i poćwiczcie go.",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "Kącik dzieci",
  "tailoring.strategy.children-phone-999.title": "Naucz dzieci dzwonić pod 999",
  "tailoring.strategy.children-phone-999.what":
    "Naucz dzieci, jak zadzwonić pod 999 i co powiedzieć: swoje imię, adres i co się dzieje.",
  "tailoring.strategy.children-phone-999.why": "Dziecko, które wie, co robić, mniej się boi i może sprowadzić pomoc.",
  "tailoring.strategy.children-phone-999.how": [
    "Ćwiczcie na udawanym telefonie, nigdy na prawdziwym.",
    "W planie dziecka na tej stronie jest ćwiczenie z telefonem.",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "Ćwiczenie z telefonem",
  "tailoring.strategy.tell-nursery-or-school.title": "Powiedz w żłobku lub w szkole",
  "tailoring.strategy.tell-nursery-or-school.what":
    "Powiedz osobie odpowiedzialnej za ochronę dzieci w szkole (safeguarding lead), co się dzieje i kto może odbierać dzieci.",
  "tailoring.strategy.tell-nursery-or-school.why":
    "Szkoła może wspierać dzieci i zwracać uwagę na niepokojące sygnały.",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "Poproś o rozmowę z designated safeguarding lead (osobą odpowiedzialną za ochronę dzieci).",
    "Daj im kopie wszystkich nakazów sądowych dotyczących dzieci.",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "Szkoła",
  "tailoring.strategy.safer-handovers.title": "Bezpieczniejsze przekazywanie dzieci",
  "tailoring.strategy.safer-handovers.what":
    "Jeśli drugi rodzic widuje się z dziećmi, przekazujcie je w miejscu publicznym albo w ośrodku kontaktów (contact centre). Możesz też poprosić o to kogoś innego.",
  "tailoring.strategy.safer-handovers.why": "Przekazywanie dzieci może być chwilą ryzyka, dla ciebie i dla dzieci.",
  "tailoring.strategy.safer-handovers.how": [
    "Ustalajcie godziny i miejsca na piśmie i zapisuj, co się dzieje.",
    "Powiedz o każdej obawie osobie wspierającej albo swojemu prawnikowi (solicitor).",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "Odbieranie dzieci",
  "tailoring.strategy.baby-things-ready.title": "Miej gotowe rzeczy dla niemowlęcia",
  "tailoring.strategy.baby-things-ready.what":
    "Trzymaj razem mleko, pieluchy, leki i książeczkę zdrowia dziecka, gotowe do zabrania.",
  "tailoring.strategy.baby-things-ready.why": "Z niemowlęciem jest dużo do zabrania i mało czasu.",
  "tailoring.strategy.baby-things-ready.how": ["Dodaj je do swojej listy rzeczy do zabrania."],
  "tailoring.strategy.baby-things-ready.printLabel": "Rzeczy dla niemowlęcia",
  "tailoring.strategy.children-can-talk.title": "Pozwól dzieciom mówić",
  "tailoring.strategy.children-can-talk.what":
    "Powiedz dzieciom, że mogą porozmawiać z tobą, z nauczycielem albo z Childline (telefon zaufania dla dzieci). Powiedz też, że nic z tego nie jest ich winą.",
  "tailoring.strategy.children-can-talk.why":
    "Dzieci często zatrzymują zmartwienia dla siebie. Rozmowa pomaga im sobie radzić.",
  "tailoring.strategy.children-can-talk.how": [
    "Childline nic nie kosztuje, a połączenie nie pokazuje się na rachunku telefonicznym.",
  ],
  "tailoring.strategy.children-can-talk.printLabel": "Rozmowy",
  "tailoring.strategy.plan-with-teenager.title": "Zrób plan z nastolatkiem",
  "tailoring.strategy.plan-with-teenager.what":
    "Usiądź z nastolatkiem i zróbcie jego własny plan, korzystając z planu młodej osoby na tej stronie.",
  "tailoring.strategy.plan-with-teenager.why":
    "Nastolatki lepiej sobie radzą, gdy mają coś do powiedzenia i wiedzą, co robić.",
  "tailoring.strategy.plan-with-teenager.how": ["Pozwól nastolatkowi wybrać, do kogo pójdzie i do kogo zadzwoni."],
  "tailoring.strategy.plan-with-teenager.printLabel": "Notatki nastolatka",
  "tailoring.strategy.worried-about-a-child.title": "Jeśli martwisz się o dziecko",
  "tailoring.strategy.worried-about-a-child.what":
    "Jeśli martwisz się o bezpieczeństwo dziecka, możesz poprosić o radę w telefonie zaufania NSPCC (organizacja chroniąca dzieci).",
  "tailoring.strategy.worried-about-a-child.why": "Pomogą ci przemyśleć, co zrobić i komu o tym powiedzieć.",
  "tailoring.strategy.worried-about-a-child.how": ["Dzwoń, gdy tej osoby nie ma w pobliżu."],
  "tailoring.strategy.worried-about-a-child.printLabel": "Porady przez telefon",
  "tailoring.strategy.pet-fostering.title": "Zapytaj o tymczasową opiekę nad zwierzęciem",
  "tailoring.strategy.pet-fostering.what":
    "Niektóre organizacje charytatywne opiekują się zwierzętami, za darmo i poufnie, gdy ich właściciele przenoszą się w bezpieczne miejsce.",
  "tailoring.strategy.pet-fostering.why":
    "Wiele osób odkłada odejście, bo nie może zabrać zwierzęcia. Może nie musisz wybierać.",
  "tailoring.strategy.pet-fostering.how": [
    "Jeśli masz psa, zapytaj osobę wspierającą o Dogs Trust Freedom Project.",
    "Przy innych zwierzętach zapytaj telefon zaufania albo osobę wspierającą, co jest w okolicy.",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "Opieka nad zwierzęciem",
  "tailoring.strategy.pet-papers.title": "Zachowaj dokumenty zwierzęcia",
  "tailoring.strategy.pet-papers.what":
    "Zachowaj dowody, że zwierzę jest twoje: dokumenty od weterynarza i mikroczip zarejestrowany na twoje nazwisko.",
  "tailoring.strategy.pet-papers.why":
    "To pomaga, jeśli ta osoba próbuje zatrzymać zwierzę albo wykorzystać je przeciwko tobie.",
  "tailoring.strategy.pet-papers.how": [
    "Poproś weterynarza o zmianę danych mikroczipa i o to, żeby nie podawał nikomu twojego adresu.",
  ],
  "tailoring.strategy.pet-papers.printLabel": "Papiery od weterynarza",
  "tailoring.strategy.pets-and-refuges.title": "Wcześnie zapytaj o zwierzęta",
  "tailoring.strategy.pets-and-refuges.what":
    "Niewiele domów schronienia (refuge) przyjmuje zwierzęta, więc wcześnie zapytaj, co jest możliwe.",
  "tailoring.strategy.pets-and-refuges.why": "Gdy wiesz to z góry, masz czas zorganizować opiekę.",
  "tailoring.strategy.pets-and-refuges.how": [
    "Zapytaj w telefonie zaufania, gdy rozmawiacie o miejscach do zamieszkania.",
  ],
  "tailoring.strategy.pets-and-refuges.printLabel": "Pytania o zwierzęta",
  "tailoring.strategy.pet-in-ready-bag.title": "Spakuj rzeczy zwierzęcia",
  "tailoring.strategy.pet-in-ready-bag.what": "Włóż smycz, jedzenie i leki dla zwierzęcia obok swojej gotowej torby.",
  "tailoring.strategy.pet-in-ready-bag.why": "Jeśli zabierasz zwierzę, jego rzeczy też będą potrzebne.",
  "tailoring.strategy.pet-in-ready-bag.how": ["Dodaj je do swojej listy rzeczy do zabrania."],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "Rzeczy zwierzaka",

  "tailoring.strategy.abuse-concession.title": "Zapytaj o domestic abuse concession",
  "tailoring.strategy.abuse-concession.what":
    "Możesz być w Wielkiej Brytanii na wizie partnera, a związek mógł się skończyć z powodu przemocy. Wtedy możesz dostać zgodę na pobyt na trzy miesiące. W tym czasie możesz dostawać zasiłki i pomoc w mieszkaniu.",
  "tailoring.strategy.abuse-concession.why":
    "Nazywa się to Migrant Victims of Domestic Abuse Concession. Daje ci czas na uregulowanie statusu imigracyjnego bez utraty dachu nad głową i pieniędzy.",
  "tailoring.strategy.abuse-concession.how": [
    "Zanim złożysz wniosek, porozmawiaj z doradcą imigracyjnym z licencją: to zmienia twoją wizę.",
    "Osoba wspierająca pomoże ci go znaleźć, często za darmo.",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "Pytanie o wizę",
  "tailoring.strategy.right-to-stay.title": "Możliwe, że możesz zostać",
  "tailoring.strategy.right-to-stay.what":
    "Możesz być partnerem lub partnerką obywatela Wielkiej Brytanii albo osoby, która ma tu stały pobyt. Jeśli związek skończył się z powodu przemocy, możliwe, że możesz złożyć wniosek o stały pobyt.",
  "tailoring.strategy.right-to-stay.why": "Wiele osób słyszy, że zostaną odesłane, jeśli odejdą. To nie zawsze prawda.",
  "tailoring.strategy.right-to-stay.how": ["Poproś doradcę imigracyjnego z licencją o radę w twojej sprawie."],
  "tailoring.strategy.right-to-stay.printLabel": "Notatki o wizie",
  "tailoring.strategy.regulated-advice.title": "Poproś o radę doradcę imigracyjnego z licencją",
  "tailoring.strategy.regulated-advice.what":
    "Korzystaj z porad o wizie tylko od kogoś, kto ma do tego uprawnienia. To doradca imigracyjny z licencją, prawnik (solicitor) albo organizacja, która się w tym specjalizuje.",
  "tailoring.strategy.regulated-advice.why":
    "Zła porada może cię kosztować prawo pobytu. Jeśli doznajesz przemocy, za poradę może zapłacić legal aid (bezpłatna pomoc prawna).",
  "tailoring.strategy.regulated-advice.how": [
    "Poproś telefon zaufania albo osobę wspierającą o pomoc w znalezieniu doradcy z licencją.",
  ],
  "tailoring.strategy.regulated-advice.printLabel": "Doradca",
  "tailoring.strategy.visa-copies.title": "Miej kopie paszportu i wizy",
  "tailoring.strategy.visa-copies.what":
    "Trzymaj kopie paszportu, wizy i listów z Home Office (brytyjskie ministerstwo spraw wewnętrznych) tam, gdzie ta osoba ich nie dosięgnie.",
  "tailoring.strategy.visa-copies.why": "Osoby, które kogoś kontrolują, często zabierają mu paszport.",
  "tailoring.strategy.visa-copies.how": [
    "Zapisz numer paszportu i numer referencyjny wizy.",
    "Trzymaj zdjęcia na koncie e-mail, które tylko ty możesz otworzyć.",
  ],
  "tailoring.strategy.visa-copies.printLabel": "Kopia paszportu",
  "tailoring.strategy.ask-for-interpreter.title": "Poproś o tłumacza",
  "tailoring.strategy.ask-for-interpreter.what":
    "Możesz poprosić o tłumacza. Możesz to zrobić u lekarza, w szpitalu, na policji i w wielu organizacjach pomocowych.",
  "tailoring.strategy.ask-for-interpreter.why": "Masz prawo powiedzieć wszystko w języku, który znasz najlepiej.",
  "tailoring.strategy.ask-for-interpreter.how": [
    "Możesz poprosić o tłumacza, który nie zna twojej rodziny ani społeczności, albo o tłumacza przez telefon.",
    "Nigdy nie pozwalaj, żeby ta osoba albo jej rodzina tłumaczyła za ciebie.",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "Pomoc językowa",
  "tailoring.strategy.help-without-public-funds.title": "Pomoc, gdy masz no recourse to public funds",
  "tailoring.strategy.help-without-public-funds.what":
    "Nawet gdy nie masz prawa do świadczeń (no recourse to public funds), pomoc może być. Niektóre domy schronienia przyjmują osoby bez zasiłków. Opieka społeczna może mieć obowiązek pomóc rodzinom z dziećmi.",
  "tailoring.strategy.help-without-public-funds.why":
    "Wiele osób myśli, że nie ma dla nich żadnej pomocy. Często jednak jest.",
  "tailoring.strategy.help-without-public-funds.how": [
    "Powiedz w telefonie zaufania albo osobie wspierającej o swojej wizie, żeby szukali właściwej pomocy.",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "Pomoc, o którą zapytać",

  "tailoring.strategy.medicines-ready.title": "Miej leki pod ręką",
  "tailoring.strategy.medicines-ready.what":
    "Trzymaj zapas leków na kilka dni i listę tego, co bierzesz, tam, gdzie szybko je weźmiesz.",
  "tailoring.strategy.medicines-ready.why":
    "Brak leków może cię rozchorować, a niektórzy chowają leki albo ich nie dają.",
  "tailoring.strategy.medicines-ready.how": [
    "Zapytaj lekarza rodzinnego (GP) albo aptekę o stałe recepty na twoje nazwisko.",
    "Dodaj je do swojej listy rzeczy do zabrania.",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "Leki",
  "tailoring.strategy.carer-who-hurts.title": "Jeśli opiekun lub opiekunka cię krzywdzi",
  "tailoring.strategy.carer-who-hurts.what":
    "Jeśli osoba, która się tobą opiekuje, krzywdzi cię, straszy albo kontroluje, to jest przemoc. Możesz poprosić o pomoc i o inną osobę do opieki.",
  "tailoring.strategy.carer-who-hurts.why":
    "Opieka społeczna dla dorosłych (adult social care) ma obowiązek to sprawdzić i pomóc ci być bezpieczniej.",
  "tailoring.strategy.carer-who-hurts.how": [
    "Powiedz o tym lekarzowi (GP), pielęgniarce, komuś z opieki społecznej albo w telefonie zaufania.",
    "Poproś zespół adult social care w urzędzie (council) o sprawdzenie twojej sytuacji (safeguarding).",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "Opieka",
  "tailoring.strategy.way-out-that-works.title": "Zaplanuj wyjście, które dla ciebie działa",
  "tailoring.strategy.way-out-that-works.what":
    "Pomyśl, czego potrzebujesz, żeby szybko wyjść. Może to być sprzęt do poruszania się, aparat słuchowy, okulary, leki albo ktoś do pomocy.",
  "tailoring.strategy.way-out-that-works.why":
    "Plan dopasowany do twojego ciała i potrzeb to plan, z którego naprawdę skorzystasz.",
  "tailoring.strategy.way-out-that-works.how": [
    "Trzymaj sprzęt tam, gdzie go dosięgniesz, a ta osoba nie może go zabrać.",
    "Gdy dzwonisz pod 999, powiedz o swoich potrzebach.",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "Poruszanie się",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "Powiedz lekarzowi rodzinnemu (GP) albo health visitor",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "Lekarz rodzinny albo health visitor (pielęgniarka środowiskowa) może porozmawiać z tobą na osobności, zapisać urazy i skontaktować cię z pomocą.",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "Pracownicy ochrony zdrowia widzą wiele osób w twojej sytuacji i wiedzą, kto może pomóc.",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["Poproś o rozmowę na osobności."],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "Wizyta",
  "tailoring.strategy.tell-midwife.title": "Powiedz położnej",
  "tailoring.strategy.tell-midwife.what":
    "Położne pytają wszystkie osoby o przemoc i starają się choć raz zobaczyć cię na osobności.",
  "tailoring.strategy.tell-midwife.why":
    "Przemoc często zaczyna się albo nasila w ciąży. Położna może pomóc tobie i dziecku.",
  "tailoring.strategy.tell-midwife.how": [
    "Jeśli ta osoba zawsze ci towarzyszy, powiedz, że potrzebujesz badania na osobności.",
  ],
  "tailoring.strategy.tell-midwife.printLabel": "Położna",
  "tailoring.strategy.someone-you-care-for.title": "Zaplanuj opiekę nad osobą, którą się opiekujesz",
  "tailoring.strategy.someone-you-care-for.what": "Pomyśl, kto mógłby się nią zająć, gdyby trzeba było szybko wyjść.",
  "tailoring.strategy.someone-you-care-for.why": "Troska o tę osobę nie powinna trzymać cię w zagrożeniu.",
  "tailoring.strategy.someone-you-care-for.how": [
    "Zapytaj zespół adult social care w urzędzie (council), kto mógłby się nią zająć w krótkim czasie.",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "Zastępstwo",

  "tailoring.strategy.check-location-sharing.title": "Sprawdź, kto widzi, gdzie jesteś",
  "tailoring.strategy.check-location-sharing.what":
    "Sprawdź udostępnianie lokalizacji w telefonie, w mapach i w aplikacjach rodzinnych.",
  "tailoring.strategy.check-location-sharing.why":
    "To, że ktoś widzi twoją lokalizację, to jeden z najczęstszych sposobów śledzenia.",
  "tailoring.strategy.check-location-sharing.how": [
    "Wyłączenie udostępniania może dać znać tej osobie. Najpierw pomyśl, czy to bezpieczne.",
    "Osoba wspierająca może pomóc ci sprawdzić telefon.",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "Ustawienia telefonu",
  "tailoring.strategy.passwords-from-safe-device.title": "Zmień hasła z bezpiecznego urządzenia",
  "tailoring.strategy.passwords-from-safe-device.what":
    "Zmień hasła do poczty, banku i innych kont z urządzenia, którego ta osoba nigdy nie używała.",
  "tailoring.strategy.passwords-from-safe-device.why":
    "Jeśli zna twoje hasła, może czytać twoje wiadomości i widzieć twoje plany.",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "Włącz logowanie dwuetapowe, z kodami wysyłanymi na telefon, który masz tylko ty.",
    "Zmiany mogą zaalarmować tę osobę. Pomyśl, kiedy je zrobić.",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "Konta i logowanie",
  "tailoring.strategy.private-window.title": "Użyj okna prywatnego albo innego urządzenia",
  "tailoring.strategy.private-window.what":
    "Szukaj pomocy w oknie prywatnym albo na urządzeniu, którego ta osoba nigdy nie używa.",
  "tailoring.strategy.private-window.why":
    "Okno prywatne nie zapisuje historii. Wyczyszczenie całej historii może wyglądać dziwnie: usuwanie pojedynczych stron mniej rzuca się w oczy.",
  "tailoring.strategy.private-window.how": ["Kroki znajdziesz na tej stronie w części „Bezpieczeństwo w internecie”."],
  "tailoring.strategy.private-window.printLabel": "Przeglądanie",
  "tailoring.strategy.stalking-diary.title": "Prowadź dziennik nękania (stalkingu)",
  "tailoring.strategy.stalking-diary.what":
    "Zapisuj za każdym razem, gdy ta osoba chodzi za tobą, zjawia się albo się kontaktuje, z datą i godziną.",
  "tailoring.strategy.stalking-diary.why":
    "Nękanie (stalking) to przestępstwo. Dziennik pokazuje powtarzający się wzór, co pomaga policji działać.",
  "tailoring.strategy.stalking-diary.how": [
    "Zachowuj wiadomości, nagrania poczty głosowej i zdjęcia wszystkiego, co ktoś ci zostawia.",
    "Zgłoś to na policję. Jeśli coś ci grozi, zadzwoń pod 999.",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "Dziennik",
  "tailoring.strategy.look-for-trackers.title": "Poszukaj lokalizatorów",
  "tailoring.strategy.look-for-trackers.what":
    "Małe lokalizatory można ukryć w samochodzie, torbie, płaszczu albo w zabawce dziecka.",
  "tailoring.strategy.look-for-trackers.why":
    "Jeśli ta osoba zawsze wie, gdzie jesteś, przyczyną może być lokalizator.",
  "tailoring.strategy.look-for-trackers.how": [
    "Wiele telefonów może ostrzec o nieznanym lokalizatorze w pobliżu: sprawdź ustawienia.",
    "Jeśli go znajdziesz, zastanów się, zanim go usuniesz, i powiedz osobie wspierającej albo policji.",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "Samochód i torby",
  "tailoring.strategy.children-devices.title": "Sprawdź urządzenia dzieci",
  "tailoring.strategy.children-devices.what":
    "Telefony, tablety i gry, które ta osoba dała albo ustawiła, mogą pokazywać, gdzie są dzieci.",
  "tailoring.strategy.children-devices.why": "Przez urządzenia dzieci często szuka się rodzica, który odszedł.",
  "tailoring.strategy.children-devices.how": [
    "Sprawdź udostępnianie rodzinne i ustawienia, które pokazują, gdzie dzieci są.",
    "Osoba wspierająca może pomóc ci je sprawdzić.",
  ],
  "tailoring.strategy.children-devices.printLabel": "Tablety",

  "tailoring.strategy.honour-specialist.title": "Porozmawiaj z organizacją, która się na tym zna",
  "tailoring.strategy.honour-specialist.what":
    "Karma Nirvana pomaga osobom, którym grozi przemoc w imię „honoru” i przymusowe małżeństwo.",
  "tailoring.strategy.honour-specialist.why":
    "Rozumieją naciski ze strony rodziny i społeczności i nie będą cię oceniać.",
  "tailoring.strategy.honour-specialist.how": [
    "Dzwoń, gdy nikogo przy tobie nie ma, z telefonu, którego rodzina nie sprawdza.",
  ],
  "tailoring.strategy.honour-specialist.printLabel": "Rozmowa telefoniczna",
  "tailoring.strategy.forced-marriage-help.title": "Zmuszanie do małżeństwa to przestępstwo",
  "tailoring.strategy.forced-marriage-help.what":
    "W Wielkiej Brytanii zmuszanie kogoś do małżeństwa jest przestępstwem. Rządowa Forced Marriage Unit może pomóc w kraju i za granicą.",
  "tailoring.strategy.forced-marriage-help.why":
    "Sąd może też wydać nakaz, który zatrzyma ślub albo sprowadzi kogoś do domu.",
  "tailoring.strategy.forced-marriage-help.how": [
    "Powiedz o tym nauczycielowi, lekarzowi, osobie wspierającej albo na policji.",
  ],
  "tailoring.strategy.forced-marriage-help.printLabel": "Notatki o weselu",
  "tailoring.strategy.travel-abroad.title": "Uważaj na wyjazdy za granicę",
  "tailoring.strategy.travel-abroad.what":
    "Jeśli boisz się, że ktoś wywiezie cię za granicę na przymusowy ślub, powiedz komuś przed każdą podróżą i miej kopie paszportu.",
  "tailoring.strategy.travel-abroad.why": "Za granicą dużo trudniej dostać pomoc.",
  "tailoring.strategy.travel-abroad.how": [
    "Daj zaufanej osobie numer swojego paszportu i adres, pod którym się zatrzymasz.",
    "Ustalcie, kiedy się odezwiesz i co ta osoba zrobi, jeśli się nie odezwiesz.",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "Szczegóły podróży",
  "tailoring.strategy.trusted-outside-family.title": "Wybierz kogoś spoza rodziny",
  "tailoring.strategy.trusted-outside-family.what":
    "Wybierz jedną osobę spoza rodziny i społeczności, której możesz ufać. Na przykład nauczyciela, lekarza albo kogoś z przyjaciół.",
  "tailoring.strategy.trusted-outside-family.why":
    "Gdy w sprawę jest wmieszana rodzina, pomoc od niej może nie być bezpieczna.",
  "tailoring.strategy.trusted-outside-family.how": ["Ustalcie, jak będziesz się z nią kontaktować, i umówione słowo."],
  "tailoring.strategy.trusted-outside-family.printLabel": "Bliska osoba",

  "tailoring.strategy.tell-someone-you-trust.title": "Powiedz jednej osobie, której ufasz",
  "tailoring.strategy.tell-someone-you-trust.what":
    "Powiedz komuś z przyjaciół, rodziny albo pracy, co się dzieje i co ta osoba ma zrobić.",
  "tailoring.strategy.tell-someone-you-trust.why":
    "Nie musisz radzić sobie z tym w pojedynkę. Ktoś, kto wie, może zadziałać, gdy ty nie możesz.",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "Wybierz kogoś, kto nie powie o tym osobie, która cię krzywdzi.",
    "Wpisz tę osobę na listę ludzi w swoim planie.",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "Bliska osoba",
  "tailoring.strategy.ask-about-idva.title": "Zapytaj o własnego doradcę",
  "tailoring.strategy.ask-about-idva.what":
    "Independent domestic violence adviser (IDVA, niezależny doradca do spraw przemocy) pracuje z osobami w dużym zagrożeniu. Jest po twojej stronie, a nie po stronie policji czy urzędu.",
  "tailoring.strategy.ask-about-idva.why":
    "Może pomóc w sprawach bezpieczeństwa, mieszkania, sądu i pieniędzy oraz mówić w twoim imieniu na spotkaniu MARAC.",
  "tailoring.strategy.ask-about-idva.how": [
    "Zapytaj w telefonie zaufania, u lekarza rodzinnego (GP) albo w lokalnej organizacji, jak się z nim skontaktować.",
  ],
  "tailoring.strategy.ask-about-idva.printLabel": "Doradca",
  "tailoring.strategy.lgbt-service.title": "Porozmawiaj z organizacją dla osób LGBT+",
  "tailoring.strategy.lgbt-service.what":
    "Galop prowadzi telefon zaufania dla osób LGBT+, które doznają przemocy, także ze strony rodziny.",
  "tailoring.strategy.lgbt-service.why":
    "Rozumieją groźby takie jak ujawnienie twojej orientacji lub tożsamości i przeszkody, które napotykają osoby LGBT+.",
  "tailoring.strategy.lgbt-service.how": ["Dzwoń, gdy nikogo przy tobie nie ma."],
  "tailoring.strategy.lgbt-service.printLabel": "Rozmowa telefoniczna",
  "tailoring.strategy.service-for-men.title": "Porozmawiaj z organizacją dla mężczyzn",
  "tailoring.strategy.service-for-men.what":
    "Men's Advice Line pomaga mężczyznom, którzy doznają przemocy od partnera, partnerki lub rodziny.",
  "tailoring.strategy.service-for-men.why":
    "Mężczyznom często się nie wierzy albo wstydzą się prosić o pomoc. Ta organizacja to rozumie.",
  "tailoring.strategy.service-for-men.how": ["Dzwoń, gdy nikogo przy tobie nie ma."],
  "tailoring.strategy.service-for-men.printLabel": "Rozmowa telefoniczna",
  "tailoring.strategy.older-people.title": "Starsze osoby też mogą dostać pomoc",
  "tailoring.strategy.older-people.what":
    "Przemoc ze strony partnera, dorosłego dziecka albo opiekuna to przemoc w każdym wieku. Pomóc może lekarz rodzinny (GP) i opieka społeczna dla dorosłych.",
  "tailoring.strategy.older-people.why": "Starsze osoby często są pomijane i mogą zależeć od osoby, która je krzywdzi.",
  "tailoring.strategy.older-people.how": [
    "Powiedz lekarzowi rodzinnemu, pielęgniarce albo w telefonie zaufania, co się dzieje.",
  ],
  "tailoring.strategy.older-people.printLabel": "Wizyta",
  "tailoring.strategy.family-abuse-counts.title": "Przemoc w rodzinie też się liczy",
  "tailoring.strategy.family-abuse-counts.what":
    "Według prawa przemoc ze strony członka rodziny w wieku 16 lat lub starszego to przemoc domowa. To nie tylko przemoc ze strony partnera.",
  "tailoring.strategy.family-abuse-counts.why": "Ta sama pomoc, te same nakazy i organizacje są też dla ciebie.",
  "tailoring.strategy.family-abuse-counts.how": [
    "Powiedz w telefonie zaufania, kto cię krzywdzi. Nie będą oceniać ani ciebie, ani twojej rodziny.",
  ],
  "tailoring.strategy.family-abuse-counts.printLabel": "Notatki rodzinne",

  "tailoring.strategy.right-to-ask.title": "Zapytaj policję o przeszłość partnera lub partnerki",
  "tailoring.strategy.right-to-ask.what":
    "Na podstawie Clare's Law możesz zapytać policję, czy partner lub partnerka ma na koncie przemoc.",
  "tailoring.strategy.right-to-ask.why": "Ta wiedza może pomóc ci zdecydować, co zrobić.",
  "tailoring.strategy.right-to-ask.how": [
    "Zapytaj osobiście na komisariacie albo przez telefon pod numerem do spraw niepilnych. W wielu miejscach można też zapytać przez internet.",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "Pytanie do zadania",
  "tailoring.strategy.protective-orders.title": "Zapytaj o nakaz, który trzyma tę osobę z dala",
  "tailoring.strategy.protective-orders.what":
    "Sąd może nakazać tej osobie, żeby się z tobą nie kontaktowała albo trzymała się z dala od twojego domu.",
  "tailoring.strategy.protective-orders.why":
    "Złamanie niektórych z tych nakazów jest przestępstwem, więc policja może szybko zadziałać.",
  "tailoring.strategy.protective-orders.how": [
    "Zapytaj osobę wspierającą albo prawnika (solicitor) o non-molestation order albo occupation order (nakazy ochrony).",
    "W nagłej sytuacji nakaz może zostać wydany bez wcześniejszego powiadomienia tej osoby.",
  ],
  "tailoring.strategy.protective-orders.printLabel": "Dokumenty",
  "tailoring.strategy.legal-aid.title": "Sprawdź, czy możesz dostać legal aid",
  "tailoring.strategy.legal-aid.what":
    "Jeśli doznajesz przemocy, możesz dostać legal aid (bezpłatną pomoc prawną) na prawnika. Chodzi o sprawy rodzinne, na przykład o to, gdzie mieszkają dzieci i z kim się widują.",
  "tailoring.strategy.legal-aid.why":
    "Zwykle potrzebny jest jakiś dowód, na przykład list od lekarza albo od organizacji pomocowej.",
  "tailoring.strategy.legal-aid.how": [
    "Zapytaj prawnika rodzinnego (family solicitor), który prowadzi sprawy z legal aid, albo osobę wspierającą.",
  ],
  "tailoring.strategy.legal-aid.printLabel": "Pomoc z kosztami",

  "tailoring.strategy.not-your-fault.title": "Pamiętaj: to nie twoja wina",
  "tailoring.strategy.not-your-fault.what":
    "Nic, co robisz lub mówisz, nie sprawia, że to twoja wina. Osoba, która cię krzywdzi, sama to wybiera.",
  "tailoring.strategy.not-your-fault.why":
    "Ludzie, którzy krzywdzą innych, często obwiniają osobę, którą krzywdzą. To nieprawda.",
  "tailoring.strategy.not-your-fault.how": [
    "Zapisz coś miłego, co można by powiedzieć komuś bliskiemu w twojej sytuacji.",
  ],
  "tailoring.strategy.not-your-fault.printLabel": "Przypomnienie",
  "tailoring.strategy.mixed-feelings.title": "Mieszane uczucia są normalne",
  "tailoring.strategy.mixed-feelings.what": "Można kogoś kochać i mimo to chcieć, żeby krzywda się skończyła.",
  "tailoring.strategy.mixed-feelings.why": "Rozdarcie to jedna z najcięższych rzeczy. Rozmowa o tym może pomóc.",
  "tailoring.strategy.mixed-feelings.how": ["Porozmawiaj z telefonem zaufania. Nie powiedzą ci, co masz robić."],
  "tailoring.strategy.mixed-feelings.printLabel": "Myśli",
  "tailoring.strategy.look-after-yourself.title": "Dbaj o siebie",
  "tailoring.strategy.look-after-yourself.what":
    "Sen, jedzenie, świeże powietrze i ludzie, którym na tobie zależy, pomagają sobie radzić.",
  "tailoring.strategy.look-after-yourself.why": "Przemoc wyczerpuje. Drobne rzeczy mogą pomóc ci poczuć się silniej.",
  "tailoring.strategy.look-after-yourself.how": [
    "Porozmawiaj z lekarzem rodzinnym (GP), jeśli masz obniżony nastrój, lęk albo nie możesz spać.",
  ],
  "tailoring.strategy.look-after-yourself.printLabel": "Czas dla siebie",

  "tailoring.strategy.signal-and-power.title": "Miej sposób, żeby wezwać pomoc",
  "tailoring.strategy.signal-and-power.what": "Wiedz, gdzie twój telefon ma zasięg, i miej naładowany powerbank.",
  "tailoring.strategy.signal-and-power.why":
    "Daleko od ludzi pomoc może jechać dłużej, więc trzeba móc wezwać ją wcześnie.",
  "tailoring.strategy.signal-and-power.how": [
    "Zapamiętaj najbliższe miejsce, gdzie są ludzie, na przykład sklep albo sąsiadów.",
  ],
  "tailoring.strategy.signal-and-power.printLabel": "Powerbank",
  "tailoring.strategy.lift-arranged.title": "Umów wcześniej podwózkę",
  "tailoring.strategy.lift-arranged.what":
    "Zapytaj zaufaną osobę z samochodem, czy zawiezie cię, gdyby trzeba było jechać.",
  "tailoring.strategy.lift-arranged.why": "Bez samochodu dotarcie w bezpieczniejsze miejsce może trwać za długo.",
  "tailoring.strategy.lift-arranged.how": ["Wpisz do planu jej numer i numer taksówki."],
  "tailoring.strategy.lift-arranged.printLabel": "Podwózka",
  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label": "Ta osoba chwytała mnie za szyję, dusiła mnie albo próbowała to zrobić",
  "tailoring.sign.strangled.flag":
    "Duszenie jest bardzo groźne, nawet jeśli nie zostawiło śladu. Może wyrządzić szkody, których nie widać. To też ostrzeżenie, że ta osoba może zabić.",
  "tailoring.sign.threats-to-kill.label": "Ta osoba groziła, że zabije mnie, kogoś innego albo siebie",
  "tailoring.sign.threats-to-kill.flag": "Traktuj groźby zabicia poważnie, nawet jeśli padły w złości albo jako żart.",
  "tailoring.sign.separation.label": "Nasz związek się skończył albo planuję rozstanie",
  "tailoring.sign.separation.flag":
    "Czas odejścia i zaraz po nim to moment, w którym wiele osób jest w największym zagrożeniu. Zaplanuj go z pomocą.",
  "tailoring.sign.stalking.label": "Ta osoba chodzi za mną, obserwuje mnie albo ciągle się ze mną kontaktuje",
  "tailoring.sign.stalking.flag": "Nękanie (stalking) to przestępstwo. Często jest to zapowiedź poważnej krzywdy.",
  "tailoring.sign.weapons.label": "Ta osoba użyła broni albo groziła mi bronią, albo może ją zdobyć",
  "tailoring.sign.weapons.flag": "Broń sprawia, że poważna krzywda jest dużo bardziej prawdopodobna.",
  "tailoring.sign.getting-worse.label": "Dzieje się to coraz częściej albo jest coraz gorzej",
  "tailoring.sign.getting-worse.flag":
    "Przemoc, która się nasila albo zdarza coraz częściej, to znak, że ryzyko rośnie.",
  "tailoring.sign.pregnant-or-baby.label": "Jestem w ciąży albo mam dziecko poniżej roku",
  "tailoring.sign.pregnant-or-baby.flag":
    "Przemoc często zaczyna się albo nasila w ciąży i po porodzie. Ty i twoje dziecko zasługujecie na dodatkową pomoc.",
  "tailoring.sign.own-fear.label": "Boję się tego, co ta osoba może zrobić",
  "tailoring.sign.own-fear.flag": "Twoje własne poczucie zagrożenia to jedna z najlepszych wskazówek. Ufaj mu.",
  "tailoring.sign.threats-about-children.label":
    "Ta osoba grozi, że zabierze albo skrzywdzi dzieci, albo wykorzystuje kontakty z nimi, żeby mnie dopaść",
  "tailoring.sign.threats-about-children.flag": "Groźby dotyczące dzieci są poważne, dla nich i dla ciebie.",
  "tailoring.advice.phone-999.title": "Zadzwoń pod 999",
  "tailoring.advice.phone-999.text": "Jeśli coś ci teraz grozi, zadzwoń pod 999 i poproś o policję.",
  "tailoring.advice.silent-call.title": "Jeśli nie możesz mówić: 999, potem 55",
  "tailoring.advice.silent-call.text":
    "Z komórki wybierz 999. Jeśli nie możesz mówić, naciśnij 55, kiedy cię o to poproszą. Operator przełączy cię na policję.",
  "tailoring.advice.helpline.title": "Porozmawiaj z telefonem zaufania",
  "tailoring.advice.helpline.text": "Mogą pomóc ci zrobić plan na to, co rozpoznajesz, o każdej porze dnia i nocy.",
  "tailoring.advice.idva.title": "Poproś o independent domestic violence adviser (IDVA)",
  "tailoring.advice.idva.text":
    "IDVA to przeszkolony doradca, który pracuje z osobami w dużym zagrożeniu i jest po twojej stronie. Kontakt może dać telefon zaufania, lekarz rodzinny (GP) albo lokalna organizacja.",
  "tailoring.advice.marac.title": "Czym jest MARAC",
  "tailoring.advice.marac.text":
    "MARAC to spotkanie w sprawie osób w największym zagrożeniu. Policja, służba zdrowia, dział mieszkaniowy, służby dla dzieci i inni dzielą się wiedzą. Ustalają, jak zwiększyć bezpieczeństwo tych osób. Nie idziesz na nie: doradca mówi w twoim imieniu. Zgłosić cię może profesjonalista, jeśli to możliwe, za twoją zgodą.",
  "tailoring.advice.see-a-doctor.title": "Idź do lekarza",
  "tailoring.advice.see-a-doctor.text":
    "Daj się zbadać lekarzowi albo położnej, nawet jeśli czujesz się dobrze. Powiedz, co się stało.",
  "tailoring.advice.keep-a-record.title": "Zapisuj, co się dzieje",
  "tailoring.advice.keep-a-record.text":
    "Zapisuj, co się dzieje, z datami. Zachowuj wiadomości tam, gdzie ta osoba ich nie znajdzie.",
  "tailoring.advice.children-services.title": "Poproś o pomoc dla dzieci",
  "tailoring.advice.children-services.text":
    "Powiedz osobie wspierającej, w szkole dzieci albo w telefonie zaufania NSPCC. Służby dla dzieci mogą pomóc je chronić.",

  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question": "Czy ta osoba może odblokować ten telefon lub komputer albo zna jego kod?",
  "tailoring.device.others-unlock.todo":
    "Jeśli możesz, użyj innego urządzenia do swojego planu, na przykład telefonu kogoś bliskiego albo komputera w bibliotece. Jeśli to bezpieczne, zmień kod.",
  "tailoring.device.they-set-it-up.question":
    "Czy ta osoba kupiła to urządzenie, ustawiła je albo miała je przez jakiś czas?",
  "tailoring.device.they-set-it-up.todo":
    "Mogła dodać aplikacje albo ustawienia, które udostępniają to, co robisz. Do prywatnych spraw używaj urządzenia, którego ta osoba nigdy nie miała.",
  "tailoring.device.shared-account.question":
    "Czy to urządzenie jest zalogowane na konto, które ta osoba może otworzyć? Na przykład wspólne konto Google, Apple albo Microsoft.",
  "tailoring.device.shared-account.todo":
    "Wszystko zapisane na tym koncie, na przykład zdjęcia, historia albo hasła, może pokazywać się też na jej urządzeniach. Używaj okna prywatnego i nie zapisuj adresu tej strony.",
  "tailoring.device.browser-sync.question":
    "Czy ta przeglądarka jest zalogowana i synchronizuje dane, tak że twoją historię widać na innych urządzeniach?",
  "tailoring.device.browser-sync.todo":
    "Używaj dla tej strony okna prywatnego. Jeśli ta strona jest już w historii, usuń z niej tylko te wpisy, zamiast czyścić wszystko.",
  "tailoring.device.location-shared.question":
    "Czy ta osoba może widzieć, gdzie jesteś, na przykład w aplikacji z mapą, w Find My albo w aplikacji rodzinnej?",
  "tailoring.device.location-shared.todo":
    "Sprawdź udostępnianie lokalizacji w ustawieniach telefonu. Wyłączenie może zaalarmować tę osobę, więc najpierw pomyśl i poproś o pomoc osobę wspierającą.",
  "tailoring.device.family-apps.question":
    "Czy jesteś z tą osobą w grupie rodzinnej albo w aplikacji kontroli rodzicielskiej?",
  "tailoring.device.family-apps.todo":
    "Aplikacje rodzinne mogą udostępniać twoją lokalizację, zakupy i czas przed ekranem. Poproś osobę wspierającą o pomoc w sprawdzeniu, co ta osoba widzi.",
  "tailoring.device.childrens-devices.question":
    "Czy twoje dzieci mają telefony, tablety albo gry, które ta osoba im dała albo ustawiła?",
  "tailoring.device.childrens-devices.todo":
    "Te urządzenia mogą pokazywać, gdzie są dzieci. Sprawdź ich ustawienia lokalizacji i ustawienia rodzinne, w razie potrzeby z pomocą.",
  "tailoring.device.smart-home.question":
    "Czy w domu są kamery, inteligentne głośniki albo dzwonek z kamerą, którymi steruje ta osoba?",
  "tailoring.device.smart-home.todo":
    "Ta osoba może przez nie widzieć albo słyszeć, co dzieje się w domu. Dzwoń i korzystaj z tej strony z dala od nich.",
  "tailoring.device.knows-too-much.question":
    "Czy ta osoba wie rzeczy, których nie powinna: co piszesz, czego szukasz albo gdzie bywasz?",
  "tailoring.device.knows-too-much.todo":
    "To może być znak programu szpiegującego albo wspólnego konta. Nie używaj tego urządzenia do swojego planu. Telefon zaufania powie ci, jak je sprawdzić.",
  "tailoring.device.answer.yes": "Tak",
  "tailoring.device.answer.no": "Nie",
  "tailoring.device.answer.not-sure": "Nie wiem na pewno",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "Telefon i ładowarkę",
  "tailoring.goNow.take.keys": "Klucze",
  "tailoring.goNow.take.money": "Pieniądze i karty bankowe",
  "tailoring.goNow.take.medicines": "Leki",
  "tailoring.goNow.take.documents": "Paszport albo inny dokument tożsamości, jeśli możesz go szybko wziąć",
  "tailoring.goNow.take.children": "Dzieci i to, czego potrzebują na dzisiejszą noc",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "Wolę nie mówić",
  "tailoring.ui.priorities.intro": "Wybierz, co jest dla ciebie ważne, a potem przesuń najważniejsze na górę.",
  "tailoring.ui.priorities.chosen": "Co jest dla mnie ważne, od najważniejszego",
  "tailoring.ui.priorities.none": "Na razie nic nie wybrano.",
  "tailoring.ui.priorities.up": "Przesuń w górę",
  "tailoring.ui.priorities.down": "Przesuń w dół",
  "tailoring.ui.priorities.remove": "Usuń",
  "tailoring.ui.priorities.moved": "{name} jest teraz na miejscu {n}.",
  "tailoring.ui.priorities.own": "Co jest dla ciebie ważne? Napisz własnymi słowami.",
  "tailoring.ui.ideas.empty":
    "Odpowiedz na „Co mnie dotyczy” i „Co jest dla mnie najważniejsze”, żeby zobaczyć pomysły dobrane dla ciebie. Możesz też przejrzeć wszystkie pomysły poniżej.",
  "tailoring.ui.ideas.suggested": "Propozycje dla ciebie",
  "tailoring.ui.ideas.suggestedHint":
    "Nie ma ich jeszcze w twoim planie. Do planu i na wydruk trafiają tylko pomysły, które zachowasz.",
  "tailoring.ui.ideas.suggestedNone":
    "Przy każdym proponowanym pomyśle jest już twój wybór. Więcej znajdziesz wśród wszystkich pomysłów poniżej.",
  "tailoring.ui.ideas.because": "Proponowane, bo {reasons}.",
  "tailoring.ui.ideas.between": ", ",
  "tailoring.ui.ideas.and": " i ",
  "tailoring.ui.ideas.andVowel": " i ",
  "tailoring.ui.ideas.how": "Dlaczego to pomaga i jak to zrobić",
  "tailoring.ui.ideas.more": {
    one: "Pokaż jeszcze 1 pomysł",
    few: "Pokaż jeszcze {count} pomysły",
    many: "Pokaż jeszcze {count} pomysłów",
    other: "Pokaż jeszcze {count} pomysłu",
  },
  "tailoring.ui.ideas.call": "Kto może pomóc:",
  "tailoring.ui.ideas.keep": "Zachowaj w moim planie",
  "tailoring.ui.ideas.drop": "Nie dla mnie",
  "tailoring.ui.ideas.kept": "W moim planie",
  "tailoring.ui.ideas.keptNone":
    "Na razie nic nie zachowano. Naciśnij „Zachowaj w moim planie” przy każdym pomyśle, który do ciebie pasuje.",
  "tailoring.ui.ideas.note": "Moje notatki do tego",
  "tailoring.ui.ideas.takeOut": "Usuń z mojego planu",
  "tailoring.ui.ideas.own": "Moje własne pomysły",
  "tailoring.ui.ideas.ownTitle": "Mój pomysł",
  "tailoring.ui.ideas.ownNote": "Jak to zrobię",
  "tailoring.ui.ideas.ownN": "Mój własny pomysł {n}",
  "tailoring.ui.ideas.addOwn": "Dodaj własny pomysł",
  "tailoring.ui.ideas.removeOwn": "Usuń ten pomysł",
  "tailoring.ui.ideas.dropped": "Odłożone ({count})",
  "tailoring.ui.ideas.bringBack": "Przywróć",
  "tailoring.ui.ideas.all": "Przejrzyj wszystkie pomysły",
  "tailoring.ui.ideas.inPlan": "W moim planie",
  "tailoring.ui.ideas.keptDone": "Zachowane w twoim planie: {title}.",
  "tailoring.ui.ideas.droppedDone": "Odłożone: {title}. Możesz to przywrócić poniżej.",
  "tailoring.ui.panel.close": "Wróć do mojego planu",
  "tailoring.ui.goNow.title": "Jeśli muszę wyjść teraz",
  "tailoring.ui.goNow.intro": "Kilka najważniejszych rzeczy. Przeczytaj je teraz, żeby znać je, gdy będą potrzebne.",
  "tailoring.ui.goNow.danger":
    "Jeśli coś ci grozi, zadzwoń pod 999. Jeśli dzwonisz z komórki i nie możesz mówić, naciśnij 55, kiedy cię o to poproszą.",
  "tailoring.ui.goNow.where": "Dokąd mogę pójść",
  "tailoring.ui.goNow.who": "Do kogo mogę zadzwonić",
  "tailoring.ui.goNow.codeWord": "Moje umówione słowo",
  "tailoring.ui.goNow.waysOut": "Moje drogi wyjścia",
  "tailoring.ui.goNow.children": "Dokąd mogą pójść dzieci",
  "tailoring.ui.goNow.take": "Weź, jeśli możesz",
  "tailoring.ui.goNow.takeMine": "Z mojej listy",
  "tailoring.ui.goNow.nothing":
    "Twój plan nie mówi jeszcze, dokąd możesz pójść ani do kogo zadzwonić. Gdy wypełnisz „Przygotowanie do odejścia” i listę rzeczy do zabrania, pojawią się tutaj.",
  "tailoring.ui.goNow.leave":
    "Jeśli coś ci grozi, nie zatrzymuj się po rzeczy. Twoje życie jest ważniejsze niż wszystko, co możesz zabrać.",
  "tailoring.ui.signs.title": "Oznaki zagrożenia",
  "tailoring.ui.signs.intro":
    "Niektóre rzeczy sprawiają, że poważna krzywda jest bardziej prawdopodobna. Zaznacz to, co rozpoznajesz, a zobaczysz, co możesz zrobić. Nie ma tu punktów: najważniejsze jest twoje własne poczucie zagrożenia.",
  "tailoring.ui.signs.legend": "Czy rozpoznajesz coś z tego?",
  "tailoring.ui.signs.flagged": "Co to oznacza",
  "tailoring.ui.signs.todo": "Co możesz zrobić",
  "tailoring.ui.signs.none":
    "Nawet jeśli nic nie jest zaznaczone, ufaj swoim uczuciom. Jeśli się boisz, porozmawiaj z kimś.",
  "tailoring.ui.signs.notKept": "To, co tu zaznaczysz, nie jest zachowywane: znika, gdy to zamkniesz.",
  "tailoring.ui.device.title": "Czy to urządzenie jest bezpieczne?",
  "tailoring.ui.device.intro":
    "Kilka pytań o telefon lub komputer, którego teraz używasz. Możesz pominąć dowolne pytanie. Twoje odpowiedzi nie są nigdzie zachowywane.",
  "tailoring.ui.device.todo": "Co zrobić",
  "tailoring.ui.device.allClear":
    "Nic z twoich odpowiedzi nie budzi obaw. Używaj przycisku „Wyjdź z tej strony”, gdy trzeba, i przeczytaj „Bezpieczeństwo w internecie”, żeby dowiedzieć się więcej.",
  "tailoring.ui.device.onlineSafety": "Bezpieczeństwo w internecie",
};
