import { describe, expect, it } from "vitest";
import { assessPassphrase, suggestPassphrase } from "../../core/crypto/passphrase";
import { CATALOGUES } from "../../core/i18n/catalogue";
import { OPEN_ERROR_CODES, openError, weakPassphrase } from "./messages";

describe("the rule for a new passphrase", () => {
  // The review's examples: each was accepted by the form before.
  it.each(["summer2024!", "my kids names", "correcthorse"])(
    "%s is refused, with how to do better and the suggestion button",
    (weak) => {
      const verdict = assessPassphrase(weak);
      expect(verdict.acceptable).toBe(false);
      const message = weakPassphrase(verdict.advice);
      expect(message).toContain("too easy for someone else to guess");
      expect(message).toContain(verdict.advice);
      expect(message).toContain("“Suggest one for me”");
      expect(message).not.toMatch(/something went wrong/i);
    },
  );

  it("names the button once, even when the advice already does", () => {
    const advice = assessPassphrase("password").advice;
    expect(advice).toContain("“Suggest one for me”");
    expect(weakPassphrase(advice).split("Suggest one for me").length).toBe(2);
  });

  it("accepts what “Suggest one for me” makes, even at 4 words", () => {
    for (let i = 0; i < 200; i++) {
      expect(assessPassphrase(suggestPassphrase(5)).acceptable).toBe(true);
      expect(assessPassphrase(suggestPassphrase(4)).acceptable).toBe(true);
    }
  });
});

describe("opening messages", () => {
  it("are kind and say what happened, never 'something went wrong'", () => {
    expect(OPEN_ERROR_CODES).toHaveLength(9);
    for (const message of OPEN_ERROR_CODES.map(openError)) {
      expect(message).not.toMatch(/something went wrong/i);
      expect(message.length).toBeGreaterThan(30);
    }
  });
});

describe("the wrong-passphrase message in each language", () => {
  // Arabic has no capital letters: on Arabic pages the message spoke of them. What trips people
  // up there is typing with the keyboard in the other language.
  it("does not talk about capital letters in Arabic, and names the keyboard's language", () => {
    const text = String(CATALOGUES.ar.ui["storage.error.wrongPassphrase"]);
    expect(text).not.toMatch(/الأحرف الكبيرة|الحروف الكبيرة/);
    expect(text).toContain("لغة لوحة المفاتيح");
  });

  // Neither Nastaliq nor Gurmukhi has capitals either: there too, the keyboard's language.
  it("does not talk about capital letters in Urdu or Panjabi, and names the keyboard's language", () => {
    const ur = String(CATALOGUES.ur.ui["storage.error.wrongPassphrase"]);
    const pa = String(CATALOGUES.pa.ui["storage.error.wrongPassphrase"]);
    expect(ur).not.toMatch(/بڑے حروف/);
    expect(ur).toContain("کی بورڈ کی زبان");
    expect(pa).not.toMatch(/ਵੱਡੇ ਅੱਖਰ|capital/);
    expect(pa).toContain("ਕੀਬੋਰਡ ਦੀ ਭਾਸ਼ਾ");
  });

  // It opens the plan saved on this device as well as a file: it must not speak of a file alone.
  it("does not say the file is damaged when it was the plan saved on this device", () => {
    expect(String(CATALOGUES.en.ui["storage.error.wrongPassphrase"])).not.toMatch(/file/);
  });

  it("still talks about capital letters where the alphabet has them", () => {
    expect(String(CATALOGUES.en.ui["storage.error.wrongPassphrase"])).toMatch(/capital letters/);
    expect(String(CATALOGUES.cy.ui["storage.error.wrongPassphrase"])).toMatch(/priflythrennau/);
  });
});
