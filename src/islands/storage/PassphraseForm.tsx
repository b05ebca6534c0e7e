import { useEffect, useRef, useState } from "preact/hooks";
import { LANGUAGE_INFO, type Lang } from "../../core/i18n/languages";
import { t, uiLang } from "../../core/i18n/runtime";
import { focusIfFellLater } from "../hooks/focusBack";
import { keepAsIs } from "../hooks/keepAsIs";
import { browserFailed, weakPassphrase } from "./messages";
import { slotted } from "./slot";

type PassphraseModule = typeof import("../../core/crypto/passphrase");

/**
 * A password manager that saves the passphrase (often synced to an account someone else can
 * see) would defeat the lock. These ask browsers and common managers not to offer to save it.
 */
const NOT_REMEMBERED = {
  autoComplete: "off",
  "data-1p-ignore": "",
  "data-lpignore": "true",
  "data-bwignore": "",
  "data-form-type": "other",
} as const;

export interface PassphraseFormProps {
  idBase: string;
  /** Choosing a new passphrase (with guidance and confirmation), or entering one. */
  mode: "new" | "enter";
  submitLabel: string;
  busyLabel: string;
  /** Returns an error message to show, or null when done. */
  onSubmit: (passphrase: string) => Promise<string | null>;
  /** A passphrase this one must not equal (a second copy for a support worker). */
  mustDiffer?: string;
  onCancel?: () => void;
}

/**
 * Passphrase entry. For a new one: strength guidance as you type, "Suggest one for me" (random
 * words from a built-in list), and a second box to confirm. The word list loads only here.
 */
