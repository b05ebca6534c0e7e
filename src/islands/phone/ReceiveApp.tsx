import { useEffect, useRef, useState } from "preact/hooks";
import { createReceiver, type Receiver } from "../../core/handover/receiver";
import { localPath } from "../../core/i18n/languages";
import { t, uiLang } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import { sealHandOff } from "../../core/workspace/handoff-seal";
import { describePlans, KIND_ORDER, PLAN_PATHS } from "../../core/workspace/views";
import { useQuickExit } from "../hooks/useQuickExit";
import { revealOnShow } from "../storage/reveal";
import { WithForms } from "../storage/WithForms";
import { type CameraProblem, problemOf, startScanning } from "./camera";
// The passphrase form looks as it does everywhere else.
import "../editor/editor.css";
import "../storage/storage.css";
import "./phone.css";

type Stage =
  | { kind: "idle"; problem?: CameraProblem | "not-plans" }
  | { kind: "starting" }
  | { kind: "scanning"; have: number; need: number; mismatch: boolean }
  | { kind: "received"; bytes: Uint8Array }
  | { kind: "opened"; bundle: Bundle; carryFailed: boolean };

const PROBLEM_KEYS = {
  denied: "phone.receive.denied",
  none: "phone.receive.noCamera",
  failed: "phone.receive.cameraFailed",
  "not-plans": "phone.receive.notPlans",
} as const;

/**
 * The receiving page: reads the moving codes with the camera, checks the whole, asks for the
 * passphrase, and opens the plans in the workspace (held on screen, where "Save on this device"
 * keeps them locked). The camera stops once everything is in, on Stop, on error, on leaving
 * the page and on the quick exit.
 */
