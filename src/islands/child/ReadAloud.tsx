import { useEffect, useRef, useState } from "preact/hooks";
import { LANGUAGE_INFO } from "../../core/i18n/languages";
import { t, uiLang } from "../../core/i18n/runtime";
import { chooseVoice } from "../../core/practice/voice";
import { SPEECH_MARK } from "../../core/signals";

/**
 * A voice on the device in the page's language. Network voices (localService false) would send
 * the words to a server, and are never used (src/core/practice/voice.ts).
 */
function localVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  return chooseVoice(synth.getVoices(), uiLang());
}

function speechEngine(): SpeechSynthesis | undefined {
  if (typeof window === "undefined" || typeof SpeechSynthesisUtterance === "undefined") return undefined;
  return window.speechSynthesis ?? undefined;
}

/** How long to wait for voices that arrive late before saying there are none. */
const VOICE_WAIT_MS = 1000;

type VoiceState = { status: "checking" } | { status: "none" } | { status: "ready"; voice: SpeechSynthesisVoice };

/**
 * One look for a local voice per page, shared by every Read aloud button: a button shown later
 * (a section opened, the next step) knows at once, so nothing on the page jumps about.
 */
let shared: VoiceState = { status: "checking" };
const waiting = new Set<(state: VoiceState) => void>();
/** True while the page's one look answers: what it finds counts as known when the page showed. */
let inFirstLook = false;

function settle(state: VoiceState): void {
  shared = state;
  for (const listener of [...waiting]) listener(state);
}

function lookForVoice(): void {
  inFirstLook = true;
  const synth = speechEngine();
  const update = () => {
    const voices = synth?.getVoices() ?? [];
    const voice = chooseVoice(voices, uiLang());
    if (voice) settle({ status: "ready", voice });
    // The device's list has come and has no local voice in this language: no need to wait. (A
    // voice that comes later still brings the button.) No speech engine at all: none either.
    else if ((voices.length > 0 || !synth) && shared.status === "checking") settle({ status: "none" });
  };
  update();
  inFirstLook = false;
  // Voices arrive late in some browsers; a device with none of its own gets the note.
  synth?.addEventListener?.("voiceschanged", update);
  setTimeout(() => shared.status === "checking" && settle({ status: "none" }), VOICE_WAIT_MS);
}

/*
 * Look as the page starts, not when the first button appears; but in a task of its own, once
 * the page's code has run, not in it: the first touch of speechSynthesis starts the browser's
 * speech service, which on a slow phone held the child's plan up before it could be used
 * (docs/benchmarks.md, 2026-12-07). Voices come later than that in most browsers anyway.
 */
if (typeof window !== "undefined") setTimeout(lookForVoice);

/**
 * The page's voice, and whether it was already known when this button's screen first showed.
 * A note that arrives later (after the 1 s wait) would push the screen down under a child's
 * finger or pen, so it waits for the next screen instead.
 */
function useLocalVoice(): { voice: VoiceState; knownAtFirst: boolean } {
  // "checking" first, as on the server, so hydration matches; the shared answer comes next.
  const [state, setState] = useState<VoiceState>({ status: "checking" });
  const knownAtFirst = useRef(false);
  useEffect(() => {
    const hear = (next: VoiceState) => {
      // The page's first look comes a task after its code has run, before anyone can have
      // touched the screen: what it finds counts as known at first.
      if (inFirstLook) knownAtFirst.current = true;
      setState(next);
    };
    waiting.add(hear);
    if (shared.status !== "checking") knownAtFirst.current = true;
    setState(shared);
    return () => {
      waiting.delete(hear);
      speechEngine()?.cancel();
    };
  }, []);
  return { voice: state, knownAtFirst: knownAtFirst.current };
}

/**
 * The note for the adult shows once per visit: on the first screen that has Read aloud and
 * shows once the page knows it has no voice, until that screen goes (the next step, say). Every
 * step repeating it would crowd the child's screens.
 */
let note: "unseen" | "showing" | "seen" = "unseen";

function useNoteOnce(wanted: boolean): boolean {
  const mine = useRef(false);
  if (wanted && note === "unseen") {
    note = "showing";
    mine.current = true;
  }
  useEffect(
    () => () => {
      if (mine.current) note = "seen";
    },
    [],
  );
  return mine.current;
}

/** Whether Read aloud has been used on this page. Kept in memory only, like everything else. */
let used = false;

function say(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, text: string, onDone?: () => void): void {
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  // The page's language, so the voice says the words as that language's words.
  utterance.lang = LANGUAGE_INFO[uiLang()].htmlLang;
  utterance.rate = 0.9;
  if (onDone) {
    utterance.onend = onDone;
    utterance.onerror = onDone;
  }
  // The quick exit stops speech only on a page that has spoken (src/core/signals.ts).
  document.documentElement.setAttribute(SPEECH_MARK, "");
  synth.speak(utterance);
}

/**
 * Reads text at once, but only for a child who has used Read aloud on this page already (so a
 * child who reads is not talked over), and only with a voice on the device.
 */
export function readAtOnceIfUsed(text: string): void {
  const synth = speechEngine();
  const voice = synth && localVoice(synth);
  if (used && synth && voice) say(synth, voice, text);
}

/**
 * Reads text aloud with the browser's own speech (speechSynthesis), in a voice of the page's
 * language (its own form first: en-GB on English pages), and only with a voice on the device.
 * Where there is no such voice it says so, once per visit, for the adult, with how to add one
 * (`explain` false leaves that to another button on the screen). Give each screen's button its
 * own key, so that a new screen is a new button and the note is not carried onto it.
 */
export function ReadAloud({ text, label, explain = true }: { text: string; label?: string; explain?: boolean }) {
  const { voice, knownAtFirst } = useLocalVoice();
  const [speaking, setSpeaking] = useState(false);
  const showNote = useNoteOnce(explain && voice.status === "none" && knownAtFirst);

  if (voice.status === "checking") return null;
  if (voice.status === "none")
    return showNote ? (
      <p class="read-aloud-missing" role="note">
        <strong>{t("child.readAloud.missing")}</strong> {t("child.readAloud.howToFix")}
      </p>
    ) : null;
  const speak = () => {
    const synth = window.speechSynthesis;
    used = true;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    say(synth, voice.voice, text, () => setSpeaking(false));
  };
  return (
    <button type="button" class="button button-secondary read-aloud" onClick={speak} aria-pressed={speaking}>
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          d="M3 9 H7 L12 5 V19 L7 15 H3 Z M15 9 Q17 12 15 15 M18 6 Q22 12 18 18"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
        />
      </svg>
      {speaking ? t("child.readAloud.stop") : (label ?? t("child.readAloud.button"))}
    </button>
  );
}
