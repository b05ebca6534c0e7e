import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/**
 * The young person's practice in Polish (age 12 to 17): drafted from the English, not yet reviewed
 * by a fluent speaker. The reader is "ty", plainly and directly; nothing is said in a gendered past
 * tense or adjective ("Czy teraz jest ci bezpiecznie?", "w pojedynkę" rather than "sam/sama").
 * Each blank ends its sentence and is written in the case its sentences need: {safePlace} and
 * {nearestPhone} after "do"/"z" (genitive), {trustedPerson} after "powiedz" (dative). The young
 * person's own words then follow after a colon, so any answer reads right.
 */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "Poćwicz swój plan",
  "practice.young-person.intro": [
    "To okazja, żeby przemyśleć plan, zanim będzie potrzebny. Nic tutaj nie jest sprawdzianem.",
    "W każdej sytuacji jest kilka możliwości. Wybierz, co możesz zrobić, a zobaczysz, dlaczego to pomaga albo jakie jest ryzyko.",
    "Możesz wracać i próbować innych możliwości, ile razy chcesz.",
  ],
  "practice.young-person.blank.safePlace": "swojego bezpiecznego miejsca",
  "practice.young-person.blank.trustedPerson": "dorosłemu, któremu ufasz",
  "practice.young-person.blank.nearestPhone": "najbliższego telefonu",
  "practice.young-person.blank.neighbour": "sąsiada, któremu ufasz",
  "practice.young-person.blank.name": "twoje imię",
  "practice.young-person.blank.address": "twój adres",
  "practice.young-person.argument-getting-worse.situation":
    "Dorośli w domu się kłócą. Robi się coraz głośniej i myślisz, że ktoś może ucierpieć.",
  "practice.young-person.argument-getting-worse.question": "Co zrobić, żeby było jak najbezpieczniej?",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "Stań między nimi, żeby to przerwać.",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "Chęć obrony kogoś, kogo kochasz, jest zrozumiała. Ale wtrącenie się może skończyć się dla ciebie poważną krzywdą i rzadko zatrzymuje przemoc. Zatrzymanie jej nie jest twoim zadaniem.",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "Wyjdź z pokoju i idź do {safePlace}.",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "Tak. Najbezpieczniej jest zejść z drogi. Idź tam, gdzie nie musisz przechodzić obok kłótni.",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "Jeśli komuś dzieje się krzywda, a to bezpieczne, zadzwoń pod 999 z {nearestPhone}.",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "Tak. Wezwanie policji, gdy komuś dzieje się krzywda, to dobra decyzja. Dzwoń tylko wtedy, gdy to dla ciebie bezpieczne, najlepiej z miejsca z dala od kłótni.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label":
    "Zostań w pokoju, żeby mieć wszystko na oku.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "To naturalne, że chcesz wiedzieć, co się dzieje. Ale bycie blisko naraża cię na krzywdę, a i tak nie masz wpływu na to, co się stanie. Bezpieczniej jest zejść z drogi.",
  "practice.young-person.taking-sides.situation":
    "Jeden z dorosłych w domu prosi cię o stanięcie po jego stronie albo o przekazanie wiadomości drugiemu.",
  "practice.young-person.taking-sides.question": "Co możesz zrobić?",
  "practice.young-person.taking-sides.sides-pass-message.label": "Przekaż wiadomość, żeby był spokój.",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "Może masz nadzieję, że to uspokoi sytuację. Ale noszenie wiadomości stawia cię w środku. Wina może spaść na ciebie albo możesz ucierpieć. Dorośli powinni sami rozwiązywać swoje problemy.",
  "practice.young-person.taking-sides.sides-stay-out.label": "Powiedz spokojnie, że nie chcesz być w środku.",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "Tak, jeśli powiedzenie tego wydaje się bezpieczne. Nie musisz wybierać między dorosłymi w swoim życiu i nie odpowiadasz za ich problemy.",
  "practice.young-person.taking-sides.sides-tell-trusted.label":
    "Powiedz, o co cię proszą i jak się z tym czujesz, {trustedPerson}.",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "Tak. Wciąganie w konflikt dorosłych to duży ciężar. Dorosły, któremu ufasz, pomoże ci ustalić, co zrobić. Nie musisz radzić sobie z tym w pojedynkę.",
  "practice.young-person.taking-sides.sides-pick-a-side.label":
    "Wybierz stronę, żeby chociaż jedna z tych osób była z ciebie zadowolona.",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "Ta presja jest prawdziwa i nie jest wobec ciebie w porządku. Ale wybieranie strony może wciągnąć cię głębiej w konflikt. Nic z tego nie jest twoją winą, niezależnie od tego, komu jest ci bliżej.",
  "practice.young-person.younger-sibling-scared.situation":
    "Dorośli się biją. Twoje młodsze rodzeństwo się boi i płacze.",
  "practice.young-person.younger-sibling-scared.question": "Co możesz zrobić?",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "Jeśli możesz zrobić to bezpiecznie, zabierz rodzeństwo ze sobą do {safePlace}.",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "Tak. Wspólne zejście z drogi daje wam obojgu więcej bezpieczeństwa. Rób to tylko wtedy, gdy nie musisz przechodzić obok bójki.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "Idź i powiedz dorosłym, żeby przestali, bo denerwują malucha.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "Dbasz o rodzeństwo i to jest piękne. Ale wejście w środek bójki naraża cię na krzywdę, a zatrzymanie jej nie jest twoim zadaniem. Jeśli możesz, zejdźcie razem z drogi.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "Zostań z rodzeństwem w cichym miejscu i zróbcie razem coś spokojnego.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "Tak. Spokojny głos, gra albo muzyka mogą pomóc przestraszonemu dziecku. Ale nie wszystko zależy od ciebie: dbanie o bezpieczeństwo dzieci to zadanie dorosłych.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "Potem powiedz o strachu rodzeństwa {trustedPerson}.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "Tak. Dorosły, któremu ufasz, może dopilnować, żeby młodsze dzieci miały własny plan. Dobrze, gdy każdy wie, co robić.",
  "practice.young-person.phone-checked.situation":
    "Ktoś w domu ciągle przegląda twój telefon i czyta twoje wiadomości.",
  "practice.young-person.phone-checked.question": "Co może pomóc ci być bezpieczniej?",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "Naucz się potrzebnych numerów na pamięć, żeby nie polegać na kontaktach w telefonie.",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "Tak. Jeśli znasz na pamięć 999 i numer zaufanej osoby, możesz wezwać pomoc z każdego telefonu, nawet gdy ktoś zabierze twój.",
  "practice.young-person.phone-checked.phone-message-friend.label":
    "Napisz do kogoś z przyjaciół o tym, co dzieje się w domu.",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "To zrozumiałe, że chcesz porozmawiać z przyjaciółmi. Ale jeśli ktoś czyta twoje wiadomości, może zrobić się groźniej. Bezpieczniej jest porozmawiać osobiście.",
  "practice.young-person.phone-checked.phone-refuse.label": "Nie oddawaj telefonu i wygarnij tej osobie, co myślisz.",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "Chęć prywatności jest całkowicie w porządku. Ale jeśli kłótnia może zwiększyć zagrożenie, twoje bezpieczeństwo jest najważniejsze. Zamiast tego porozmawiaj o tym z kimś, komu ufasz.",
  "practice.young-person.phone-checked.phone-talk-in-person.label":
    "Z dala od domu powiedz o tym osobiście {trustedPerson}.",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "Tak. Rozmowa twarzą w twarz nie zostawia śladu w telefonie. Dorosły, któremu ufasz, pomoże ci przemyśleć, jak bezpiecznie być w kontakcie.",
  "practice.young-person.controlling-relationship.situation":
    "Osoba, z którą się spotykasz, mówi ci, z kim możesz się widywać, sprawdza, gdzie jesteś, i złości się, gdy nie odpisujesz od razu. Naciska na ciebie, żeby robić rzeczy, których nie chcesz.",
  "practice.young-person.controlling-relationship.question": "Co możesz zrobić?",
  "practice.young-person.controlling-relationship.relationship-go-along.label":
    "Zgódź się na to. To znaczy, że tej osobie zależy.",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "Wiele osób tak na początku myśli. Ale troska nie wygląda jak kontrola. Ktoś, komu zależy, pozwala ci widywać przyjaciół, decydować samodzielnie i mówić nie.",
  "practice.young-person.controlling-relationship.relationship-talk.label":
    "Powiedz o tym Childline albo {trustedPerson}.",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "Tak. To nie twoja wina i nie musisz radzić sobie z tym w pojedynkę. Childline jest bezpłatny i poufny. Możesz też napisać do nich przez internet.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "Zachowaj to dla siebie, żeby nie robić kłopotów.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "Milczenie może wydawać się łatwiejsze i wiele osób milczy. Ale taka kontrola często się nasila. Powiedzenie komuś zaufanemu to nie robienie kłopotów: tak dostajesz wsparcie.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "Jeśli się spotykacie, wybierz miejsce, gdzie jest dużo ludzi, i powiedz znajomym, gdzie będziesz.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "Tak. Pomagają miejsca pełne ludzi, znajomi, którzy wiedzą, gdzie jesteś, i bezpieczny powrót do domu. Możesz zawsze odmówić, gdy czegoś nie chcesz.",
  "practice.young-person.leaving-in-a-hurry.situation": "Twoja rodzina musi w pośpiechu opuścić dom.",
  "practice.young-person.leaving-in-a-hurry.question": "Co najlepiej zrobić?",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "Weź telefon, ładowarkę, leki, których potrzebujesz, i jedną rzecz, która jest dla ciebie ważna.",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "Tak. Weź tylko to, czego potrzebujesz i co szybko uniesiesz. Bezpieczne wyjście jest ważniejsze niż rzeczy.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label":
    "Spakuj wszystko, co masz, żeby nic nie zostało.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "Zostawienie swoich rzeczy jest trudne. Ale pakowanie zajmuje czas, a bezpieczne wyjście jest najważniejsze. Dorosły może pomóc odebrać inne rzeczy później.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "Trzymaj torbę z ważnymi rzeczami gotową u zaufanych przyjaciół albo krewnych.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "Tak. Torba w bezpiecznym miejscu daje ci to, czego potrzebujesz, nawet jeśli wyjdziesz z niczym. Zaplanuj to z dorosłym, któremu ufasz.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label":
    "Wróć później w pojedynkę po rzeczy, które zostały.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "Tęsknota za swoimi rzeczami jest normalna. Ale powrót w pojedynkę może być niebezpieczny. Powiedz dorosłemu, któremu ufasz, czego potrzebujesz. Znajdzie bezpieczny sposób, żeby to odebrać.",
  "practice.young-person.call.title": "Poćwicz telefon pod 999",
  "practice.young-person.call.intro": [
    "To ćwiczenie, a nie prawdziwy telefon. Mów odpowiedzi na głos albo zmieniajcie się z dorosłym, któremu ufasz.",
    "Gdy wiesz, co powiedzieć, prawdziwy telefon jest łatwiejszy. Dzwoń pod 999 tylko wtedy, gdy to bezpieczne.",
  ],
  "practice.young-person.call.which-service.operator": "Numer alarmowy. Jakiej służby potrzebujesz?",
  "practice.young-person.call.which-service.prompt": "Policji, proszę.",
  "practice.young-person.call.which-service.hint":
    "Poproś o policję. Jeśli ktoś jest poważnie ranny, powiedz to, żeby wysłali też pomoc medyczną.",
  "practice.young-person.call.name.operator": "Jak masz na imię?",
  "practice.young-person.call.name.prompt": "Mam na imię {name}.",
  "practice.young-person.call.name.hint": "Mów powoli i wyraźnie.",
  "practice.young-person.call.address.operator": "Gdzie jesteś? Jaki jest adres?",
  "practice.young-person.call.address.prompt": "Jestem pod adresem {address}.",
  "practice.young-person.call.address.hint":
    "Podaj cały adres z kodem pocztowym. Jeśli nie jesteś w domu, powiedz, gdzie jesteś.",
  "practice.young-person.call.what-is-happening.operator": "Co się dzieje?",
  "practice.young-person.call.what-is-happening.prompt": "W moim domu ktoś jest krzywdzony. Proszę przysłać policję.",
  "practice.young-person.call.what-is-happening.hint": "Mów krótko: kto jest krzywdzony i kto to robi.",
  "practice.young-person.call.are-you-safe.operator": "Czy teraz jest ci bezpiecznie?",
  "practice.young-person.call.are-you-safe.prompt": "Jestem w swoim pokoju, drzwi są zamknięte.",
  "practice.young-person.call.are-you-safe.hint":
    "Powiedz, gdzie jesteś, czy czujesz się bezpiecznie i kto jeszcze jest w domu.",
  "practice.young-person.call.stay-on-the-line.operator": "Nie rozłączaj się, jeśli możesz.",
  "practice.young-person.call.stay-on-the-line.prompt": "Dobrze, dalej tu jestem.",
  "practice.young-person.call.stay-on-the-line.hint":
    "Nie przerywaj rozmowy i rób, co ci mówią, dopóki to bezpieczne. Jeśli musisz przestać mówić, to nic.",
  "practice.young-person.call.silentCall": [
    "Jeśli dzwonisz pod 999 z komórki i nie możesz mówić, nadal możesz dostać pomoc.",
    "Nie rozłączaj się i słuchaj. Kiedy cię o to poproszą, naciśnij 55.",
    "Naciśnięcie 55 mówi im, że to prawdziwy nagły wypadek. Wtedy połączą cię z policją.",
  ],
  "practice.young-person.call.ending": [
    "Brawo. Teraz wiesz, co powiedzieć, a to ułatwi prawdziwy telefon.",
    "Naprawdę dzwoń pod 999 tylko wtedy, gdy komuś coś grozi albo dzieje się krzywda.",
  ],
  "practice.young-person.closing": [
    "To, co dzieje się w domu, to nie twoja wina. Zatrzymanie tego nie jest twoim zadaniem.",
    "Możesz ćwiczyć znowu, kiedy tylko chcesz.",
    "Powiedz, jak się czujesz, Childline albo {trustedPerson}.",
  ],
};
