import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

/**
 * The child's practice in Polish (age 7 to 9): drafted from the English, not yet reviewed by a
 * fluent speaker. Very short sentences and everyday words; the child is "ty", and nothing is said
 * in a gendered past tense or adjective ("Czy teraz jest ci bezpiecznie?", not "Czy jesteś
 * bezpieczny?"). Each blank ends its sentence and is written in the case its sentence needs, the
 * same in every sentence that uses it: {safePlace} and {nearestPhone} after "do"/"z" (genitive),
 * {trustedPerson} after "powiedz" (dative), {neighbour} after "do" (genitive). The child's own
 * words then follow after a colon, so any answer reads right.
 */
export const childPractice: Translation<typeof en> = {
  "practice.child.title": "Poćwicz swój plan",
  "practice.child.intro": [
    "Poćwiczmy twój plan. To tylko zabawa w udawanie.",
    "Przeczytasz o chwili w domu. Potem wybierzesz, co zrobić.",
    "Powiemy ci, dlaczego coś pomaga albo dlaczego może nie być bezpieczne. Możesz próbować, ile chcesz.",
  ],
  "practice.child.blank.safePlace": "swojego bezpiecznego miejsca",
  "practice.child.blank.trustedPerson": "dorosłemu, któremu ufasz",
  "practice.child.blank.nearestPhone": "najbliższego telefonu",
  "practice.child.blank.neighbour": "dorosłego z domu obok",
  "practice.child.blank.name": "twoje imię",
  "practice.child.blank.address": "twój adres",
  "practice.child.shouting-downstairs.situation": "Bawisz się na górze. Słyszysz krzyki na dole.",
  "practice.child.shouting-downstairs.question": "Co możesz zrobić?",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "Zejdź z drogi. Idź do {safePlace}.",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "Tak. To dobry sposób, żeby być bezpiecznie. Krzyki to nie twoja wina. Nie musisz ich zatrzymać.",
  "practice.child.shouting-downstairs.shouting-go-down.label": "Zejdź na dół i powiedz im, żeby przestali.",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "To miła myśl. Ale stawanie w środku nie jest bezpieczne. Dorośli sami to załatwią. Twoim zadaniem jest być bezpiecznie.",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "Zejdź na dół i zobacz, co się dzieje.",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "Można chcieć wiedzieć. Ale coś może ci się stać. Lepiej zejść z drogi i iść do {safePlace}.",
  "practice.child.someone-getting-hurt.situation": "Dorośli się biją. Ktoś jest krzywdzony.",
  "practice.child.someone-getting-hurt.question": "Co jest bezpieczne?",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "Stań między nimi, żeby to zatrzymać.",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "Chcesz pomóc i to jest miłe. Ale coś może się stać też tobie. Nie możesz tego zatrzymać. To nie twoje zadanie. Zejdź z drogi.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "Zejdź z drogi. Idź do {safePlace}. Jeśli to bezpieczne, zadzwoń pod 999 z {nearestPhone}.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "Tak. Najpierw dbasz o siebie. Potem, jeśli to bezpieczne, dzwonisz pod 999 i prosisz o policję. Policja może pomóc.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "Jeśli możesz bezpiecznie wyjść, idź po pomoc do {neighbour}.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "Tak, to też może pomóc. Idź tylko wtedy, gdy można bezpiecznie wyjść. Dorosły z domu obok może zadzwonić po pomoc.",
  "practice.child.scared-at-night.situation": "Jest noc. Leżysz w łóżku. Słyszysz głośne hałasy i czujesz strach.",
  "practice.child.scared-at-night.question": "Co możesz zrobić?",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "Oddychaj powoli i głęboko. Zostań tam, gdzie jesteś, albo idź do {safePlace}.",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "Tak. Powolny oddech pomaga się uspokoić. Można bezpiecznie zostać z dala. Możesz też przytulić zabawkę.",
  "practice.child.scared-at-night.night-go-and-look.label": "Wstań i idź zobaczyć, co się dzieje.",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "Można chcieć wiedzieć. Ale podchodzenie do bójki nie jest bezpieczne. Zejdź z drogi. Możesz o tym porozmawiać w dzień.",
  "practice.child.scared-at-night.night-tell-later.label": "W dzień powiedz, co czujesz, {trustedPerson}.",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "Tak. Dobrze jest powiedzieć dorosłemu, co czujesz. Dorosły pomoże ci poczuć się bezpiecznie. Nie będziesz mieć kłopotów.",
  "practice.child.keep-a-secret.situation": "Ktoś w domu mówi: nie mów nikomu, co się tu dzieje.",
  "practice.child.keep-a-secret.question": "Co możesz zrobić?",
  "practice.child.keep-a-secret.secret-keep-it.label": "Zachowaj to dla siebie. Nie mów nikomu.",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "Trudno o tym mówić. Ale sekret, przez który czujesz smutek albo strach, to nie jest dobry sekret. Można o nim powiedzieć. Nie będziesz mieć kłopotów.",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "Powiedz o tym {trustedPerson}.",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "Tak. Możesz powiedzieć dorosłemu, któremu ufasz. Na przykład pani w szkole. To nie twoja wina. Gdy mówisz, dostajesz pomoc.",
  "practice.child.little-one-crying.situation": "Dorośli się kłócą. Twoje młodsze rodzeństwo się boi i płacze.",
  "practice.child.little-one-crying.question": "Co możesz zrobić?",
  "practice.child.little-one-crying.crying-take-them.label":
    "Jeśli rodzeństwo jest blisko, zabierz je ze sobą do {safePlace}.",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "Tak, jeśli możesz to zrobić bezpiecznie. Możecie razem zejść z drogi. Możesz przytulić rodzeństwo albo cicho zaśpiewać piosenkę.",
  "practice.child.little-one-crying.crying-ask-grown-ups.label":
    "Idź i powiedz dorosłym, żeby przestali, to płacz się skończy.",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "To miła myśl. Ale podchodzenie do bójki nie jest bezpieczne. Zejdź z drogi. To nie twoje zadanie, żeby to zatrzymać.",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "Gdy będzie po wszystkim, powiedz o płaczu rodzeństwa {trustedPerson}.",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "Tak. Dorosły, któremu ufasz, pomoże wam obojgu być bezpiecznie. To zadanie dorosłych, nie twoje.",
  "practice.child.after-a-fight.situation": "Kłótnia się skończyła. Czujesz smutek albo złość, albo jedno i drugie.",
  "practice.child.after-a-fight.question": "Co może pomóc?",
  "practice.child.after-a-fight.after-talk.label": "Powiedz to, co czujesz, {trustedPerson}.",
  "practice.child.after-a-fight.after-talk.feedback":
    "Tak. Możesz czuć to, co czujesz. Rozmowa z dorosłym, któremu ufasz, bardzo pomaga.",
  "practice.child.after-a-fight.after-keep-it-in.label": "Trzymaj wszystko w sobie. Nie mów nikomu.",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "Wiele dzieci tak ma. Ale duże uczucia trzymane w sobie mogą rosnąć. Pomaga rozmowa z kimś, komu ufasz.",
  "practice.child.after-a-fight.after-calm-thing.label": "Zrób coś spokojnego. Rysuj, czytaj albo się pobaw.",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "Tak. Coś spokojnego może pomóc poczuć się trochę lepiej. Potem możesz też porozmawiać z dorosłym.",
  "practice.child.call.title": "Poćwicz telefon pod 999",
  "practice.child.call.intro": [
    "Udawajmy, że dzwonimy pod 999. To nie jest prawdziwy telefon.",
    "Mów słowa na głos. Twój zaufany dorosły może udawać osobę w telefonie.",
    "Naprawdę dzwoń pod 999 tylko wtedy, gdy to bezpieczne.",
  ],
  "practice.child.call.which-service.operator": "Numer alarmowy. Kogo potrzebujesz?",
  "practice.child.call.which-service.prompt": "Policję, proszę.",
  "practice.child.call.which-service.hint": "Powiedz: policja.",
  "practice.child.call.name.operator": "Jak masz na imię?",
  "practice.child.call.name.prompt": "Mam na imię {name}.",
  "practice.child.call.name.hint": "Powiedz swoje imię. Mów powoli.",
  "practice.child.call.address.operator": "Gdzie jesteś? Jaki jest twój adres?",
  "practice.child.call.address.prompt": "Mój adres to {address}.",
  "practice.child.call.address.hint": "Powiedz, gdzie mieszkasz. Dobrze znać adres na pamięć.",
  "practice.child.call.what-is-happening.operator": "Co się dzieje?",
  "practice.child.call.what-is-happening.prompt": "Ktoś w moim domu jest krzywdzony.",
  "practice.child.call.what-is-happening.hint": "Powiedz, co się dzieje. Na przykład: ktoś krzywdzi moją mamę.",
  "practice.child.call.are-you-safe.operator": "Czy teraz jest ci bezpiecznie?",
  "practice.child.call.are-you-safe.prompt": "Jestem w swoim bezpiecznym miejscu.",
  "practice.child.call.are-you-safe.hint": "Powiedz, gdzie jesteś. Powiedz, czy jest ci bezpiecznie czy nie.",
  "practice.child.call.stay-on-the-line.operator": "Nie rozłączaj się, jeśli możesz.",
  "practice.child.call.stay-on-the-line.prompt": "Dobrze. Nie rozłączę się.",
  "practice.child.call.stay-on-the-line.hint":
    "Jeśli możesz, nie rozłączaj się. Rób, co ci mówią. Są tam, żeby ci pomóc.",
  "practice.child.call.silentCall": [
    "Czasem nie możesz mówić. To nic.",
    "Jeśli masz komórkę, zadzwoń pod 999. Nie rozłączaj się i słuchaj.",
    "Gdy o to poproszą, naciśnij 5 i jeszcze raz 5. To jest 55.",
    "Wtedy wiedzą, że to naprawdę. I mogą ci pomóc.",
  ],
  "practice.child.call.ending": [
    "Brawo! Świetnie ci poszło.",
    "Naprawdę dzwoń pod 999 tylko wtedy, gdy trzeba. Na przykład gdy ktoś jest ranny albo coś mu grozi.",
  ],
  "practice.child.closing": [
    "To nie twoja wina.",
    "Możesz ćwiczyć znowu, kiedy tylko chcesz.",
    "Możesz też to, co czujesz, powiedzieć {trustedPerson}.",
  ],
};
