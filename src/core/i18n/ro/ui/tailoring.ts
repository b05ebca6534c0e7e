import type { tailoring as en } from "../../en/ui/tailoring";
import type { Translation } from "../../types";

/**
 * The Romanian words of the tailored plan (src/core/tailoring/): what applies to me, my priorities,
 * the library of strategies, signs of danger, the device check and the short "go now" screen.
 * Adults are "tu", warm and plain, gender-neutral (no adjective that agrees with the reader).
 * Drafted carefully from the English, not yet reviewed by a fluent speaker.
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no plecare, ascuns, pericol, poliția,
 *   instanța, siguranță…: see the revealing stems in ../rules.ts).
 * - tailoring.reason.* complete "Sugerat pentru că…" ("ai spus că…"): keep them short and free
 *   of judgement.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 */
export const tailoring: Translation<typeof en> = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "Cine îți face rău sau te face să-ți fie frică?",
  "tailoring.situation.who.hint": "Alege tot ce se potrivește.",
  "tailoring.situation.abuser-partner.label": "Un partener",
  "tailoring.situation.abuser-ex.label": "Un fost partener",
  "tailoring.situation.abuser-family.label":
    "Cineva din familie, de exemplu un părinte, un copil adult sau o rudă prin alianță",
  "tailoring.situation.where-now.title": "Unde ești acum?",
  "tailoring.situation.where-now.hint":
    "Nu există un răspuns corect. Mulți oameni rămân mult timp, iar un plan ar trebui să te ajute orice ai hotărî.",
  "tailoring.situation.staying.label": "Locuiesc cu persoana sau o văd des",
  "tailoring.situation.thinking-leaving.label": "Mă gândesc să plec",
  "tailoring.situation.left.label": "Am plecat deja",
  "tailoring.situation.children.title": "Ai copii?",
  "tailoring.situation.children.hint": "Alege fiecare vârstă care se potrivește.",
  "tailoring.situation.child-under-5.label": "Un copil sub 5 ani",
  "tailoring.situation.child-5-11.label": "Un copil între 5 și 11 ani",
  "tailoring.situation.child-12-17.label": "Un copil între 12 și 17 ani",
  "tailoring.situation.child-contact.label": "Celălalt părinte vede copiii sau vrea să-i vadă",
  "tailoring.situation.pregnancy.title": "Ești însărcinată sau ai un bebeluș?",
  "tailoring.situation.pregnant.label": "Sunt însărcinată",
  "tailoring.situation.baby-under-one.label": "Am un bebeluș sub un an",
  "tailoring.situation.pets.title": "Ai animale de companie?",
  "tailoring.situation.pets.label": "Am unul sau mai multe animale de companie",
  "tailoring.situation.money.title": "Bani",
  "tailoring.situation.money.hint": "Și controlul banilor este un fel de abuz.",
  "tailoring.situation.money-controlled.label": "Persoana ține banii sub control sau verifică pe ce dau bani",
  "tailoring.situation.joint-money.label": "Avem conturi în bancă, împrumuturi sau datorii comune",
  "tailoring.situation.no-own-money.label": "Nu am bani ai mei",
  "tailoring.situation.home.title": "Locuința ta",
  "tailoring.situation.home-joint.label": "Închiriem sau deținem locuința împreună",
  "tailoring.situation.home-theirs.label": "Locuința este pe numele persoanei",
  "tailoring.situation.home-mine.label": "Locuința este pe numele meu",
  "tailoring.situation.immigration.title": "Viza și limba ta",
  "tailoring.situation.immigration.hint": "Asta rămâne în planul tău. Site-ul nu o trimite niciodată nicăieri.",
  "tailoring.situation.partner-visa.label": "Viza mea depinde de partenerul meu",
  "tailoring.situation.nrpf.label":
    "Pe viza mea scrie „no recourse to public funds” (fără acces la ajutoare de la stat)",
  "tailoring.situation.status-unsure.label": "Nu știu exact care este statutul meu de imigrare",
  "tailoring.situation.need-interpreter.label": "Aș vrea ajutor în altă limbă",
  "tailoring.situation.health.title": "Sănătate și îngrijire",
  "tailoring.situation.disability.label": "Am o dizabilitate",
  "tailoring.situation.health-medicines.label": "Am o boală sau iau medicamente în fiecare zi",
  "tailoring.situation.abuser-carer.label": "Persoana care îmi face rău are și grijă de mine",
  "tailoring.situation.i-care-for.label": "Am grijă de altcineva",
  "tailoring.situation.technology.title": "Telefoane, calculatoare și urmărire",
  "tailoring.situation.tech-monitoring.label": "Persoana îmi verifică telefonul, mesajele, conturile sau unde mă aflu",
  "tailoring.situation.stalking.label": "Persoana mă urmărește, apare unde sunt sau mă tot contactează",
  "tailoring.situation.honour.title": "Familie și comunitate",
  "tailoring.situation.honour.label": "Familia sau comunitatea mă presează în numele „onoarei” sau al rușinii",
  "tailoring.situation.forced-marriage.label": "Cineva mă obligă să mă căsătoresc sau m-a obligat deja",
  "tailoring.situation.about-me.title": "Despre tine",
  "tailoring.situation.about-me.hint": "Unele servicii sunt acolo pentru oameni ca tine.",
  "tailoring.situation.lgbt.label": "Fac parte din comunitatea LGBT+ (lesbiene, gay, bisexuali, trans, queer)",
  "tailoring.situation.man.label": "Sunt bărbat",
  "tailoring.situation.older.label": "Am 60 de ani sau mai mult",
  "tailoring.situation.getting-help.title": "Cum ajungi la ajutor",
  "tailoring.situation.no-transport.label": "Nu am mașină și am puțini bani de drum",
  "tailoring.situation.far-from-help.label": "Locuiesc departe de alți oameni sau de ajutor",

  // Why a strategy is suggested: each completes "Sugerat pentru că…".
  "tailoring.reason.situation.abuser-partner": "ai spus că un partener îți face rău",
  "tailoring.reason.situation.abuser-ex": "ai spus că un fost partener îți face rău",
  "tailoring.reason.situation.abuser-family": "ai spus că cineva din familie îți face rău",
  "tailoring.reason.situation.staying": "ai spus că locuiești cu persoana sau o vezi des",
  "tailoring.reason.situation.thinking-leaving": "ai spus că te gândești să pleci",
  "tailoring.reason.situation.left": "ai spus că ai plecat deja",
  "tailoring.reason.situation.child-under-5": "ai spus că ai un copil sub 5 ani",
  "tailoring.reason.situation.child-5-11": "ai spus că ai un copil între 5 și 11 ani",
  "tailoring.reason.situation.child-12-17": "ai spus că ai un copil între 12 și 17 ani",
  "tailoring.reason.situation.child-contact": "ai spus că celălalt părinte vede copiii sau vrea să-i vadă",
  "tailoring.reason.situation.pregnant": "ai spus că ești însărcinată",
  "tailoring.reason.situation.baby-under-one": "ai spus că ai un bebeluș",
  "tailoring.reason.situation.pets": "ai spus că ai un animal de companie",
  "tailoring.reason.situation.money-controlled": "ai spus că persoana controlează banii",
  "tailoring.reason.situation.joint-money": "ai spus că aveți conturi sau datorii comune",
  "tailoring.reason.situation.no-own-money": "ai spus că nu ai bani ai tăi",
  "tailoring.reason.situation.home-joint": "ai spus că închiriați sau dețineți locuința împreună",
  "tailoring.reason.situation.home-theirs": "ai spus că locuința este pe numele persoanei",
  "tailoring.reason.situation.home-mine": "ai spus că locuința este pe numele tău",
  "tailoring.reason.situation.partner-visa": "ai spus că viza ta depinde de partenerul tău",
  "tailoring.reason.situation.nrpf": "ai spus că pe viza ta scrie „no recourse to public funds”",
  "tailoring.reason.situation.status-unsure": "ai spus că nu știi exact care este statutul tău de imigrare",
  "tailoring.reason.situation.need-interpreter": "ai spus că ai vrea ajutor în altă limbă",
  "tailoring.reason.situation.disability": "ai spus că ai o dizabilitate",
  "tailoring.reason.situation.health-medicines": "ai spus că ai o boală sau iei medicamente",
  "tailoring.reason.situation.abuser-carer": "ai spus că persoana care îți face rău are și grijă de tine",
  "tailoring.reason.situation.i-care-for": "ai spus că ai grijă de altcineva",
  "tailoring.reason.situation.tech-monitoring": "ai spus că persoana îți verifică telefonul sau unde te afli",
  "tailoring.reason.situation.stalking": "ai spus că persoana te urmărește sau te tot contactează",
  "tailoring.reason.situation.honour": "ai spus că familia sau comunitatea te presează",
  "tailoring.reason.situation.forced-marriage": "ai spus că cineva te obligă să te căsătorești",
  "tailoring.reason.situation.lgbt": "ai spus că faci parte din comunitatea LGBT+",
  "tailoring.reason.situation.man": "ai spus că ești bărbat",
  "tailoring.reason.situation.older": "ai spus că ai 60 de ani sau mai mult",
  "tailoring.reason.situation.no-transport": "ai spus că îți este greu să te deplasezi",
  "tailoring.reason.situation.far-from-help": "ai spus că locuiești departe de ajutor",
  "tailoring.reason.priority.own-safety":
    "siguranța ta este unul dintre lucrurile care contează cel mai mult pentru tine",
  "tailoring.reason.priority.children": "copiii tăi sunt unul dintre lucrurile care contează cel mai mult pentru tine",
  "tailoring.reason.priority.money-home":
    "banii și o locuință sunt printre lucrurile care contează cel mai mult pentru tine",
  "tailoring.reason.priority.privacy": "intimitatea este unul dintre lucrurile care contează cel mai mult pentru tine",
  "tailoring.reason.priority.partner-feelings": "ce simți pentru persoana aceasta contează pentru tine",
  "tailoring.reason.priority.own-words": "ai adăugat ceva al tău care contează pentru tine",

  // My priorities.
  "tailoring.priority.own-safety.label": "Siguranța mea",
  "tailoring.priority.own-safety.hint": "Să nu mi se facă rău și să mă simt mai bine în fiecare zi.",
  "tailoring.priority.children.label": "Copiii mei",
  "tailoring.priority.children.hint": "Siguranța lor, fericirea lor și să rămân cu ei.",
  "tailoring.priority.money-home.label": "Bani și o locuință",
  "tailoring.priority.money-home.hint": "Să am destul din ce să trăiesc și unde să locuiesc.",
  "tailoring.priority.privacy.label": "Intimitate",
  "tailoring.priority.privacy.hint": "Să păstrez pentru mine ce se întâmplă și să aleg cine află.",
  "tailoring.priority.partner-feelings.label": "Sentimentele mele pentru persoana aceasta",
  "tailoring.priority.partner-feelings.hint": "Mulți oameni încă țin la persoana care le face rău. Este ceva normal.",
  "tailoring.priority.own-words.label": "Altceva",
  "tailoring.priority.own-words.hint": "Cu cuvintele tale.",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "Dacă se întâmplă ceva",
  "tailoring.category.home.title": "Mai în siguranță acasă",
  "tailoring.category.leaving.title": "Dacă hotărăști să pleci",
  "tailoring.category.after-leaving.title": "După plecare",
  "tailoring.category.money.title": "Bani",
  "tailoring.category.children.title": "Copii",
  "tailoring.category.pets.title": "Animale de companie",
  "tailoring.category.immigration.title": "Vize și imigrare",
  "tailoring.category.health-care.title": "Sănătate, dizabilitate și îngrijire",
  "tailoring.category.technology.title": "Telefoane, calculatoare și urmărire",
  "tailoring.category.honour.title": "Familie, onoare și căsătorie",
  "tailoring.category.support.title": "Oameni și servicii de partea ta",
  "tailoring.category.legal.title": "Legea",
  "tailoring.category.wellbeing.title": "Grija față de tine",
  "tailoring.category.getting-help.title": "Când ajutorul e departe",
  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "Sună la 999 dacă ești în pericol",
  "tailoring.strategy.phone-999.what":
    "Dacă tu sau altcineva sunteți în pericol chiar acum, sună la 999 și cere poliția.",
  "tailoring.strategy.phone-999.why": "Poliția poate veni repede. Nu trebuie să știi sigur că e destul de grav.",
  "tailoring.strategy.phone-999.how": [
    "Spune întâi unde ești, apoi ce se întâmplă.",
    "Dacă poți, rămâi la telefon până vine ajutorul.",
  ],
  "tailoring.strategy.phone-999.printLabel": "Număr important",
  "tailoring.strategy.silent-call.title": "Dacă nu poți vorbi la telefon",
  "tailoring.strategy.silent-call.what": "De pe un mobil, sună la 999. Dacă nu poți vorbi, apasă 55 când ți se cere.",
  "tailoring.strategy.silent-call.why":
    "Când apeși 55, operatorul află că este o urgență reală și te face legătura cu poliția.",
  "tailoring.strategy.silent-call.how": [
    "Formează 999 și ascultă.",
    "Dacă nu poți vorbi, tușește sau bate ușor în telefon, dacă poți. Apoi apasă 55 când ți se cere.",
    "De pe un telefon fix, rămâi la telefon chiar dacă nu poți vorbi.",
  ],
  "tailoring.strategy.silent-call.printLabel": "Sfat pentru telefon",
  "tailoring.strategy.code-word.title": "Stabilește un cuvânt-cod",
  "tailoring.strategy.code-word.what":
    "Stabilește un cuvânt sau un mesaj scurt cu cineva în care ai încredere. Când îl primește, sună la 999 pentru tine.",
  "tailoring.strategy.code-word.why":
    "S-ar putea să nu poți suna tu, dar un mesaj care pare obișnuit poate aduce ajutor.",
  "tailoring.strategy.code-word.how": [
    "Alege un cuvânt care nu ar părea ciudat într-un mesaj.",
    "Stabiliți exact ce va face persoana când îl primește.",
    "Scrie-l în partea „Cuvântul meu-cod” din planul tău.",
  ],
  "tailoring.strategy.code-word.printLabel": "Cuvânt cu un prieten",
  "tailoring.strategy.ready-bag.title": "Ține pregătită o geantă mică",
  "tailoring.strategy.ready-bag.what":
    "Pune într-o geantă lucrurile de care ai avea nevoie în grabă. Ține-o unde persoana nu o găsește sau la cineva în care ai încredere.",
  "tailoring.strategy.ready-bag.why": "Dacă trebuie să pleci repede, nu vei avea timp să cauți lucruri.",
  "tailoring.strategy.ready-bag.how": [
    "Începe cu cheile, bani, cardurile de bancă, medicamentele și un încărcător de telefon.",
    "Adaugă copii ale actelor când poți.",
    "Folosește lista de lucruri de luat ca să nu uiți nimic.",
  ],
  "tailoring.strategy.ready-bag.printLabel": "Geantă de rezervă",
  "tailoring.strategy.after-an-attack.title": "După ce ți s-a făcut rău",
  "tailoring.strategy.after-an-attack.what":
    "Cere ajutor medical, chiar dacă rana pare mică, și notează ce s-a întâmplat.",
  "tailoring.strategy.after-an-attack.why":
    "Unele răni sunt mai grave decât par. O notiță scrisă atunci te poate ajuta mai târziu, orice ai hotărî.",
  "tailoring.strategy.after-an-attack.how": [
    "Mergi la medicul de familie (GP), la un centru fără programare (walk-in centre) sau la urgențe (A&E). Dacă e grav, sună la 999.",
    "Spune-i medicului sau asistentei ce s-a întâmplat. Ei pot nota asta.",
    "Dacă e sigur, fă poze rănilor și păstrează-le unde persoana nu le poate vedea.",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "Vizită la doctor",
  "tailoring.strategy.talk-to-helpline.title": "Vorbește cu o linie de ajutor",
  "tailoring.strategy.talk-to-helpline.what":
    "Sună la linia de ajutor națională. Este gratuită și nu trebuie să îți spui numele.",
  "tailoring.strategy.talk-to-helpline.why":
    "Oamenii de acolo vorbesc în fiecare zi cu oameni în situația ta. Te pot ajuta să te gândești la ce poți alege și să găsești un adăpost sau sprijin în zona ta.",
  "tailoring.strategy.talk-to-helpline.how": [
    "Sună când persoana nu e prin preajmă, de pe un telefon pe care nu îl verifică.",
    "Poți doar să vorbești. Nu trebuie să hotărăști nimic.",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "Un telefon de dat",

  "tailoring.strategy.warning-signs.title": "Observă semnele de avertizare",
  "tailoring.strategy.warning-signs.what":
    "Gândește-te la ce se întâmplă de obicei înainte ca lucrurile să se înrăutățească. De exemplu băutura, grijile cu banii sau o vizită de la familie.",
  "tailoring.strategy.warning-signs.why":
    "Dacă observi semnele din timp, poți avea timp să mergi altundeva pentru o vreme sau să duci copiii din calea pericolului.",
  "tailoring.strategy.warning-signs.how": [
    "Scrie în plan semnele pe care le observi.",
    "Hotărăște unde ai putea merge când le vezi.",
  ],
  "tailoring.strategy.warning-signs.printLabel": "Lucruri de observat",
  "tailoring.strategy.safer-rooms.title": "Cunoaște locurile mai sigure din casă",
  "tailoring.strategy.safer-rooms.what":
    "Dacă începe o ceartă, încearcă să mergi într-o cameră cu o ieșire și cu un telefon.",
  "tailoring.strategy.safer-rooms.why":
    "Bucătăria, baia și garajul au suprafețe tari și lucruri care pot fi folosite ca să-ți facă rău, iar camerele mici te pot prinde fără ieșire.",
  "tailoring.strategy.safer-rooms.how": [
    "Alege o cameră cu o ușă sau o fereastră pe unde poți ieși.",
    "Stai departe de bucătărie și de capătul de sus al scărilor.",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "Camere",
  "tailoring.strategy.neighbour-signal.title": "Roagă un vecin să cheme ajutor",
  "tailoring.strategy.neighbour-signal.what":
    "Dacă ai încredere într-un vecin, roagă-l să sune la 999 dacă aude țipete sau o bătaie.",
  "tailoring.strategy.neighbour-signal.why": "Ajutorul poate veni chiar și când tu nu poți ajunge la un telefon.",
  "tailoring.strategy.neighbour-signal.how": [
    "Stabiliți un semn, de exemplu o lumină lăsată aprinsă sau o perdea trasă.",
    "Roagă-l să nu intre niciodată el însuși, doar să sune.",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "Vecini",
  "tailoring.strategy.phone-charged.title": "Ține un telefon încărcat și aproape",
  "tailoring.strategy.phone-charged.what":
    "Ține telefonul încărcat și la tine. Un mobil vechi, fără abonament, poate suna totuși la 999.",
  "tailoring.strategy.phone-charged.why":
    "Un telefon pe care persoana ți-l ia sau ți-l strică nu te poate ajuta. Unul de rezervă poate.",
  "tailoring.strategy.phone-charged.how": [
    "Încarcă telefonul ori de câte ori poți.",
    "Ține un telefon de rezervă, oprit și încărcat, într-un loc sigur.",
  ],
  "tailoring.strategy.phone-charged.printLabel": "Încărcător",
  "tailoring.strategy.ways-out.title": "Cunoaște căile de ieșire",
  "tailoring.strategy.ways-out.what": "Gândește-te la fiecare ușă, fereastră și scară pe care ai putea ieși repede.",
  "tailoring.strategy.ways-out.why": "Când ți-e frică, e mai ușor să urmezi un plan pe care îl știi deja.",
  "tailoring.strategy.ways-out.how": [
    "Parcurge căile de ieșire în minte, sau chiar pe jos când nu e nimeni acasă.",
    "Ține cheile unde le poți lua repede.",
  ],
  "tailoring.strategy.ways-out.printLabel": "Uși și chei",
  "tailoring.strategy.home-security.title": "Fă-ți casa mai sigură",
  "tailoring.strategy.home-security.what":
    "Întreabă primăria (council) sau un serviciu de sprijin despre ajutor pentru o casă mai sigură, ca să poți rămâne acolo.",
  "tailoring.strategy.home-security.why":
    "În multe zone există programe care schimbă încuietorile și pun alarme sau uși mai solide, adesea gratuit.",
  "tailoring.strategy.home-security.how": [
    "Întreabă echipa de locuințe a primăriei sau consilierul de sprijin despre un „sanctuary scheme”.",
    "Schimbă încuietorile dacă persoana are o cheie și verifică ferestrele și ușile din spate.",
  ],
  "tailoring.strategy.home-security.printLabel": "Încuietori",

  "tailoring.strategy.leave-at-safer-time.title": "Alege un moment mai sigur ca să pleci",
  "tailoring.strategy.leave-at-safer-time.what":
    "Dacă hotărăști să pleci, plănuiește să pleci când persoana nu e acasă. Dacă poți, spune întâi unui consilier de sprijin.",
  "tailoring.strategy.leave-at-safer-time.why":
    "Riscul crește adesea când cineva pleacă și imediat după. Dacă plănuiești din timp, riscul scade.",
  "tailoring.strategy.leave-at-safer-time.how": [
    "Nu îi spune persoanei că pleci.",
    "Să știi unde vei merge și cum vei ajunge acolo.",
    "Ia copiii cu tine dacă poți.",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "Ora potrivită",
  "tailoring.strategy.copy-documents.title": "Fă copii după actele importante",
  "tailoring.strategy.copy-documents.what":
    "Fă copii sau poze după pașapoarte, certificate de naștere, vize, contractul de închiriere și datele bancare. Ține-le departe de casă.",
  "tailoring.strategy.copy-documents.why":
    "Cu copii poți dovedi totuși cine ești, poți cere bani și poți cere o locuință, dacă actele originale îți sunt luate.",
  "tailoring.strategy.copy-documents.how": [
    "Lasă copiile la cineva în care ai încredere sau într-un cont de e-mail pe care doar tu îl poți deschide.",
    "Bifează-le în lista de lucruri de luat.",
  ],
  "tailoring.strategy.copy-documents.printLabel": "Acte",
  "tailoring.strategy.ask-about-refuge.title": "Întreabă despre un adăpost",
  "tailoring.strategy.ask-about-refuge.what":
    "Un adăpost este o casă sigură, cu oameni care te pot ajuta. Adresa lui este ținută secretă. Linia de ajutor îți poate căuta un loc.",
  "tailoring.strategy.ask-about-refuge.why":
    "Nu ai nevoie de bani sau de o locuință a ta ca să mergi într-un adăpost, și îți poți lua copiii cu tine.",
  "tailoring.strategy.ask-about-refuge.how": [
    "Sună la linia de ajutor și întreabă de locuri libere în adăposturi.",
    "Întreabă ce poți lua cu tine, inclusiv animalele de companie.",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "Loc de stat",
  "tailoring.strategy.take-children.title": "Ia copiii cu tine",
  "tailoring.strategy.take-children.what": "Dacă pleci, ia copiii cu tine, dacă se poate în vreun fel.",
  "tailoring.strategy.take-children.why":
    "Dacă te întorci după ei mai târziu, poate fi nesigur și poate fi mai greu să îi păstrezi cu tine.",
  "tailoring.strategy.take-children.how": [
    "Plănuiește să pleci când copiii sunt cu tine sau ia-i de la școală ori de la grădiniță.",
    "Pune în bagaj câteva dintre lucrurile lor preferate și medicamentele lor.",
  ],
  "tailoring.strategy.take-children.printLabel": "Copii",
  "tailoring.strategy.plan-the-journey.title": "Plănuiește cum vei călători",
  "tailoring.strategy.plan-the-journey.what":
    "Să știi cum ai pleca: cu cineva cu mașina, cu un taxi, cu autobuzul sau cu trenul, și cum ai plăti.",
  "tailoring.strategy.plan-the-journey.why":
    "Lipsa unui mijloc de transport este unul dintre lucrurile care îi opresc pe oameni să ajungă într-un loc mai sigur.",
  "tailoring.strategy.plan-the-journey.how": [
    "Ține pregătite un număr de taxi și niște bani gheață.",
    "Întreabă o linie de ajutor sau un consilier de sprijin: unii te pot ajuta să plătești drumul.",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "Drum",
  "tailoring.strategy.collect-belongings.title": "Ia-ți lucrurile fără risc",
  "tailoring.strategy.collect-belongings.what":
    "Dacă trebuie să te întorci după lucrurile tale, nu merge fără altcineva. Poți cere poliției să fie acolo.",
  "tailoring.strategy.collect-belongings.why": "Întoarcerea este un moment în care oamenii sunt des răniți.",
  "tailoring.strategy.collect-belongings.how": [
    "Roagă poliția sau consilierul de sprijin să stabilească o oră cu tine.",
    "Fă întâi o listă, ca să nu stai mult acolo.",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "Lucruri de adus",
  "tailoring.strategy.housing-options.title": "Află ce variante de locuință ai",
  "tailoring.strategy.housing-options.what":
    "Dacă trebuie să-ți lași locuința din cauza abuzului, primăria (council) ar putea fi obligată să te ajute să găsești unde să locuiești.",
  "tailoring.strategy.housing-options.why":
    "Dacă îți știi variantele, o decizie despre locuință poate fi mai puțin înfricoșătoare.",
  "tailoring.strategy.housing-options.how": [
    "Contactează echipa de locuințe a primăriei și spune că ești în risc de abuz.",
    "Întreabă un consilier de sprijin sau Citizens Advice despre contractul tău înainte să renunți la el.",
  ],
  "tailoring.strategy.housing-options.printLabel": "Locuință",

  "tailoring.strategy.change-routines.title": "Schimbă-ți obiceiurile",
  "tailoring.strategy.change-routines.what":
    "Schimbă orele și drumurile pe care le folosești spre serviciu, spre școala copiilor și la cumpărături.",
  "tailoring.strategy.change-routines.why": "O persoană care vrea să te găsească va căuta unde mergi de obicei.",
  "tailoring.strategy.change-routines.how": [
    "Mergi la alte magazine și călătorește la alte ore.",
    "Când poți, stai unde sunt și alți oameni.",
  ],
  "tailoring.strategy.change-routines.printLabel": "Obiceiuri",
  "tailoring.strategy.tell-work-and-school.title": "Spune la serviciu și la școala copiilor",
  "tailoring.strategy.tell-work-and-school.what":
    "Spune cuiva de încredere de la serviciu, și școlii sau grădiniței copiilor, cine poate lua copiii și cine nu are voie.",
  "tailoring.strategy.tell-work-and-school.why":
    "Ei pot filtra apelurile, îți pot păstra datele private și pot acționa dacă persoana apare.",
  "tailoring.strategy.tell-work-and-school.how": [
    "Dă-le o poză cu persoana, dacă poți.",
    "Dă-le copii după orice ordin de la instanță.",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "Serviciu și școală",
  "tailoring.strategy.keep-a-record.title": "Notează ce se întâmplă",
  "tailoring.strategy.keep-a-record.what":
    "Scrie fiecare lucru care se întâmplă: data, ora, ce s-a spus sau s-a făcut și cine a văzut.",
  "tailoring.strategy.keep-a-record.why":
    "Notițele ajută poliția, instanța sau un consilier de sprijin să înțeleagă ce se întâmplă.",
  "tailoring.strategy.keep-a-record.how": [
    "Păstrează capturi de ecran cu mesaje și apeluri.",
    "Ține notițele unde persoana nu le poate vedea sau la cineva în care ai încredere.",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "Jurnal",
  "tailoring.strategy.keep-address-private.title": "Păstrează-ți noua adresă privată",
  "tailoring.strategy.keep-address-private.what":
    "Roagă medicul de familie, școala copiilor, banca și pe alții să îți păstreze adresa privată.",
  "tailoring.strategy.keep-address-private.why":
    "Adresele sunt des găsite prin scrisori, conturi comune și registre publice.",
  "tailoring.strategy.keep-address-private.how": [
    "Întreabă primăria cum te poți înscrie pe listele de vot fără ca adresa ta să apară.",
    "Verifică să nu îți apară adresa în conturi comune, la livrări sau pe rețelele sociale.",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "Adresă",
  "tailoring.strategy.people-who-understand.title": "Găsește oameni care înțeleg",
  "tailoring.strategy.people-who-understand.what":
    "Întreabă un serviciu de sprijin din zonă despre grupuri și cursuri pentru oameni care au trecut prin același lucru.",
  "tailoring.strategy.people-who-understand.why":
    "Când vorbești cu oameni care înțeleg, te ajută cu sentimentele care vin des după plecare.",
  "tailoring.strategy.people-who-understand.how": [
    "Întreabă consilierul de sprijin sau linia de ajutor ce există lângă tine.",
  ],
  "tailoring.strategy.people-who-understand.printLabel": "Grup",
  "tailoring.strategy.risk-after-leaving.title": "Ai grijă și după ce pleci",
  "tailoring.strategy.risk-after-leaving.what":
    "Riscul poate crește când cineva pleacă și în lunile de după. Folosește planul și după ce ai plecat.",
  "tailoring.strategy.risk-after-leaving.why": "Unii oameni încearcă să recâștige controlul când simt că l-au pierdut.",
  "tailoring.strategy.risk-after-leaving.how": [
    "Uită-te din nou la partea „După plecare” din planul tău.",
    "Spune-i unui consilier de sprijin dacă lucrurile se înrăutățesc.",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "Mai târziu",

  "tailoring.strategy.own-account.title": "Deschide un cont al tău",
  "tailoring.strategy.own-account.what": "Deschide un cont bancar doar pe numele tău, la altă bancă dacă poți.",
  "tailoring.strategy.own-account.why": "Banii tăi îți dau mai multe posibilități.",
  "tailoring.strategy.own-account.how": [
    "Alege extrase fără hârtie, trimise pe un e-mail pe care doar tu îl poți deschide.",
    "Roagă banca să nu trimită nimic prin poștă acasă.",
  ],
  "tailoring.strategy.own-account.printLabel": "Bancă",
  "tailoring.strategy.put-money-aside.title": "Pune deoparte niște bani",
  "tailoring.strategy.put-money-aside.what":
    "Strânge sume mici în bani gheață, pentru bilete, telefoane, mâncare sau o noapte în altă parte.",
  "tailoring.strategy.put-money-aside.why": "Puțini bani pot face o mare diferență când trebuie să pleci în grabă.",
  "tailoring.strategy.put-money-aside.how": [
    "Ține-i la cineva în care ai încredere sau unde persoana nu se uită niciodată.",
  ],
  "tailoring.strategy.put-money-aside.printLabel": "Economii",
  "tailoring.strategy.joint-debts.title": "Protejează-te de datoriile comune",
  "tailoring.strategy.joint-debts.what":
    "Întreabă banca despre conturile și împrumuturile comune și verifică-ți istoricul de credit.",
  "tailoring.strategy.joint-debts.why": "Persoana ar putea face datorii pe numele tău sau ar putea goli un cont comun.",
  "tailoring.strategy.joint-debts.how": [
    "Întreabă dacă un cont comun poate cere acordul amândurora pentru plăți.",
    "Caută în istoricul de credit datorii despre care nu știai.",
  ],
  "tailoring.strategy.joint-debts.printLabel": "Conturi",
  "tailoring.strategy.benefits-check.title": "Verifică ce bani poți primi",
  "tailoring.strategy.benefits-check.what":
    "Află ce ajutoare sociale (benefits) și ce ajutor la chirie ai putea primi pe numele tău.",
  "tailoring.strategy.benefits-check.why":
    "Mulți oameni nu știu la ce au dreptul. Dacă primești Universal Credit, poți cere să fie împărțit și plătit în contul tău.",
  "tailoring.strategy.benefits-check.how": [
    "Folosește un calculator de ajutoare sau întreabă Citizens Advice ori consilierul de sprijin.",
  ],
  "tailoring.strategy.benefits-check.printLabel": "Bani de primit",
  "tailoring.strategy.economic-abuse-is-abuse.title": "Controlul banilor este abuz",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "Dacă cineva te oprește să ai bani, îți ia salariul sau te obligă să faci datorii, acesta este un fel de abuz.",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "La început, mulți oameni nu văd asta ca abuz. Dacă îi dai un nume, poți primi ajutorul potrivit.",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "Spune-i unei linii de ajutor sau unui consilier de sprijin ce se întâmplă cu banii. Există servicii speciale pentru asta.",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "Notițe despre bani",
  "tailoring.strategy.tell-the-bank.title": "Spune-i băncii",
  "tailoring.strategy.tell-the-bank.what":
    "Multe bănci au o echipă pentru clienții ai căror bani sunt controlați de altcineva.",
  "tailoring.strategy.tell-the-bank.why": "Te pot ajuta să ajungi fără risc la banii tăi și îți pot proteja conturile.",
  "tailoring.strategy.tell-the-bank.how": [
    "Cere băncii, la ghișeu sau de pe un telefon sigur, echipa pentru clienți vulnerabili.",
  ],
  "tailoring.strategy.tell-the-bank.printLabel": "Telefon la bancă",

  "tailoring.strategy.children-safe-place.title": "Ajută copiii să știe unde să meargă",
  "tailoring.strategy.children-safe-place.what":
    "Stabilește cu copiii un loc sigur unde să meargă dacă se țipă sau e bătaie: o cameră sau casa unui vecin.",
  "tailoring.strategy.children-safe-place.why":
    "Copiii încearcă des să intervină. Nu este treaba lor și pot fi răniți.",
  "tailoring.strategy.children-safe-place.how": [
    "Spune-le că nu este vina lor și că nu trebuie să încerce să oprească ce se întâmplă.",
    "Fă împreună cu ei planul copilului de pe acest site și exersați-l.",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "Colțul copiilor",
  "tailoring.strategy.children-phone-999.title": "Învață copiii să sune la 999",
  "tailoring.strategy.children-phone-999.what":
    "Învață copiii cum să sune la 999 și ce să spună: numele lor, adresa și ce se întâmplă.",
  "tailoring.strategy.children-phone-999.why":
    "Un copil care știe ce să facă se sperie mai puțin și poate cere ajutor.",
  "tailoring.strategy.children-phone-999.how": [
    "Exersați cu un telefon de jucărie, niciodată cu unul adevărat.",
    "Planul copilului de pe acest site are un apel de exercițiu.",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "Exercițiu cu telefonul",
  "tailoring.strategy.tell-nursery-or-school.title": "Spune la grădiniță sau la școală",
  "tailoring.strategy.tell-nursery-or-school.what":
    "Spune-i persoanei care se ocupă de protecția copiilor în școală ce se întâmplă și cine poate lua copiii.",
  "tailoring.strategy.tell-nursery-or-school.why":
    "Școlile pot sprijini copiii și pot fi atente la semne de îngrijorare.",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "Cere să vorbești cu responsabilul desemnat pentru protecția copiilor (designated safeguarding lead).",
    "Dă-le copii după orice ordin de la instanță despre copii.",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "Școală",
  "tailoring.strategy.safer-handovers.title": "Fă predarea copiilor mai sigură",
  "tailoring.strategy.safer-handovers.what":
    "Dacă celălalt părinte vede copiii, predă-i într-un loc public sau la un centru de contact. Sau roagă pe altcineva să o facă.",
  "tailoring.strategy.safer-handovers.why":
    "Predarea copiilor poate fi un moment de risc, pentru tine și pentru copii.",
  "tailoring.strategy.safer-handovers.how": [
    "Stabiliți orele și locurile în scris și notează ce se întâmplă.",
    "Spune-i consilierului de sprijin sau avocatului orice grijă ai.",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "Luatul copiilor",
  "tailoring.strategy.baby-things-ready.title": "Ține pregătite lucrurile bebelușului",
  "tailoring.strategy.baby-things-ready.what":
    "Ține laolaltă laptele, scutecele, medicamentele și carnetul de sănătate al bebelușului, gata de luat.",
  "tailoring.strategy.baby-things-ready.why": "Cu un bebeluș, ai multe de luat și puțin timp.",
  "tailoring.strategy.baby-things-ready.how": ["Adaugă-le în lista de lucruri de luat."],
  "tailoring.strategy.baby-things-ready.printLabel": "Lucruri pentru bebeluș",
  "tailoring.strategy.children-can-talk.title": "Lasă copiii să vorbească",
  "tailoring.strategy.children-can-talk.what":
    "Spune-le copiilor că pot vorbi cu tine, cu un profesor sau cu Childline și că nimic din toate acestea nu este vina lor.",
  "tailoring.strategy.children-can-talk.why":
    "Copiii își țin des grijile pentru ei. Când vorbesc, le e mai ușor să facă față.",
  "tailoring.strategy.children-can-talk.how": ["Childline este gratuit, iar apelul nu apare pe factura de telefon."],
  "tailoring.strategy.children-can-talk.printLabel": "Să vorbim",
  "tailoring.strategy.plan-with-teenager.title": "Fă un plan cu adolescentul tău",
  "tailoring.strategy.plan-with-teenager.what":
    "Stai cu adolescentul tău și faceți-i propriul plan, cu planul pentru tineri de pe acest site.",
  "tailoring.strategy.plan-with-teenager.why":
    "Adolescenților le e mai ușor când au un cuvânt de spus și știu ce să facă.",
  "tailoring.strategy.plan-with-teenager.how": ["Lasă-l să aleagă la cine ar merge și pe cine ar suna."],
  "tailoring.strategy.plan-with-teenager.printLabel": "Notițe pentru adolescent",
  "tailoring.strategy.worried-about-a-child.title": "Dacă îți faci griji pentru un copil",
  "tailoring.strategy.worried-about-a-child.what":
    "Dacă îți faci griji pentru siguranța unui copil, poți cere sfat la linia de ajutor NSPCC.",
  "tailoring.strategy.worried-about-a-child.why": "Te pot ajuta să te gândești ce să faci și cui să spui.",
  "tailoring.strategy.worried-about-a-child.how": ["Sună când persoana nu e prin preajmă."],
  "tailoring.strategy.worried-about-a-child.printLabel": "Telefon pentru sfaturi",

  "tailoring.strategy.pet-fostering.title": "Cere cuiva să aibă grijă de animal o vreme",
  "tailoring.strategy.pet-fostering.what":
    "Unele organizații caritabile au grijă de animale, gratuit și discret, cât timp stăpânii se mută într-un loc sigur.",
  "tailoring.strategy.pet-fostering.why":
    "Mulți oameni amână plecarea pentru că nu își pot lua animalul. S-ar putea să nu fie nevoie să alegi.",
  "tailoring.strategy.pet-fostering.how": [
    "Pentru un câine, întreabă consilierul de sprijin despre Dogs Trust Freedom Project.",
    "Pentru alte animale, întreabă linia de ajutor sau consilierul de sprijin ce există lângă tine.",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "Grijă pentru animal",
  "tailoring.strategy.pet-papers.title": "Păstrează actele animalului",
  "tailoring.strategy.pet-papers.what":
    "Păstrează dovezi că animalul este al tău: fișele de la veterinar și microcipul înregistrat pe numele tău.",
  "tailoring.strategy.pet-papers.why":
    "Te ajută dacă persoana încearcă să păstreze animalul sau să îl folosească împotriva ta.",
  "tailoring.strategy.pet-papers.how": [
    "Roagă veterinarul să actualizeze datele microcipului și să nu dea nimănui adresa ta.",
  ],
  "tailoring.strategy.pet-papers.printLabel": "Acte de la veterinar",
  "tailoring.strategy.pets-and-refuges.title": "Întreabă din timp despre animale",
  "tailoring.strategy.pets-and-refuges.what":
    "Puține adăposturi pot primi animale, așa că întreabă din timp ce se poate.",
  "tailoring.strategy.pets-and-refuges.why": "Dacă știi dinainte, ai timp să aranjezi îngrijirea.",
  "tailoring.strategy.pets-and-refuges.how": ["Întreabă linia de ajutor când vorbiți despre locuri de stat."],
  "tailoring.strategy.pets-and-refuges.printLabel": "Întrebări despre animal",
  "tailoring.strategy.pet-in-ready-bag.title": "Pregătește și lucrurile animalului",
  "tailoring.strategy.pet-in-ready-bag.what":
    "Pune o lesă, mâncare și medicamentele animalului lângă geanta pregătită.",
  "tailoring.strategy.pet-in-ready-bag.why": "Dacă iei animalul cu tine, vei avea nevoie și de lucrurile lui.",
  "tailoring.strategy.pet-in-ready-bag.how": ["Adaugă-le în lista de lucruri de luat."],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "Lucrurile animalului",

  "tailoring.strategy.abuse-concession.title": "Întreabă de „domestic abuse concession”",
  "tailoring.strategy.abuse-concession.what":
    "Poate ești în Regatul Unit cu o viză de partener, iar relația s-a încheiat din cauza abuzului. Atunci poți primi drept de ședere pentru trei luni. În acest timp poți primi ajutoare sociale și ajutor cu locuința.",
  "tailoring.strategy.abuse-concession.why":
    "Se numește Migrant Victims of Domestic Abuse Concession. Îți dă timp să îți rezolvi statutul de imigrare fără să rămâi fără casă și fără bani.",
  "tailoring.strategy.abuse-concession.how": [
    "Vorbește cu un consilier autorizat în imigrare înainte să depui cererea: îți schimbă viza.",
    "Un consilier de sprijin te poate ajuta să găsești unul, adesea gratuit.",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "Întrebare despre viză",
  "tailoring.strategy.right-to-stay.title": "S-ar putea să poți rămâne",
  "tailoring.strategy.right-to-stay.what":
    "Poate ești într-o relație cu un cetățean britanic sau cu cineva stabilit aici. Dacă relația s-a încheiat din cauza abuzului, poate poți cere să rămâi definitiv.",
  "tailoring.strategy.right-to-stay.why":
    "Multor oameni li se spune că vor fi trimiși înapoi dacă pleacă. Nu este mereu adevărat.",
  "tailoring.strategy.right-to-stay.how": ["Cere sfat de la un consilier autorizat în imigrare pentru cazul tău."],
  "tailoring.strategy.right-to-stay.printLabel": "Notițe despre viză",
  "tailoring.strategy.regulated-advice.title": "Cere sfat de la un consilier autorizat în imigrare",
  "tailoring.strategy.regulated-advice.what":
    "Ia sfaturi despre viză doar de la cineva care are voie să le dea. Adică un consilier autorizat în imigrare, un avocat sau un serviciu de sprijin specializat.",
  "tailoring.strategy.regulated-advice.why":
    "Un sfat greșit te poate costa dreptul de ședere. Asistența juridică gratuită (legal aid) poate plăti sfatul dacă ai trecut prin abuz.",
  "tailoring.strategy.regulated-advice.how": [
    "Roagă linia de ajutor sau consilierul de sprijin să te ajute să găsești un consilier autorizat.",
  ],
  "tailoring.strategy.regulated-advice.printLabel": "Consilier",
  "tailoring.strategy.visa-copies.title": "Păstrează copii după pașaport și viză",
  "tailoring.strategy.visa-copies.what":
    "Păstrează copii după pașaport, viză și orice scrisori de la Home Office unde persoana nu poate ajunge.",
  "tailoring.strategy.visa-copies.why": "Cei care controlează pe cineva îi iau des pașaportul.",
  "tailoring.strategy.visa-copies.how": [
    "Notează numărul pașaportului și numărul de referință al vizei.",
    "Păstrează poze într-un cont de e-mail pe care doar tu îl poți deschide.",
  ],
  "tailoring.strategy.visa-copies.printLabel": "Copie pașaport",
  "tailoring.strategy.ask-for-interpreter.title": "Cere un interpret",
  "tailoring.strategy.ask-for-interpreter.what":
    "Poți cere un interpret. Poți cere la medic, la spital, la poliție și la multe servicii de sprijin.",
  "tailoring.strategy.ask-for-interpreter.why": "Ar trebui să poți spune totul în limba pe care o știi cel mai bine.",
  "tailoring.strategy.ask-for-interpreter.how": [
    "Poți cere un interpret care nu îți cunoaște familia sau comunitatea, ori unul la telefon.",
    "Nu lăsa niciodată persoana sau familia ei să traducă pentru tine.",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "Ajutor cu limba",
  "tailoring.strategy.help-without-public-funds.title": "Ajutor când ai „no recourse to public funds”",
  "tailoring.strategy.help-without-public-funds.what":
    "Chiar și fără acces la ajutoare de la stat (no recourse to public funds), poate exista ajutor. Unele adăposturi primesc oameni fără ajutoare sociale. Serviciile sociale pot fi obligate să ajute familiile cu copii.",
  "tailoring.strategy.help-without-public-funds.why":
    "Mulți oameni cred că nu există niciun ajutor pentru ei. De multe ori există.",
  "tailoring.strategy.help-without-public-funds.how": [
    "Spune-i liniei de ajutor sau consilierului de sprijin despre viza ta, ca să caute ajutorul potrivit.",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "Ajutor de cerut",

  "tailoring.strategy.medicines-ready.title": "Ține medicamentele la îndemână",
  "tailoring.strategy.medicines-ready.what":
    "Ține medicamente pentru câteva zile și o listă cu ce iei într-un loc de unde le poți lua repede.",
  "tailoring.strategy.medicines-ready.why":
    "Dacă rămâi fără medicamente, te poți îmbolnăvi, iar unii oameni le ascund sau nu ți le dau.",
  "tailoring.strategy.medicines-ready.how": [
    "Întreabă medicul de familie (GP) sau farmacia despre rețete repetate pe numele tău.",
    "Adaugă-le în lista de lucruri de luat.",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "Medicamente",
  "tailoring.strategy.carer-who-hurts.title": "Dacă cel care are grijă de tine îți face rău",
  "tailoring.strategy.carer-who-hurts.what":
    "Dacă cineva care are grijă de tine îți face rău, te sperie sau te controlează, este abuz. Poți cere ajutor și altă persoană care să aibă grijă de tine.",
  "tailoring.strategy.carer-who-hurts.why":
    "Serviciile sociale pentru adulți (adult social care) sunt obligate să verifice și să te ajute să fii mai în siguranță.",
  "tailoring.strategy.carer-who-hurts.how": [
    "Spune-i medicului de familie, unei asistente, unui asistent social sau liniei de ajutor.",
    "Cere echipei de adult social care a primăriei o verificare de protecție (safeguarding).",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "Îngrijire",
  "tailoring.strategy.way-out-that-works.title": "Plănuiește o cale de ieșire potrivită pentru tine",
  "tailoring.strategy.way-out-that-works.what":
    "Gândește-te de ce ai nevoie ca să ieși repede. Poate un ajutor pentru mers, aparatul auditiv sau ochelarii, medicamente sau cineva care să te ajute.",
  "tailoring.strategy.way-out-that-works.why":
    "Un plan potrivit pentru corpul tău și nevoile tale este un plan pe care chiar îl poți folosi.",
  "tailoring.strategy.way-out-that-works.how": [
    "Ține aceste lucruri unde ajungi ușor la ele, nu unde persoana le poate lua.",
    "Când suni la 999, spune-le de ce ai nevoie.",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "Deplasare",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "Spune-i medicului de familie sau asistentei comunitare",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "Medicul de familie (GP) sau asistenta comunitară (health visitor) poate vorbi cu tine între patru ochi. Poate nota rănile și te poate pune în legătură cu un sprijin.",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "Cei care lucrează în sănătate văd mulți oameni în situația ta și știu cine poate ajuta.",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["Cere să vorbești cu ei fără nimeni altcineva de față."],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "Programare",
  "tailoring.strategy.tell-midwife.title": "Spune-i moașei",
  "tailoring.strategy.tell-midwife.what":
    "Moașele îi întreabă pe toți despre abuz și încearcă să te vadă fără nimeni altcineva cel puțin o dată.",
  "tailoring.strategy.tell-midwife.why":
    "Abuzul începe sau se agravează des în sarcină. Moașa te poate ajuta pe tine și pe bebeluș.",
  "tailoring.strategy.tell-midwife.how": [
    "Dacă persoana vine mereu cu tine, spune că ai nevoie de un test fără însoțitor.",
  ],
  "tailoring.strategy.tell-midwife.printLabel": "Moașă",
  "tailoring.strategy.someone-you-care-for.title": "Plănuiește pentru persoana de care ai grijă",
  "tailoring.strategy.someone-you-care-for.what":
    "Gândește-te cine ar putea avea grijă de ea dacă ar trebui să pleci repede.",
  "tailoring.strategy.someone-you-care-for.why": "Grija pentru ea nu ar trebui să te țină în pericol.",
  "tailoring.strategy.someone-you-care-for.how": [
    "Întreabă echipa de adult social care a primăriei cine ar putea avea grijă de ea dintr-odată.",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "Înlocuitor",

  "tailoring.strategy.check-location-sharing.title": "Verifică cine poate vedea unde ești",
  "tailoring.strategy.check-location-sharing.what":
    "Uită-te la partajarea locației pe telefon, în aplicațiile de hărți și în aplicațiile de familie.",
  "tailoring.strategy.check-location-sharing.why":
    "Partajarea locației este unul dintre cele mai obișnuite moduri prin care oamenii sunt urmăriți.",
  "tailoring.strategy.check-location-sharing.how": [
    "Dacă oprești partajarea, persoana poate afla. Gândește-te întâi dacă e sigur.",
    "Un consilier de sprijin te poate ajuta să îți verifici telefonul.",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "Setări telefon",
  "tailoring.strategy.passwords-from-safe-device.title": "Schimbă parolele de pe un dispozitiv sigur",
  "tailoring.strategy.passwords-from-safe-device.what":
    "Schimbă parolele pentru e-mail, bancă și alte conturi, de pe un dispozitiv pe care persoana nu l-a folosit niciodată.",
  "tailoring.strategy.passwords-from-safe-device.why":
    "Dacă îți știe parolele, îți poate citi mesajele și îți poate vedea planurile.",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "Pornește verificarea în doi pași, cu coduri trimise pe un telefon pe care doar tu îl ai.",
    "Schimbările pot da de veste persoanei. Gândește-te când le faci.",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "Setări conturi",
  "tailoring.strategy.private-window.title": "Folosește o fereastră privată sau alt dispozitiv",
  "tailoring.strategy.private-window.what":
    "Caută ajutor într-o fereastră privată sau pe un dispozitiv pe care persoana nu îl folosește niciodată.",
  "tailoring.strategy.private-window.why":
    "O fereastră privată nu păstrează istoricul. Dacă ștergi tot istoricul, poate părea ciudat: e mai puțin vizibil să ștergi doar câteva pagini.",
  "tailoring.strategy.private-window.how": [
    "Citește pagina „Mai sigur pe internet” de pe acest site ca să vezi pașii.",
  ],
  "tailoring.strategy.private-window.printLabel": "Navigare",
  "tailoring.strategy.stalking-diary.title": "Ține un jurnal al urmăririi",
  "tailoring.strategy.stalking-diary.what":
    "Notează de fiecare dată când persoana te urmărește, apare unde ești sau te contactează, cu data și ora.",
  "tailoring.strategy.stalking-diary.why":
    "Urmărirea (stalking) este o infracțiune. Jurnalul arată că se repetă, iar asta ajută poliția să acționeze.",
  "tailoring.strategy.stalking-diary.how": [
    "Păstrează mesajele, mesajele vocale și poze cu orice ți s-a lăsat.",
    "Spune poliției. Sună la 999 dacă ești în pericol.",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "Jurnal",
  "tailoring.strategy.look-for-trackers.title": "Caută dispozitive de urmărire",
  "tailoring.strategy.look-for-trackers.what":
    "Dispozitive mici de urmărire pot fi ascunse într-o mașină, o geantă, o haină sau o jucărie a unui copil.",
  "tailoring.strategy.look-for-trackers.why":
    "Dacă persoana știe mereu unde ești, motivul poate fi un dispozitiv de urmărire.",
  "tailoring.strategy.look-for-trackers.how": [
    "Multe telefoane te pot anunța dacă e lângă tine un dispozitiv de urmărire necunoscut: verifică setările.",
    "Dacă găsești unul, gândește-te înainte să îl scoți și spune-i unui consilier de sprijin sau poliției.",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "Mașină și genți",
  "tailoring.strategy.children-devices.title": "Verifică dispozitivele copiilor",
  "tailoring.strategy.children-devices.what":
    "Telefoanele, tabletele și jocurile date sau configurate de persoană pot arăta unde sunt copiii.",
  "tailoring.strategy.children-devices.why":
    "Dispozitivele copiilor sunt des folosite ca să fie găsit părintele care a plecat.",
  "tailoring.strategy.children-devices.how": [
    "Verifică partajarea în familie și setările care arată unde sunt.",
    "Un consilier de sprijin te poate ajuta să le verifici.",
  ],
  "tailoring.strategy.children-devices.printLabel": "Tablete",

  "tailoring.strategy.honour-specialist.title": "Vorbește cu un serviciu specializat",
  "tailoring.strategy.honour-specialist.what":
    "Karma Nirvana ajută oamenii care trec prin abuz în numele „onoarei” și prin căsătorie forțată.",
  "tailoring.strategy.honour-specialist.why":
    "Ei înțeleg presiunea din partea familiei și a comunității și nu te vor judeca.",
  "tailoring.strategy.honour-specialist.how": [
    "Sună când nu e nimeni cu tine, de pe un telefon pe care familia nu îl verifică.",
  ],
  "tailoring.strategy.honour-specialist.printLabel": "Un telefon de dat",
  "tailoring.strategy.forced-marriage-help.title": "Este o infracțiune să obligi pe cineva să se căsătorească",
  "tailoring.strategy.forced-marriage-help.what":
    "În Regatul Unit, este o infracțiune să obligi pe cineva să se căsătorească. Forced Marriage Unit, serviciul guvernului pentru căsătorii forțate, poate ajuta, în Regatul Unit și în străinătate.",
  "tailoring.strategy.forced-marriage-help.why":
    "O instanță poate da și un ordin care oprește o căsătorie sau care aduce pe cineva acasă.",
  "tailoring.strategy.forced-marriage-help.how": [
    "Spune-i unui profesor, unui medic, unui consilier de sprijin sau poliției.",
  ],
  "tailoring.strategy.forced-marriage-help.printLabel": "Notițe despre nuntă",
  "tailoring.strategy.travel-abroad.title": "Ai grijă cu călătoriile în străinătate",
  "tailoring.strategy.travel-abroad.what":
    "Dacă ți-e teamă că cineva te va duce în străinătate ca să te căsătorești, spune cuiva înainte de orice călătorie și păstrează copii după pașaport.",
  "tailoring.strategy.travel-abroad.why": "E mult mai greu să primești ajutor odată ce ești în străinătate.",
  "tailoring.strategy.travel-abroad.how": [
    "Dă-i unei persoane de încredere numărul pașaportului și adresa unde vei sta.",
    "Stabiliți când vei da de veste și ce face persoana dacă nu dai.",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "Detalii de călătorie",
  "tailoring.strategy.trusted-outside-family.title": "Alege pe cineva din afara familiei",
  "tailoring.strategy.trusted-outside-family.what":
    "Alege o persoană de încredere din afara familiei și a comunității. De exemplu un profesor, un medic sau un prieten.",
  "tailoring.strategy.trusted-outside-family.why":
    "Când familia este implicată, ajutorul din interiorul ei poate să nu fie sigur.",
  "tailoring.strategy.trusted-outside-family.how": ["Stabiliți cum o vei contacta și un cuvânt-cod."],
  "tailoring.strategy.trusted-outside-family.printLabel": "Prieten",

  "tailoring.strategy.tell-someone-you-trust.title": "Spune unei persoane în care ai încredere",
  "tailoring.strategy.tell-someone-you-trust.what":
    "Spune unui prieten, unei rude sau unui coleg ce se întâmplă și ce ai vrea să facă.",
  "tailoring.strategy.tell-someone-you-trust.why":
    "Nu trebuie să duci asta fără nimeni alături, iar cineva care știe poate acționa dacă tu nu poți.",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "Alege pe cineva care nu îi va spune persoanei.",
    "Trece-l în lista de oameni din planul tău.",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "Prieten",
  "tailoring.strategy.ask-about-idva.title": "Întreabă de un consilier doar pentru tine",
  "tailoring.strategy.ask-about-idva.what":
    "Un consilier independent pentru violență domestică (IDVA) lucrează cu oamenii aflați în risc mare. Este de partea ta, nu a poliției sau a primăriei.",
  "tailoring.strategy.ask-about-idva.why":
    "Te poate ajuta cu siguranța, locuința, instanța și banii, și poate vorbi pentru tine la o întâlnire MARAC.",
  "tailoring.strategy.ask-about-idva.how": [
    "Întreabă linia de ajutor, medicul de familie sau un serviciu de sprijin din zonă cum ajungi la unul.",
  ],
  "tailoring.strategy.ask-about-idva.printLabel": "Consilier",
  "tailoring.strategy.lgbt-service.title": "Vorbește cu un serviciu pentru oameni LGBT+",
  "tailoring.strategy.lgbt-service.what":
    "Galop are o linie de ajutor pentru oamenii LGBT+ care trec prin abuz, inclusiv din partea familiei.",
  "tailoring.strategy.lgbt-service.why":
    "Ei înțeleg amenințări cum ar fi că ți se va face public cine ești, și piedicile pe care le întâlnesc oamenii LGBT+.",
  "tailoring.strategy.lgbt-service.how": ["Sună când nu e nimeni cu tine."],
  "tailoring.strategy.lgbt-service.printLabel": "Un telefon de dat",
  "tailoring.strategy.service-for-men.title": "Vorbește cu un serviciu pentru bărbați",
  "tailoring.strategy.service-for-men.what":
    "Men's Advice Line ajută bărbații care trec prin abuz din partea unui partener sau a familiei.",
  "tailoring.strategy.service-for-men.why":
    "Bărbații adesea nu sunt crezuți sau le e rușine să ceară ajutor. Serviciul înțelege.",
  "tailoring.strategy.service-for-men.how": ["Sună când nu e nimeni cu tine."],
  "tailoring.strategy.service-for-men.printLabel": "Un telefon de dat",
  "tailoring.strategy.older-people.title": "Și oamenii în vârstă pot primi ajutor",
  "tailoring.strategy.older-people.what":
    "Abuzul din partea unui partener, a unui copil adult sau a cuiva care are grijă de tine este abuz la orice vârstă. Medicul de familie și serviciile sociale pentru adulți te pot ajuta.",
  "tailoring.strategy.older-people.why":
    "Oamenii în vârstă sunt des trecuți cu vederea și pot depinde de persoana care le face rău.",
  "tailoring.strategy.older-people.how": [
    "Spune-i medicului de familie, unei asistente sau liniei de ajutor ce se întâmplă.",
  ],
  "tailoring.strategy.older-people.printLabel": "Programare",
  "tailoring.strategy.family-abuse-counts.title": "Și abuzul din familie contează",
  "tailoring.strategy.family-abuse-counts.what":
    "Legea spune că abuzul din partea cuiva din familie care are 16 ani sau mai mult este abuz domestic. Nu este doar abuzul din partea unui partener.",
  "tailoring.strategy.family-abuse-counts.why":
    "Același ajutor, aceleași ordine și aceleași servicii sunt și pentru tine.",
  "tailoring.strategy.family-abuse-counts.how": [
    "Spune-i liniei de ajutor cine îți face rău. Nu te vor judeca nici pe tine, nici familia ta.",
  ],
  "tailoring.strategy.family-abuse-counts.printLabel": "Notițe despre familie",

  "tailoring.strategy.right-to-ask.title": "Poți afla de la poliție trecutul unui partener",
  "tailoring.strategy.right-to-ask.what":
    "Prin Clare's Law (legea lui Clare), poți întreba poliția dacă un partener are un trecut de abuz.",
  "tailoring.strategy.right-to-ask.why": "Dacă știi, te poate ajuta să hotărăști ce faci.",
  "tailoring.strategy.right-to-ask.how": [
    "Întreabă personal la o secție de poliție sau la telefon, la numărul pentru situații care nu sunt urgențe. În multe zone poți întreba și online.",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "Întrebare de pus",
  "tailoring.strategy.protective-orders.title": "Întreabă de un ordin care o ține departe",
  "tailoring.strategy.protective-orders.what":
    "O instanță îi poate ordona persoanei să nu te contacteze sau să stea departe de casa ta.",
  "tailoring.strategy.protective-orders.why":
    "Încălcarea unora dintre aceste ordine este o infracțiune, așa că poliția poate acționa repede.",
  "tailoring.strategy.protective-orders.how": [
    "Întreabă un consilier de sprijin sau un avocat despre un „non-molestation order” (ordin de neapropiere) sau un „occupation order” (ordin despre cine locuiește în casă).",
    "Într-o urgență, un ordin poate fi dat fără ca persoana să afle dinainte.",
  ],
  "tailoring.strategy.protective-orders.printLabel": "Acte",
  "tailoring.strategy.legal-aid.title": "Vezi dacă poți primi ajutor gratuit de la un avocat",
  "tailoring.strategy.legal-aid.what":
    "Dacă ai trecut prin abuz, poți primi asistență juridică gratuită (legal aid) ca să plătești un avocat. Este pentru cazurile de familie, de exemplu unde locuiesc copiii și pe cine văd.",
  "tailoring.strategy.legal-aid.why":
    "De obicei vei avea nevoie de o dovadă, de exemplu o scrisoare de la un medic sau de la un serviciu de sprijin.",
  "tailoring.strategy.legal-aid.how": [
    "Întreabă un avocat de familie care lucrează cu legal aid sau consilierul de sprijin.",
  ],
  "tailoring.strategy.legal-aid.printLabel": "Ajutor cu costurile",

  "tailoring.strategy.not-your-fault.title": "Nu uita: nu este vina ta",
  "tailoring.strategy.not-your-fault.what":
    "Nimic din ce faci sau spui nu face să fie vina ta. Persoana care îți face rău alege să o facă.",
  "tailoring.strategy.not-your-fault.why":
    "Cei care le fac rău altora dau des vina pe cei cărora le fac rău. Nu este adevărat.",
  "tailoring.strategy.not-your-fault.how": ["Scrie ceva blând pe care i l-ai spune unui prieten aflat în locul tău."],
  "tailoring.strategy.not-your-fault.printLabel": "De ținut minte",
  "tailoring.strategy.mixed-feelings.title": "Sentimentele amestecate sunt normale",
  "tailoring.strategy.mixed-feelings.what": "Poți iubi pe cineva și totuși să vrei ca răul să se oprească.",
  "tailoring.strategy.mixed-feelings.why":
    "Să fii între două sentimente e una dintre cele mai grele părți. Te poate ajuta să vorbești despre asta.",
  "tailoring.strategy.mixed-feelings.how": ["Vorbește cu linia de ajutor. Nu îți vor spune ce să faci."],
  "tailoring.strategy.mixed-feelings.printLabel": "Gânduri",
  "tailoring.strategy.look-after-yourself.title": "Ai grijă de tine",
  "tailoring.strategy.look-after-yourself.what":
    "Somnul, mâncarea, aerul curat și oamenii care țin la tine te ajută să faci față.",
  "tailoring.strategy.look-after-yourself.why":
    "Abuzul îi obosește pe oameni. Lucrurile mici îți pot da mai multă putere.",
  "tailoring.strategy.look-after-yourself.how": [
    "Vorbește cu medicul de familie dacă ai o stare proastă, ai griji mari sau nu poți dormi.",
  ],
  "tailoring.strategy.look-after-yourself.printLabel": "Timp pentru mine",

  "tailoring.strategy.signal-and-power.title": "Păstrează o cale de a cere ajutor",
  "tailoring.strategy.signal-and-power.what": "Să știi unde are telefonul semnal și ține o baterie externă încărcată.",
  "tailoring.strategy.signal-and-power.why":
    "Departe de alți oameni, ajutorul poate ajunge mai greu, așa că trebuie să poți suna din timp.",
  "tailoring.strategy.signal-and-power.how": [
    "Notează cel mai apropiat loc cu oameni, de exemplu un magazin sau un vecin.",
  ],
  "tailoring.strategy.signal-and-power.printLabel": "Baterie externă",
  "tailoring.strategy.lift-arranged.title": "Stabilește dinainte cine te duce cu mașina",
  "tailoring.strategy.lift-arranged.what":
    "Întreabă pe cineva de încredere care are mașină dacă te-ar duce undeva dacă ar trebui să pleci.",
  "tailoring.strategy.lift-arranged.why": "Fără mașină, drumul spre un loc mai sigur poate dura prea mult.",
  "tailoring.strategy.lift-arranged.how": ["Păstrează în plan numărul persoanei și un număr de taxi."],
  "tailoring.strategy.lift-arranged.printLabel": "Transport",

  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label":
    "Persoana mi-a pus mâinile pe gât, m-a strâns de gât sau m-a sufocat, ori a încercat",
  "tailoring.sign.strangled.flag":
    "Strânsul de gât sau sufocarea sunt foarte periculoase, chiar dacă nu au lăsat urme. Poate face răni care nu se văd și este un semn că persoana ar putea ucide.",
  "tailoring.sign.threats-to-kill.label": "Persoana a amenințat că mă omoară, că omoară pe altcineva sau că se omoară",
  "tailoring.sign.threats-to-kill.flag":
    "Ia în serios amenințările cu moartea, chiar dacă au fost spuse la nervi sau în glumă.",
  "tailoring.sign.separation.label": "Ne-am despărțit sau plănuiesc să mă despart",
  "tailoring.sign.separation.flag":
    "Perioada plecării și imediat după este momentul în care mulți oameni sunt în cel mai mare risc. Plănuiește-o cu ajutor.",
  "tailoring.sign.stalking.label": "Persoana mă urmărește, mă pândește sau mă tot contactează",
  "tailoring.sign.stalking.flag": "Urmărirea (stalking) este o infracțiune și vine des înaintea unui rău grav.",
  "tailoring.sign.weapons.label": "Persoana a folosit o armă sau m-a amenințat cu una, sau poate face rost de una",
  "tailoring.sign.weapons.flag": "O armă face un rău grav mult mai probabil.",
  "tailoring.sign.getting-worse.label": "Se întâmplă mai des sau e tot mai rău",
  "tailoring.sign.getting-worse.flag":
    "Abuzul care se agravează sau se întâmplă mai des este un semn că riscul crește.",
  "tailoring.sign.pregnant-or-baby.label": "Sunt însărcinată sau am un bebeluș sub un an",
  "tailoring.sign.pregnant-or-baby.flag":
    "Abuzul începe sau se agravează des în sarcină și după naștere. Tu și bebelușul meritați ajutor în plus.",
  "tailoring.sign.own-fear.label": "Mi-e frică de ce ar putea face persoana",
  "tailoring.sign.own-fear.flag":
    "Ce simți tu despre pericol este unul dintre cele mai bune semne. Ai încredere în ce simți.",
  "tailoring.sign.threats-about-children.label":
    "Persoana amenință că ia copiii sau că le face rău, ori folosește întâlnirile cu copiii ca să ajungă la mine",
  "tailoring.sign.threats-about-children.flag": "Amenințările despre copii sunt grave, pentru ei și pentru tine.",
  "tailoring.advice.phone-999.title": "Sună la 999",
  "tailoring.advice.phone-999.text": "Dacă ești în pericol acum, sună la 999 și cere poliția.",
  "tailoring.advice.silent-call.title": "Dacă nu poți vorbi: 999, apoi 55",
  "tailoring.advice.silent-call.text":
    "De pe un mobil, formează 999 și, dacă nu poți vorbi, apasă 55 când ți se cere. Operatorul te va face legătura cu poliția.",
  "tailoring.advice.helpline.title": "Vorbește cu linia de ajutor",
  "tailoring.advice.helpline.text":
    "Te poate ajuta să faci un plan pentru ce ai recunoscut, la orice oră, zi și noapte.",
  "tailoring.advice.idva.title": "Cere un consilier independent (IDVA)",
  "tailoring.advice.idva.text":
    "Un IDVA este un consilier pregătit care lucrează cu oamenii aflați în risc mare și este de partea ta. Linia de ajutor, medicul de familie sau un serviciu de sprijin din zonă te pot pune în legătură.",
  "tailoring.advice.marac.title": "Ce este MARAC",
  "tailoring.advice.marac.text":
    "MARAC este o întâlnire despre oamenii aflați în cel mai mare risc. Poliția, sănătatea, locuințele, serviciile pentru copii și alții spun ce știu și stabilesc cum să îi ajute să fie mai în siguranță. Tu nu mergi acolo: un consilier vorbește pentru tine. Un specialist te poate trimite acolo, cu acordul tău când se poate.",
  "tailoring.advice.see-a-doctor.title": "Mergi la medic",
  "tailoring.advice.see-a-doctor.text":
    "Cere unui medic sau unei moașe să te vadă, chiar dacă te simți bine. Spune-le ce s-a întâmplat.",
  "tailoring.advice.keep-a-record.title": "Notează ce se întâmplă",
  "tailoring.advice.keep-a-record.text":
    "Scrie ce se întâmplă, cu date, și păstrează mesajele într-un loc unde persoana nu le poate găsi.",
  "tailoring.advice.children-services.title": "Cere ajutor pentru copii",
  "tailoring.advice.children-services.text":
    "Spune-i unui consilier de sprijin, școlii copiilor sau liniei de ajutor NSPCC. Serviciile pentru copii îi pot ajuta să fie protejați.",

  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question":
    "Ar putea persoana să deblocheze acest telefon sau calculator, sau îi știe codul?",
  "tailoring.device.others-unlock.todo":
    "Dacă poți, folosește alt dispozitiv pentru plan, de exemplu telefonul unui prieten sau un calculator de la bibliotecă. Dacă e sigur, schimbă codul.",
  "tailoring.device.they-set-it-up.question":
    "Persoana a cumpărat acest dispozitiv, l-a configurat sau l-a avut o vreme?",
  "tailoring.device.they-set-it-up.todo":
    "Poate a adăugat aplicații sau setări care arată ce faci. Pentru orice e privat, folosește un dispozitiv pe care persoana nu l-a avut niciodată.",
  "tailoring.device.shared-account.question":
    "Este acest dispozitiv conectat la un cont pe care persoana îl poate deschide? De exemplu un cont comun Google, Apple sau Microsoft.",
  "tailoring.device.shared-account.todo":
    "Ce se salvează în acel cont, ca pozele, istoricul sau parolele, poate apărea și pe dispozitivele persoanei. Folosește o fereastră privată și nu salva adresa acestui site.",
  "tailoring.device.browser-sync.question":
    "Este browserul conectat la un cont și sincronizat, așa că istoricul apare și pe alte dispozitive?",
  "tailoring.device.browser-sync.todo":
    "Folosește o fereastră privată pentru acest site. Dacă l-ai vizitat deja, șterge doar acele pagini din istoric, nu tot istoricul.",
  "tailoring.device.location-shared.question":
    "Ar putea persoana să vadă unde ești, de exemplu printr-o aplicație de hărți, Find My sau o aplicație de familie?",
  "tailoring.device.location-shared.todo":
    "Verifică partajarea locației în setările telefonului. Dacă o oprești, persoana poate afla, așa că gândește-te întâi și cere ajutorul unui consilier de sprijin.",
  "tailoring.device.family-apps.question":
    "Ești cu persoana într-un grup de familie sau într-o aplicație de control parental?",
  "tailoring.device.family-apps.todo":
    "Aplicațiile de familie pot arăta locația ta, cumpărăturile și timpul petrecut pe ecran. Cere unui consilier de sprijin să te ajute să vezi ce poate vedea persoana.",
  "tailoring.device.childrens-devices.question":
    "Au copiii telefoane, tablete sau jocuri date sau configurate de persoană?",
  "tailoring.device.childrens-devices.todo":
    "Aceste dispozitive pot arăta unde sunt copiii. Verifică setările de locație și de familie, cu ajutor dacă ai nevoie.",
  "tailoring.device.smart-home.question":
    "Sunt acasă camere, boxe inteligente sau o sonerie cu video controlate de persoană?",
  "tailoring.device.smart-home.todo":
    "Persoana ar putea vedea sau auzi ce se întâmplă acasă. Sună și folosește acest site departe de ele.",
  "tailoring.device.knows-too-much.question":
    "Pare că persoana știe lucruri pe care nu ar trebui să le știe: mesajele tale, ce cauți sau unde ai fost?",
  "tailoring.device.knows-too-much.todo":
    "Poate fi un semn de program spion sau de cont comun. Nu folosi acest dispozitiv pentru plan. Linia de ajutor îți poate spune cum să îl verifici.",
  "tailoring.device.answer.yes": "Da",
  "tailoring.device.answer.no": "Nu",
  "tailoring.device.answer.not-sure": "Nu știu",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "Telefonul și încărcătorul",
  "tailoring.goNow.take.keys": "Cheile",
  "tailoring.goNow.take.money": "Bani și carduri de bancă",
  "tailoring.goNow.take.medicines": "Medicamente",
  "tailoring.goNow.take.documents": "Pașaportul sau alt act de identitate, dacă ajungi repede la el",
  "tailoring.goNow.take.children": "Copiii și ce le trebuie în noaptea asta",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "Prefer să nu spun",
  "tailoring.ui.priorities.intro": "Alege ce contează pentru tine, apoi mută sus ce e cel mai important.",
  "tailoring.ui.priorities.chosen": "Ce contează pentru mine, cel mai important primul",
  "tailoring.ui.priorities.none": "Nimic ales încă.",
  "tailoring.ui.priorities.up": "Mută mai sus",
  "tailoring.ui.priorities.down": "Mută mai jos",
  "tailoring.ui.priorities.remove": "Scoate",
  "tailoring.ui.priorities.moved": "{name} este acum pe locul {n}.",
  "tailoring.ui.priorities.own": "Cu cuvintele tale, ce contează pentru tine?",
  "tailoring.ui.ideas.empty":
    "Răspunde la „Ce mi se potrivește” și la „Ce contează cel mai mult pentru mine” ca să vezi idei alese pentru tine. Poți și să te uiți prin toate ideile de mai jos.",
  "tailoring.ui.ideas.suggested": "Sugerate pentru tine",
  "tailoring.ui.ideas.suggestedHint":
    "Nu sunt încă în planul tău. Doar ideile pe care le păstrezi intră în plan și apar când îl tipărești.",
  "tailoring.ui.ideas.suggestedNone":
    "Ai făcut o alegere pentru fiecare idee sugerată. Uită-te prin toate ideile de mai jos ca să găsești mai multe.",
  "tailoring.ui.ideas.because": "Sugerat pentru că {reasons}.",
  "tailoring.ui.ideas.between": ", ",
  "tailoring.ui.ideas.and": " și ",
  "tailoring.ui.ideas.andVowel": " și ",
  "tailoring.ui.ideas.how": "De ce ajută și cum",
  "tailoring.ui.ideas.more": {
    one: "Arată încă 1 idee",
    few: "Arată încă {count} idei",
    other: "Arată încă {count} de idei",
  },
  "tailoring.ui.ideas.call": "Cine poate ajuta:",
  "tailoring.ui.ideas.keep": "Păstrează în planul meu",
  "tailoring.ui.ideas.drop": "Nu pentru mine",
  "tailoring.ui.ideas.kept": "În planul meu",
  "tailoring.ui.ideas.keptNone":
    "Nimic păstrat încă. Apasă „Păstrează în planul meu” la orice idee care ți se potrivește.",
  "tailoring.ui.ideas.note": "Notițele mele despre asta",
  "tailoring.ui.ideas.takeOut": "Scoate din planul meu",
  "tailoring.ui.ideas.own": "Ideile mele",
  "tailoring.ui.ideas.ownTitle": "Ideea mea",
  "tailoring.ui.ideas.ownNote": "Cum o voi face",
  "tailoring.ui.ideas.ownN": "Ideea mea {n}",
  "tailoring.ui.ideas.addOwn": "Adaugă o idee a mea",
  "tailoring.ui.ideas.removeOwn": "Scoate această idee",
  "tailoring.ui.ideas.dropped": "Puse deoparte ({count})",
  "tailoring.ui.ideas.bringBack": "Adu înapoi",
  "tailoring.ui.ideas.all": "Uită-te prin toate ideile",
  "tailoring.ui.ideas.inPlan": "În planul meu",
  "tailoring.ui.ideas.keptDone": "Păstrat în planul tău: {title}.",
  "tailoring.ui.ideas.droppedDone": "Pus deoparte: {title}. Îl poți aduce înapoi mai jos.",
  "tailoring.ui.panel.close": "Înapoi la planul meu",
  "tailoring.ui.goNow.title": "Dacă trebuie să plec acum",
  "tailoring.ui.goNow.intro":
    "Cele câteva lucruri care contează cel mai mult. Citește-le acum, ca să le știi când ai nevoie de ele.",
  "tailoring.ui.goNow.danger":
    "Dacă ești în pericol, sună la 999. Dacă nu poți vorbi de pe un mobil, apasă 55 când ți se cere.",
  "tailoring.ui.goNow.where": "Unde pot merge",
  "tailoring.ui.goNow.who": "Pe cine pot suna",
  "tailoring.ui.goNow.codeWord": "Cuvântul meu-cod",
  "tailoring.ui.goNow.waysOut": "Căile mele de ieșire",
  "tailoring.ui.goNow.children": "Unde pot merge copiii",
  "tailoring.ui.goNow.take": "Ia dacă poți",
  "tailoring.ui.goNow.takeMine": "Din lista mea",
  "tailoring.ui.goNow.nothing":
    "Planul tău nu spune încă unde ai merge sau pe cine ai suna. Dacă completezi „Pregătirea plecării” și lista de lucruri de luat, ele vor apărea aici.",
  "tailoring.ui.goNow.leave":
    "Nu te opri după lucruri dacă ești în pericol. Tu contezi mai mult decât orice lucru pe care l-ai putea lua.",
  "tailoring.ui.signs.title": "Semne de pericol",
  "tailoring.ui.signs.intro":
    "Unele lucruri fac un rău grav mai probabil. Bifează ce recunoști ca să vezi ce poți face. Nu există un scor: ce simți tu despre pericol contează cel mai mult.",
  "tailoring.ui.signs.legend": "Recunoști ceva din acestea?",
  "tailoring.ui.signs.flagged": "Ce înseamnă",
  "tailoring.ui.signs.todo": "Ce poți face",
  "tailoring.ui.signs.none":
    "Chiar dacă nu ai bifat nimic, ai încredere în ce simți. Dacă ți-e frică, vorbește cu cineva.",
  "tailoring.ui.signs.notKept": "Ce bifezi aici nu se păstrează: dispare când închizi.",
  "tailoring.ui.device.title": "Este sigur acest dispozitiv?",
  "tailoring.ui.device.intro":
    "Câteva întrebări despre telefonul sau calculatorul pe care îl folosești acum. Poți sări peste oricare. Răspunsurile tale nu se păstrează nicăieri.",
  "tailoring.ui.device.todo": "Ce să faci",
  "tailoring.ui.device.allClear":
    "Nimic din ce ai spus nu e îngrijorător. Folosește în continuare „Ieși de pe această pagină” când ai nevoie și citește „Mai sigur pe internet” ca să afli mai mult.",
  "tailoring.ui.device.onlineSafety": "Mai sigur pe internet",
};
