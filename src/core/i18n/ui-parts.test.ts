import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { ui } from "./en/ui";
import { LANGUAGES } from "./languages";
import { pageMessagesFor } from "./page-messages";
import { loadUiPart, setPageMessages, t } from "./runtime";
import { partOfKey, UI_PARTS } from "./ui-parts";
import { uiPartLoader } from "./word-loaders";

const everything = () => setPageMessages({ lang: "en", ui, parts: UI_PARTS, overrides: {} });

describe("the islands' late words", () => {
  afterEach(everything);

  it.each(LANGUAGES.flatMap((lang) => UI_PARTS.map((part) => [lang, part] as const)))(
    "%s: the %s file holds exactly the words whose keys name that part",
    async (lang, part) => {
      const words = await uiPartLoader(lang, part)();
      const expected = Object.keys(CATALOGUES[lang].ui).filter((key) => partOfKey(key) === part);
      expect(Object.keys(words).sort()).toEqual(expected.sort());
    },
  );

  it("a page carries no late part unless it names it", () => {
    const plain = Object.keys(pageMessagesFor("cy").ui);
    expect(plain.filter((key) => partOfKey(key))).toEqual([]);
    const session = Object.keys(pageMessagesFor("cy", ["session"]).ui);
    expect(new Set(session.map(partOfKey))).toEqual(new Set([undefined, "session"]));
  });

  it("a word asked for before its part has loaded stops the build, naming the part", () => {
    setPageMessages(pageMessagesFor("en"));
    expect(() => t("storage.unlock.title")).toThrow(/"forms" words/);
    expect(t("common.ok")).toBe("OK");
  });

  it("a late part loads in the page's language, with the organisation's wording in", async () => {
    const page = pageMessagesFor("ar");
    setPageMessages({ ...page, overrides: { "workspace.leave.title": "ابقَ هنا" } });
    await loadUiPart("later");
    expect(t("workspace.leave.title")).toBe("ابقَ هنا");
    await loadUiPart("forms");
    expect(t("storage.unlock.title")).toBe(String(CATALOGUES.ar.ui["storage.unlock.title"]));
  });
});
