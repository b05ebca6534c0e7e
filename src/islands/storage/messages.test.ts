import { describe, expect, it } from "vitest";
import { assessPassphrase, suggestPassphrase } from "../../core/crypto/passphrase";
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
