import type { checklist as en } from "../../en/plans/checklist";
import type { Translation } from "../../types";

/**
 * The words of the checklist template (src/core/plans/templates/checklist.ts), in Romanian:
 * drafted from the English, not yet reviewed by a fluent speaker. The adult is "tu", never told
 * their gender. Item labels without a print label of their own, and every print label, read as
 * an ordinary packing list (no word of rules.ts' revealing list).
 */
export const checklist: Translation<typeof en> = {
  "checklist.title": "Lucruri de luat dacă plec",
  "checklist.neutralTitle": "Listă",
  "checklist.intro": [
    "O listă de lucruri care te pot ajuta dacă trebuie să pleci, mai ales în grabă. Ia doar ce poți lua fără să te pui în pericol: tu contezi mai mult decât oricare dintre aceste lucruri.",
    "Nu ai nevoie de toate deodată. Poți lăsa din timp copii sau lucruri de rezervă la cineva în care ai încredere sau la un serviciu de sprijin.",
    "Bifează lucrurile pe măsură ce le strângi. Nimic de pe listă nu este obligatoriu.",
  ],
  "checklist.documents.title": "Acte",
  "checklist.documents.printTitle": "Acte",
  "checklist.documents.help": [
    "Acte care arată cine ești și la ce ai dreptul. Dacă nu poți lua originalele, copiile sau pozele ajută și ele.",
  ],
  "checklist.documents.questions": [
    "Ar putea cineva de încredere să îți păstreze copii?",
    "Sunt unele dintre aceste acte ținute într-un loc controlat de persoană?",
  ],
  "checklist.documents.documents-list.label": "Acte de luat",
  "checklist.documents.documents-list.printLabel": "Acte",
  "checklist.documents.documents-list.passports.label": "Pașapoarte, pentru tine și copiii tăi",
  "checklist.documents.documents-list.birth-certificates.label": "Certificate de naștere, pentru tine și copiii tăi",
  "checklist.documents.documents-list.identification.label":
    "Alte acte care arată cine ești, de exemplu o carte de identitate",
  "checklist.documents.documents-list.driving-licence.label": "Permis de conducere",
  "checklist.documents.documents-list.immigration-papers.label": "Acte de la Home Office, vize și permise de muncă",
  "checklist.documents.documents-list.immigration-papers.printLabel": "Vize și permise de muncă",
  "checklist.documents.documents-list.national-insurance.label": "Numerele de National Insurance",
  "checklist.documents.documents-list.benefit-papers.label": "Scrisori, carnete sau carduri de ajutor social",
  "checklist.documents.documents-list.medical-records.label": "Carduri medicale și fișe medicale",
  "checklist.documents.documents-list.medical-records.hint":
    "De exemplu carnetele roșii de sănătate ale copiilor (red book) și dovezile de vaccinare.",
  "checklist.documents.documents-list.tenancy-or-mortgage.label":
    "Contractul de închiriere, actele casei sau actele de credit ipotecar",
  "checklist.documents.documents-list.bills.label": "Facturi recente, inclusiv cele neplătite",
  "checklist.documents.documents-list.insurance-papers.label": "Acte de asigurare",
  "checklist.documents.documents-list.court-orders.label":
    "Hotărâri ale instanței, acte de divorț și alte acte juridice",
  "checklist.documents.documents-list.court-orders.printLabel": "Acte juridice",
  "checklist.money-and-cards.title": "Bani și carduri",
  "checklist.money-and-cards.printTitle": "Bani și carduri",
  "checklist.money-and-cards.help": [
    "Destul cât să te descurci o zi sau două: drum, telefon, mâncare și poate o noapte undeva.",
  ],
  "checklist.money-and-cards.questions": [
    "Ai putea deschide un cont bancar doar al tău, cu extrasele trimise într-un loc sigur?",
  ],
  "checklist.money-and-cards.money-list.label": "Bani și carduri de luat",
  "checklist.money-and-cards.money-list.printLabel": "Bani și carduri",
  "checklist.money-and-cards.money-list.cash.label": "Niște bani cash, inclusiv mărunțiș pentru drum",
  "checklist.money-and-cards.money-list.bank-cards.label": "Carduri bancare și de credit",
  "checklist.money-and-cards.money-list.bank-books.label": "Carnete de economii, extrase sau datele conturilor",
  "checklist.money-and-cards.money-list.chequebook.label": "Carnetul de cecuri",
  "checklist.keys.title": "Chei",
  "checklist.keys.printTitle": "Chei",
  "checklist.keys.help": [
    "Poți lăsa chei de rezervă la cineva în care ai încredere, ca să nu trebuiască să le cauți în grabă.",
  ],
  "checklist.keys.questions": ["Cine ar putea păstra pentru tine un rând de chei de rezervă?"],
  "checklist.keys.keys-list.label": "Chei de luat",
  "checklist.keys.keys-list.printLabel": "Chei",
  "checklist.keys.keys-list.house-keys.label": "Cheile casei",
  "checklist.keys.keys-list.car-keys.label": "Cheile mașinii",
  "checklist.keys.keys-list.work-keys.label": "Cheile de la serviciu sau de la birou",
  "checklist.keys.keys-list.friends-keys.label": "Cheile casei unui prieten sau a unei rude",
  "checklist.medicine.title": "Medicamente",
  "checklist.medicine.printTitle": "Medicamente",
  "checklist.medicine.help": ["Medicamente pentru tine și copiii tăi și ce îți trebuie ca să iei altele."],
  "checklist.medicine.questions": [
    "Te-ar putea ajuta medicul de familie (GP) sau farmacia dacă trebuie să pleci fără medicamente?",
  ],
  "checklist.medicine.medicine-list.label": "Medicamente de luat",
  "checklist.medicine.medicine-list.printLabel": "Medicamente",
  "checklist.medicine.medicine-list.my-medicine.label": "Medicamentele mele",
  "checklist.medicine.medicine-list.childrens-medicine.label": "Medicamentele copiilor mei",
  "checklist.medicine.medicine-list.prescriptions.label": "Rețete sau o listă cu medicamente și doze",
  "checklist.medicine.medicine-list.health-aids.label":
    "Ochelari, aparate auditive, inhalatoare sau alte lucruri de care am nevoie pentru sănătate",
  "checklist.clothes.title": "Haine",
  "checklist.clothes.printTitle": "Haine",
  "checklist.clothes.help": [
    "Haine de schimb pentru toți. O geantă lăsată la un prieten sau la o rudă înseamnă că poți pleca fără să faci bagajul.",
  ],
  "checklist.clothes.questions": ["Ar putea un prieten sau o rudă să îți păstreze o geantă cu haine de schimb?"],
  "checklist.clothes.clothes-list.label": "Haine de luat",
  "checklist.clothes.clothes-list.printLabel": "Haine",
  "checklist.clothes.clothes-list.my-clothes.label": "Haine de schimb pentru mine",
  "checklist.clothes.clothes-list.childrens-clothes.label": "Haine de schimb pentru copiii mei",
  "checklist.clothes.clothes-list.toiletries.label": "Periuțe de dinți și alte lucruri de spălat",
  "checklist.childrens-things.title": "Lucrurile copiilor",
  "checklist.childrens-things.printTitle": "Lucrurile copiilor",
  "checklist.childrens-things.help": ["Lucrurile cunoscute îi ajută pe copii să se simtă liniștiți într-un loc nou."],
  "checklist.childrens-things.questions": ["Ce ar vrea copiii tăi cel mai mult să aibă cu ei?"],
  "checklist.childrens-things.childrens-list.label": "Lucrurile copiilor de luat",
  "checklist.childrens-things.childrens-list.printLabel": "Lucrurile copiilor",
  "checklist.childrens-things.childrens-list.favourite-toys.label": "Jucăriile preferate",
  "checklist.childrens-things.childrens-list.comfort-blanket.label": "Păturica preferată sau jucării de pluș",
  "checklist.childrens-things.childrens-list.school-things.label": "Uniforma, cărțile și ghiozdanele de școală",
  "checklist.childrens-things.childrens-list.baby-things.label":
    "Lucruri pentru bebeluș, de exemplu biberoane, lapte praf și scutece",
  "checklist.proof.title": "Dovezi despre ce s-a întâmplat",
  "checklist.proof.printTitle": "Însemnări",
  "checklist.proof.help": [
    "Dacă este sigur, orice arată ce s-a întâmplat te poate ajuta mai târziu, de exemplu la poliție, la instanță sau pentru o locuință. Nu te pune niciodată în pericol ca să strângi aceste lucruri.",
  ],
  "checklist.proof.questions": [
    "Este un loc sigur, departe de casă, unde ai putea ține aceste lucruri?",
    "Ce servicii sau ce oameni știu deja ce s-a întâmplat?",
  ],
  "checklist.proof.proof-list.label": "Dovezi de luat",
  "checklist.proof.proof-list.printLabel": "Însemnări",
  "checklist.proof.proof-list.diary.label": "Un jurnal sau notițe despre ce s-a întâmplat și când",
  "checklist.proof.proof-list.diary.printLabel": "Un jurnal sau notițe",
  "checklist.proof.proof-list.photos-of-injuries.label": "Poze cu răni sau cu lucruri stricate",
  "checklist.proof.proof-list.photos-of-injuries.printLabel": "Poze",
  "checklist.proof.proof-list.messages.label": "Mesaje, e-mailuri, mesaje vocale sau înregistrări",
  "checklist.proof.proof-list.crime-reference-numbers.label": "Numerele de referință ale cazurilor de la poliție",
  "checklist.proof.proof-list.crime-reference-numbers.printLabel": "Numere de referință",
  "checklist.proof.proof-list.professionals-who-know.label": "Numele și datele de contact ale specialiștilor care știu",
  "checklist.proof.proof-list.professionals-who-know.hint":
    "De exemplu medicul de familie, asistentul medical comunitar (health visitor) sau consilierul de sprijin.",
  "checklist.proof.proof-list.professionals-who-know.printLabel": "Nume și date de contact",
  "checklist.things-that-matter.title": "Lucruri care contează pentru mine",
  "checklist.things-that-matter.printTitle": "Lucruri care contează",
  "checklist.things-that-matter.help": ["Telefonul, contactele și lucrurile pe care nu le-ai putea înlocui niciodată."],
  "checklist.things-that-matter.questions": [
    "Este ceva ce nu ai suporta să pierzi și pe care cineva l-ar putea păstra pentru tine de acum?",
  ],
  "checklist.things-that-matter.things-that-matter-list.label": "Lucruri care contează, de luat",
  "checklist.things-that-matter.things-that-matter-list.printLabel": "Lucruri care contează",
  "checklist.things-that-matter.things-that-matter-list.phone-and-charger.label": "Telefonul mobil și încărcătorul",
  "checklist.things-that-matter.things-that-matter-list.address-book.label":
    "O agendă cu adrese sau numerele importante scrise pe hârtie",
  "checklist.things-that-matter.things-that-matter-list.photos.label": "Poze",
  "checklist.things-that-matter.things-that-matter-list.jewellery.label": "Bijuterii",
  "checklist.things-that-matter.things-that-matter-list.sentimental-items.label": "Lucruri cu valoare sentimentală",
  "checklist.things-that-matter.things-that-matter-list.pet-things.label":
    "Lucruri pentru animalele de companie, de exemplu mâncare, medicamente și dovezile de vaccinare",
};