export function PassphraseForm(props: PassphraseFormProps) {
  const { idBase, mode } = props;
  const [pass, setPass] = useState("");
  const [confirm, setConfirm] = useState("");
  const [show, setShow] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [suggested, setSuggested] = useState<string | null>(null);
  /** The suggestion's language: the page's, or English letters when asked for (Arabic pages). */
  const [suggestedLang, setSuggestedLang] = useState<Lang>("en");
  /** Large type only when asked: a suggestion in big letters can be read from across a room. */
  const [larger, setLarger] = useState(false);
  const [lib, setLib] = useState<PassphraseModule | null>(null);
  const first = useRef<HTMLInputElement>(null);

  const loadLib = () => import("../../core/crypto/passphrase");
  useEffect(() => {
    first.current?.focus();
    if (mode === "new") void loadLib().then(setLib);
  }, [mode]);

  const strength = mode === "new" && lib && pass ? lib.assessPassphrase(pass) : null;
  const suggest = (wanted: Lang) => {
    if (!lib) return;
    const lang = lib.suggestionLangFor(wanted);
    const words = lib.suggestionFor(lang);
    setSuggestedLang(lang);
    setPass(words);
    setConfirm(words);
    setSuggested(words);
    setLarger(false);
    setShow(true);
    setError(null);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (!pass) return setError(t("storage.pass.typeFirst"));
    if (mode === "new") {
      // A new passphrase must reach the documented "acceptable" level (passphrase.ts), so the
      // rule is waited for if it has not loaded yet. Entering an existing one is never judged:
      // an older, weaker passphrase still opens what it locked.
      let verdict: ReturnType<PassphraseModule["assessPassphrase"]>;
      try {
        verdict = (lib ?? (await loadLib())).assessPassphrase(pass);
      } catch {
        return setError(browserFailed());
      }
      if (!verdict.acceptable) return setError(weakPassphrase(verdict.advice));
      if (pass !== confirm) return setError(t("storage.pass.notSame"));
      if (props.mustDiffer !== undefined && pass.normalize("NFC") === props.mustDiffer.normalize("NFC"))
        return setError(t("storage.pass.mustDiffer"));
    }
    setBusy(true);
    try {
      const message = await props.onSubmit(pass);
      if (message) setError(message);
    } catch {
      setError(browserFailed());
    } finally {
      setBusy(false);
      // The button turned itself off while it worked, and focus fell from it: back to the
      // passphrase, which the error is read with, to try again.
      focusIfFellLater(() => first.current);
    }
  };

  const errorId = `${idBase}-error`;
  const strengthId = `${idBase}-strength`;
  return (
    <form class="passphrase-form" onSubmit={submit} noValidate>
      <div class="field">
        <label class="field-label" for={`${idBase}-pass`}>
          {mode === "new" ? t("storage.pass.choose") : t("storage.pass.label")}
        </label>
        {mode === "new" && (
          <p class="field-hint" id={`${idBase}-hint`}>
            {t("storage.pass.hint")}
          </p>
        )}
        <input
          ref={first}
          id={`${idBase}-pass`}
          class="input"
          type={show ? "text" : "password"}
          value={pass}
          {...NOT_REMEMBERED}
          spellcheck={false}
          autoCapitalize="off"
          aria-describedby={
            [mode === "new" ? `${idBase}-hint` : "", strength ? strengthId : "", error ? errorId : ""]
              .filter(Boolean)
              .join(" ") || undefined
          }
          aria-invalid={error ? true : undefined}
          onInput={(e) => {
            setPass(e.currentTarget.value);
            setSuggested(null);
            // The error was about what was there before: it must not stay beside a good one.
            setError(null);
          }}
        />
        {strength && (
          <p id={strengthId} class={`strength strength-${strength.score}`} role="status">
            <span class="strength-bar" aria-hidden="true">
              <span />
            </span>
            <strong>{strength.label}.</strong> {strength.score < 4 ? strength.advice : ""}
          </p>
        )}
      </div>
      {mode === "new" && (
        <>
          <div class="button-row">
            <button type="button" class="button button-secondary" onClick={() => suggest(uiLang())} disabled={!lib}>
              {t("storage.pass.suggest")}
            </button>
            {/* Arabic words need an Arabic keyboard: English letters type the same anywhere. */}
            {uiLang() === "ar" && (
              <button type="button" class="button button-secondary" onClick={() => suggest("en")} disabled={!lib}>
                {t("storage.pass.suggestLatin")}
              </button>
            )}
          </div>
          {suggested && (
            <p class="suggested" role="status">
              {/* Typed exactly as shown: read in their own language and direction, never translated. */}
              {slotted(t("storage.pass.suggested"), {
                words: (
                  <strong
                    class={larger ? "suggested-words suggested-larger" : "suggested-words"}
                    lang={LANGUAGE_INFO[suggestedLang].htmlLang}
                    dir={LANGUAGE_INFO[suggestedLang].dir}
                    {...keepAsIs()}
                  >
                    {suggested}
                  </strong>
                ),
              })}{" "}
              {suggestedLang === uiLang() ? t("storage.pass.suggestedNote") : t("storage.pass.suggestedNoteLatin")}{" "}
              <button
                type="button"
                class="link-button"
                aria-pressed={larger ? "true" : "false"}
                onClick={() => setLarger(!larger)}
              >
                {t("storage.pass.larger")}
              </button>
            </p>
          )}
          <div class="field">
            <label class="field-label" for={`${idBase}-confirm`}>
              {t("storage.pass.again")}
            </label>
            <input
              id={`${idBase}-confirm`}
              class="input"
              type={show ? "text" : "password"}
              value={confirm}
              {...NOT_REMEMBERED}
              spellcheck={false}
              autoCapitalize="off"
              onInput={(e) => {
                setConfirm(e.currentTarget.value);
                setError(null);
              }}
            />
          </div>
        </>
      )}
      <label class="choice">
        <input type="checkbox" checked={show} onChange={(e) => setShow(e.currentTarget.checked)} />
        <span>{t("storage.pass.show")}</span>
      </label>
      {error && (
        <p id={errorId} class="error-message" role="alert">
          {error}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button" disabled={busy}>
          {busy ? props.busyLabel : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" class="button button-secondary" onClick={props.onCancel}>
            {t("storage.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
