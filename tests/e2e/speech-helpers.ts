import type { Page } from "@playwright/test";

/**
 * A fake speech engine recording what it is asked to say (window.spoken) and how often it is
 * cancelled (window.cancelled). By default it has one local en-GB voice; `localService: false`
 * gives it only a voice that would send the words to a server, which the site must refuse;
 * `voices: false` gives it none at all, ever (as a browser with no speech voices). Stubbed twice,
 * the later stub is the one the page gets.
 */
export async function stubSpeech(page: Page, { localService = true, voices = true } = {}) {
  await page.addInitScript(
    ({ local, any }) => {
      const spoken: string[] = [];
      const voice = { name: "Test voice", lang: "en-GB", localService: local, default: true, voiceURI: "test" };
      Object.defineProperty(window, "speechSynthesis", {
        configurable: true,
        value: {
          speak: (u: { text: string; onend?: () => void }) => {
            spoken.push(u.text);
          },
          cancel: () => {
            (window as unknown as { cancelled: number }).cancelled =
              ((window as unknown as { cancelled?: number }).cancelled ?? 0) + 1;
          },
          getVoices: () => (any ? [voice] : []),
          addEventListener: () => {},
          removeEventListener: () => {},
        },
      });
      (window as unknown as { spoken: string[] }).spoken = spoken;
      // A plain stand-in, so the stub voice above can be assigned to it.
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        text: string;
        voice: unknown = null;
        lang = "";
        rate = 1;
        constructor(text: string) {
          this.text = text;
        }
      };
    },
    { local: localService, any: voices },
  );
}

/** Everything the fake engine has been asked to say, in order. */
export const spokenOn = (page: Page) => page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
