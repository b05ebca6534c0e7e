import type { pages as en } from "../en/pages";
import type { Translation } from "../types";

/**
 * Words of the pages themselves (build time only), in Romanian: drafted from the English, not
 * yet reviewed by a fluent speaker. The reader is "tu", warmly and plainly, and never told their
 * gender: no adjective agrees with the reader ("nu trebuie să treci prin asta fără ajutor", not
 * "singur/singură"), and never a "/ă" form. Entries may use **strong** and [links](/path/)
 * (src/core/i18n/rich.ts). Terms: docs/languages/ro.md.
 */
export const pages: Translation<typeof en> = {
  "layout.description": "Fă un plan, în ritmul tău, pe propriul dispozitiv.",
  "layout.skipLink": "Sari la conținutul principal",
  "layout.languages": "Alte limbi",
  "layout.nav": "Site",
  "layout.navHome": "Acasă",
  "layout.navNumbers": "Numere de telefon",
  "layout.navOnline": "Mai sigur pe internet",
  "layout.navAbout": "Despre",
  "layout.footerPrivacy":
    "Nimic din ce scrii aici nu este trimis nicăieri. [Ce se întâmplă cu informațiile tale](/about/).",
  "layout.footerRunBy": "Site administrat de {name}. {contact}",
  "quickExit.label": "Ieși de pe această pagină",
  "quickExit.pressesLeft": {
    one: "Shift: mai apasă o dată ca să ieși",
    few: "Shift: mai apasă de {count} ori ca să ieși",
    other: "Shift: mai apasă de {count} de ori ca să ieși",
  },
  "quickExit.expired": "Shift: scurtătura de ieșire a expirat",
  /** The tab's title the moment the exit is used: what a browser calls a new, empty tab. Neutral. */
  "quickExit.tabTitle": "Filă nouă",
  "quickExit.noticeTitle": "Cum pleci repede de pe acest site",
  "quickExit.notice":
    "Apasă pe **Ieși de pe această pagină** sau apasă tasta **Shift** de 3 ori ca să pleci imediat. Pagina se golește și se deschide în locul ei un site obișnuit. [Ce ascunde ieșirea și ce nu ascunde](/staying-safe-online/).",
  "quickExit.noticeDismiss": "Bine, ascunde mesajul",
  "organisation.placeholderName": "Organizația care administrează acest site",
  "organisation.placeholderContact": "Întreabă persoana care ți-a dat această adresă.",
  "home.title": "Acasă",
  "home.heading": "Fă un plan, în ritmul tău",
  "home.lead":
    "{siteName} te ajută să te gândești cum poți fi mai în siguranță acasă și ce poți face dacă trebuie să pleci. Poți sări peste orice întrebare, poți reveni la orice și poți tipări planul, dacă vrei.",
  "home.dangerNow": "**Dacă ești în pericol acum, sună la 999.**",
  "home.silent":
    "Dacă nu poți vorbi, formează 999 de pe un mobil, ascultă, apoi apasă 55. [Alte numere pentru ajutor](/help/).",
  "home.chooseStart": "Alege de unde începi",
  "home.adult.title": "Planul meu de siguranță",
  "home.adult.text":
    "Gândește-te ce te ajută pe tine și pe copiii tăi să fiți mai în siguranță, fie că rămâi, fie că pleci.",
  "home.checklist.title": "Lucruri de luat dacă plec",
  "home.checklist.text":
    "O listă cu acte, bani, chei, medicamente și alte lucruri, de pus în bagaj sau de păstrat la loc sigur.",
  "home.youngPerson.title": "Un plan pentru tineri",
  "home.youngPerson.text": "Pentru adolescenți, de făcut împreună cu un adult în care au încredere.",
  "home.child.title": "Un plan pentru copii",
  "home.child.text": "Pași mari și simpli, de exersat cu un adult de încredere.",
  "home.professionals.title": "Pentru specialiști",
  "home.professionals.text":
    "Faceți planuri pentru o familie întreagă într-o singură ședință, predați-le în siguranță și nu lăsați nimic în urmă.",
  "home.neverHeading": "Ce nu face niciodată acest site",
  "home.never": [
    "Nu trimite nicăieri ce scrii. Nu există cont și nici server care să păstreze planuri.",
    "Nu păstrează nimic pe acest dispozitiv decât dacă alegi să salvezi. Atunci totul este încuiat cu o frază de acces pe care doar tu o știi.",
    "Nu folosește urmărire, reclame sau servicii din afară, așa că nicio altă firmă nu află că ai fost aici.",
  ],
  "home.notYourFault":
    "Un plan poate micșora riscul, dar nu poate promite că vei fi în siguranță. Ce se întâmplă nu este vina ta și nu trebuie să treci prin asta fără ajutor: [oameni care te pot ajuta](/help/).",
  "home.moreLinks":
    "[Cum să fii mai în siguranță pe internet](/staying-safe-online/), inclusiv ce face butonul **Ieși de pe această pagină**. [Ce se întâmplă cu informațiile tale](/about/).",
  "about.title": "Despre",
  "about.heading": "Ce se întâmplă cu informațiile tale",
  "about.lead":
    "Totul se petrece în browserul tău, pe acest dispozitiv. Nu există cont și nici server care să primească sau să păstreze ce scrii.",
  "about.keptHeading": "Ce se păstrează și unde",
  "about.kept": [
    "**Cât timp scrii:** răspunsurile sunt ținute doar în memoria acestei file. Dacă pleci de pe pagină, o reîncarci, închizi fila sau folosești butonul de ieșire, ele se șterg.",
    "**Dacă alegi „Salvează pe acest dispozitiv”:** planul este încuiat cu o frază de acces aleasă de tine, iar copia încuiată este păstrată în spațiul de stocare al acestui browser. Fără fraza de acces nu poate fi citită, și nimeni nu o poate reseta pentru tine.",
    "**Dacă alegi „Salvează o copie”:** se descarcă un fișier încuiat. Este al tău: îl poți păstra, îl poți da consilierului de sprijin sau îl poți șterge.",
    "**Dacă tipărești:** hârtia este a ta. Păstreaz-o unde nu va fi găsită sau roagă un consilier de sprijin să o păstreze pentru tine.",
    "**O mică notă pentru această filă:** site-ul ține minte, doar până închizi fila, că ți-a arătat deja nota despre butonul de ieșire. Butonul de ieșire o șterge.",
  ],
  "about.neverSentHeading": "Ce nu este trimis niciodată",
  "about.neverSent":
    "Site-ul nu încarcă nimic de la alte firme: fără urmărire, fără reclame, fără fonturi sau imagini de altundeva. Browserului i se cere să nu trimită nimic către nicio altă adresă. Pleci de aici doar când alegi un link: un număr de telefon, site-ul unui serviciu sau butonul de ieșire.",
  "about.deleteHeading": "Cum ștergi totul",
  "about.delete": [
    "Răspunsuri nesalvate: închide fila sau folosește butonul de ieșire.",
    "Un plan salvat: deschide-l și alege „Șterge tot de pe acest dispozitiv” pe pagina planului. Dacă este încuiat și ai uitat fraza de acces, alege „Ai uitat fraza de acces?” pe ecranul încuiat. Poți șterge și datele acestui site din setările browserului (de obicei la Confidențialitate, apoi Datele site-urilor).",
    "Istoricul de navigare: vezi [cum ștergi doar acest site din istoric](/staying-safe-online/#history).",
  ],
  "about.accessibilityHeading": "Accesibilitate",
  "about.accessibility":
    "[Cum a fost verificată accesibilitatea acestui site și ce nu este încă destul de bine](/accessibility/).",
  "about.runByHeading": "Cine administrează acest site",
  "about.runBy": "{name}. {contact}",
  "about.noPromise": "Un plan poate micșora riscul, dar nu poate promite siguranța. Dacă ești în pericol, sună la 999.",
  "accessibility.title": "Accesibilitate",
  "accessibility.lead":
    "Acest site ar trebui să meargă pentru toată lumea: pe telefon sau pe calculator, cu tastatura, cu un cititor de ecran sau cu textul mărit. Această pagină spune cum a fost verificat și ce nu este încă destul de bine.",
  "accessibility.aimHeading": "Ce ne propunem",
  "accessibility.aim":
    "Ghidul de accesibilitate a conținutului web (WCAG) 2.2, nivelul AA. Site-ul folosește cuvinte simple, butoane mari, linkuri și titluri adevărate și merge fără mouse. Paginile pentru copii au propoziții scurte, imagini și Citește cu voce tare.",
  "accessibility.checkedHeading": "Cum este verificat",
  "accessibility.checkedIntro":
    "Aceste verificări rulează automat, în browserul Chromium, de fiecare dată când site-ul se schimbă:",
  "accessibility.checks": [
    "un program de verificare a accesibilității (axe) pe fiecare pagină, la lățimea unui telefon și a unui calculator, cu culori deschise și închise;",
    "același program pe fiecare pas al planului unui copil, pe ecranele de exersat și pe planuri cu toate răspunsurile completate;",
    "fiecare link de pe fiecare pagină poate fi atins cu tasta Tab, iar butonul de ieșire este primul lucru la care ajunge Tab;",
    "linkul de sărit la conținut, butonul de ieșire (Enter sau Shift apăsat de trei ori) și nota de la prima vizită merg de la tastatură;",
    "planul unui copil, inclusiv desenul, poate fi făcut doar cu tastatura;",
    "tot ce este scris pentru copii rămâne la un nivel de citire de aproximativ 9 ani (clasa a 4-a sau mai jos pe scara Flesch–Kincaid, în engleză);",
    "copiile tipărite arată răspunsurile și rânduri pe care se poate scrie, fără linkuri sau meniuri ale site-ului.",
  ],
  "accessibility.notYetHeading": "Ce știm că nu este încă destul de bine",
  "accessibility.notYet": [
    "Site-ul nu a fost încă testat de persoane cu dizabilități, nici de mână cu cititoare de ecran (ca NVDA, JAWS, VoiceOver sau TalkBack) sau cu comenzi vocale. Verificările automate găsesc doar o parte din probleme.",
    "Verificările automate rulează doar în Chromium. Firefox și Safari nu sunt verificate automat.",
    "Pe unele telefoane și tablete, tasta de majuscule a tastaturii de pe ecran contează ca Shift, așa că dacă o apeși de trei ori la rând poți porni ieșirea. Butonul de ieșire merge întotdeauna.",
    "Un desen nu poate fi descris cuiva care nu îl poate vedea. Restul planului nu depinde de el.",
    "Citește cu voce tare folosește vocile de pe dispozitiv. Unde nu există, butonul nu apare.",
    "Copiile tipărite și fișierele salvate nu au fost verificate cu cititoare de ecran.",
  ],
  // Shown only in a language that no fluent speaker has reviewed yet (src/core/i18n/languages.ts).
  "accessibility.notReviewed": "Textele acestui site în această limbă nu au fost încă verificate de un vorbitor nativ.",
  "accessibility.idleLock":
    "Un plan salvat se încuie singur după {minutes} în care nu este folosit, ca să rămână privat. Dacă îl descui cu fraza de acces, totul revine. O ședință cu un specialist te anunță înainte să se termine, iar „Continuă” dă mai mult timp.",
  "accessibility.minutes": { one: "1 minut", few: "{count} minute", other: "{count} de minute" },
  "accessibility.problemHeading": "Spune-ne despre o problemă",
  "accessibility.problem":
    "Dacă ceva este greu de folosit sau ai nevoie de informații în alt fel, te rugăm să le spui celor de la {name}. {contact}",
  "accessibility.written": "Această declarație a fost scrisă în decembrie 2026, pentru versiunea 0.2.0 a site-ului.",
  "cleared.title": "Șters",
  "cleared.heading": "Totul a fost șters",
  "cleared.text": "Ședința s-a încheiat, iar ce conținea a fost șters din acest browser.",
  /** Only after a session ended by itself (the page is opened at #idle). */
  "cleared.idle":
    "S-a încheiat singură pentru că nu o mai folosea nimeni. Planurile care nu fuseseră încă predate s-au șters și ele și nu mai pot fi recuperate.",
  "cleared.cannotHeading": "Ce nu poate șterge un browser",
  "cleared.cannot": [
    "**Fișierele descărcate în ședință.** Copiile încuiate sunt în folderul Descărcări, cu numele {file} Mută fiecare fișier unde îi este locul (în evidențele organizației sau pe dispozitivul persoanei), apoi șterge-l din Descărcări și golește coșul.",
    "**Lista de descărcări a browserului.** Deschide Descărcări din meniul browserului și scoate fiecare copie din listă (clic dreapta pe ea sau folosește X-ul de lângă ea).",
    "**Istoricul.** Adresa acestui site rămâne în istoricul browserului: vezi [cum ștergi doar acest site din istoric](/staying-safe-online/#history).",
  ],
  "cleared.home": "Acasă",
  "deleted.title": "Șters",
  "deleted.heading": "Șters",
  "deleted.text": "Tot ce era salvat pe acest dispozitiv a fost șters.",
  "deleted.browser": "Acestui browser i s-a cerut și să șteargă ce a păstrat site-ul în fișierele sale.",
  "deleted.again": "Începe din nou",
  "receive.title": "Primește",
  "receive.heading": "Primește",
  "receive.intro": "Această pagină citește codurile arătate pe alt ecran.",
  "receive.noScript":
    "Această pagină are nevoie de JavaScript ca să folosească camera. Celelalte metode de mai jos merg și fără.",
  "receive.otherWays": "Dacă acest telefon nu poate citi codurile",
  "receive.way1": "Cere codurile mai lente pe celălalt ecran: sunt mai mari și se schimbă mai încet.",
  "receive.way2":
    "Ține telefonul mai aproape sau mai departe, ca să umple codul cea mai mare parte a ecranului. Mărește luminozitatea celuilalt ecran și înclină-l ca să nu se reflecte luminile în el.",
  "receive.way3": "Încearcă alt browser pe acest telefon.",
  "receive.way4":
    "Cere în schimb un fișier încuiat și deschide-l pe acest telefon cu **Deschide o copie salvată** pe pagina planului.",
  "receive.way5": "Sau cere planul pe hârtie.",
  "help.title": "Numere de telefon pentru ajutor",
  "help.emergencyHeading": "În pericol acum: sună la 999",
  "help.emergency": [
    "Sună la 999 dacă tu sau copiii tăi sunteți în pericol sau dacă cineva este rănit. Cere poliția, sau o ambulanță dacă cineva este rănit.",
    "Spune-le numele tău, unde ești și ce se întâmplă. Dacă poți, rămâi la telefon.",
  ],
  "help.silentHeading": "Dacă nu poți vorbi",
  "help.silent": [
    "De pe un mobil, formează 999.",
    "Rămâi la telefon și ascultă.",
    "Când ți se cere, apasă **55**. Așa operatorul știe că este o urgență reală și te pune în legătură cu poliția.",
  ],
  "help.hideNumber":
    "Dacă formezi **141** înaintea unui număr, numărul tău este ascuns pentru persoana pe care o suni, de pe majoritatea telefoanelor fixe din Regatul Unit.",
  "help.helplinesIntro": "Apelurile sunt gratuite și poți suna doar ca să vorbești despre ce te frământă.",
  "help.closed":
    "Programul se poate schimba. Dacă o linie este închisă, încearcă linia de ajutor non-stop de mai sus sau 999 în caz de urgență.",
  "serviceCard.website": "Site-ul {name}",
  "serviceCard.newTab": "(se deschide într-o filă nouă)",
  "professionals.title": "Pentru specialiști",
  "professionals.heading": "Cum folosiți acest site cu cineva pe care îl sprijiniți",
  "professionals.lead":
    "Pentru consilierii pentru violență domestică, asistenții sociali, profesori, asistenții medicali comunitari și alții care fac planuri cu un adult și copiii lui. Într-o singură ședință puteți face planul adultului, lista de lucruri de luat și un plan pentru fiecare copil, apoi puteți preda totul în siguranță, fără să lăsați nimic pe dispozitivul dumneavoastră.",
  "professionals.start": "Începeți o ședință",
  "professionals.beforeHeading": "Înainte să începeți",
  "professionals.before": [
    "**Faceți planul cu persoana, nu în locul ei.** Ea își cunoaște cel mai bine situația. Întrebați, ascultați și scrieți cuvintele ei.",
    "**Nu stabiliți niciodată un plan acolo unde agresorul ar putea auzi** sau vedea ecranul. Alegeți cu grijă locul și momentul și verificați cine mai este în casă sau la telefon.",
    "**Vedeți fiecare copil separat**, într-un fel potrivit vârstei lui: un plan simplu, pas cu pas, pentru copiii mai mici, un plan mai complet pentru adolescenți. Un copil păstrează doar numere de telefon, niciodată un plan scris, și exersează planul cu un adult de încredere.",
    "**Riscul crește în momentul plecării și imediat după.** Faceți planuri și pentru cineva care rămâne, și pentru cineva care pleacă, și faceți ca planul să meargă în ambele cazuri.",
    "**Un plan sprijină evaluarea riscului (DASH) și procesele MARAC. Nu le înlocuiește.** Urmați procedurile de protecție (safeguarding) ale propriei organizații.",
    "**Oferiți-vă să păstrați planul și copii ale actelor la sediul dumneavoastră**, ca să nu trebuiască ascuns nimic acasă.",
    "Un plan poate micșora riscul, dar nu poate garanta siguranța. Spuneți asta deschis.",
  ],
  "professionals.howHeading": "Cum decurge o ședință",
  "professionals.how": [
    "**Începeți o ședință.** Ea cuprinde o familie: planul adultului, lista de lucruri de luat și un plan pentru fiecare copil sau tânăr, fiecare numit doar prin inițiale.",
    "**Parcurgeți împreună fiecare plan.** Fiecare secțiune are un panou „Întrebări de pus”, pornind de la ghiduri. Ascundeți-l când persoana se uită la ecran.",
    "**Predați** în felul cel mai sigur pentru această familie: tipărit (pentru un copil, doar un card cu numere de telefon), un fișier încuiat cu o frază de acces pe care persoana o alege și o scrie singură, o a doua copie încuiată pentru evidențele dumneavoastră, cu altă frază de acces, sau salvat încuiat pe dispozitivul persoanei, dacă ședința rulează acolo.",
  ],
  "professionals.howEnd":
    "**Încheiați ședința și curățați acest dispozitiv.** Așa se șterge tot ce a cuprins ședința. Dacă vă îndepărtați de dispozitiv, ședința se încheie singură după {total} în care nu este folosită, cu un avertisment cu {grace} înainte.",
  "professionals.minutes": { one: "1 minut", few: "{count} minute", other: "{count} de minute" },
  "professionals.reviewHeading": "Revizuirea unui plan",
  "professionals.review":
    "Stabiliți o dată de revizuire pentru fiecare plan. Când un plan este deschis după acea dată, o spune cu blândețe și arată ce trebuie privit din nou. Fiecare plan păstrează o scurtă listă cu datele la care a fost revizuit, și nimic altceva.",
  "professionals.exitHeading": "Ieșirea rapidă",
  "professionals.exit":
    "Fiecare pagină, inclusiv ședința, are sus butonul **Ieși de pe această pagină**, iar dacă apăsați Shift de 3 ori se întâmplă același lucru. Într-o ședință, ieșirea șterge și planurile din memorie (un plan salvat pe dispozitivul persoanei rămâne, încuiat). Arătați-i persoanei unde este butonul înainte să începeți. [Ce ascunde ieșirea și ce nu ascunde](/staying-safe-online/).",
  "online.title": "Mai sigur pe internet",
  "online.lead":
    "Dacă cineva îți verifică telefonul sau calculatorul, acești pași îi pot face mai greu să vadă că ai fost aici. Niciun site nu poate ascunde totul, așa că e bine să știi ce face butonul de ieșire și ce nu poate face.",
  "online.exitHeading": "Butonul Ieși de pe această pagină",
  "online.exitIntro":
    "Fiecare pagină are sus un buton **Ieși de pe această pagină**. Poți și să apeși tasta **Shift** de 3 ori, chiar în timp ce scrii. Când faci asta:",
  "online.exitDoes": [
    "pagina se golește imediat;",
    "tot ce ai scris și nu ai salvat se șterge, iar un plan salvat se încuie;",
    "un site obișnuit ({exitHost}) se deschide în aceeași filă, în locul acestui site.",
  ],
  "online.backList":
    "Site-ul trece de la o pagină la alta fără să adauge nimic în lista butonului Înapoi. Așa că, după o ieșire, butonul Înapoi te duce unde erai înainte să vii aici, nu pe acest site.",
  "online.cannotHeading": "Ce nu poate face butonul de ieșire",
  "online.cannot": [
    "Nu șterge istoricul de navigare. Adresa acestui site rămâne în lista istoricului.",
    "Nu poate șterge ce sugerează browserul când cineva scrie în bara de adrese.",
    "Nu poate șterge descărcările, lista browserului cu filele închise recent sau istoricul sincronizat pe alte dispozitive.",
    "Nu poate opri programele de spionaj (spyware) care înregistrează ce faci.",
  ],
  "online.backHeading": "Dacă cineva apasă Înapoi",
  "online.back": [
    "Browserele păstrează uneori o copie a unei pagini, ca să revină imediat când apeși Înapoi. Acest site se ascunde când pleci, așa că acea copie este goală. Dacă ai folosit ieșirea, site-ul trimite fila direct înapoi la acel site obișnuit. Dacă doar ai mers pe alt site și te-ai întors, pagina se încarcă din nou de la început, așa că tot ce nu ai salvat s-a pierdut.",
    "Am ales asta pentru că a fi văzut este pericolul mai mare. Prețul este că, dacă revii cu Înapoi, textul nesalvat nu mai apare. Dacă vrei să păstrezi ce ai scris, salvează, încuiat cu o frază de acces, sau tipărește.",
  ],
  "online.closeHeading": "Închide fila repede",
  "online.close":
    "Apasă {ctrlW} (pe un Mac, {cmdW}) ca să închizi fila imediat. Pe un telefon, închide fila din butonul filelor. Când închizi fila, se șterge tot ce nu ai salvat.",
  "online.historyHeading": "Șterge doar acest site din istoric",
  "online.historyIntro":
    "Dacă ștergi tot istoricul, asta poate părea suspect. Poți șterge în schimb doar intrările acestui site:",
  "online.history": [
    "**Chrome sau Edge:** deschide Istoric ({ctrlH} sau {cmdY} pe un Mac), caută numele acestui site, bifează intrările lui și alege Șterge.",
    "**Firefox:** deschide Istoric ({ctrlH}), găsește o intrare pentru acest site, dă clic dreapta pe ea și alege „Uită acest site”.",
    "**Safari pe un Mac:** alege Istoric, apoi Afișează tot istoricul, caută site-ul, selectează intrările și apasă Delete.",
    "**iPhone sau iPad (Safari):** atinge butonul marcajelor, apoi ceasul, găsește site-ul și glisează spre stânga pe fiecare intrare ca să o ștergi.",
    "**Android (Chrome):** atinge cele trei puncte, apoi Istoric, și atinge X-ul de lângă fiecare intrare a acestui site.",
  ],
  "online.privateHeading": "Navigarea privată",
  "online.private":
    "O fereastră privată (numită Incognito în Chrome și InPrivate în Edge) nu păstrează istoricul după ce o închizi. Este un mod bun de a vizita acest site. Într-o fereastră privată s-ar putea să nu poți salva un plan pe dispozitiv: îl poți totuși tipări sau poți salva o copie încuiată ca fișier.",
  "online.deviceHeading": "Folosește un dispozitiv mai sigur, dacă poți",
  "online.device":
    "Dacă bănuiești că cineva urmărește ce faci pe telefon sau pe calculator, folosește un dispozitiv la care nu are acces: telefonul unui prieten, un calculator de la bibliotecă, de la serviciu sau de la un serviciu de sprijin.",
  "online.spyHeading": "Semne ale programelor de spionaj",
  "online.spySigns": [
    "cineva știe lucruri pe care doar le-ai scris în mesaje sau le-ai căutat;",
    "cineva știe unde ai fost, deși nu i-ai spus;",
    "bateria telefonului se descarcă repede sau telefonul merge încet ori se încălzește când nu îl folosești.",
  ],
  "online.spyRemove":
    "Dacă ștergi un program de spionaj, persoana care l-a instalat poate afla. O linie de ajutor te poate ajuta să te gândești ce e mai sigur: [numere de telefon pentru ajutor](/help/).",
  "online.findHeading": "Cum găsești din nou acest site",
  "online.find":
    "Site-ul are un nume simplu, **{siteName}**, așa că un marcaj nu spune pentru ce este. Dacă un marcaj nu este sigur, încearcă să ții minte adresa sau întreabă persoana ori serviciul care ți-a dat-o. Un consilier de sprijin ți-o poate da din nou.",
  "comingSoon.lead": "Această parte nu este încă gata.",
  "comingSoon.until":
    "Până atunci, poți [găsi numere de telefon pentru ajutor](/help/) sau poți citi [cum să fii mai în siguranță pe internet](/staying-safe-online/).",
  "notFound.title": "Pagina nu a fost găsită",
  "notFound.text":
    "Pagina aceasta nu este aici. Încearcă [pagina principală](/) sau [numerele de telefon pentru ajutor](/help/).",
};
