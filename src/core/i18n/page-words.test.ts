import { describe, expect, it } from "vitest";
import { parseSiteConfig } from "../config/parse";
import { organisationText, pageWords } from "./page-words";

describe("the organisation's own words", () => {
  it("are in the page's language when the config gives them per language", () => {
    const config = parseSiteConfig({
      languages: ["en", "cy"],
      organisation: {
        name: { en: "Example Trust", cy: "Ymddiriedolaeth Enghraifft" },
        contact: { en: "Call 029 2000 0010, weekdays.", cy: "Ffoniwch 029 2000 0010, yn ystod yr wythnos." },
      },
    });
    expect(organisationText(pageWords("cy"), config)).toEqual({
      name: "Ymddiriedolaeth Enghraifft",
      contact: "Ffoniwch 029 2000 0010, yn ystod yr wythnos.",
    });
    expect(organisationText(pageWords("en"), config).name).toBe("Example Trust");
  });

  it("stay as given when the config gives one text", () => {
    const config = parseSiteConfig({ organisation: { name: "Example Trust", contact: "Call us." } });
    expect(organisationText(pageWords("ar"), config)).toEqual({ name: "Example Trust", contact: "Call us." });
  });
});
