import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import type { Drawing, Plan } from "../../core/plans/schema";
import { createPlanStore } from "../../core/plans/store";
import type { PlanKind, Template } from "../../core/plans/template";
import { wipeEverything } from "../../core/storage/wipe";
import type { FieldProps } from "../editor/fields/types";
import type { NumberEntry } from "../editor/NumbersBlock";
import PlanEditor, { type StepsContext } from "../editor/PlanEditor";
import { useBundle } from "../editor/useStore";
import { focusMainHeading, useIdle } from "../hooks/useIdle";
import { HandOver } from "./HandOver";
import { Household } from "./Household";
import { heldSummary, planLabel } from "./labels";
import "../child/child.css";

import "../storage/storage.css";
import "./session.css";

export interface SessionAppProps {
  templates: Record<PlanKind, Template>;
  adultNumbers: readonly NumberEntry[];
  childNumbers: readonly NumberEntry[];
  /** Minutes without use before the warning, then minutes of grace before the end. */
  sessionWarnMinutes: number;
  sessionGraceMinutes: number;
  exportFileName: string;
  /** Where to go once everything is cleared: a neutral page. */
  endedUrl: string;
}

type View = { name: "household" } | { name: "plan"; id: string } | { name: "handover" };

type ChildParts = {
  DrawingField: typeof import("../child/DrawingField").DrawingField;
  StepsView: typeof import("../child/StepsView").StepsView;
};

/** The child's step view and drawing load only when a child's plan is opened. */
function useChildParts(needed: boolean): ChildParts | null {
  const [parts, setParts] = useState<ChildParts | null>(null);
  useEffect(() => {
    if (!needed || parts) return;
    void Promise.all([import("../child/DrawingField"), import("../child/StepsView")]).then(([d, s]) =>
      setParts({ DrawingField: d.DrawingField, StepsView: s.StepsView }),
    );
  }, [needed, parts]);
  return parts;
}

/**
 * A professional's session with one household: an adult's plan, a checklist, and a plan for
 * each child or young person. Everything lives in memory; handing over is by print, locked
 * file or saving on the person's device; ending wipes the device.
 */
