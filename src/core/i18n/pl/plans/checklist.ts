import type { checklist as en } from "../../en/plans/checklist";
import type { Translation } from "../../types";

/**
 * The list of things to take, in Polish: drafted from the English, not yet reviewed by a fluent
 * speaker. The reader is "ty"; items are things, so no gendered forms are needed. Item labels
 * without their own printLabel, every printLabel and printTitle, and the neutral title go on a
 * discreet printout: ordinary household words only (rules.ts, revealing).
 */
export const checklist: Translation<typeof en> = {
  "checklist.title": "Co zabrać, jeśli odejdę",
  "checklist.neutralTitle": "Lista",
  "checklist.intro": [
    "Lista rzeczy, które mogą pomóc, jeśli trzeba odejść, zwłaszcza w pośpiechu. Zabierz tylko to, co możesz bezpiecznie zabrać: ty i twoje życie są ważniejsze niż wszystkie te rzeczy.",
    "Nie potrzebujesz wszystkiego naraz. Możesz wcześniej zostawić kopie albo zapasowe rzeczy u kogoś, komu ufasz, albo w organizacji pomocowej.",
    "Odhaczaj rzeczy, gdy je zbierasz. Każda pozycja jest dobrowolna.",
  ],
  "checklist.documents.title": "Dokumenty",
  "checklist.documents.printTitle": "Dokumenty",
  "checklist.documents.help": [
    "Papiery, które pokazują, kim jesteś i co ci przysługuje. Jeśli nie możesz zabrać oryginałów, kopie albo zdjęcia też pomagają.",
  ],
  "checklist.documents.questions": [
    "Czy ktoś, komu ufasz, może przechować dla ciebie kopie?",
    "Czy któreś z tych papierów są w miejscu, które kontroluje ta osoba?",
  ],
  "checklist.documents.documents-list.label": "Dokumenty do zabrania",
  "checklist.documents.documents-list.printLabel": "Dokumenty",
  "checklist.documents.documents-list.passports.label": "Paszporty, twój i dzieci",
  "checklist.documents.documents-list.birth-certificates.label": "Akty urodzenia, twój i dzieci",
  "checklist.documents.documents-list.identification.label": "Inny dokument tożsamości, na przykład dowód osobisty",
  "checklist.documents.documents-list.driving-licence.label": "Prawo jazdy",
  "checklist.documents.documents-list.immigration-papers.label": "Pisma z Home Office, wizy i pozwolenia na pracę",
  "checklist.documents.documents-list.immigration-papers.printLabel": "Wizy i pozwolenia na pracę",
  "checklist.documents.documents-list.national-insurance.label": "Numery National Insurance",
  "checklist.documents.documents-list.benefit-papers.label": "Pisma, książeczki lub karty w sprawie zasiłków",
  "checklist.documents.documents-list.medical-records.label": "Karty zdrowia i dokumentacja medyczna",
  "checklist.documents.documents-list.medical-records.hint":
    "Na przykład czerwone książeczki zdrowia dzieci (red book) i karty szczepień.",
  "checklist.documents.documents-list.tenancy-or-mortgage.label":
    "Umowa najmu, akt własności albo papiery kredytu na dom",
  "checklist.documents.documents-list.bills.label": "Ostatnie rachunki, także niezapłacone",
  "checklist.documents.documents-list.insurance-papers.label": "Papiery ubezpieczenia",
  "checklist.documents.documents-list.court-orders.label": "Postanowienia sądu, papiery rozwodowe i inne pisma prawne",
  "checklist.documents.documents-list.court-orders.printLabel": "Pisma urzędowe",
  "checklist.money-and-cards.title": "Pieniądze i karty",
  "checklist.money-and-cards.printTitle": "Pieniądze i karty",
  "checklist.money-and-cards.help": ["Tyle, żeby przeżyć dzień lub dwa: bilety, telefony, jedzenie i może nocleg."],
  "checklist.money-and-cards.questions": [
    "Czy możesz otworzyć własne konto w banku, z wyciągami wysyłanymi w bezpieczne miejsce?",
  ],
  "checklist.money-and-cards.money-list.label": "Pieniądze i karty do zabrania",
  "checklist.money-and-cards.money-list.printLabel": "Pieniądze i karty",
  "checklist.money-and-cards.money-list.cash.label": "Trochę gotówki, także drobne na bilety",
  "checklist.money-and-cards.money-list.bank-cards.label": "Karty bankowe i kredytowe",
  "checklist.money-and-cards.money-list.bank-books.label": "Książeczki, wyciągi z banku albo dane oszczędności",
  "checklist.money-and-cards.money-list.chequebook.label": "Książeczka czekowa",
  "checklist.keys.title": "Klucze",
  "checklist.keys.printTitle": "Klucze",
  "checklist.keys.help": [
    "Zapasowe klucze możesz zostawić u kogoś, komu ufasz. Wtedy nie trzeba ich szukać w pośpiechu.",
  ],
  "checklist.keys.questions": ["Kto może przechować dla ciebie zapasowy komplet?"],
  "checklist.keys.keys-list.label": "Klucze do zabrania",
  "checklist.keys.keys-list.printLabel": "Klucze",
  "checklist.keys.keys-list.house-keys.label": "Klucze do domu",
  "checklist.keys.keys-list.car-keys.label": "Klucze do samochodu",
  "checklist.keys.keys-list.work-keys.label": "Klucze do pracy albo biura",
  "checklist.keys.keys-list.friends-keys.label": "Klucze do domu przyjaciół albo krewnych",
  "checklist.medicine.title": "Leki",
  "checklist.medicine.printTitle": "Leki",
  "checklist.medicine.help": ["Leki dla ciebie i dzieci oraz to, czego trzeba, żeby dostać więcej."],
  "checklist.medicine.questions": ["Czy lekarz rodzinny (GP) albo apteka pomogą, jeśli trzeba wyjść bez leków?"],
  "checklist.medicine.medicine-list.label": "Leki do zabrania",
  "checklist.medicine.medicine-list.printLabel": "Leki",
  "checklist.medicine.medicine-list.my-medicine.label": "Moje leki",
  "checklist.medicine.medicine-list.childrens-medicine.label": "Leki moich dzieci",
  "checklist.medicine.medicine-list.prescriptions.label": "Recepty albo lista leków i dawek",
  "checklist.medicine.medicine-list.health-aids.label":
    "Okulary, aparaty słuchowe, inhalatory albo inne rzeczy potrzebne mi dla zdrowia",
  "checklist.clothes.title": "Ubrania",
  "checklist.clothes.printTitle": "Ubrania",
  "checklist.clothes.help": [
    "Ubrania na zmianę dla wszystkich. Torba zostawiona u przyjaciół albo krewnych pozwala wyjść bez pakowania.",
  ],
  "checklist.clothes.questions": [
    "Czy ktoś z przyjaciół lub rodziny przechowa dla ciebie torbę z ubraniami na zmianę?",
  ],
  "checklist.clothes.clothes-list.label": "Ubrania do zabrania",
  "checklist.clothes.clothes-list.printLabel": "Ubrania",
  "checklist.clothes.clothes-list.my-clothes.label": "Ubrania na zmianę dla mnie",
  "checklist.clothes.clothes-list.childrens-clothes.label": "Ubrania na zmianę dla dzieci",
  "checklist.clothes.clothes-list.toiletries.label": "Szczoteczki do zębów i inne rzeczy do mycia",
  "checklist.childrens-things.title": "Rzeczy dzieci",
  "checklist.childrens-things.printTitle": "Rzeczy dzieci",
  "checklist.childrens-things.help": ["Znane rzeczy pomagają dzieciom poczuć się pewniej w nowym miejscu."],
  "checklist.childrens-things.questions": ["Co dzieci najbardziej chcą mieć przy sobie?"],
  "checklist.childrens-things.childrens-list.label": "Rzeczy dzieci do zabrania",
  "checklist.childrens-things.childrens-list.printLabel": "Rzeczy dzieci",
  "checklist.childrens-things.childrens-list.favourite-toys.label": "Ulubione zabawki",
  "checklist.childrens-things.childrens-list.comfort-blanket.label": "Ulubione kocyki albo przytulanki",
  "checklist.childrens-things.childrens-list.school-things.label": "Mundurki szkolne, książki i plecaki",
  "checklist.childrens-things.childrens-list.baby-things.label":
    "Rzeczy dla niemowlęcia, na przykład butelki, mleko modyfikowane i pieluchy",
  "checklist.proof.title": "Dowody tego, co się stało",
  "checklist.proof.printTitle": "Zapiski",
  "checklist.proof.help": [
    "Jeśli to bezpieczne, wszystko, co pokazuje, co się stało, może później pomóc. Na przykład na policji, w sądzie albo przy sprawach mieszkaniowych. Nigdy nie narażaj się, żeby to zdobyć.",
  ],
  "checklist.proof.questions": [
    "Czy jest bezpieczne miejsce poza domem, gdzie możesz to trzymać?",
    "Które służby lub osoby już wiedzą, co się dzieje?",
  ],
  "checklist.proof.proof-list.label": "Dowody do zabrania",
  "checklist.proof.proof-list.printLabel": "Zapiski",
  "checklist.proof.proof-list.diary.label": "Dziennik albo notatki o tym, co się stało i kiedy",
  "checklist.proof.proof-list.diary.printLabel": "Dziennik albo notatki",
  "checklist.proof.proof-list.photos-of-injuries.label": "Zdjęcia obrażeń albo zniszczeń",
  "checklist.proof.proof-list.photos-of-injuries.printLabel": "Zdjęcia",
  "checklist.proof.proof-list.messages.label": "Wiadomości, e-maile, nagrania z poczty głosowej i inne nagrania",
  "checklist.proof.proof-list.crime-reference-numbers.label": "Numery zgłoszeń na policji (crime reference numbers)",
  "checklist.proof.proof-list.crime-reference-numbers.printLabel": "Numery referencyjne",
  "checklist.proof.proof-list.professionals-who-know.label": "Imiona i kontakty osób z instytucji, które wiedzą",
  "checklist.proof.proof-list.professionals-who-know.hint":
    "Na przykład lekarz rodzinny, położna środowiskowa (health visitor) albo osoba wspierająca.",
  "checklist.proof.proof-list.professionals-who-know.printLabel": "Imiona i kontakty",
  "checklist.things-that-matter.title": "Rzeczy, które są dla mnie ważne",
  "checklist.things-that-matter.printTitle": "Ważne rzeczy",
  "checklist.things-that-matter.help": ["Twój telefon, kontakty i rzeczy, których nie da się zastąpić."],
  "checklist.things-that-matter.questions": [
    "Czy jest coś, czego utraty nie zniesiesz, a co ktoś może już teraz dla ciebie przechować?",
  ],
  "checklist.things-that-matter.things-that-matter-list.label": "Ważne rzeczy do zabrania",
  "checklist.things-that-matter.things-that-matter-list.printLabel": "Ważne rzeczy",
  "checklist.things-that-matter.things-that-matter-list.phone-and-charger.label": "Mój telefon i ładowarka",
  "checklist.things-that-matter.things-that-matter-list.address-book.label":
    "Notes z adresami albo zapisane ważne numery",
  "checklist.things-that-matter.things-that-matter-list.photos.label": "Zdjęcia",
  "checklist.things-that-matter.things-that-matter-list.jewellery.label": "Biżuteria",
  "checklist.things-that-matter.things-that-matter-list.sentimental-items.label": "Pamiątki",
  "checklist.things-that-matter.things-that-matter-list.pet-things.label":
    "Rzeczy dla moich zwierząt, na przykład jedzenie, leki i karty szczepień",
};
