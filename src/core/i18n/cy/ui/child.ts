import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** The child's screens speak to the child as "ti"; the lines for the grown-up use "chi". */
export const child: Translation<typeof en> = {
  "child.practice.open": "Ymarfer fy nghynllun",
  "child.practice.loadingTitle": "Ymarfer",
  "child.practice.loading": "Paratoi'r ymarfer…",
  "child.practice.loadFailed": "Doedd dim modd llwytho'r ymarfer. Gwiria dy gysylltiad, a llwytha'r dudalen eto.",
  "child.readAloud.button": "Darllen yn uchel",
  "child.readAloud.stop": "Stopio darllen",
  "child.readAloud.missing": "I'r oedolyn: dydy Darllen yn uchel ddim yn gweithio yn Gymraeg ar y ddyfais hon eto.",
  "child.readAloud.howToFix":
    "I'w droi ymlaen, ychwanegwch lais Cymraeg yng ngosodiadau'r ddyfais: chwiliwch am lais, neu testun i leferydd. Ar y rhan fwyaf o ddyfeisiau, bydd y botwm Darllen yn uchel yn dod i'r golwg yma wedyn ohono'i hun. Os na fydd, cadwch yr atebion yn gyntaf gyda Cadw copi, yna llwythwch y dudalen hon eto.",
  "child.readAloud.yes": "ie",
  "child.readAloud.no": "na",
  "child.readAloud.listComma": ", ",
  "child.readAloud.listAnd": "{first} a {last}",
  "child.readAloud.listAndVowel": "{first} ac {last}",
  "child.readAloud.months": [
    "Ionawr",
    "Chwefror",
    "Mawrth",
    "Ebrill",
    "Mai",
    "Mehefin",
    "Gorffennaf",
    "Awst",
    "Medi",
    "Hydref",
    "Tachwedd",
    "Rhagfyr",
  ],
};
