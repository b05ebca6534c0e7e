import { useEffect, useRef, useState } from "preact/hooks";
import { createSender, MAX_WHOLE_BYTES, NORMAL, type Pace, type Sender, SLOW } from "../../core/handover/frames";
import { RECEIVE_PATH } from "../../core/handover/path";
import { modules } from "../../core/handover/qr";
import { localPath } from "../../core/i18n/languages";
import { t, uiLang } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import { useQuickExit } from "../hooks/useQuickExit";
import { revealOnShow } from "../storage/reveal";
import { WithForms } from "../storage/WithForms";
import "./phone.css";

/** Draws a code's modules, black on white, a whole number of pixels each, so edges stay sharp. */
function draw(canvas: HTMLCanvasElement | null, text: string, scale: number) {
  const context = canvas?.getContext("2d");
  if (!canvas || !context) return;
  const grid = modules(text);
  canvas.width = canvas.height = grid.length * scale;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = "#000";
  grid.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) context.fillRect(x * scale, y * scale, scale, scale);
    });
  });
}

/**
 * "Hand over to a phone": the person chooses a passphrase here, the plans are locked as for a
 * file, and the locked bytes are shown as moving codes (core/handover) after a plain code of
 * the receiving page's address. Nothing is written to disk or sent; the codes stop when closed.
 */
export function PhoneSender(props: {
  bundle: () => Bundle;
  onDone: () => void;
  /** A person moving their own plans (not a professional handing them over). */
  own?: boolean;
}) {
  const [locked, setLocked] = useState<Uint8Array | null>(null);
  const [step, setStep] = useState<"address" | "codes">("address");
  const [pace, setPace] = useState<Pace>(NORMAL);
  const [sender, setSender] = useState<Sender | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  /** What the canvas shows, to draw again when the browser restores a lost canvas blank. */
  const shown = useRef<{ text: string; scale: number } | null>(null);
  const paint = (text: string, scale: number) => {
    shown.current = { text, scale };
    draw(canvas.current, text, scale);
  };

  const close = () => {
    setLocked(null);
    props.onDone();
  };
  useQuickExit(() => setLocked(null));

  useEffect(() => setSender(locked ? createSender(locked, pace.pieceBytes) : null), [locked, pace]);

  useEffect(() => {
    if (!locked) return;
    if (step === "address") {
      paint(new URL(localPath(uiLang(), RECEIVE_PATH), window.location.href).href, 8);
      return;
    }
    if (!sender) return;
    let seq = 0;
    const show = () => paint(sender.frame(seq++), pace === SLOW ? 7 : 5);
    show();
    const timer = window.setInterval(show, 1000 / pace.perSecond);
    return () => window.clearInterval(timer);
  }, [locked, step, sender, pace]);

  // Under memory pressure a browser may drop a canvas's drawing and give the canvas back blank
  // ("contextrestored"): the address code does not move on by itself, so it is drawn again.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const again = () => shown.current && draw(element, shown.current.text, shown.current.scale);
    element.addEventListener("contextrestored", again);
    return () => element.removeEventListener("contextrestored", again);
  }, [locked]);

  if (!locked) {
    return (
      <section class="panel" aria-labelledby="phone-title">
        <h3 id="phone-title">{props.own ? t("phone.titleOwn") : t("phone.title")}</h3>
        <p>{props.own ? t("phone.introOwn") : t("phone.intro")}</p>
        <WithForms>
          {({ PassphraseForm }) => (
            <PassphraseForm
              idBase="phone"
              mode="new"
              submitLabel={t("phone.lock")}
              busyLabel={t("phone.locking")}
              onCancel={props.onDone}
              onSubmit={async (pass) => {
                try {
                  const { encrypt } = await import("../../core/crypto");
                  const bytes = await encrypt(props.bundle(), pass);
                  if (bytes.length > MAX_WHOLE_BYTES) return t("phone.tooBig");
                  setStep("address");
                  setLocked(bytes);
                  return null;
                } catch (error) {
                  return error instanceof RangeError ? t("phone.tooBig") : t("phone.failed");
                }
              }}
            />
          )}
        </WithForms>
      </section>
    );
  }
  return (
    <section class="panel" aria-labelledby="phone-shown-title">
      <h3 id="phone-shown-title" tabIndex={-1} ref={revealOnShow}>
        {props.own ? t("phone.titleOwn") : t("phone.title")}
      </h3>
      <p>{step === "address" ? t("phone.stepAddress") : t("phone.stepCodes")}</p>
      <canvas
        ref={canvas}
        class="phone-code"
        role="img"
        aria-label={step === "address" ? t("phone.addressLabel") : t("phone.codesLabel")}
        data-step={step}
      />
      {step === "codes" && sender && <p class="field-hint">{t("phone.pace", { count: sender.count })}</p>}
      <div class="button-row">
        {step === "address" ? (
          <button type="button" class="button" onClick={() => setStep("codes")}>
            {t("phone.showCodes")}
          </button>
        ) : (
          <>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => setPace(pace === SLOW ? NORMAL : SLOW)}
            >
              {pace === SLOW ? t("phone.faster") : t("phone.slower")}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setStep("address")}>
              {t("phone.showAddress")}
            </button>
          </>
        )}
        <button type="button" class="button button-secondary" onClick={close}>
          {t("phone.close")}
        </button>
      </div>
    </section>
  );
}
