import type { phone as en } from "../../en/ui/phone";
import type { Translation } from "../../types";

/** Przenoszenie planów na telefon kodami na ekranie: na „ty”, prosto, bez form rodzajowych (do osoby z planem i do osoby prowadzącej sesję). Drafted from the English, not yet reviewed by a fluent speaker. */
export const phone: Translation<typeof en> = {
  "phone.title": "Przekaż na telefon",
  "phone.titleOwn": "Przenieś na telefon",
  "phone.introOwn":
    "Twoje plany trafią na telefon jako seria kodów na tym ekranie. Nic nie zostaje zapisane na tym urządzeniu i nic nie jest nigdzie wysyłane. Wybierz frazę hasła: wpiszesz ją jeszcze raz na telefonie.",
  "phone.intro":
    "Plany trafią na telefon jako seria kodów na tym ekranie. Nic nie zostaje zapisane na tym komputerze i nic nie jest nigdzie wysyłane. Niech ta osoba sama wybierze frazę hasła i sama ją tu wpisze, zamiast mówić ją na głos.",
  "phone.lock": "Zablokuj i pokaż kody",
  "phone.locking": "Blokowanie…",
  "phone.stepAddress":
    "1. Na telefonie otwórz aparat i skieruj go na ten kod. Otworzy się strona, która odbiera plany.",
  "phone.addressLabel": "Kod z adresem strony odbierającej",
  "phone.showCodes": "Strona jest otwarta na telefonie: pokaż plany",
  "phone.stepCodes":
    "2. Na telefonie wybierz Włącz aparat i trzymaj go tak, aby te kody wypełniały większość ekranu. Trzymaj, aż telefon pokaże, że ma już wszystko.",
  "phone.codesLabel": "Zmieniające się kody z zablokowanymi planami",
  "phone.pace": "Liczba części: {count}. Każdy kod to nowa mieszanka, więc pominięty kod nie ma znaczenia.",
  "phone.slower": "Użyj wolniejszych, większych kodów",
  "phone.faster": "Wróć do zwykłej prędkości",
  "phone.showAddress": "Pokaż jeszcze raz kod z adresem",
  "phone.close": "Zatrzymaj i zamknij",
  "phone.tooBig": "Te plany są za duże, aby przekazać je w ten sposób. Zamiast tego zrób zablokowany plik.",
  "phone.failed": "W tej przeglądarce nie udało się zrobić kodów. Zamiast tego zrób zablokowany plik.",
  "phone.receive.start": "Włącz aparat",
  "phone.receive.why":
    "Aparat działa tylko na tej stronie i tylko po to, aby odczytać kody. Wyłącza się, gdy tylko wszystkie zostaną odczytane. Nic nie jest nagrywane ani wysyłane.",
  "phone.receive.starting": "Prośba o dostęp do aparatu…",
  "phone.receive.videoLabel": "Co widzi aparat",
  "phone.receive.aim": "Skieruj aparat na kody na drugim ekranie, tak aby wypełniały większość tego ekranu.",
  "phone.receive.looking": "Szukanie kodów…",
  "phone.receive.progress": "Odczytane części: {have} z {need}.",
  "phone.receive.stop": "Wyłącz aparat",
  "phone.receive.denied":
    "Ta przeglądarka nie dostała zgody na użycie aparatu. Aby spróbować jeszcze raz, zezwól tej stronie na aparat w ustawieniach przeglądarki, a potem wybierz Włącz aparat. Możesz też użyć jednego z innych sposobów poniżej.",
  "phone.receive.noCamera":
    "Ta przeglądarka nie znajduje aparatu, którego może użyć. Użyj jednego z innych sposobów poniżej.",
  "phone.receive.cameraFailed":
    "Aparat się nie włączył. Zamknij inne aplikacje, które go używają, i spróbuj jeszcze raz albo użyj jednego z innych sposobów poniżej.",
  "phone.receive.mismatch":
    "Część tego, co odczytał aparat, była nieprawidłowa, więc odczyt zaczyna się od nowa. Trzymaj aparat skierowany na kody.",
  "phone.receive.notPlans":
    "Kody zostały odczytane, ale nie ma w nich zablokowanych planów z tej strony. Nic nie zostało otwarte.",
  "phone.receive.allIn": "Wszystko jest odczytane i sprawdzone. Aparat jest wyłączony.",
  "phone.receive.passIntro": "Wpisz frazę hasła wybraną na drugim ekranie.",
  "phone.receive.open": "Otwórz",
  "phone.receive.holds": "Zawartość: {plans}.",
  "phone.receive.keepNote":
    "Nie są jeszcze zapisane na tym telefonie. Na następnej stronie wybierz „{button}”, aby zachować je tutaj, zablokowane frazą hasła. Do tego czasu zamknięcie strony je usunie.",
  "phone.receive.openPlans": "Otwórz plany",
  "phone.receive.carryFailed":
    "Ta przeglądarka nie pozwoliła przenieść planów na następną stronę. Poproś zamiast tego o zablokowany plik.",
};
