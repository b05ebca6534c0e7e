import { useEffect, useState } from "preact/hooks";

/** A voice on the device. Network voices (localService false) would send the words to a server. */
function localVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  const local = synth.getVoices().filter((v) => v.localService);
  return local.find((v) => v.lang === "en-GB") ?? local.find((v) => v.lang.startsWith("en")) ?? local[0];
}

/**
 * Reads text aloud with the browser's own speech (speechSynthesis), in an en-GB voice where
 * there is one, and only with a voice on the device. Hidden when there is no such voice.
 */
export function ReadAloud({ text, label = "Read aloud" }: { text: string; label?: string }) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const synth = typeof window !== "undefined" ? window.speechSynthesis : undefined;
    if (!synth || typeof SpeechSynthesisUtterance === "undefined") return;
    const update = () => setVoice(localVoice(synth));
    update();
    // Voices arrive late in some browsers.
    synth.addEventListener?.("voiceschanged", update);
    return () => {
      synth.removeEventListener?.("voiceschanged", update);
      synth.cancel();
    };
  }, []);

  if (!voice) return null;
  const speak = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
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
      {speaking ? "Stop reading" : label}
    </button>
  );
}
