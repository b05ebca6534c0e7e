import type { youngPerson as en } from "../../en/plans/young-person";
import type { Translation } from "../../types";

/**
 * The young person's plan in Polish (age 12 to 17): drafted from the English, not yet reviewed by
 * a fluent speaker. The reader is "ty", in plain, direct words. Polish past tenses and adjectives
 * for "you" and "I" are gendered, so sentences use the present, the future or the imperative
 * ("Zgadzam się", "nie musisz radzić sobie z tym w pojedynkę"); never a "/a" form. Someone the
 * young person dates is "osoba, z którą się spotykasz". Labels ending in printLabel and printTitle,
 * and the neutral title, go on a discreet printout: household words only (rules.ts, revealing).
 */
export const youngPerson: Translation<typeof en> = {
  "young-person.title": "Mój plan",
  "young-person.neutralTitle": "Moje notatki",
  "young-person.intro": [
    "Ten plan jest o tym, jak być bezpiecznie. Jest twój i możesz pominąć każde pytanie.",
    "To, co dzieje się w domu, to nie twoja wina. To też nie twoje zadanie, żeby to zatrzymać. Plan nie obieca, że nic złego się nie stanie, ale pomoże ci wiedzieć, co robić.",
    "Najlepiej zrób plan z dorosłym, któremu ufasz, na przykład z osobą wspierającą albo nauczycielem, i ćwiczcie go razem. Może bezpieczniej będzie, jeśli to ta osoba go przechowa, a nie ty.",
    "Jeśli coś ci teraz grozi, zadzwoń pod 999.",
  ],
  "young-person.what-i-know.title": "Co wiem",
  "young-person.what-i-know.printTitle": "Do zapamiętania",
  "young-person.what-i-know.help": [
    "Każdy ma prawo do bezpieczeństwa i opieki. Krzyki, bicie i groźby w domu nigdy nie są twoją winą. Nie możesz ich zatrzymać, choćby nie wiem jak się starać.",
    "Twoje bezpieczeństwo jest najważniejsze. Czasem to znaczy złamać zwykłe zasady: powiedzieć nie, krzyczeć, wrzeszczeć albo uciec po pomoc.",
  ],
  "young-person.what-i-know.questions": [
    "Co robisz teraz, gdy w domu robi się źle?",
    "Co jeszcze możesz zrobić, żeby być bezpiecznie?",
  ],
  "young-person.what-i-know.askQuestions": [
    "Co zwykle robisz, gdy dorośli w domu zaczynają się kłócić albo komuś dzieje się krzywda?",
    "Czy zdarza ci się próbować to przerwać? (Podziękuj za troskę i powiedz jasno, że przerywanie tego nie jest zadaniem młodej osoby.)",
    "Z którymi dorosłymi możesz porozmawiać o tym, co dzieje się w domu?",
  ],
  "young-person.what-i-know.right-to-be-safe.label": "Każdy ma prawo do bezpieczeństwa i opieki, także ja.",
  "young-person.what-i-know.right-to-be-safe.printLabel": "Zasługuję na to, żeby ktoś się mną opiekował",
  "young-person.what-i-know.right-to-be-safe.agreeText": "Zgadzam się",
  "young-person.what-i-know.not-my-fault.label": "Krzyki i krzywda w domu to nie moja wina.",
  "young-person.what-i-know.not-my-fault.printLabel": "Nic z tego nie zależy ode mnie",
  "young-person.what-i-know.not-my-fault.agreeText": "Zgadzam się",
  "young-person.what-i-know.cannot-stop-it.label": "Nie mogę zatrzymać przemocy i to nie moje zadanie, żeby próbować.",
  "young-person.what-i-know.cannot-stop-it.printLabel": "To nie moje zadanie, żeby to naprawić",
  "young-person.what-i-know.cannot-stop-it.agreeText": "Zgadzam się",
  "young-person.what-i-know.ok-to-break-rules.label":
    "Żeby być bezpiecznie, mogę złamać zasady: mogę powiedzieć nie, krzyczeć, wrzeszczeć albo uciec.",
  "young-person.what-i-know.ok-to-break-rules.printLabel": "Czasem można złamać zasadę",
  "young-person.what-i-know.ok-to-break-rules.agreeText": "Zgadzam się",
  "young-person.what-i-know.other-ways-to-keep-safe.label": "Co jeszcze mogę zrobić, żeby być bezpiecznie",
  "young-person.what-i-know.other-ways-to-keep-safe.printLabel": "Inne pomysły",
  "young-person.getting-out-of-the-way.title": "Zejście z drogi",
  "young-person.getting-out-of-the-way.printTitle": "W domu",
  "young-person.getting-out-of-the-way.help": [
    "Gdy w domu zaczyna się przemoc, najbezpieczniej jest zejść z drogi. Nie próbuj się wtrącać, nawet jeśli chcesz pomóc. Pomagasz, dbając o swoje bezpieczeństwo.",
    "Wyjdź z pokoju, w którym to się dzieje, i idź tam, gdzie czujesz się bezpiecznie.",
  ],
  "young-person.getting-out-of-the-way.questions": [
    "Gdzie w domu czujesz się najbezpieczniej?",
    "Czy możesz tam szybko dojść, nie przechodząc obok kłótni?",
    "Czy jest droga z domu na zewnątrz, jeśli będzie potrzebna?",
  ],
  "young-person.getting-out-of-the-way.askQuestions": [
    "Dokąd teraz idziesz, gdy coś się zaczyna?",
    "Czy jest pokój z zamkiem albo droga z domu na zewnątrz?",
    "Czy w nagłej sytuacji możesz dostać się do telefonu?",
  ],
  "young-person.getting-out-of-the-way.get-out-of-the-way.label":
    "Gdy zaczyna się przemoc, najbezpieczniej jest zejść z drogi.",
  "young-person.getting-out-of-the-way.get-out-of-the-way.printLabel": "Kiedy robi się głośno, idę do innego pokoju",
  "young-person.getting-out-of-the-way.get-out-of-the-way.agreeText": "Zgadzam się",
  "young-person.getting-out-of-the-way.safe-room.label": "Pokój albo miejsce w domu, gdzie czuję się bezpiecznie",
  "young-person.getting-out-of-the-way.safe-room.printLabel": "Dobry pokój",
  "young-person.getting-out-of-the-way.safe-room.sentence": "Moje bezpieczne miejsce w domu",
  "young-person.getting-out-of-the-way.safe-room-locks.label": "Czy drzwi mają zamek?",
  "young-person.getting-out-of-the-way.safe-room-locks.printLabel": "Zamek w drzwiach",
  "young-person.calling-for-help.title": "Wzywanie pomocy",
  "young-person.calling-for-help.printTitle": "Telefon",
  "young-person.calling-for-help.help": [
    "Jeśli to bezpieczne, zadzwoń pod 999 i poproś o policję. Dzwonienie, gdy komuś dzieje się krzywda, to dobra decyzja.",
    "Powiedz, jak masz na imię, jaki masz adres i co się dzieje. Jeśli dzwonisz z komórki i nie możesz mówić, nie rozłączaj się. Naciśnij 55, kiedy cię o to poproszą. Wtedy wiedzą, że to prawdziwy nagły wypadek.",
  ],
  "young-person.calling-for-help.questions": [
    "Gdzie jest najbliższy telefon i czy możesz bezpiecznie do niego dojść?",
    "Czy znasz na pamięć cały adres z kodem pocztowym?",
  ],
  "young-person.calling-for-help.askQuestions": [
    "Czy zdarza ci się dzwonić na policję, gdy w domu coś się dzieje? Co było potem?",
    "Czy wiesz, co powiedzieć dyspozytorowi?",
    "Może przećwiczymy razem telefon pod 999?",
  ],
  "young-person.calling-for-help.nearest-phone.label": "Najbliższy telefon",
  "young-person.calling-for-help.nearest-phone.hint": "Twoja komórka, telefon w domu albo telefon sąsiadów.",
  "young-person.calling-for-help.nearest-phone.printLabel": "Najbliższy telefon",
  "young-person.calling-for-help.call-my-name.label": "Moje imię, które podam, dzwoniąc pod 999",
  "young-person.calling-for-help.call-my-name.printLabel": "Moje imię",
  "young-person.calling-for-help.call-my-name.sentence": "Moje imię",
  "young-person.calling-for-help.call-my-address.label": "Mój adres",
  "young-person.calling-for-help.call-my-address.hint": "Naucz się go na pamięć, razem z kodem pocztowym.",
  "young-person.calling-for-help.call-my-address.printLabel": "Mój adres",
  "young-person.calling-for-help.call-what-is-happening.label": "Co powiem o tym, co się dzieje",
  "young-person.calling-for-help.call-what-is-happening.hint":
    "Na przykład: „Ktoś krzywdzi moją mamę, potrzebujemy policji”.",
  "young-person.calling-for-help.call-what-is-happening.printLabel": "Co powiem",
  "young-person.calling-for-help.silent-call.label":
    "Jeśli dzwonię pod 999 z komórki i nie mogę mówić, mogę nacisnąć 55, gdy o to poproszą.",
  "young-person.calling-for-help.silent-call.printLabel": "Dwie piątki",
  "young-person.calling-for-help.silent-call.agreeText": "Wiem to",
  "young-person.people-i-trust.title": "Osoby, którym ufam",
  "young-person.people-i-trust.printTitle": "Osoby",
  "young-person.people-i-trust.help": [
    "Wybierz osoby, które wysłuchają i zadziałają, gdy potrzebujesz pomocy: kogoś z rodziny, rodzica przyjaciela, sąsiada albo nauczyciela.",
    "Umówione słowo to słowo, które możesz powiedzieć albo wysłać SMS-em. Mówi, że potrzebujesz pomocy, a nikt inny tego nie wie. Upewnij się, że te osoby wiedzą, co ono znaczy i co wtedy robić.",
  ],
  "young-person.people-i-trust.questions": [
    "Do kogo pójdziesz najpierw?",
    "Czy te osoby znają twoje umówione słowo i wiedzą, co robić, gdy je usłyszą?",
  ],
  "young-person.people-i-trust.askQuestions": [
    "Którym dorosłym ufasz najbardziej?",
    "Czy ktoś jeszcze wie, co dzieje się w domu?",
    "Czy te osoby wiedzą, co robić, jeśli użyjesz umówionego słowa?",
  ],
  "young-person.people-i-trust.trusted-people.label": "Osoby, którym ufam, że pomogą w nagłej sytuacji",
  "young-person.people-i-trust.trusted-people.printLabel": "Osoby, którym ufam",
  "young-person.people-i-trust.trusted-people.sentence": "Osoby, którym ufam",
  "young-person.people-i-trust.code-word.label": "Moje umówione słowo, które znaczy „Potrzebuję pomocy”",
  "young-person.people-i-trust.code-word.printLabel": "Słowo do zapamiętania",
  "young-person.brothers-and-sisters.title": "Moje rodzeństwo",
  "young-person.brothers-and-sisters.printTitle": "Rodzeństwo",
  "young-person.brothers-and-sisters.help": [
    "Jeśli masz rodzeństwo, dobrze, żeby każdy wiedział, co robić. Dbanie o ich bezpieczeństwo nie jest twoim zadaniem, ale możecie znać nawzajem swoje plany.",
  ],
  "young-person.brothers-and-sisters.questions": [
    "Czy twoje rodzeństwo wie, dokąd iść, gdy coś się zaczyna?",
    "Czy jest dorosły, który dba, żeby młodsze dzieci były bezpieczne?",
  ],
  "young-person.brothers-and-sisters.askQuestions": [
    "Czy komuś z twojego rodzeństwa dzieje się krzywda w czasie kłótni?",
    "Czy młodsze dzieci mają własny plan z zaufanym dorosłym?",
  ],
  "young-person.brothers-and-sisters.siblings-have-plan.label": "Moje rodzeństwo ma własny plan i wiem, jaki on jest",
  "young-person.brothers-and-sisters.siblings-have-plan.printLabel": "Mają własne notatki",
  "young-person.brothers-and-sisters.siblings-have-plan.sentence": "Moje rodzeństwo ma własny plan",
  "young-person.brothers-and-sisters.siblings-know-mine.label": "Wiedzą, jaki jest mój plan",
  "young-person.brothers-and-sisters.siblings-know-mine.printLabel": "Znają moje",
  "young-person.brothers-and-sisters.siblings-know-mine.sentence": "Znają mój plan",
  "young-person.if-we-leave.title": "Jeśli odejdziemy",
  "young-person.if-we-leave.printTitle": "Miejsca",
  "young-person.if-we-leave.help": [
    "Czasem rodziny muszą w pośpiechu opuścić dom. Wiedza, dokąd pójdziesz, i torba z twoimi rzeczami gotowa w bezpiecznym miejscu mogą zmniejszyć strach.",
  ],
  "young-person.if-we-leave.questions": ["Dokąd chcesz pójść?", "Co chcesz zabrać ze sobą?"],
  "young-person.if-we-leave.askQuestions": [
    "Gdyby rodzina musiała odejść, dokąd chcesz pójść?",
    "Czy jest bezpieczny krewny albo przyjaciel, który przechowa dla ciebie torbę?",
    "Co cię martwi w przeprowadzce albo zmianie szkoły?",
  ],
  "young-person.if-we-leave.places-to-go.label": "Jeśli musimy odejść z domu, chcę pójść do",
  "young-person.if-we-leave.places-to-go.printLabel": "Dokąd chcę pójść",
  "young-person.if-we-leave.places-to-go.sentence": "Dokąd chcę pójść",
  "young-person.if-we-leave.my-bag.label": "Moja torba z ważnymi rzeczami",
  "young-person.if-we-leave.my-bag.hint":
    "Na przykład ładowarka do telefonu, ubrania, leki, rzeczy do szkoły i coś, co jest dla ciebie ważne.",
  "young-person.if-we-leave.my-bag.printLabel": "Moja torba",
  "young-person.if-we-leave.bag-kept-at.label": "Gdzie jest moja torba",
  "young-person.if-we-leave.bag-kept-at.hint":
    "W bezpiecznym miejscu, na przykład u zaufanego krewnego albo przyjaciół.",
  "young-person.if-we-leave.bag-kept-at.printLabel": "Gdzie jest moja torba",
  "young-person.if-someone-is-hurt.title": "Jeśli komuś dzieje się krzywda",
  "young-person.if-someone-is-hurt.printTitle": "Komu powiedzieć",
  "young-person.if-someone-is-hurt.help": [
    "Jeśli coś ci się stanie, jak najszybciej powiedz komuś, komu ufasz. To nie jest ściąganie na kogoś kłopotów: tak dostajesz pomoc.",
    "Tak samo, jeśli krzywda dzieje się mamie, tacie albo opiekunowi. Dopisz numery telefonów, żeby szybko się z kimś skontaktować.",
  ],
  "young-person.if-someone-is-hurt.questions": [
    "Komu powiesz w szkole?",
    "Komu możesz powiedzieć, jeśli to się stanie w nocy albo w weekend?",
  ],
  "young-person.if-someone-is-hurt.askQuestions": [
    "Czy ktoś robi ci krzywdę w czasie kłótni?",
    "Komu powiesz, jeśli twojemu rodzicowi stanie się krzywda?",
  ],
  "young-person.if-someone-is-hurt.if-i-am-hurt.label": "Jeśli coś mi się stanie, powiem",
  "young-person.if-someone-is-hurt.if-i-am-hurt.hint": "Dopisz ich numery telefonów.",
  "young-person.if-someone-is-hurt.if-i-am-hurt.printLabel": "Komu powiedzieć o mnie",
  "young-person.if-someone-is-hurt.if-i-am-hurt.sentence": "Komu powiem, jeśli coś mi się stanie",
  "young-person.if-someone-is-hurt.if-parent-hurt.label": "Jeśli rodzicowi albo opiekunowi stanie się krzywda, powiem",
  "young-person.if-someone-is-hurt.if-parent-hurt.hint": "Dopisz ich numery telefonów.",
  "young-person.if-someone-is-hurt.if-parent-hurt.printLabel": "Komu powiedzieć o rodzicu",
  "young-person.if-someone-is-hurt.if-parent-hurt.sentence":
    "Komu powiem, jeśli rodzicowi albo opiekunowi stanie się krzywda",
  "young-person.how-i-feel.title": "Co czuję",
  "young-person.how-i-feel.printTitle": "Z kim porozmawiać",
  "young-person.how-i-feel.help": [
    "Życie w takim domu może budzić strach, złość, smutek, odrętwienie albo wszystko naraz. Cokolwiek czujesz, jest w porządku. Rozmowa z kimś naprawdę może pomóc.",
    "Childline jest bezpłatny dla każdego poniżej 19 lat, a rozmowy nie widać na rachunku za telefon. Możesz też napisać do nich przez internet.",
  ],
  "young-person.how-i-feel.questions": [
    "Co pomaga ci poczuć się lepiej, gdy jest trudno?",
    "Z kim łatwo ci się rozmawia?",
  ],
  "young-person.how-i-feel.askQuestions": [
    "Jak się czujesz z tym, co dzieje się w domu?",
    "Czy myślisz o tym w szkole albo kiedy nikogo nie ma obok?",
    "Czy trudno ci zasnąć albo masz złe sny?",
    "Co pomaga, gdy masz gorszy nastrój?",
  ],
  "young-person.how-i-feel.talk-about-feelings.label": "Z kim mogę porozmawiać o tym, co czuję",
  "young-person.how-i-feel.talk-about-feelings.hint":
    "Dopisz ich numery telefonów. To może być ktoś z rodziny, nauczyciel, psycholog szkolny albo Childline.",
  "young-person.how-i-feel.talk-about-feelings.printLabel": "Z kim mogę porozmawiać",
  "young-person.how-i-feel.talk-about-feelings.sentence": "Z kim mogę porozmawiać o tym, co czuję",
  "young-person.my-relationships.title": "Moje własne związki",
  "young-person.my-relationships.printTitle": "Znajomi",
  "young-person.my-relationships.help": [
    "Związki między młodymi ludźmi też mogą krzywdzić. Osoba, z którą się spotykasz, nigdy nie powinna cię kontrolować ani straszyć. Nie powinna ciągle sprawdzać twojego telefonu, mówić, z kim możesz się widywać, ani cię poniżać. Nikt nie powinien naciskać na ciebie w sprawach seksu ani wysyłania zdjęć.",
    "Jeśli coś takiego się dzieje, to nie twoja wina. Nie musisz radzić sobie z tym w pojedynkę. Porozmawiaj z dorosłym, któremu ufasz, albo z Childline.",
    "Jeśli spotykasz się z kimś, kto budzi twój niepokój, wybieraj miejsca, gdzie jest dużo ludzi. Powiedz znajomym, gdzie będziesz, i zaplanuj bezpieczny powrót do domu.",
  ],
  "young-person.my-relationships.questions": [
    "Czy osoba, z którą się spotykasz, sprawdza twój telefon, decyduje, z kim się widujesz, albo budzi w tobie strach?",
    "Czy czujesz czasem presję, żeby robić rzeczy, których nie chcesz?",
    "Czy są chwile, gdy zwykle robi się źle? Na przykład gdy ta osoba coś wypije?",
    "Z kim możesz o tym porozmawiać?",
  ],
  "young-person.my-relationships.askQuestions": [
    "Czy teraz się z kimś spotykasz? Jak ta osoba cię traktuje?",
    "Czy ktoś, z kim się spotykasz teraz albo wcześniej, zrobił ci krzywdę, groził ci albo zmuszał cię do rzeczy wbrew twojej woli?",
    "Gdzie zwykle się spotykacie? Czy są bezpieczniejsze miejsca na spotkania i bezpieczne sposoby powrotu do domu?",
    "Czy potrafisz poznać, że zaraz zrobi się źle? Co to wywołuje?",
  ],
  "young-person.my-relationships.relationship-worries.label": "Co mnie martwi w związku",
  "young-person.my-relationships.relationship-worries.printLabel": "Notatki",
  "young-person.my-relationships.meeting-safely.label": "Jak mogę być bezpieczniej, gdy się z kimś spotykam",
  "young-person.my-relationships.meeting-safely.hint":
    "Miejsca, gdzie jest dużo ludzi, znajomi, którzy wiedzą, gdzie jesteś, i bezpieczny powrót do domu.",
  "young-person.my-relationships.meeting-safely.printLabel": "Spotkania",
  "young-person.my-relationships.relationship-help.label": "Z kim mogę porozmawiać o związku",
  "young-person.my-relationships.relationship-help.printLabel": "Z kim mogę porozmawiać",
  "young-person.my-relationships.relationship-help.sentence": "Z kim mogę porozmawiać o związku",
  "young-person.who-knows-my-plan.title": "Kto zna mój plan",
  "young-person.who-knows-my-plan.printTitle": "Kto wie",
  "young-person.who-knows-my-plan.help": [
    "Dobrze, gdy kilka zaufanych osób zna twój plan, bo mogą cię wesprzeć. Trzymaj plan tam, gdzie nie znajdzie go osoba, która krzywdzi. Dorosły, któremu ufasz, może go dla ciebie przechować.",
  ],
  "young-person.who-knows-my-plan.questions": [
    "Kto ma wiedzieć o twoim planie?",
    "Gdzie można bezpiecznie przechować twój plan?",
  ],
  "young-person.who-knows-my-plan.askQuestions": [
    "Kto jeszcze powinien wiedzieć o tym planie: rodzic albo opiekun, bezpieczny krewny lub przyjaciel, nauczyciel, pracownik socjalny?",
    "Kiedy znowu przejrzymy plan?",
  ],
  "young-person.who-knows-my-plan.plan-known-by.label": "Kto wie o moim planie",
  "young-person.who-knows-my-plan.plan-known-by.hint":
    "Na przykład mama albo opiekun, bezpieczny krewny lub przyjaciel, nauczyciel albo pracownik socjalny.",
  "young-person.who-knows-my-plan.plan-known-by.printLabel": "Kto wie",
  "young-person.who-knows-my-plan.plan-known-by.sentence": "Kto zna mój plan",
  "young-person.who-knows-my-plan.keep-safe.label":
    "Nie mogę zatrzymać przemocy, ale mogę użyć tego planu, żeby być bezpieczniej.",
  "young-person.who-knows-my-plan.keep-safe.printLabel": "Ta lista mi pomaga",
  "young-person.who-knows-my-plan.keep-safe.agreeText": "Zgadzam się",
  "young-person.who-knows-my-plan.plan-date.label": "Data, kiedy robimy ten plan",
  "young-person.who-knows-my-plan.plan-date.printLabel": "Data",
};
