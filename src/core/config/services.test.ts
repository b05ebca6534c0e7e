import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../i18n/languages";
import { templates } from "../plans/templates";
import { practiceSets } from "../practice";
import { childNumbers, planNumbers } from "./numbers";
import { numbersPanel } from "./panel";
import { parseSiteConfig } from "./parse";
import { EMERGENCY, helplinesFor, mainHelpline, NATIONAL_HELPLINES, SPECIALIST_HELPLINES, telHref } from "./services";
import verified from "./verified-numbers.json";

const verifiedPhones = new Set(verified.numbers.map((n) => n.phone));
const digits = (phone: string) => phone.replace(/\D/g, "");

/** Every string inside a value (templates and practice scenes are plain data). */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the verified national numbers", () => {
  it("each has a public source, with what it says and the date it was checked", () => {
    expect(verified.numbers.length).toBeGreaterThanOrEqual(12);
    for (const n of verified.numbers) {
      expect(n.sources.length, n.service).toBeGreaterThan(0);
      for (const s of n.sources) {
        expect(new URL(s.url).protocol, `${n.service}: ${s.url}`).toMatch(/^https?:$/);
        expect(s.checked, n.service).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(Number.isNaN(Date.parse(s.checked)), n.service).toBe(false);
        // The quoted page shows the same digits (pages space numbers differently).
        expect(digits(s.says), `${n.service}: ${s.says}`).toContain(digits(n.phone));
      }
    }
  });

  it("lists each number once", () => {
    expect(verifiedPhones.size).toBe(verified.numbers.length);
  });
});

describe("services", () => {
  it("uses only verified numbers, exactly as written there", () => {
    for (const s of [EMERGENCY, ...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES]) {
      expect(verifiedPhones.has(s.phone), `${s.name} ${s.phone}`).toBe(true);
    }
  });

  it("plans and practice mention no number that is not verified", () => {
    const text = [...Object.values(templates), ...Object.values(practiceSets)].flatMap(strings).join("\n");
    // UK numbers (0 and 9 or more digits, spaced or not) and 3-digit codes such as 999 or 141.
    const found = [...text.matchAll(/(?<![\d-])(0\d(?:[ ]?\d){8,9}|[19]\d\d)(?![\d-])/g)].map((m) => m[1]!);
    expect(found).toContain("999");
    for (const phone of found) {
      expect(
        [...verifiedPhones].some((v) => digits(v) === digits(phone)),
        phone,
      ).toBe(true);
    }
  });

  it("puts the configured nation's helpline first", () => {
    expect(helplinesFor("wales")[0]?.phone).toBe("0808 80 10 800");
    expect(helplinesFor("scotland")[0]?.phone).toBe("0800 027 1234");
    expect(helplinesFor("northern-ireland")).toHaveLength(4);
    expect(mainHelpline("england").phone).toBe("0808 2000 247");
  });

  it("dials without spaces", () => {
    expect(telHref("0808 80 10 800")).toBe("tel:08088010800");
    expect(telHref("+44 116 000")).toBe("tel:+44116000");
  });
});

describe("services in every language", () => {
  const config = parseSiteConfig({
    localServices: [{ name: "Example Women's Centre", phone: "0116 000 0000", helpsWith: "Support in Leicester." }],
  });
  const phones = (lang: (typeof LANGUAGES)[number]) => ({
    panel: numbersPanel(config, lang).flatMap((s) => s.services.map((x) => `${x.name} ${x.phone}`)),
    plan: planNumbers(config, lang).map((n) => n.phone),
    child: childNumbers(config, lang).map((n) => n.phone),
  });

  it("shows the same numbers, in the same order, in every language; names of services stay as they are", () => {
    const english = phones("en");
    for (const lang of LANGUAGES) {
      const mine = phones(lang);
      expect(mine.plan, lang).toEqual(english.plan);
      expect(mine.child, lang).toEqual(english.child);
      // Every name but 999's, which is a description, is the name the service is known by.
      expect(mine.panel.slice(1), lang).toEqual(english.panel.slice(1));
    }
  });

  it("gives what each helps with and its hours in the page's language", () => {
    const [enDanger, enHelplines] = numbersPanel(config, "en");
    const [cyDanger, cyHelplines] = numbersPanel(config, "cy");
    expect(enDanger?.title).toBe("In danger now");
    expect(enHelplines?.services[0]?.hours).toBe("Open all the time. Free.");
    expect(cyDanger?.title).not.toBe(enDanger?.title);
    expect(cyHelplines?.services[0]?.hours).not.toBe(enHelplines?.services[0]?.hours);
    expect(cyDanger?.services[0]?.phone).toBe("999");
    // An organisation's own service keeps its own words.
    const local = numbersPanel(config, "ar").find((s) => s.services.some((x) => x.phone === "0116 000 0000"));
    expect(local?.services[0]?.forWhom).toBe("Support in Leicester.");
  });

  it("shows an organisation's own words in the page's language, when it gives them per language", () => {
    const own = parseSiteConfig({
      languages: ["en", "cy"],
      localServices: [
        {
          name: { en: "Cardiff Centre", cy: "Canolfan Caerdydd" },
          phone: "029 2000 0010",
          hours: { en: "Weekdays, 9am to 5pm", cy: "Yn ystod yr wythnos, 9am tan 5pm" },
          helpsWith: { en: "Support in Cardiff.", cy: "Cymorth yng Nghaerdydd." },
        },
      ],
    });
    const shown = (lang: "en" | "cy") =>
      numbersPanel(own, lang)
        .flatMap((s) => s.services)
        .find((x) => x.phone === "029 2000 0010");
    expect(shown("cy")).toMatchObject({
      name: "Canolfan Caerdydd",
      hours: "Yn ystod yr wythnos, 9am tan 5pm",
      forWhom: "Cymorth yng Nghaerdydd.",
    });
    expect(shown("en")).toMatchObject({ name: "Cardiff Centre", hours: "Weekdays, 9am to 5pm" });
    expect(planNumbers(own, "cy").at(-1)).toMatchObject({
      name: "Canolfan Caerdydd",
      note: "Yn ystod yr wythnos, 9am tan 5pm",
    });
    expect(childNumbers(own, "cy").at(-1)).toMatchObject({ name: "Canolfan Caerdydd" });
  });
});
