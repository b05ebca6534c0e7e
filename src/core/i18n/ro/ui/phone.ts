import type { phone as en } from "../../en/ui/phone";
import type { Translation } from "../../types";

/** Moving plans to a phone with codes on the screen, in Romanian. Adults are "tu"; drafted carefully, not yet reviewed by a fluent speaker. */
export const phone: Translation<typeof en> = {
  "phone.title": "Trimite pe un telefon",
  "phone.titleOwn": "Mută pe un telefon",
  "phone.introOwn":
    "Planurile tale ajung pe telefon printr-un șir de coduri pe acest ecran. Nimic nu se salvează pe acest dispozitiv și nimic nu se trimite nicăieri. Alege o frază de acces: o vei scrie din nou pe telefon.",
  "phone.intro":
    "Planurile ajung pe telefon printr-un șir de coduri pe acest ecran. Nimic nu se salvează pe acest calculator și nimic nu se trimite nicăieri. Lasă persoana să aleagă fraza de acces și să o scrie singură aici, în loc să o spună cu voce tare.",
  "phone.lock": "Încuie și arată codurile",
  "phone.locking": "Se încuie…",
  "phone.stepAddress":
    "1. Pe telefon, deschide camera și îndreapt-o spre acest cod. Se deschide pagina care primește planurile.",
  "phone.addressLabel": "Cod cu adresa paginii care primește planurile",
  "phone.showCodes": "Pagina e deschisă pe telefon: arată planurile",
  "phone.stepCodes":
    "2. Pe telefon, alege Pornește camera și ține-l așa încât codurile să umple aproape tot ecranul lui. Continuă până când telefonul spune că are tot.",
  "phone.codesLabel": "Coduri care se schimbă și care conțin planurile încuiate",
  "phone.pace": "Bucăți: {count}. Fiecare cod este un amestec nou, așa că nu contează dacă unul e ratat.",
  "phone.slower": "Folosește coduri mai lente și mai mari",
  "phone.faster": "Revino la viteza obișnuită",
  "phone.showAddress": "Arată din nou codul cu adresa",
  "phone.close": "Oprește și închide",
  "phone.tooBig": "Planurile sunt prea mari ca să fie trimise așa. Fă în schimb un fișier încuiat.",
  "phone.failed": "Codurile nu s-au putut face în acest browser. Fă în schimb un fișier încuiat.",
  "phone.receive.start": "Pornește camera",
  "phone.receive.why":
    "Camera e folosită doar pe această pagină, doar ca să citească codurile, și se oprește imediat ce le are pe toate. Nimic nu se înregistrează și nimic nu se trimite.",
  "phone.receive.starting": "Se cere acces la cameră…",
  "phone.receive.videoLabel": "Ce vede camera",
  "phone.receive.aim": "Îndreaptă camera spre codurile de pe celălalt ecran, ca să umple aproape tot acest ecran.",
  "phone.receive.looking": "Se caută codurile…",
  "phone.receive.progress": "{have} din {need} bucăți citite.",
  "phone.receive.stop": "Oprește camera",
  "phone.receive.denied":
    "Browserul nu a avut voie să folosească camera. Ca să încerci din nou, permite camera pentru acest site în setările browserului, apoi alege Pornește camera. Sau folosește una dintre celelalte căi de mai jos.",
  "phone.receive.noCamera":
    "Browserul nu găsește nicio cameră pe care să o poată folosi. Folosește una dintre celelalte căi de mai jos.",
  "phone.receive.cameraFailed":
    "Camera nu a pornit. Închide orice altă aplicație care o folosește și încearcă din nou, sau folosește una dintre celelalte căi de mai jos.",
  "phone.receive.mismatch":
    "O parte din ce a citit camera nu a fost corectă, așa că se începe din nou. Ține camera îndreptată spre coduri.",
  "phone.receive.notPlans":
    "Codurile au fost citite, dar nu conțin planuri încuiate de pe acest site. Nu s-a deschis nimic.",
  "phone.receive.allIn": "Totul a ajuns și a fost verificat. Camera este oprită.",
  "phone.receive.passIntro": "Scrie fraza de acces aleasă pe celălalt ecran.",
  "phone.receive.open": "Deschide",
  "phone.receive.holds": "Conține: {plans}.",
  "phone.receive.keepNote":
    "Încă nu sunt salvate pe acest telefon. Pe pagina următoare, alege {button} ca să le păstrezi aici, încuiate cu o frază de acces. Până atunci, dacă închizi pagina, se șterg.",
  "phone.receive.openPlans": "Deschide planurile",
  "phone.receive.carryFailed":
    "Browserul nu a lăsat planurile să treacă pe pagina următoare. Cere în schimb un fișier încuiat.",
};