export default function SessionApp(props: SessionAppProps) {
  const store = useMemo(() => {
    const s = createPlanStore();
    s.ensure("adult");
    s.ensure("checklist");
    return s;
  }, []);
  const bundle = useBundle(store);
  const [view, setView] = useState<View>({ name: "household" });
  const [showAsk, setShowAsk] = useState(true);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [savedOnDevice, setSavedOnDevice] = useState(false);
  // What was saved on the person's own device was handed over on purpose: keep it unless told not to.
  const [keepSaved, setKeepSaved] = useState(true);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const end = useCallback(
    async (keep: boolean) => {
      store.clear();
      // The person's own locked plan stays only if the professional chose to keep it.
      await wipeEverything({ keepSavedPlan: keep });
      window.location.replace(props.endedUrl);
    },
    [store, props.endedUrl],
  );

  const graceMs = props.sessionGraceMinutes * 60_000;
  const idle = useIdle(props.sessionWarnMinutes * 60_000 + graceMs, () => void end(savedOnDevice && keepSaved), {
    warnMs: graceMs,
  });

  useEffect(() => {
    const onExit = () => store.clear();
    window.addEventListener("quickexit", onExit);
    return () => window.removeEventListener("quickexit", onExit);
  }, [store]);

  const minutes = Math.max(0, Math.floor((now - started) / 60_000));
  const open = (plan: Plan) => setView({ name: "plan", id: plan.id });
  const current = view.name === "plan" ? bundle.plans.find((p) => p.id === view.id) : undefined;
  const child = current?.kind === "child";
  const kidsNumbers = current?.kind === "child" || current?.kind === "young-person";
  const parts = useChildParts(child);
  const waiting = child && !parts;

  // A new screen starts at the top, with focus on its heading, so screen readers start there.
  const viewKey = view.name === "plan" ? view.id : view.name;
  useEffect(() => {
    if (!ready) return;
    window.scrollTo(0, 0);
    focusMainHeading({ preventScroll: true });
  }, [viewKey, waiting]);

  return (
    // data-ready: hydrated, so buttons work (tests wait for it).
    <div class="session" data-ready={ready ? "" : undefined}>
      <section class="session-banner" aria-labelledby="session-banner-title">
        <h2 id="session-banner-title" class="visually-hidden">
          Session
        </h2>
        <p class="session-status">
          <strong>Session running</strong> for {minutes} {minutes === 1 ? "minute" : "minutes"}. Holding in memory:{" "}
          {heldSummary(bundle.plans)}.
        </p>
        <div class="button-row">
          <button
            type="button"
            class="button button-secondary"
            aria-pressed={showAsk}
            onClick={() => setShowAsk(!showAsk)}
          >
            {showAsk ? "Hide questions to ask" : "Show questions to ask"}
          </button>
          <button type="button" class="button button-danger" onClick={() => setConfirmEnd(true)}>
            End session and clear this device
          </button>
        </div>
        {confirmEnd && (
          <section class="confirm" aria-labelledby="confirm-end-title">
            <p id="confirm-end-title">
              <strong>End the session and clear this device?</strong> Everything the session held is wiped from this
              browser: plans in memory and anything saved here. Check you have handed over what the person needs first.
            </p>
            {savedOnDevice && (
              <label class="choice">
                <input type="checkbox" checked={keepSaved} onChange={(e) => setKeepSaved(e.currentTarget.checked)} />
                <span>Keep the plan saved, locked, on this device for the person (only if it is their own device)</span>
              </label>
            )}
            <div class="button-row">
              <button type="button" class="button button-danger" onClick={() => void end(savedOnDevice && keepSaved)}>
                Yes, end and clear
              </button>
              <button type="button" class="button button-secondary" onClick={() => setConfirmEnd(false)}>
                No, carry on
              </button>
            </div>
          </section>
        )}
        {idle.warning && (
          <div class="confirm" role="alert">
            <p>
              <strong>Nothing has happened for a while.</strong> The session will end and clear this device in{" "}
              {props.sessionGraceMinutes} {props.sessionGraceMinutes === 1 ? "minute" : "minutes"}.
            </p>
            <button type="button" class="button" onClick={idle.keepGoing}>
              Keep the session going
            </button>
          </div>
        )}
      </section>

      {view.name === "household" && (
        <Household store={store} bundle={bundle} onOpen={open} onHandOver={() => setView({ name: "handover" })} />
      )}

      {view.name === "handover" && (
        <HandOver
          bundle={bundle}
          exportFileName={props.exportFileName}
          onBack={() => setView({ name: "household" })}
          onOpen={open}
          onSavedOnDevice={() => setSavedOnDevice(true)}
        />
      )}

      {current && waiting && <p class="session-plan">Opening the plan…</p>}
      {current && !waiting && (
        <div class="session-plan">
          <p>
            <button type="button" class="link-button" onClick={() => setView({ name: "household" })}>
              Back to the household
            </button>
          </p>
          <p class="session-plan-label">{planLabel(current)}</p>
          <PlanEditor
            key={current.id}
            template={props.templates[current.kind]}
            numbers={kidsNumbers ? props.childNumbers : props.adultNumbers}
            store={store}
            planId={current.id}
            showAsk={showAsk}
            {...(parts
              ? {
                  renderDrawing: (p: FieldProps) => <parts.DrawingField {...(p as FieldProps<Drawing>)} />,
                  ...(child
                    ? {
                        renderSteps: (ctx: StepsContext) => (
                          <parts.StepsView ctx={ctx} onFinish={() => setView({ name: "household" })} />
                        ),
                      }
                    : {}),
                }
              : {})}
            printPolicy={
              child
                ? { full: "warn", card: true }
                : current.kind === "young-person"
                  ? { full: "allowed", card: true }
                  : { full: "allowed", card: false }
            }
            whereKept={
              <>
                <strong>Kept only in this session's memory.</strong> Nothing is saved or sent unless you hand it over.
                Ending the session clears it.
              </>
            }
          />
        </div>
      )}
    </div>
  );
}