export default function ReceiveApp() {
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  /** Hydrated: the page's HTML shows the button before it works (tests wait for data-ready). */
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const video = useRef<HTMLVideoElement>(null);
  const scanner = useRef<{ stop: () => void } | null>(null);
  const receiver = useRef<Receiver | null>(null);

  const stopCamera = () => {
    scanner.current?.stop();
    scanner.current = null;
  };
  useQuickExit(() => {
    stopCamera();
    receiver.current = null;
    setStage({ kind: "idle" });
  });
  useEffect(() => {
    // Leaving the page (or the tab going into the back/forward cache) ends the camera at once.
    window.addEventListener("pagehide", stopCamera);
    return () => {
      window.removeEventListener("pagehide", stopCamera);
      stopCamera();
    };
  }, []);

  const hear = (text: string) => {
    const current = receiver.current;
    if (!current) return;
    const heard = current.hear(text);
    if (heard.kind === "done") {
      stopCamera();
      receiver.current = null;
      void checkWhole(heard.bytes);
    } else if (heard.kind === "mismatch") {
      setStage({ kind: "scanning", have: 0, need: 0, mismatch: true });
    } else if (heard.kind === "progress" || heard.kind === "restarted") {
      setStage((s) =>
        s.kind === "scanning" && s.have === heard.have && s.need === heard.need
          ? s
          : { kind: "scanning", have: heard.have, need: heard.need, mismatch: s.kind === "scanning" && s.mismatch },
      );
    }
  };

  /** The rebuilt whole passed its CRC; a whole that is not a locked file is turned away here. */
  const checkWhole = async (bytes: Uint8Array) => {
    const { readHeader } = await import("../../core/crypto");
    setStage(readHeader(bytes).ok ? { kind: "received", bytes } : { kind: "idle", problem: "not-plans" });
  };

  const start = async () => {
    if (!video.current) return;
    setStage({ kind: "starting" });
    receiver.current = createReceiver();
    try {
      scanner.current = await startScanning(video.current, hear);
      setStage({ kind: "scanning", have: 0, need: 0, mismatch: false });
    } catch (error) {
      stopCamera();
      setStage({ kind: "idle", problem: problemOf(error) });
    }
  };

  const open = async (pass: string, bytes: Uint8Array): Promise<string | null> => {
    const [{ decrypt }, { parseBundle }, { openError }] = await Promise.all([
      import("../../core/crypto"),
      import("../../core/plans/parse"),
      import("../storage/forms"),
    ]);
    const result = await decrypt(bytes, pass);
    if (!result.ok) return openError(result.code);
    const parsed = parseBundle(result.value);
    if (!parsed.ok) return openError(parsed.error.code);
    setStage({ kind: "opened", bundle: parsed.bundle, carryFailed: false });
    return null;
  };

  /** The plans go to the workspace as a language switch sends them: sealed, this tab only. */
  const goToPlans = async (bundle: Bundle) => {
    const first = KIND_ORDER.flatMap((kind) => bundle.plans.filter((p) => p.kind === kind))[0];
    const to = new URL(localPath(uiLang(), PLAN_PATHS[first?.kind ?? "adult"]), window.location.href);
    try {
      const address = await sealHandOff({ bundle, ...(first ? { planId: first.id } : {}) }, to, window.sessionStorage);
      window.location.replace(address);
    } catch {
      setStage({ kind: "opened", bundle, carryFailed: true });
    }
  };

  const scanning = stage.kind === "scanning" || stage.kind === "starting";
  return (
    <div class="receive" data-ready={ready ? "" : undefined}>
      {stage.kind === "idle" && (
        <>
          {stage.problem && (
            <p class="error-message" role="alert">
              {t(PROBLEM_KEYS[stage.problem])}
            </p>
          )}
          <p>{t("phone.receive.why")}</p>
          <button type="button" class="button" onClick={() => void start()}>
            {t("phone.receive.start")}
          </button>
        </>
      )}
      {/* The video stays in the page while scanning, so the stream has somewhere to play. */}
      <div class="receive-camera" hidden={!scanning}>
        <p>{t("phone.receive.aim")}</p>
        <video ref={video} class="receive-video" muted playsInline aria-label={t("phone.receive.videoLabel")} />
        {stage.kind === "starting" && <p role="status">{t("phone.receive.starting")}</p>}
        {stage.kind === "scanning" && (
          <>
            {stage.mismatch && <p class="error-message">{t("phone.receive.mismatch")}</p>}
            <progress class="receive-progress" max={stage.need || 1} value={stage.have} />
            <p role="status" aria-live="polite">
              {stage.need > 0
                ? t("phone.receive.progress", { have: stage.have, need: stage.need })
                : t("phone.receive.looking")}
            </p>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                stopCamera();
                receiver.current = null;
                setStage({ kind: "idle" });
              }}
            >
              {t("phone.receive.stop")}
            </button>
          </>
        )}
      </div>
      {stage.kind === "received" && (
        <section aria-labelledby="receive-pass-title">
          <p id="receive-pass-title" role="status" tabIndex={-1} ref={revealOnShow}>
            <strong>{t("phone.receive.allIn")}</strong>
          </p>
          <p>{t("phone.receive.passIntro")}</p>
          <WithForms>
            {({ PassphraseForm }) => (
              <PassphraseForm
                idBase="receive"
                mode="enter"
                submitLabel={t("phone.receive.open")}
                busyLabel={t("storage.opening")}
                onSubmit={(pass) => open(pass, stage.bytes)}
              />
            )}
          </WithForms>
        </section>
      )}
      {stage.kind === "opened" && (
        <section aria-labelledby="receive-holds">
          <p id="receive-holds" tabIndex={-1} ref={revealOnShow}>
            <strong>{t("phone.receive.holds", { plans: describePlans(stage.bundle.plans) })}</strong>
          </p>
          <p>{t("phone.receive.keepNote", { button: t("storage.keep.saveOnDevice") })}</p>
          {stage.carryFailed && (
            <p class="error-message" role="alert">
              {t("phone.receive.carryFailed")}
            </p>
          )}
          <button type="button" class="button" onClick={() => void goToPlans(stage.bundle)}>
            {t("phone.receive.openPlans")}
          </button>
        </section>
      )}
    </div>
  );
}
