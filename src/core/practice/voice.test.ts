import { describe, expect, it } from "vitest";
import { chooseVoice, type VoiceLike } from "./voice";

const v = (lang: string, localService = true, name = lang): VoiceLike & { name: string } => ({
  lang,
  localService,
  name,
});

describe("the voice Read aloud uses", () => {
  it("takes a voice on the device in the page's language, the page's own form first", () => {
    const voices = [v("fr-FR"), v("en-US"), v("en-GB"), v("cy-GB"), v("ar-SA")];
    expect(chooseVoice(voices, "en")?.lang).toBe("en-GB");
    expect(chooseVoice(voices, "cy")?.lang).toBe("cy-GB");
    expect(chooseVoice(voices, "ar")?.lang).toBe("ar-SA");
  });

  it("takes another form of the language when the page's own is missing", () => {
    expect(chooseVoice([v("fr-FR"), v("en-US")], "en")?.lang).toBe("en-US");
    expect(chooseVoice([v("ar-EG"), v("ar-SA")], "ar")?.lang).toBe("ar-EG");
  });

  it("prefers the device's default voice among those of the language", () => {
    const voices = [v("ar-EG"), { ...v("ar-SA"), default: true }];
    expect(chooseVoice(voices, "ar")?.lang).toBe("ar-SA");
  });

  it("reads language tags written with underscores or in capitals", () => {
    expect(chooseVoice([v("CY_gb")], "cy")?.lang).toBe("CY_gb");
    expect(chooseVoice([v("en_GB"), v("en-US")], "en")?.lang).toBe("en_GB");
  });

  it("never uses a voice that would send the words to a server", () => {
    expect(chooseVoice([v("cy-GB", false)], "cy")).toBeUndefined();
    expect(chooseVoice([v("en-GB", false), v("en-US")], "en")?.lang).toBe("en-US");
  });

  it("has none when the device has no voice in the page's language, rather than reading in another", () => {
    expect(chooseVoice([v("en-GB"), v("fr-FR")], "cy")).toBeUndefined();
    expect(chooseVoice([v("en-GB")], "ar")).toBeUndefined();
    expect(chooseVoice([], "en")).toBeUndefined();
  });

  it("does not take a language whose code only begins the same way", () => {
    // "cy" is Welsh: a tag such as "cyx" would be another language.
    expect(chooseVoice([v("cyx-XX")], "cy")).toBeUndefined();
  });
});
