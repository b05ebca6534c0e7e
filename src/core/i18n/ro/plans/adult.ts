import type { adult as en } from "../../en/plans/adult";
import type { Translation } from "../../types";

/**
 * The words of the adult template (src/core/plans/templates/adult.ts), in Romanian: drafted
 * from the English, not yet reviewed by a fluent speaker. The adult is "tu", and never told
 * their gender (no adjective agrees with them: "îți este frică", not "ești speriat/ă"). The
 * person who harms is "persoana", as in the English. The print labels read as an ordinary
 * household note (no word of rules.ts' revealing list).
 */
export const adult: Translation<typeof en> = {
  "adult.title": "Planul meu de siguranță",
  "adult.neutralTitle": "Notițele mele",
  "adult.intro": [
    "Acest plan este un loc în care te poți gândi la ce te-ar putea ajuta să fii mai în siguranță, acum și pe viitor. Un plan poate micșora riscul, dar nu poate garanta că tu sau altcineva veți fi în siguranță.",
    "Ce ți se întâmplă nu este vina ta. Persoana care alege să te rănească sau să te controleze este răspunzătoare pentru asta.",
    "Nicio întrebare nu este obligatorie. Sari peste tot ce nu se potrivește vieții tale și revino oricând vrei. Planul este util dacă locuiești cu persoana, dacă te gândești să pleci sau dacă ai plecat deja.",
    "Știi deja multe despre cum să te ferești. Pornește de la ce te ajută deja. Dacă ești în pericol chiar acum, sună la 999.",
    "Ține planul unde persoana nu îl poate găsi. Un consilier de sprijin în care ai încredere ar putea păstra pentru tine o copie sau actele tale.",
  ],
  "adult.what-applies.title": "Ce mi se potrivește",
  "adult.what-applies.printTitle": "Despre mine",
  "adult.what-applies.help": [
    "Câteva întrebări scurte despre viața ta, ca planul să îți dea idei potrivite. Nicio întrebare nu este obligatorie și poți schimba răspunsurile oricând.",
    "Răspunsurile rămân în acest plan și se tipăresc doar dacă alegi asta.",
  ],
  "adult.what-applies.questions": [
    "Este ceva în viața ta care îți face mai greu să fii în siguranță sau să ceri ajutor?",
    "Cine mai depinde de tine, de exemplu copii, un animal de companie sau cineva de care ai grijă?",
  ],
  "adult.what-applies.askQuestions": [
    "Este ceva care îți face mai greu să ceri ajutor, de exemplu viza, banii, sănătatea, animalele de companie sau copiii?",
    "Cine mai locuiește cu tine sau depinde de tine?",
  ],
  "adult.what-applies.situation.label": "Ce mi se potrivește",
  "adult.what-applies.situation.printLabel": "Despre mine",
  "adult.what-matters.title": "Ce contează cel mai mult pentru mine",
  "adult.what-matters.printTitle": "Ce contează",
  "adult.what-matters.help": [
    "Pune sus ce contează cel mai mult pentru tine acum. Nu există o ordine corectă, și ea se poate schimba.",
    "Planul arată întâi ideile care se potrivesc cu ce contează cel mai mult pentru tine.",
  ],
  "adult.what-matters.questions": [
    "Dacă ai putea schimba un singur lucru în luna următoare, care ar fi acela?",
    "La ce nu ai vrea să renunți?",
  ],
  "adult.what-matters.askQuestions": [
    "Ce contează cel mai mult pentru tine acum? Ce te îngrijorează cel mai mult la fiecare alegere?",
  ],
  "adult.what-matters.priorities.label": "Ce contează cel mai mult, întâi",
  "adult.what-matters.priorities.printLabel": "În ordine",
  "adult.my-ideas.title": "Idei pentru planul meu",
  "adult.my-ideas.printTitle": "Idei",
  "adult.my-ideas.help": [
    "Idei care au ajutat alți oameni, alese după răspunsurile tale. Fiecare spune de ce este sugerată.",
    "Păstrează-le pe cele care ți se potrivesc, adaugă notițele tale și lasă deoparte ce nu este pentru tine. Tu știi cel mai bine ce e sigur pentru tine.",
  ],
  "adult.my-ideas.questions": [
    "Pe care dintre acestea le-ai încercat deja? Ce te-a ajutat?",
    "Este ceva aici care nu ar fi sigur pentru tine?",
  ],
  "adult.my-ideas.askQuestions": [
    "Pe care dintre acestea le-ai încercat deja? Ce te-a ajutat și ce a făcut lucrurile mai rele?",
  ],
  "adult.my-ideas.strategies.label": "Ideile mele",
  "adult.my-ideas.strategies.printLabel": "De făcut",
  "adult.right-now.title": "Chiar acum",
  "adult.right-now.printTitle": "Notițe",
  "adult.right-now.help": [
    "Începe cu cum stau lucrurile pentru tine azi. Nu există răspunsuri bune sau greșite, și poți lăsa orice necompletat.",
    "Mulți oameni observă semne înainte ca lucrurile să se înrăutățească. Dacă le scrii, te poate ajuta să faci ceva din timp, de exemplu să mergi altundeva pentru o vreme.",
    "Mulți oameni rămân mult timp, sau pentru totdeauna, și este alegerea lor. Un plan ar trebui să te ajute fie că rămâi, fie că pleci.",
  ],
  "adult.right-now.questions": [
    "Ce te îngrijorează cel mai mult chiar acum?",
    "Îți dai seama când lucrurile ar putea deveni violente? De exemplu după băutură, când vin banii sau după vizite în familie.",
    "Când simți asta, este un alt loc unde ai putea merge?",
    "Dacă rămâi, cum crezi că vor fi lucrurile?",
    "Crezi că dacă pleci sau încerci să pleci ar fi mai sigur sau mai periculos? De ce?",
    "Ce te ajută deja să faci față și să fii mai în siguranță?",
  ],
  "adult.right-now.askQuestions": [
    "Ce te îngrijorează cel mai mult în acest moment?",
    "Îți este frică de cineva din casă sau de cineva cu care ai locuit?",
    "Dacă rămâi, ce crezi că se va întâmpla?",
    "Ce crezi că s-ar întâmpla dacă ai pleca sau ai încerca să pleci? Ar ajuta sau ar face lucrurile mai rele?",
    "Îți dai seama când partenerul sau fostul partener este pe cale să devină violent? Ce observi?",
    "Când simți asta, poți merge altundeva?",
    "Ce faci deja ca tu și copiii să fiți mai în siguranță?",
    "Te-a amenințat vreodată cu o armă, sau a amenințat că îți rănește familia sau copiii, ori că ia copiii?",
    "Te oprește să îți vezi prietenii sau familia, să lucrezi, să înveți sau să ai banii tăi?",
    "Bea mult sau ia droguri? Cum se poartă atunci?",
    "Ai mai vorbit cu poliția despre asta?",
  ],
  "adult.right-now.worries.label": "Ce mă îngrijorează cel mai mult",
  "adult.right-now.worries.printLabel": "La ce mă gândesc",
  "adult.right-now.warning-signs.label": "Semne că lucrurile pot deveni violente",
  "adult.right-now.warning-signs.hint":
    "De exemplu băutura, ziua de salariu, o zi grea la serviciu, vizitele rudelor sau o schimbare de stare. Tu cunoști aceste semne mai bine decât oricine.",
  "adult.right-now.warning-signs.printLabel": "Lucruri pe care le observ",
  "adult.right-now.living-together.label": "Locuiești acum cu persoana?",
  "adult.right-now.living-together.hint":
    "Te ajută să alegi ce părți ale planului contează mai mult acum. Planul cuprinde ambele situații.",
  "adult.right-now.living-together.printLabel": "Locuim împreună",
  "adult.right-now.if-i-stay.label": "Dacă rămân: ce pot face ca să fiu mai în siguranță",
  "adult.right-now.if-i-stay.hint":
    "De exemplu unde poți merge când încep lucrurile, pe cine poți suna și ce te ajută să treci prin asta.",
  "adult.right-now.if-i-stay.printLabel": "Idei pentru acum",
  "adult.right-now.if-i-stay.sentence": "Ce pot face ca să fiu mai în siguranță dacă rămân",
  "adult.right-now.if-i-have-left.label":
    "Dacă am plecat sau plănuiesc să plec: ce mă îngrijorează și ce m-ar putea ajuta",
  "adult.right-now.if-i-have-left.hint":
    "Riscul crește adesea în perioada plecării și luni de zile după. Ajută să plănuiești această parte cu grijă, împreună cu un serviciu de sprijin, dacă poți.",
  "adult.right-now.if-i-have-left.printLabel": "Idei pentru mai târziu",
  "adult.right-now.if-i-have-left.sentence": "Grijile mele și ce m-ar putea ajuta, dacă plec",
  "adult.staying-safer-at-home.title": "Mai în siguranță acasă",
  "adult.staying-safer-at-home.printTitle": "Acasă",
  "adult.staying-safer-at-home.help": [
    "Aceste idei sunt pentru momentele când lucrurile încep să meargă prost acasă. Folosește-le pe cele potrivite și schimbă-le când nu mai merg.",
    "Dacă poți, nu fugi în camera în care sunt copiii: ar putea fi și ei răniți. Stabilește în schimb cu ei ce vor face și unde vor merge.",
    "Dacă ești în pericol, sună la 999. Dacă suni de pe mobil și nu poți vorbi, ascultă operatorul. Apasă 55 când ți se cere, iar apelul ajunge la poliție.",
  ],
  "adult.staying-safer-at-home.questions": [
    "Cui i-ai putea spune, fără ca el să îi spună persoanei?",
    "Cine ar suna la poliție dacă ar auzi scandal la tine acasă?",
    "În ce cameră te simți cel mai în siguranță? Care camere sunt cele mai periculoase?",
    "Este un loc unde pot merge copiii când încep lucrurile?",
    "Ai vorbit cu copiii despre ce să facă dacă se întâmplă ceva?",
    "Ar putea copiii să ajungă la cineva care îi poate ajuta?",
    "Cum ai putea să îți ții telefonul încărcat și la tine?",
  ],
  "adult.staying-safer-at-home.askQuestions": [
    "Este cineva căruia i te poți destăinui și care nu i-ar spune partenerului sau fostului partener?",
    "Este un vecin care ar putea suna la poliție dacă ar auzi țipete sau lucruri sparte?",
    "Unde te simți cel mai în siguranță în casă?",
    "Unde în casă ar fi cel mai periculos să fii dacă lucrurile devin violente?",
    "Este un loc unde pot merge copiii când se întâmplă? (Explică de ce e mai sigur să nu fugi acolo unde sunt copiii.)",
    "Ai vorbit cu copiii despre ce să facă atunci: să nu se bage, să plece din calea pericolului și să ceară ajutor?",
    "Ai numerele de care ai avea nevoie, de exemplu familie, prieteni, un adăpost și poliția, undeva unde ajungi la ele? Ar putea și copiii să dea de acești oameni?",
    "I-ar ajuta un cuvânt-cod cu un prieten, un vecin sau copiii să știe când să cheme ajutor?",
  ],
  "adult.staying-safer-at-home.people-who-would-call.label":
    "Oameni cărora le pot spune și care ar suna la poliție dacă ar auzi scandal",
  "adult.staying-safer-at-home.people-who-would-call.hint":
    "Alege oameni care nu îi vor spune persoanei. Roagă-i să sune la 999 dacă aud strigăte, țipete sau lucruri sparte la tine acasă.",
  "adult.staying-safer-at-home.people-who-would-call.printLabel": "Oameni pe care îi pot ruga",
  "adult.staying-safer-at-home.people-who-would-call.sentence": "Oameni care ar suna la poliție",
  "adult.staying-safer-at-home.if-children-hurt.label": "Dacă copiii mei sunt răniți, voi spune",
  "adult.staying-safer-at-home.if-children-hurt.printLabel": "Oameni pentru copii",
  "adult.staying-safer-at-home.if-children-hurt.sentence": "Oameni cărora le spun dacă copiii mei sunt răniți",
  "adult.staying-safer-at-home.safest-room.label": "Cea mai sigură cameră pentru mine",
  "adult.staying-safer-at-home.safest-room.hint":
    "Cel mai bine, o cameră din care poți ieși, de exemplu cu o ușă spre afară. Să nu fie în ea lucruri care ar putea fi folosite ca să te rănească.",
  "adult.staying-safer-at-home.safest-room.printLabel": "O cameră bună",
  "adult.staying-safer-at-home.rooms-to-avoid.label": "Camere de evitat când încep lucrurile",
  "adult.staying-safer-at-home.rooms-to-avoid.hint":
    "De exemplu o baie cu o singură ușă sau o bucătărie, unde cuțitele și alte lucruri pot fi folosite ca arme.",
  "adult.staying-safer-at-home.rooms-to-avoid.printLabel": "Camere pe care le ocolesc",
  "adult.staying-safer-at-home.code-word.label": "Cuvântul meu-cod",
  "adult.staying-safer-at-home.code-word.hint":
    "Un cuvânt sau o frază obișnuită pe care o poți spune sau trimite prin mesaj și care înseamnă „Am nevoie de ajutor, sună la poliție”.",
  "adult.staying-safer-at-home.code-word.printLabel": "Un cuvânt de ținut minte",
  "adult.staying-safer-at-home.code-word-people.label": "Cine știe cuvântul meu-cod",
  "adult.staying-safer-at-home.code-word-people.printLabel": "Cine știe cuvântul",
  "adult.staying-safer-at-home.code-word-people.sentence": "Oameni care știu cuvântul meu-cod",
  "adult.staying-safer-at-home.children-plan.label": "Ce vor face copiii mei dacă se întâmplă ceva",
  "adult.staying-safer-at-home.children-plan.hint":
    "Stabiliți asta împreună: să nu încerce să se bage și să iasă din cale. Să meargă într-un loc sigur și să ceară ajutor sau să sune la 999, dacă este sigur. Exersați împreună când lucrurile sunt liniștite.",
  "adult.staying-safer-at-home.children-plan.printLabel": "Note despre copii",
  "adult.staying-safer-at-home.children-safe-place.label": "Unde vor merge copiii mei",
  "adult.staying-safer-at-home.children-safe-place.hint":
    "O cameră din casă sau casa unui vecin ori a unui prieten din apropiere.",
  "adult.staying-safer-at-home.children-safe-place.printLabel": "Unde merg copiii",
  "adult.staying-safer-at-home.children-safe-place.sentence": "Unde vor merge copiii mei",
  "adult.staying-safer-at-home.phone-plan.label": "Cum îmi țin telefonul încărcat și la mine",
  "adult.staying-safer-at-home.phone-plan.hint":
    "De exemplu un încărcător de rezervă la serviciu sau la un prieten, sau telefonul ținut în buzunar, nu în geantă.",
  "adult.staying-safer-at-home.phone-plan.printLabel": "Telefon și încărcător",
  "adult.staying-safer-at-home.escape-routes.label": "Cum aș ieși din casă",
  "adult.staying-safer-at-home.escape-routes.hint":
    "Gândește-te la uși, ferestre, scări sau lifturi, unde sunt ținute cheile și unde ai merge după ce ieși.",
  "adult.staying-safer-at-home.escape-routes.printLabel": "Uși și ferestre",
  "adult.staying-safer-at-home.escape-practised.label": "Am exersat cum ies din casă",
  "adult.staying-safer-at-home.escape-practised.hint":
    "Dacă exersezi când lucrurile sunt liniștite, poate cu un consilier de sprijin, îți va fi mai ușor să faci ceva atunci când îți este frică.",
  "adult.staying-safer-at-home.escape-practised.printLabel": "Am verificat ușile",
  "adult.getting-ready-to-leave.title": "Pregătirea plecării",
  "adult.getting-ready-to-leave.printTitle": "Locuri și lucruri",
  "adult.getting-ready-to-leave.help": [
    "Poate plănuiești să pleci sau poate vrei un plan doar pentru orice eventualitate. Ambele sunt în regulă. Riscul este adesea cel mai mare în perioada plecării și o vreme după, așa că cere sprijin de la un serviciu specializat, dacă poți.",
    "Pașii mici pot schimba mult: o geantă ținută la un prieten, copii ale actelor într-un loc sigur, puțini bani puși deoparte. Lista de lucruri de luat te poate ajuta.",
    "Dacă copiii nu pot veni cu tine imediat, plănuiește unde vor fi în siguranță. Să iei copiii mai târziu de la cineva poate fi riscant, așa că vorbește despre asta cu un consilier de sprijin.",
  ],
  "adult.getting-ready-to-leave.questions": [
    "Unde ai putea merge dacă ai pleca?",
    "Unde ar putea merge copiii dacă nu pot veni cu tine?",
    "Ar putea un prieten sau o rudă să îți păstreze o geantă cu haine de schimb?",
    "Ar putea cineva de încredere să îți păstreze copii ale actelor? De exemplu pașapoarte, certificate de naștere și scrisori despre ajutoare sociale.",
    "Cum ai putea pune deoparte puțini bani pentru drum, telefon, mâncare și o noapte în altă parte?",
    "Este un specialist sau un vecin de încredere căruia i-ai putea spune?",
    "Ce s-ar întâmpla cu animalele tale de companie?",
    "Banii, serviciul, sănătatea sau statutul tău de imigrare îți limitează alegerile? Ce te-ar ajuta?",
  ],
  "adult.getting-ready-to-leave.askQuestions": [
    "Dacă ar trebui să pleci, unde ai putea merge, chiar și pentru o noapte?",
    "Ar fi mai sigur ca partenerul să plece din casă, în loc să pleci tu cu copiii?",
    "Este un prieten sau cineva din familie care ar putea păstra pentru tine o geantă cu haine și lucruri de bază?",
    "Ar putea altcineva să păstreze copii ale actelor tale importante, de exemplu pașapoarte, certificate de naștere și acte despre ajutoare sociale?",
    "Unde locuiesc familia și prietenii tăi? Ce sprijin există lângă locul unde ai putea merge?",
    "La ce bani ai acces? Ai un venit, economii sau ani de muncă în urmă?",
    "Îți controlează partenerul banii sau îți ia ajutoarele sociale ori alocațiile?",
    "Sănătatea ta fizică sau psihică îți limitează alegerile? De ce medicamente aveți nevoie tu și copiii?",
    "Cum te-au tratat în trecut servicii ca poliția, cele pentru locuințe sau asistența socială?",
    "Sunt animale de companie care ar putea fi în pericol dacă nu pot pleca cu tine?",
    "Te îngrijorează statutul tău de imigrare? Ai vrea ajutor ca să primești sfaturi de la un specialist în imigrare?",
    "Ai vrea să păstrăm aici pentru tine copii ale actelor tale sau ale acestui plan?",
  ],
  "adult.getting-ready-to-leave.places-to-go.label": "Locuri unde aș putea merge",
  "adult.getting-ready-to-leave.places-to-go.hint":
    "Până la patru: familie, prieteni, un adăpost sau orice alt loc sigur. Gândește-te cum ai ajunge acolo la orice oră din zi sau din noapte.",
  "adult.getting-ready-to-leave.places-to-go.printLabel": "Locuri",
  "adult.getting-ready-to-leave.places-to-go.sentence": "Locuri unde aș putea merge",
  "adult.getting-ready-to-leave.children-place.label": "Un loc sigur pentru copiii mei, dacă nu pot veni cu mine",
  "adult.getting-ready-to-leave.children-place.printLabel": "Un loc pentru copii",
  "adult.getting-ready-to-leave.children-place.sentence": "Un loc sigur pentru copiii mei",
  "adult.getting-ready-to-leave.money-set-aside.label": "Bani pentru drum, telefon, mâncare și o noapte în altă parte",
  "adult.getting-ready-to-leave.money-set-aside.hint":
    "Cât ți-ar putea trebui și unde i-ai putea ține fără grijă. Chiar și o sumă mică ajută.",
  "adult.getting-ready-to-leave.money-set-aside.printLabel": "Bani",
  "adult.getting-ready-to-leave.things-kept-safe.label":
    "Unde pot lăsa bani, chei de rezervă, haine și copii ale actelor mele",
  "adult.getting-ready-to-leave.things-kept-safe.hint":
    "La cineva în care ai încredere, la serviciu sau la un serviciu de sprijin.",
  "adult.getting-ready-to-leave.things-kept-safe.printLabel": "Unde țin lucrurile",
  "adult.getting-ready-to-leave.professional-or-neighbour.label": "Un specialist sau un vecin căruia îi pot spune",
  "adult.getting-ready-to-leave.professional-or-neighbour.printLabel": "Oameni",
  "adult.getting-ready-to-leave.professional-or-neighbour.sentence": "Un specialist sau un vecin căruia îi pot spune",
  "adult.getting-ready-to-leave.pets.label": "Animalele mele de companie",
  "adult.getting-ready-to-leave.pets.hint":
    "Cine ar putea avea grijă de ele și cum le-ai lua cu tine sau le-ai lua mai târziu fără risc.",
  "adult.getting-ready-to-leave.pets.printLabel": "Animale de companie",
  "adult.getting-ready-to-leave.immigration.label": "Statutul meu de imigrare",
  "adult.getting-ready-to-leave.immigration.hint":
    "Dacă dreptul tău de a sta în Regatul Unit depinde de partener, cere sfatul unui specialist. S-ar putea să poți rămâne în nume propriu, iar un consilier de sprijin te poate ajuta să găsești acest sfat.",
  "adult.getting-ready-to-leave.immigration.printLabel": "Viză și acte",
  "adult.getting-ready-to-leave.money-benefits-work.label": "Bani, ajutoare sociale și serviciu",
  "adult.getting-ready-to-leave.money-benefits-work.hint":
    "De exemplu un cont bancar doar al tău, ajutoare plătite ție, economii și datorii. Și ce ți-ar trebui ca să îți păstrezi locul de muncă sau să găsești unul.",
  "adult.getting-ready-to-leave.money-benefits-work.printLabel": "Bani și serviciu",
  "adult.getting-ready-to-leave.health.label": "Sănătatea mea și medicamentele",
  "adult.getting-ready-to-leave.health.hint":
    "Medicamentele de care ai nevoie tu sau copiii, rețetele și programările. Și orice despre sănătatea ta care îți schimbă planul.",
  "adult.getting-ready-to-leave.health.printLabel": "Sănătate",
  "adult.after-leaving.title": "După plecare",
  "adult.after-leaving.printTitle": "Mai târziu",
  "adult.after-leaving.help": [
    "Plecarea nu pune mereu capăt pericolului. Pentru mulți oameni, săptămânile și lunile de după sunt perioada cea mai riscantă, așa că folosește în continuare planul și ține legătura cu cei care te sprijină.",
    "S-ar putea să poți rămâne în casa ta, cu mai multă protecție. Multe zone au un Sanctuary Scheme, care poate pune uși mai rezistente, încuietori și alarme. Întreabă serviciul local pentru violență domestică sau primăria (council).",
    "Să îți fie dor de persoană sau să vrei să te întorci este foarte des întâlnit. Nu este un eșec. Plănuiește cu cine ai putea vorbi dacă simți asta.",
  ],
  "adult.after-leaving.questions": [
    "Cine trebuie să știe că persoana nu mai locuiește cu tine?",
    "Cine are voie să îți ia copiii de la școală sau de la grădiniță?",
    "Cui i-ai putea spune la serviciu, și ar putea cineva să îți filtreze apelurile?",
    "La ce magazine, bănci și alte locuri mergeai și pe care acum le-ai putea ocoli?",
    "Pe cine ai putea suna dacă te simți rău sau te gândești să te întorci?",
  ],
  "adult.after-leaving.askQuestions": [
    "Ai vrea ajutor ca să schimbi încuietorile sau să ai mai multă protecție, de exemplu o trimitere către un Sanctuary Scheme?",
    "Cui i-ai putea spune că fostul partener s-a mutat, ca să poată suna la poliție dacă îl văd lângă tine sau lângă copii?",
    "Cine are voie să îți ia copiii? Știu școala și grădinița?",
    "Este cineva la serviciu căruia i-ai putea spune? Ar putea cineva să îți filtreze apelurile sau vizitatorii?",
    "Sunt locuri unde mergeai și pe care fostul partener le știe?",
    "Ar putea întâlnirile lui cu copiii să îl ajute să te găsească? A evaluat cineva riscul acestor întâlniri?",
    "Dacă te simți rău sau gata să te întorci, pe cine poți suna pentru sprijin?",
  ],
  "adult.after-leaving.home-security.label": "Cum îmi fac casa mai sigură",
  "adult.after-leaving.home-security.hint":
    "De exemplu încuietori noi, uși mai rezistente, detectoare de fum, lumini afară sau un sistem de alarmă. Un Sanctuary Scheme te-ar putea ajuta.",
  "adult.after-leaving.home-security.printLabel": "Uși și încuietori",
  "adult.after-leaving.people-to-inform.label": "Oameni cărora le voi spune că persoana nu mai locuiește cu mine",
  "adult.after-leaving.people-to-inform.hint":
    "Ei pot suna la poliție dacă văd persoana lângă casa ta sau lângă copiii tăi.",
  "adult.after-leaving.people-to-inform.printLabel": "Oameni cărora le spun",
  "adult.after-leaving.people-to-inform.sentence": "Oameni cărora le voi spune",
  "adult.after-leaving.collect-children.label": "Oameni care îmi pot lua copiii",
  "adult.after-leaving.collect-children.hint":
    "Spune școlii, grădiniței sau bonei, și copiilor, cine are voie să îi ia.",
  "adult.after-leaving.collect-children.printLabel": "Luatul de la școală",
  "adult.after-leaving.collect-children.sentence": "Oameni care îmi pot lua copiii",
  "adult.after-leaving.hide-my-number.label":
    "Când sun de pe un telefon fix, pot forma întâi 141, ca numărul meu să fie ascuns.",
  "adult.after-leaving.hide-my-number.printLabel": "Setările telefonului",
  "adult.after-leaving.hide-my-number.agreeText": "Voi ține minte asta",
  "adult.after-leaving.work.label": "La serviciu",
  "adult.after-leaving.work.hint":
    "Cui i-ai putea spune, dacă ar putea cineva să îți filtreze apelurile sau vizitatorii și un drum mai sigur spre serviciu și înapoi.",
  "adult.after-leaving.work.printLabel": "Serviciu",
  "adult.after-leaving.places-to-avoid.label": "Locuri unde mergeam și pe care le voi ocoli",
  "adult.after-leaving.places-to-avoid.hint":
    "Magazine, bănci, o sală de sport, un lăcaș de cult, un drum pe care îl făceai: orice loc unde persoana știe că mergi.",
  "adult.after-leaving.places-to-avoid.printLabel": "Locuri pe care le ocolesc",
  "adult.after-leaving.places-to-avoid.sentence": "Locuri pe care le voi ocoli",
  "adult.after-leaving.if-i-think-of-going-back.label": "Dacă mă simt rău sau mă gândesc să mă întorc, pot suna",
  "adult.after-leaving.if-i-think-of-going-back.printLabel": "Oameni pe care îi sun ca să stăm de vorbă",
  "adult.after-leaving.if-i-think-of-going-back.sentence": "Oameni pe care îi pot suna dacă mă simt rău",
  "adult.important-numbers.title": "Numere importante",
  "adult.important-numbers.printTitle": "Numere",
  "adult.important-numbers.help": [
    "Numerele de urgență și liniile de ajutor sunt mai sus. Adaugă mai jos oamenii tăi: prieteni, familie, un consilier de sprijin, școala copiilor.",
    "Gândește-te unde ții numerele. Dacă cineva îți verifică telefonul, ai putea învăța câteva pe de rost sau le-ai putea ține într-un loc sigur, departe de casă.",
  ],
  "adult.important-numbers.questions": [
    "De ce numere ai avea nevoie în grabă?",
    "Ar putea copiii să ia legătura cu acești oameni?",
    "Este sigur să ții aceste numere în telefon?",
  ],
  "adult.important-numbers.askQuestions": [
    "Ai la îndemână numerele de care ai nevoie: familie, prieteni, un adăpost, poliția?",
    "Ar putea copiii să dea de acești oameni dacă ar avea nevoie?",
    "Ai vrea datele serviciilor locale sau să păstrăm pentru tine o copie a acestor numere?",
  ],
  "adult.important-numbers.my-numbers.label": "Oamenii și numerele mele",
  "adult.important-numbers.my-numbers.printLabel": "Oameni și numere",
  "adult.important-numbers.my-numbers.sentence": "Oamenii mei",
  "adult.review.title": "Revizuire",
  "adult.review.printTitle": "Date",
  "adult.review.help": [
    "Lucrurile se schimbă, iar un plan care a mers luna trecută poate să nu se mai potrivească acum. Uită-te din nou la el ori de câte ori se schimbă ceva.",
    "Verifică-l din nou când te muți, când ai o dată la instanță sau un copil nou. Verifică-l și când se schimbă întâlnirile cu copiii sau când persoana te caută.",
  ],
  "adult.review.questions": [
    "Ce s-a schimbat de când te-ai uitat ultima dată la acest plan?",
    "Este ceva care nu mai merge?",
  ],
  "adult.review.askQuestions": [
    "Ce s-a schimbat de când ne-am uitat ultima dată la plan?",
    "S-a întâmplat ceva care te face să te simți mai puțin în siguranță?",
    "Când ne mai uităm împreună la plan?",
  ],
  "adult.review.review-date.label": "Când mă voi uita din nou la acest plan",
  "adult.review.review-date.hint":
    "Alege o dată. Uită-te mai devreme dacă se schimbă ceva, de exemplu o mutare, o dată la instanță sau dacă persoana te caută.",
  "adult.review.review-date.printLabel": "Mă uit din nou pe",
};
