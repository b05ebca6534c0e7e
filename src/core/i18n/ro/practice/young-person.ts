import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/**
 * The words of the young person's practice (src/core/practice/shapes/young-person.ts), in
 * Romanian: drafted from the English, not yet reviewed by a fluent speaker. For 12 to 17: "tu",
 * plain and direct, never an adjective that tells the reader's gender. "A grown-up you trust"
 * reads as childish to a teenager: the blank says "un adult în care ai încredere". Each blank
 * ends its sentence after a preposition that takes it as it is ("în", "cu", "de pe"): the young
 * person's own words come after a colon.
 */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "Exersez planul meu",
  "practice.young-person.intro": [
    "Aici te poți gândi la planul tău înainte să ai nevoie de el. Nimic de aici nu este un test.",
    "Fiecare situație are câteva variante. Alege ce ai putea face și vei vedea de ce ajută sau ce riscuri are.",
    "Poți să te întorci și să încerci alte variante de câte ori vrei.",
  ],
  "practice.young-person.blank.safePlace": "locul tău sigur",
  "practice.young-person.blank.trustedPerson": "un adult în care ai încredere",
  "practice.young-person.blank.nearestPhone": "cel mai apropiat telefon",
  "practice.young-person.blank.neighbour": "un vecin în care ai încredere",
  "practice.young-person.blank.name": "numele tău",
  "practice.young-person.blank.address": "adresa ta",
  "practice.young-person.argument-getting-worse.situation":
    "Adulții de acasă se ceartă. Se aude tot mai tare și crezi că cineva ar putea fi rănit.",
  "practice.young-person.argument-getting-worse.question": "Care e cel mai sigur lucru de făcut?",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "Te bagi între ei ca să se oprească.",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "E firesc să vrei să aperi pe cineva pe care îl iubești. Dar dacă te bagi, te poate răni grav, și rar se oprește violența așa. Nu e treaba ta să o oprești.",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "Ieși din cameră și du-te în {safePlace}.",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "Da. Să ieși din cale este cel mai sigur lucru pe care îl poți face. Du-te undeva unde ajungi fără să treci pe lângă scandal.",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "Dacă cineva este rănit și nu e periculos pentru tine, sună la 999 de pe {nearestPhone}.",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "Da. E bine să suni la poliție când cineva este rănit. Sună doar când nu e periculos pentru tine, cel mai bine dintr-un loc ferit.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label":
    "Rămâi în cameră ca să fii cu ochii pe ce se întâmplă.",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "E firesc să vrei să știi ce se întâmplă. Dar dacă stai aproape, te pui în pericol, și nu poți controla ce se întâmplă. E mai sigur să ieși din cale.",
  "practice.young-person.taking-sides.situation":
    "Unul dintre adulții de acasă vrea să îi iei partea sau să duci un mesaj celuilalt.",
  "practice.young-person.taking-sides.question": "Ce ai putea face?",
  "practice.young-person.taking-sides.sides-pass-message.label": "Duci mesajul, ca să fie liniște.",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "Poate speri că așa se calmează lucrurile. Dar când duci mesaje, ajungi la mijloc, iar pe tine te pot certa sau lovi. Adulții trebuie să își rezolve singuri problemele.",
  "practice.young-person.taking-sides.sides-stay-out.label": "Spui calm că nu vrei să fii la mijloc.",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "Da, dacă simți că poți spune asta fără risc. Nu trebuie să alegi între adulții din viața ta, iar problemele lor nu sunt pe umerii tăi.",
  "practice.young-person.taking-sides.sides-tell-trusted.label":
    "Spune ce ți se cere și cum te simți, vorbind cu {trustedPerson}.",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "Da. E greu când adulții te trag în certurile lor. Un adult în care ai încredere te poate ajuta să vezi ce să faci, și nu trebuie să treci prin asta fără ajutor.",
  "practice.young-person.taking-sides.sides-pick-a-side.label":
    "Alegi o parte, ca măcar unul dintre ei să fie mulțumit de tine.",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "Presiunea e reală și nu e corect față de tine. Dar dacă iei o parte, asta te poate trage și mai mult în conflict. Nimic din toate astea nu e vina ta, indiferent de cine te simți mai aproape.",
  "practice.young-person.younger-sibling-scared.situation":
    "Adulții se bat. Fratele sau sora ta mai mică plânge și îi e frică.",
  "practice.young-person.younger-sibling-scared.question": "Ce ai putea face?",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "Dacă poți face asta fără risc, ia-l cu tine în {safePlace}.",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "Da. Dacă ieșiți amândoi din cale, sunteți mai în siguranță. Fă asta doar dacă nu trebuie să treci pe lângă bătaie.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "Te duci la adulți și le spui să se oprească, pentru că îl supără pe cel mic.",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "Ai grijă de el, și asta e frumos. Dar dacă intri în mijlocul bătăii, te pui în pericol, și nu e treaba ta să o oprești. Dacă poți, stați amândoi departe.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "Rămâi cu el undeva în liniște și faceți împreună ceva calm.",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "Da. O voce calmă, un joc sau niște muzică pot ajuta un copil căruia îi e frică. Dar nu tot ține de tine: e treaba adulților să aibă grijă de el.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "Mai târziu, vorbește cu {trustedPerson}. Spune că fratele sau sora ta s-a speriat.",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "Da. Un adult în care ai încredere se poate asigura că cei mici au planul lor. E bine ca toată lumea să știe ce să facă.",
  "practice.young-person.phone-checked.situation":
    "Cineva de acasă îți tot verifică telefonul și îți citește mesajele.",
  "practice.young-person.phone-checked.question": "Ce te-ar putea ajuta să fii mai în siguranță?",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "Înveți pe de rost numerele de care ai avea nevoie, ca să nu depinzi de contacte.",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "Da. Dacă știi pe de rost 999 și numărul unei persoane de încredere, poți cere ajutor de pe orice telefon, chiar dacă al tău îți este luat.",
  "practice.young-person.phone-checked.phone-message-friend.label":
    "Îi scrii unui prieten despre ce se întâmplă acasă.",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "E firesc să vrei să vorbești cu un prieten. Dar dacă cineva îți citește mesajele, lucrurile pot deveni mai periculoase. E mai sigur să vorbiți față în față.",
  "practice.young-person.phone-checked.phone-refuse.label": "Refuzi să îl dai și te cerți cu el.",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "E corect să vrei să ai intimitate. Dar dacă cearta ar putea face lucrurile mai periculoase, pe primul loc ești tu. Vorbește mai bine despre asta cu cineva în care ai încredere.",
  "practice.young-person.phone-checked.phone-talk-in-person.label":
    "Departe de casă, vorbește față în față cu {trustedPerson}.",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "Da. Când vorbești față în față, nu rămâne nimic pe telefon. Un adult în care ai încredere te poate ajuta să vezi cum ții legătura fără risc.",
  "practice.young-person.controlling-relationship.situation":
    "Persoana cu care ieși îți spune pe cine poți vedea, verifică unde ești și se enervează dacă nu răspunzi imediat. Te presează să faci lucruri pe care nu le vrei.",
  "practice.young-person.controlling-relationship.question": "Ce ai putea face?",
  "practice.young-person.controlling-relationship.relationship-go-along.label":
    "Accepți. Asta arată că îi pasă de tine.",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "Mulți oameni cred asta la început. Dar când îți pasă de cineva, nu îl controlezi. Cine ține la tine te lasă să îți vezi prietenii, să alegi tu ce faci și să spui nu.",
  "practice.young-person.controlling-relationship.relationship-talk.label":
    "Vorbești cu Childline sau cu {trustedPerson}.",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "Da. Nu este vina ta și nu trebuie să treci prin asta fără ajutor. Childline este gratuit și discret, și îi poți contacta și pe internet.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "Nu spui nimănui, ca să nu faci probleme.",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "Poate părea mai ușor să taci, și mulți oameni fac așa. Dar un asemenea control se înrăutățește adesea. Când spui cuiva de încredere, nu faci probleme: așa primești sprijin.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "Dacă vă întâlniți, alege un loc aglomerat și spune-i unui prieten unde vei fi.",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "Da. Ajută locurile aglomerate, prietenii care știu unde ești și un drum sigur spre casă. E mereu în regulă să spui nu la orice nu vrei.",
  "practice.young-person.leaving-in-a-hurry.situation": "Familia ta trebuie să plece de acasă în grabă.",
  "practice.young-person.leaving-in-a-hurry.question": "Care e cel mai bun lucru de făcut?",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "Iei telefonul, încărcătorul, medicamentele de care ai nevoie și un lucru care contează pentru tine.",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "Da. Ia doar ce îți trebuie și poți duce repede. Să ieși fără să pățești ceva contează mai mult decât lucrurile.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label":
    "Îți strângi toate lucrurile, ca să nu rămână nimic în urmă.",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "E greu să îți lași lucrurile. Dar bagajul durează, iar să ieși fără să pățești ceva e pe primul loc. Un adult te poate ajuta să iei alte lucruri mai târziu.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "Ții o geantă cu lucruri importante gata făcută la un prieten sau la o rudă de încredere.",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "Da. Cu o geantă ținută într-un loc sigur ai ce îți trebuie, chiar dacă pleci fără nimic. Plănuiește asta cu un adult în care ai încredere.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label":
    "Te întorci mai târziu, fără nimeni, să iei ce ai uitat.",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "E normal să îți lipsească lucrurile. Dar dacă te întorci fără nimeni, te poți pune în pericol. Spune-i unui adult în care ai încredere de ce ai nevoie, și va găsi o cale sigură să le ia.",
  "practice.young-person.call.title": "Exersez un apel la 999",
  "practice.young-person.call.intro": [
    "Acesta este un apel de exersat, nu unul adevărat. Spune răspunsurile cu voce tare sau jucați pe rând cu un adult în care ai încredere.",
    "Dacă știi ce să spui, un apel adevărat e mai ușor. Sună la 999 doar dacă nu e periculos.",
  ],
  "practice.young-person.call.which-service.operator": "Urgențe. De ce serviciu aveți nevoie?",
  "practice.young-person.call.which-service.prompt": "Poliția, vă rog.",
  "practice.young-person.call.which-service.hint":
    "Cere poliția. Dacă cineva este rănit grav, spune asta, ca să trimită ajutor și pentru asta.",
  "practice.young-person.call.name.operator": "Cum vă numiți?",
  "practice.young-person.call.name.prompt": "Mă numesc {name}.",
  "practice.young-person.call.name.hint": "Vorbește rar și clar.",
  "practice.young-person.call.address.operator": "Unde sunteți? Care este adresa?",
  "practice.young-person.call.address.prompt": "Sunt la {address}.",
  "practice.young-person.call.address.hint":
    "Spune toată adresa, cu codul poștal. Dacă nu ești acasă, spune unde ești.",
  "practice.young-person.call.what-is-happening.operator": "Ce se întâmplă?",
  "practice.young-person.call.what-is-happening.prompt": "Cineva este lovit la mine acasă. Vă rog, trimiteți poliția.",
  "practice.young-person.call.what-is-happening.hint": "Spune pe scurt: cine este rănit și cine îi face asta.",
  "practice.young-person.call.are-you-safe.operator": "Sunteți într-un loc sigur acum?",
  "practice.young-person.call.are-you-safe.prompt": "Sunt în camera mea, cu ușa închisă.",
  "practice.young-person.call.are-you-safe.hint": "Spune unde ești, dacă te simți în siguranță și cine mai e în casă.",
  "practice.young-person.call.stay-on-the-line.operator": "Rămâneți la telefon, dacă puteți.",
  "practice.young-person.call.stay-on-the-line.prompt": "Bine, sunt tot aici.",
  "practice.young-person.call.stay-on-the-line.hint":
    "Nu închide și fă ce îți spun, cât timp nu e periculos. Dacă trebuie să te oprești din vorbit, e în regulă.",
  "practice.young-person.call.silentCall": [
    "Dacă suni la 999 de pe un mobil și nu poți vorbi, tot poți primi ajutor.",
    "Rămâi la telefon și ascultă. Când ți se cere, apasă 55.",
    "Când apeși 55, ei știu că este o urgență reală și te pun în legătură cu poliția.",
  ],
  "practice.young-person.call.ending": [
    "Bravo. Acum știi ce să spui, și asta va face un apel adevărat mai ușor.",
    "Sună la 999 cu adevărat doar când cineva este în pericol sau este rănit.",
  ],
  "practice.young-person.closing": [
    "Ce se întâmplă acasă nu este vina ta și nu e treaba ta să oprești asta.",
    "Poți exersa din nou oricând vrei.",
    "Vorbește despre ce simți cu Childline sau cu {trustedPerson}.",
  ],
};
