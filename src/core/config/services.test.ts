import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMERGENCY, helplinesFor, mainHelpline, NATIONAL_HELPLINES, SPECIALIST_HELPLINES, telHref } from "./services";

const reference = readFileSync(new URL("../../../../shared/reference/uk-services.md", import.meta.url), "utf8");

describe("services", () => {
  it("uses only numbers written in uk-services.md, exactly as written", () => {
    for (const s of [EMERGENCY, ...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES]) {
      expect(reference, `${s.name} ${s.phone}`).toContain(`| ${s.phone} |`);
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
