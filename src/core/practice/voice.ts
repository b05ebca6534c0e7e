import { LANGUAGE_INFO, type Lang } from "../i18n/languages";

/** What Read aloud needs to know of a voice (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

/** "en_GB" (as some Android voices write it) and "EN-gb" both read as "en-gb". */
const norm = (tag: string) => tag.replace(/_/g, "-").toLowerCase();

/**
 * The voice Read aloud uses for a page in `lang`: a voice on the device (never one that sends the
 * words to a server, localService false), whose language is the page's (its lang starts with the
 * language's voice prefix). The page's own htmlLang first ("en-GB" before "en-US"), then the
 * device's default voice among those, then the first. None, when the device has no such voice:
 * then the screen says Read aloud is not available, rather than reading in another language.
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | undefined {
  const { voicePrefix, htmlLang } = LANGUAGE_INFO[lang];
  const prefix = norm(voicePrefix);
  const mine = voices.filter((v) => {
    if (!v.localService) return false;
    const tag = norm(v.lang);
    return tag === prefix || tag.startsWith(`${prefix}-`);
  });
  return mine.find((v) => norm(v.lang) === norm(htmlLang)) ?? mine.find((v) => v.default) ?? mine[0];
}
