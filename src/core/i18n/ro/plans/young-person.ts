import type { youngPerson as en } from "../../en/plans/young-person";
import type { Translation } from "../../types";

/**
 * The words of the young-person template (src/core/plans/templates/young-person.ts), in
 * Romanian: drafted from the English, not yet reviewed by a fluent speaker. For young people of
 * 12 to 17: "tu", plain and direct. The reader is never told their gender ("îți este frică",
 * not "ești speriat/ă"). The adult's questions (askQuestions) are for the grown-up running the
 * plan. Print labels read as ordinary notes (no word of rules.ts' revealing list).
 */
export const youngPerson: Translation<typeof en> = {
  "young-person.title": "Planul meu",
  "young-person.neutralTitle": "Notițele mele",
  "young-person.intro": [
    "Acest plan este despre cum să fii în siguranță. Este al tău și poți sări peste orice întrebare vrei.",
    "Ce se întâmplă acasă nu este vina ta și nu e treaba ta să oprești asta. Un plan nu poate promite că nu se va întâmpla nimic rău, dar te poate ajuta să știi ce să faci.",
    "Cel mai bine este să faci planul cu un adult în care ai încredere, de exemplu un consilier de sprijin sau un profesor, și să îl exersați împreună. Poate fi mai sigur să îl păstreze el, nu tu.",
    "Dacă ești în pericol chiar acum, sună la 999.",
  ],
  "young-person.what-i-know.title": "Ce știu",
  "young-person.what-i-know.printTitle": "Lucruri de ținut minte",
  "young-person.what-i-know.help": [
    "Toată lumea are dreptul să fie în siguranță și îngrijită. Țipetele, loviturile și amenințările de acasă nu sunt niciodată vina ta și nu le poți opri, oricât ai încerca.",
    "Pe primul loc este să te ferești. Asta poate însemna să încalci regulile obișnuite: să spui nu, să strigi, să țipi sau să fugi ca să ceri ajutor.",
  ],
  "young-person.what-i-know.questions": [
    "Ce faci acum când lucrurile o iau razna acasă?",
    "Ce altceva ai putea face ca să te ferești?",
  ],
  "young-person.what-i-know.askQuestions": [
    "Când adulții de acasă încep să se certe sau cineva este rănit, ce faci de obicei?",
    "Ai încercat vreodată să oprești asta? (Mulțumiți-i că îi pasă și spuneți clar că nu e treaba lui să oprească asta.)",
    "Cu ce adulți simți că poți vorbi despre ce se întâmplă acasă?",
  ],
  "young-person.what-i-know.right-to-be-safe.label":
    "Toată lumea are dreptul să fie în siguranță și îngrijită, inclusiv eu.",
  "young-person.what-i-know.right-to-be-safe.printLabel": "Merit ca cineva să aibă grijă de mine",
  "young-person.what-i-know.right-to-be-safe.agreeText": "Sunt de acord",
  "young-person.what-i-know.not-my-fault.label": "Țipetele și loviturile de acasă nu sunt vina mea.",
  "young-person.what-i-know.not-my-fault.printLabel": "Nimic din toate astea nu ține de mine",
  "young-person.what-i-know.not-my-fault.agreeText": "Sunt de acord",
  "young-person.what-i-know.cannot-stop-it.label": "Nu pot opri violența și nu e treaba mea să încerc.",
  "young-person.what-i-know.cannot-stop-it.printLabel": "Nu e treaba mea să repar asta",
  "young-person.what-i-know.cannot-stop-it.agreeText": "Sunt de acord",
  "young-person.what-i-know.ok-to-break-rules.label":
    "Ca să mă feresc, e în regulă să încalc regulile: pot să spun nu, să strig, să țip sau să fug.",
  "young-person.what-i-know.ok-to-break-rules.printLabel": "E în regulă să încalc o regulă uneori",
  "young-person.what-i-know.ok-to-break-rules.agreeText": "Sunt de acord",
  "young-person.what-i-know.other-ways-to-keep-safe.label": "Alte lucruri pe care le pot face ca să mă feresc",
  "young-person.what-i-know.other-ways-to-keep-safe.printLabel": "Alte idei",
  "young-person.getting-out-of-the-way.title": "Să ies din cale",
  "young-person.getting-out-of-the-way.printTitle": "Acasă",
  "young-person.getting-out-of-the-way.help": [
    "Când începe violența acasă, cel mai sigur lucru pe care îl poți face este să ieși din cale. Nu încerca să te bagi, chiar dacă vrei să ajuți. Ajuți dacă ai grijă de tine.",
    "Ieși din camera unde se întâmplă și du-te într-un loc unde te simți în siguranță.",
  ],
  "young-person.getting-out-of-the-way.questions": [
    "Unde te simți cel mai în siguranță în casă?",
    "Poți ajunge acolo repede, fără să treci pe lângă scandal?",
    "Ai pe unde să ieși din casă, dacă ai nevoie?",
  ],
  "young-person.getting-out-of-the-way.askQuestions": [
    "Unde te duci acum când încep lucrurile?",
    "Este o cameră cu încuietoare sau o cale de a ieși din casă?",
    "Este un telefon la care ai putea ajunge în caz de urgență?",
  ],
  "young-person.getting-out-of-the-way.get-out-of-the-way.label":
    "Când începe violența, cel mai sigur lucru pe care îl pot face este să ies din cale.",
  "young-person.getting-out-of-the-way.get-out-of-the-way.printLabel": "Când se face gălăgie, mă îndepărtez",
  "young-person.getting-out-of-the-way.get-out-of-the-way.agreeText": "Sunt de acord",
  "young-person.getting-out-of-the-way.safe-room.label": "Camera sau locul din casă unde mă simt în siguranță",
  "young-person.getting-out-of-the-way.safe-room.printLabel": "O cameră bună",
  "young-person.getting-out-of-the-way.safe-room.sentence": "Locul meu sigur din casă",
  "young-person.getting-out-of-the-way.safe-room-locks.label": "Ușa are încuietoare?",
  "young-person.getting-out-of-the-way.safe-room-locks.printLabel": "Încuietoare la ușă",
  "young-person.calling-for-help.title": "Cum chem ajutor",
  "young-person.calling-for-help.printTitle": "Telefon",
  "young-person.calling-for-help.help": [
    "Dacă nu e periculos, sună la 999 și cere poliția. E bine să suni când cineva este rănit.",
    "Spune-le numele tău, adresa și ce se întâmplă. Dacă suni de pe mobil și nu poți vorbi, rămâi la telefon și apasă 55 când ți se cere. Așa ei știu că este o urgență reală.",
  ],
  "young-person.calling-for-help.questions": [
    "Unde este cel mai apropiat telefon și poți ajunge la el fără risc?",
    "Știi pe de rost toată adresa și codul poștal?",
  ],
  "young-person.calling-for-help.askQuestions": [
    "Ai mai sunat la poliție când se întâmplau lucruri acasă? Ce s-a întâmplat?",
    "Știi ce să îi spui operatorului?",
    "Exersăm împreună un apel la 999?",
  ],
  "young-person.calling-for-help.nearest-phone.label": "Cel mai apropiat telefon",
  "young-person.calling-for-help.nearest-phone.hint": "Mobilul tău, un telefon din casă sau telefonul unui vecin.",
  "young-person.calling-for-help.nearest-phone.printLabel": "Cel mai apropiat telefon",
  "young-person.calling-for-help.call-my-name.label": "Numele meu, de spus la un apel la 999",
  "young-person.calling-for-help.call-my-name.printLabel": "Numele meu",
  "young-person.calling-for-help.call-my-name.sentence": "Numele meu",
  "young-person.calling-for-help.call-my-address.label": "Adresa mea",
  "young-person.calling-for-help.call-my-address.hint": "Învaț-o pe de rost, cu tot cu codul poștal.",
  "young-person.calling-for-help.call-my-address.printLabel": "Adresa mea",
  "young-person.calling-for-help.call-what-is-happening.label": "Ce voi spune că se întâmplă",
  "young-person.calling-for-help.call-what-is-happening.hint":
    "De exemplu: „Cineva o lovește pe mama și avem nevoie de poliție.”",
  "young-person.calling-for-help.call-what-is-happening.printLabel": "Ce aș spune",
  "young-person.calling-for-help.silent-call.label":
    "Dacă sun la 999 de pe mobil și nu pot vorbi, pot apăsa 55 când mi se cere.",
  "young-person.calling-for-help.silent-call.printLabel": "Doi de cinci",
  "young-person.calling-for-help.silent-call.agreeText": "Știu asta",
  "young-person.people-i-trust.title": "Oameni în care am încredere",
  "young-person.people-i-trust.printTitle": "Oameni",
  "young-person.people-i-trust.help": [
    "Alege oameni care te ascultă și fac ceva dacă ai nevoie de ajutor: o rudă, părintele unui prieten, un vecin sau un profesor.",
    "Un cuvânt-cod este un cuvânt pe care îl poți spune sau trimite prin mesaj și care le arată că ai nevoie de ajutor, fără să știe altcineva. Verifică să știe ce înseamnă și ce să facă.",
  ],
  "young-person.people-i-trust.questions": [
    "La cine te-ai duce mai întâi?",
    "Știu cuvântul tău-cod și ce să facă atunci când îl aud?",
  ],
  "young-person.people-i-trust.askQuestions": [
    "Care sunt adulții în care ai cea mai mare încredere?",
    "Mai știe cineva ce se întâmplă acasă?",
    "Ar ști acești oameni ce să facă dacă ai folosi cuvântul-cod?",
  ],
  "young-person.people-i-trust.trusted-people.label": "Oameni în care am încredere că mă ajută la nevoie",
  "young-person.people-i-trust.trusted-people.printLabel": "Oameni în care am încredere",
  "young-person.people-i-trust.trusted-people.sentence": "Oameni în care am încredere",
  "young-person.people-i-trust.code-word.label": "Cuvântul meu-cod, care înseamnă „Am nevoie de ajutor”",
  "young-person.people-i-trust.code-word.printLabel": "Un cuvânt de ținut minte",
  "young-person.brothers-and-sisters.title": "Frații și surorile mele",
  "young-person.brothers-and-sisters.printTitle": "Frați și surori",
  "young-person.brothers-and-sisters.help": [
    "Dacă ai frați sau surori, ajută dacă toată lumea știe ce să facă. Nu e treaba ta să îi aperi, dar puteți ști fiecare planul celuilalt.",
  ],
  "young-person.brothers-and-sisters.questions": [
    "Știu frații și surorile tale unde să meargă când încep lucrurile?",
    "Este un adult care are grijă ca cei mici să fie în siguranță?",
  ],
  "young-person.brothers-and-sisters.askQuestions": [
    "A fost rănit vreunul dintre frații sau surorile tale în timpul certurilor?",
    "Au copiii mai mici planul lor, făcut cu un adult de încredere?",
  ],
  "young-person.brothers-and-sisters.siblings-have-plan.label":
    "Frații și surorile mele au planul lor, și știu care este",
  "young-person.brothers-and-sisters.siblings-have-plan.printLabel": "Au notițele lor",
  "young-person.brothers-and-sisters.siblings-have-plan.sentence": "Frații și surorile mele au planul lor",
  "young-person.brothers-and-sisters.siblings-know-mine.label": "Ei știu care este planul meu",
  "young-person.brothers-and-sisters.siblings-know-mine.printLabel": "Le știu pe ale mele",
  "young-person.brothers-and-sisters.siblings-know-mine.sentence": "Ei știu planul meu",
  "young-person.if-we-leave.title": "Dacă plecăm",
  "young-person.if-we-leave.printTitle": "Locuri",
  "young-person.if-we-leave.help": [
    "Uneori familiile trebuie să plece de acasă în grabă. Dacă știi unde ai merge și ai o geantă cu lucrurile tale pregătită într-un loc sigur, poate fi mai puțin greu.",
  ],
  "young-person.if-we-leave.questions": ["Unde ai vrea să mergi?", "Ce ai vrea să iei cu tine?"],
  "young-person.if-we-leave.askQuestions": [
    "Dacă familia ar trebui să plece, unde ai vrea să mergi?",
    "Este o rudă sau un prieten de încredere care ți-ar putea păstra o geantă?",
    "Ce te îngrijorează la o mutare sau la schimbarea școlii?",
  ],
  "young-person.if-we-leave.places-to-go.label": "Dacă trebuie să plecăm de acasă, aș vrea să merg la",
  "young-person.if-we-leave.places-to-go.printLabel": "Locuri unde aș vrea să merg",
  "young-person.if-we-leave.places-to-go.sentence": "Locuri unde aș vrea să merg",
  "young-person.if-we-leave.my-bag.label": "Geanta mea cu lucruri importante",
  "young-person.if-we-leave.my-bag.hint":
    "De exemplu încărcătorul de telefon, haine, medicamente, lucruri pentru școală și ceva care contează pentru tine.",
  "young-person.if-we-leave.my-bag.printLabel": "Geanta mea",
  "young-person.if-we-leave.bag-kept-at.label": "Unde este ținută geanta mea",
  "young-person.if-we-leave.bag-kept-at.hint":
    "Într-un loc sigur, de exemplu la o rudă sau la un prieten de încredere.",
  "young-person.if-we-leave.bag-kept-at.printLabel": "Unde este geanta mea",
  "young-person.if-someone-is-hurt.title": "Dacă cineva este rănit",
  "young-person.if-someone-is-hurt.printTitle": "Oameni cărora le spun",
  "young-person.if-someone-is-hurt.help": [
    "Dacă te rănește cineva, spune cât poți de repede cuiva în care ai încredere. Nu bagi pe nimeni în necaz: așa primești ajutor.",
    "La fel și dacă mama, tata sau cel care are grijă de tine este rănit. Adaugă numere de telefon ca să dai repede de oameni.",
  ],
  "young-person.if-someone-is-hurt.questions": [
    "Cui i-ai spune la școală?",
    "Cui i-ai putea spune dacă s-ar întâmpla noaptea sau în weekend?",
  ],
  "young-person.if-someone-is-hurt.askQuestions": [
    "Te-a lovit cineva și pe tine în timpul certurilor?",
    "Cui i-ai spune dacă părintele tău ar fi rănit?",
  ],
  "young-person.if-someone-is-hurt.if-i-am-hurt.label": "Dacă mă lovește cineva, îi voi spune lui",
  "young-person.if-someone-is-hurt.if-i-am-hurt.hint": "Adaugă și numerele lor de telefon.",
  "young-person.if-someone-is-hurt.if-i-am-hurt.printLabel": "Oameni cărora le spun despre mine",
  "young-person.if-someone-is-hurt.if-i-am-hurt.sentence": "Oameni cărora le spun dacă mă lovește cineva",
  "young-person.if-someone-is-hurt.if-parent-hurt.label":
    "Dacă părintele meu sau cel care are grijă de mine este rănit, îi voi spune lui",
  "young-person.if-someone-is-hurt.if-parent-hurt.hint": "Adaugă și numerele lor de telefon.",
  "young-person.if-someone-is-hurt.if-parent-hurt.printLabel": "Oameni cărora le spun despre părintele meu",
  "young-person.if-someone-is-hurt.if-parent-hurt.sentence":
    "Oameni cărora le spun dacă părintele meu sau cel care are grijă de mine este rănit",
  "young-person.how-i-feel.title": "Cum mă simt",
  "young-person.how-i-feel.printTitle": "Oameni cu care vorbesc",
  "young-person.how-i-feel.help": [
    "Când trăiești asta, poți simți frică, furie, tristețe, un gol în tine sau toate deodată. Orice simți e în regulă, iar să vorbești cu cineva chiar te poate ajuta.",
    "Childline este gratuit pentru oricine are sub 19 ani, iar apelurile nu apar pe factura de telefon. Îi poți contacta și pe internet.",
  ],
  "young-person.how-i-feel.questions": [
    "Ce te ajută să te simți mai bine când e greu?",
    "Cu cine îți este ușor să vorbești?",
  ],
  "young-person.how-i-feel.askQuestions": [
    "Cum te simți din cauza a ce se întâmplă acasă?",
    "Te gândești la asta la școală sau când nu e nimeni cu tine?",
    "Dormi greu sau ai vise urâte?",
    "Ce te ajută când ți-e greu și n-ai chef de nimic?",
  ],
  "young-person.how-i-feel.talk-about-feelings.label": "Oameni cu care pot vorbi despre ce simt",
  "young-person.how-i-feel.talk-about-feelings.hint":
    "Adaugă și numerele lor de telefon. Poate fi o rudă, un profesor, un consilier școlar sau Childline.",
  "young-person.how-i-feel.talk-about-feelings.printLabel": "Oameni cu care pot vorbi",
  "young-person.how-i-feel.talk-about-feelings.sentence": "Oameni cu care pot vorbi despre ce simt",
  "young-person.my-relationships.title": "Relațiile mele",
  "young-person.my-relationships.printTitle": "Prieteni",
  "young-person.my-relationships.help": [
    "Și relațiile dintre tineri pot face rău. Cineva cu care ieși nu ar trebui niciodată să te controleze sau să îți facă frică. Nu ar trebui să îți verifice mereu telefonul, să îți spună pe cine poți vedea sau să te facă să te simți prost. Nimeni nu ar trebui să te preseze să faci lucruri sexuale sau să trimiți poze.",
    "Dacă se întâmplă ceva din toate acestea, nu este vina ta și nu trebuie să treci prin asta fără ajutor. Vorbește cu un adult în care ai încredere sau cu Childline.",
    "Dacă te întâlnești cu cineva care te îngrijorează, alege locuri aglomerate, spune-i unui prieten unde vei fi și plănuiește cum ajungi acasă fără risc.",
  ],
  "young-person.my-relationships.questions": [
    "Cineva cu care ieși îți verifică telefonul, îți controlează cu cine te vezi sau îți face frică?",
    "Simți uneori presiune să faci lucruri pe care nu le vrei?",
    "Sunt momente când lucrurile tind să meargă prost, de exemplu după ce a băut?",
    "Cu cine ai putea vorbi despre asta?",
  ],
  "young-person.my-relationships.askQuestions": [
    "Ieși cu cineva în acest moment? Cum se poartă cu tine?",
    "Te-a rănit, te-a amenințat sau te-a pus să faci lucruri pe care nu le voiai cineva cu care ai ieșit?",
    "Unde vă întâlniți de obicei? Sunt locuri mai sigure de întâlnire și căi sigure de a ajunge acasă?",
    "Îți dai seama când lucrurile sunt pe cale să meargă prost? Ce le declanșează?",
  ],
  "young-person.my-relationships.relationship-worries.label": "Ce mă îngrijorează într-o relație",
  "young-person.my-relationships.relationship-worries.printLabel": "Notițe",
  "young-person.my-relationships.meeting-safely.label": "Cum pot fi mai în siguranță când mă întâlnesc cu cineva",
  "young-person.my-relationships.meeting-safely.hint":
    "Locuri aglomerate, prieteni care știu unde ești și un drum sigur spre casă.",
  "young-person.my-relationships.meeting-safely.printLabel": "Întâlniri",
  "young-person.my-relationships.relationship-help.label": "Cu cine aș putea vorbi despre o relație",
  "young-person.my-relationships.relationship-help.printLabel": "Cu cine aș putea vorbi",
  "young-person.my-relationships.relationship-help.sentence": "Oameni cu care aș putea vorbi despre o relație",
  "young-person.who-knows-my-plan.title": "Cine știe planul meu",
  "young-person.who-knows-my-plan.printTitle": "Cine știe",
  "young-person.who-knows-my-plan.help": [
    "Ajută dacă știu planul câțiva oameni de încredere, ca să te poată sprijini. Ține planul unde nu îl poate găsi persoana care face rău. Un adult în care ai încredere îl poate păstra pentru tine.",
  ],
  "young-person.who-knows-my-plan.questions": [
    "Cine ai vrea să știe de planul tău?",
    "Unde poate fi păstrat planul tău la loc sigur?",
  ],
  "young-person.who-knows-my-plan.askQuestions": [
    "Cine ar mai trebui să știe de acest plan: părintele tău sau cel care are grijă de tine, o rudă sau un prieten de încredere, un profesor, un asistent social?",
    "Când ne mai uităm împreună la plan?",
  ],
  "young-person.who-knows-my-plan.plan-known-by.label": "Oameni care știu de planul meu",
  "young-person.who-knows-my-plan.plan-known-by.hint":
    "De exemplu mama sau cel care are grijă de tine, o rudă sau un prieten de încredere, un profesor sau un asistent social.",
  "young-person.who-knows-my-plan.plan-known-by.printLabel": "Oameni care știu",
  "young-person.who-knows-my-plan.plan-known-by.sentence": "Oameni care știu planul meu",
  "young-person.who-knows-my-plan.keep-safe.label":
    "Nu pot opri violența, dar pot folosi acest plan ca să fiu mai în siguranță.",
  "young-person.who-knows-my-plan.keep-safe.printLabel": "Lista asta mă ajută",
  "young-person.who-knows-my-plan.keep-safe.agreeText": "Sunt de acord",
  "young-person.who-knows-my-plan.plan-date.label": "Data la care am făcut acest plan",
  "young-person.who-knows-my-plan.plan-date.printLabel": "Data",
};
