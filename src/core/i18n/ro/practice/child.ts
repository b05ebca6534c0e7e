import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

/**
 * The words of the child practice (src/core/practice/shapes/child.ts), in Romanian: drafted
 * from the English, not yet reviewed by a fluent speaker. Read by (or to) a child of about 7 to
 * 9: "tu", short sentences, short common words, and never an adjective that tells the child's
 * gender ("ți-e frică", not "ești speriat/ă"). Each blank ({safePlace}, {trustedPerson},
 * {nearestPhone}, {neighbour}) ends its sentence and follows a preposition that takes it as it is
 * ("în", "cu", "la", "de la", "de pe"): the child's own words come after a colon.
 */
export const childPractice: Translation<typeof en> = {
  "practice.child.title": "Exersez planul meu",
  "practice.child.intro": [
    "Hai să exersăm planul tău. Este doar un joc.",
    "Vei citi despre o întâmplare de acasă. Apoi alegi ce ai face.",
    "Îți spunem de ce te ajută fiecare alegere sau de ce poate nu e sigură. Poți încerca din nou de câte ori vrei.",
  ],
  "practice.child.blank.safePlace": "locul tău sigur",
  "practice.child.blank.trustedPerson": "un adult în care ai încredere",
  "practice.child.blank.nearestPhone": "cel mai apropiat telefon",
  "practice.child.blank.neighbour": "un adult de alături",
  "practice.child.blank.name": "numele tău",
  "practice.child.blank.address": "adresa ta",
  "practice.child.shouting-downstairs.situation": "Ești sus, cu jucăriile tale. Auzi țipete jos.",
  "practice.child.shouting-downstairs.question": "Ce poți face?",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "Stai departe. Du-te în {safePlace}.",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "Da. Așa te poți feri. Țipetele nu sunt vina ta și nu e treaba ta să le oprești.",
  "practice.child.shouting-downstairs.shouting-go-down.label": "Cobori și le spui să se oprească.",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "Este un gând frumos. Dar nu e sigur să intri la mijloc. Adulții se descurcă singuri. Treaba ta e să te ferești.",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "Cobori să vezi ce se întâmplă.",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "E în regulă să vrei să știi. Dar te-ar putea lovi cineva. E mai sigur să stai departe și să te duci în {safePlace}.",
  "practice.child.someone-getting-hurt.situation": "Adulții se bat. Cineva este lovit.",
  "practice.child.someone-getting-hurt.question": "Ce e sigur să faci?",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "Intri la mijloc ca să îi oprești.",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "Vrei să ajuți, și asta e frumos. Dar te-ar putea lovi și pe tine. Nu poți opri bătaia și nu e treaba ta să încerci. Ieși din cale.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "Ieși din cale. Du-te în {safePlace}. Dacă nu e periculos, sună la 999 de pe {nearestPhone}.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "Da. Întâi ai grijă de tine. Apoi, dacă nu e periculos, suni la 999 și ceri poliția. Ei pot ajuta.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "Dacă poți ieși fără să pățești ceva, cere ajutor de la {neighbour}.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "Da, și asta poate ajuta. Du-te doar dacă poți ieși fără pericol. Un adult de alături poate suna după ajutor.",
  "practice.child.scared-at-night.situation": "Este noapte. Ești în pat. Auzi zgomote mari și ți-e frică.",
  "practice.child.scared-at-night.question": "Ce poți face?",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "Respiră încet și adânc. Rămâi unde ești sau du-te în {safePlace}.",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "Da. Când respiri încet, te poți liniști. E sigur să stai departe. Poți și să strângi în brațe o jucărie.",
  "practice.child.scared-at-night.night-go-and-look.label": "Te ridici și te duci să vezi ce se întâmplă.",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "E în regulă să vrei să știi. Dar nu e sigur să mergi lângă o bătaie. Stai departe. Poți vorbi despre asta ziua.",
  "practice.child.scared-at-night.night-tell-later.label": "Ziua, vorbește despre ce ai simțit cu {trustedPerson}.",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "Da. E bine să îi spui unui adult ce simți. El te poate ajuta să te simți bine. Nu vei avea probleme.",
  "practice.child.keep-a-secret.situation": "Cineva de acasă îți spune: să nu spui nimănui ce se întâmplă aici.",
  "practice.child.keep-a-secret.question": "Ce poți face?",
  "practice.child.keep-a-secret.secret-keep-it.label": "Păstrezi secretul. Nu spui nimănui.",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "Poate fi greu să spui. Dar un secret care te întristează sau îți face frică nu e un secret bun. E în regulă să spui. Nu vei avea probleme.",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "Vorbește cu {trustedPerson}.",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "Da. Poți spune unui adult în care ai încredere, de exemplu unui profesor. Nu este vina ta. Când spui, primești ajutor.",
  "practice.child.little-one-crying.situation": "Adulții se bat. Fratele sau sora ta mai mică plânge și îi e frică.",
  "practice.child.little-one-crying.question": "Ce poți face?",
  "practice.child.little-one-crying.crying-take-them.label": "Dacă e lângă tine, ia-l cu tine în {safePlace}.",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "Da, dacă poți face asta fără pericol. Puteți sta departe împreună. Îl poți ține în brațe sau îi poți cânta încet.",
  "practice.child.little-one-crying.crying-ask-grown-ups.label":
    "Te duci la adulți să le spui să se oprească, ca să nu mai plângă cel mic.",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "Este un gând frumos. Dar nu e sigur să mergi lângă o bătaie. Stai departe. Nu e treaba ta să o oprești.",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "Când se termină, vorbește cu {trustedPerson}. Spune că fratele sau sora ta s-a speriat.",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "Da. Un adult în care ai încredere vă poate ajuta pe amândoi. E treaba lui să repare asta, nu a ta.",
  "practice.child.after-a-fight.situation": "Bătaia s-a terminat. Ți-e trist, sau te enervezi, sau amândouă.",
  "practice.child.after-a-fight.question": "Ce te poate ajuta?",
  "practice.child.after-a-fight.after-talk.label": "Vorbește despre ce simți cu {trustedPerson}.",
  "practice.child.after-a-fight.after-talk.feedback":
    "Da. E în regulă să simți ce simți. Te ajută mult să vorbești cu un adult în care ai încredere.",
  "practice.child.after-a-fight.after-keep-it-in.label": "Ții totul în tine. Nu spui nimănui.",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "Mulți copii simt așa. Dar ce simți devine tot mai greu când ții totul în tine. Te ajută să vorbești cu cineva în care ai încredere.",
  "practice.child.after-a-fight.after-calm-thing.label":
    "Faci ceva liniștit, ca să desenezi, să citești sau să te joci.",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "Da. Ceva liniștit te poate ajuta să te simți puțin mai bine. Poți vorbi și cu un adult mai târziu.",
  "practice.child.call.title": "Exersez un apel la 999",
  "practice.child.call.intro": [
    "Hai să ne prefacem că sunăm la 999. Nu este un apel adevărat.",
    "Spune cuvintele cu voce tare. Adultul tău poate fi omul de la telefon.",
    "Sună la 999 cu adevărat doar dacă nu e periculos.",
  ],
  "practice.child.call.which-service.operator": "Urgențe. De cine ai nevoie?",
  "practice.child.call.which-service.prompt": "Poliția, vă rog.",
  "practice.child.call.which-service.hint": "Spune poliția.",
  "practice.child.call.name.operator": "Cum te cheamă?",
  "practice.child.call.name.prompt": "Mă numesc {name}.",
  "practice.child.call.name.hint": "Spune-ți numele. Vorbește rar.",
  "practice.child.call.address.operator": "Unde ești? Care este adresa ta?",
  "practice.child.call.address.prompt": "Locuiesc la {address}.",
  "practice.child.call.address.hint": "Spune unde locuiești. Te ajută să o știi pe de rost.",
  "practice.child.call.what-is-happening.operator": "Ce se întâmplă?",
  "practice.child.call.what-is-happening.prompt": "Cineva este lovit la mine acasă.",
  "practice.child.call.what-is-happening.hint": "Spune ce se întâmplă. De exemplu: cineva o lovește pe mama.",
  "practice.child.call.are-you-safe.operator": "Acum ești într-un loc sigur?",
  "practice.child.call.are-you-safe.prompt": "Sunt în locul meu sigur.",
  "practice.child.call.are-you-safe.hint": "Spune unde ești. Spune dacă te simți în siguranță sau nu.",
  "practice.child.call.stay-on-the-line.operator": "Rămâi la telefon dacă poți.",
  "practice.child.call.stay-on-the-line.prompt": "Bine. Rămân la telefon.",
  "practice.child.call.stay-on-the-line.hint":
    "Nu închide telefonul, dacă poți. Fă ce îți spun. Ei sunt acolo ca să te ajute.",
  "practice.child.call.silentCall": [
    "Uneori nu poți vorbi. E în regulă.",
    "Dacă ai un mobil, sună la 999. Rămâi la telefon și ascultă.",
    "Când ți se cere, apasă 5 și încă o dată 5. Adică 55.",
    "Așa ei știu că e adevărat. Apoi te pot ajuta.",
  ],
  "practice.child.call.ending": [
    "Bravo! Ai făcut-o foarte bine.",
    "Sună la 999 cu adevărat doar când ai nevoie. De exemplu când cineva este rănit sau în pericol.",
  ],
  "practice.child.closing": [
    "Nu este vina ta.",
    "Poți exersa din nou oricând vrei.",
    "Poți vorbi despre ce simți cu {trustedPerson}.",
  ],
};
