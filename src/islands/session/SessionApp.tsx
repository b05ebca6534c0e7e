import { useEffect, useRef, useState } from "preact/hooks";
import type { NumberEntry } from "../../core/config/numbers";
import type { PanelSection } from "../../core/config/panel";
import { t, tCount, withWords } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import type { PlanKind, Template } from "../../core/plans/template";
import { isEmptyRecord } from "../../core/record/empty";
import { wipeEverything } from "../../core/storage/wipe";
import { describePlans, describeUnsaved } from "../../core/workspace/views";
import { plansWithWork } from "../../core/workspace/work";
import { PhoneCard } from "../editor/PhoneCard";
import PlanEditor from "../editor/PlanEditor";
import { focusLater } from "../hooks/focusBack";
import { Lazy, preload } from "../hooks/Lazy";
import { useAtFirstUse } from "../hooks/useAtFirstUse";
import { focusMainHeading, useIdle } from "../hooks/useIdle";
import { useOnDemand } from "../hooks/useOnDemand";
import { useReadyMark } from "../hooks/useReadyMark";
import { slotted } from "../storage/slot";
import { WithForms } from "../storage/WithForms";
import { tailoringParts } from "../tailoring/parts";
import { loadChildParts } from "../workspace/loaders";
import { type ShellContext, WorkspaceShell } from "../workspace/WorkspaceShell";
import { Household } from "./Household";
import { IdleWarning } from "./IdleWarning";
import { heldSummary, planLabel } from "./labels";
import { RecordPart } from "./RecordPart";
import { useOtherSessions } from "./useOtherSessions";
import "../child/child.css";
import "../storage/storage.css";
import "./session.css";

export interface SessionAppProps {
  templates: Record<PlanKind, Template>;
  adultNumbers: readonly NumberEntry[];
  childNumbers: readonly NumberEntry[];
  numbersPanel: readonly PanelSection[];
  /** Minutes without use before the warning, then minutes of grace before the end. */
  sessionWarnMinutes: number;
  sessionGraceMinutes: number;
  idleLockMinutes: number;
  exportFileName: string;
  /** Where to go once everything is cleared: a neutral page. */
  endedUrl: string;
}

type View = { name: "household" } | { name: "plan"; id: string } | { name: "handover" };

// Handing over comes once the plans are made: its code and words load when it opens.
export const loadHandOver = withWords("handover", () => import("./HandOver"));
// What the session opens on demand, fetched at its first touch or key (visit-parts.ts).
// Offline, not even the list is fetched: each part is tried when it is opened, and says so.
const fetchVisitParts = () =>
  navigator.onLine &&
  void import("./visit-parts").then(
    (m) => m.fetchVisitParts(),
    () => undefined,
  );

/**
 * A professional's session with one household: the workspace in session mode. An adult's
 * plan, a checklist, and a plan for each child or young person, all in memory; a household
 * file can be opened for a review; handing over is by print, locked file or saving on the
 * person's device; ending wipes the device, in every tab.
 */
export default function SessionApp(props: SessionAppProps) {
  // Ended because no one was using it: the ended page says so (#idle, shown by CSS :target).
  const [why, setWhy] = useState("");
  // The plan on screen, and how to open one: a language switch carries it, and the page in the
  // other language opens it again (WorkspaceShell's shownPlan and onLink).
  const shown = useRef<string | undefined>(undefined);
  const openPlan = useRef((_id: string) => {});
  // The session's minutes count from its start, also across a language switch.
  const [started, setStarted] = useState(() => Date.now());
  return (
    <WorkspaceShell
      mode="session"
      shownPlan={() => shown.current}
      sessionStart={{ get: () => started, set: setStarted }}
      onLink={(url) => {
        const id = /^#plan-(.+)$/.exec(url.hash)?.[1];
        if (!id || url.pathname !== window.location.pathname) return false;
        openPlan.current(id);
        return true;
      }}
      idleLockMinutes={props.idleLockMinutes}
      exportFileName={props.exportFileName}
      numbersPanel={props.numbersPanel}
      endedUrl={props.endedUrl + why}
      initStore={(s) => {
        s.ensure("adult");
        s.ensure("checklist");
      }}
    >
      {(ctx) => (
        <Session
          ctx={ctx}
          props={props}
          onIdleEnd={() => setWhy("#idle")}
          shown={shown}
          openPlan={openPlan}
          started={started}
        />
      )}
    </WorkspaceShell>
  );
}

function Session({
  ctx,
  props,
  onIdleEnd,
  shown,
  openPlan,
  started,
}: {
  ctx: ShellContext;
  props: SessionAppProps;
  onIdleEnd: () => void;
  shown: { current: string | undefined };
  /** When the session began (ms), for its minutes. */
  started: number;
  openPlan: { current: (id: string) => void };
}) {
  const { store, ws, bundle } = ctx;
  const [view, setView] = useState<View>({ name: "household" });
  shown.current = view.name === "plan" ? view.id : undefined;
  openPlan.current = (id) => {
    if (store.bundle().plans.some((p) => p.id === id)) setView({ name: "plan", id });
  };
  const [showAsk, setShowAsk] = useState(true);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const carryOn = () => {
    setConfirmEnd(false);
    focusLater("end-session");
  };
  const [opening, setOpening] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  const [savedOnDevice, setSavedOnDevice] = useState(false);
  // What was saved on the person's own device was handed over on purpose: keep it unless told not to.
  const [keepSaved, setKeepSaved] = useState(true);
  const [now, setNow] = useState(() => Date.now());
  const mark = useReadyMark<HTMLDivElement>();
  useAtFirstUse(["pointerdown", "keydown"], fetchVisitParts);
  // Another tab's session ends with this one: say so before anyone ends it here.
  const otherTabs = useOtherSessions(plansWithWork(bundle.plans).length + (isEmptyRecord(bundle.record) ? 0 : 1));

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);

  const end = async (keep: boolean) => {
    store.clear();
    // A plan saved here by this session's hand-over goes only if the professional chose so; a
    // plan the session did not save (the person's own) is never the session's to delete.
    await wipeEverything({ deleteSavedPlan: savedOnDevice && !keep });
    // Every tab of the site clears too; this one then leaves for the ended page.
    ws.endSession(true);
  };

  const warnMs = props.sessionWarnMinutes * 60_000;
  const graceMs = props.sessionGraceMinutes * 60_000;
  const idle = useIdle(
    warnMs + graceMs,
    () => {
      onIdleEnd();
      void end(savedOnDevice && keepSaved);
    },
    warnMs,
  );

  const minutes = Math.max(0, Math.floor((now - started) / 60_000));
  const open = (plan: Plan) => setView({ name: "plan", id: plan.id });
  const current = view.name === "plan" ? bundle.plans.find((p) => p.id === view.id) : undefined;
  const child = current?.kind === "child";
  const kidsNumbers = current?.kind === "child" || current?.kind === "young-person";
  // The child's steps and drawing load when a child's plan is first opened; the plan shows once
  // they are here. (The card of numbers and the adult's tailored parts come with the page: a
  // session on a home visit may lose its connection, and must still open every other plan.)
  const childParts = useOnDemand(child, loadChildParts);
  const parts = childParts.value;
  const { failed, waiting } = childParts;

  // A new screen starts at the top, with focus on its heading, so screen readers start there.
  const viewKey = view.name === "plan" ? view.id : view.name;
  useEffect(() => {
    if (mark.ready === undefined) return;
    window.scrollTo(0, 0);
    // Scrolled to only if the top of the page does not show it (a phone, under the banner).
    focusMainHeading();
  }, [viewKey, waiting]);

  return (
    // data-ready: hydrated, so buttons work (tests wait for it).
    <div class="session" ref={mark.ref} data-ready={mark.ready}>
      <section class="session-banner no-print" aria-labelledby="session-banner-title">
        <h2 id="session-banner-title" class="visually-hidden">
          {t("session.banner.title")}
        </h2>
        <p class="session-status">
          {slotted(tCount("session.banner.minutes", minutes), {
            running: <strong>{t("session.banner.running")}</strong>,
          })}
          {/* Its own element: two strings side by side are one text node in the built page. */}
          <span>{` ${t("session.banner.holding", { held: heldSummary(bundle.plans) })}`}</span>
        </p>
        {otherTabs > 0 && (
          <p class="workspace-notice" role="status">
            {t("session.otherTab")}
          </p>
        )}
        <div class="button-row">
          <button
            type="button"
            class="button button-secondary"
            aria-pressed={showAsk}
            onClick={() => setShowAsk(!showAsk)}
          >
            {showAsk ? t("session.banner.hideAsk") : t("session.banner.showAsk")}
          </button>
          <button
            type="button"
            id="end-session"
            class="button button-danger"
            onClick={() => {
              setConfirmEnd(true);
              // Into the question, at its safe answer: Enter twice clears nothing.
              focusLater("end-no");
            }}
          >
            {t("session.banner.end")}
          </button>
        </div>
        {confirmEnd && (
          // Escape answers "No, carry on", as it would close a dialog: the safe answer.
          <section
            class="confirm"
            aria-labelledby="confirm-end-title"
            onKeyDown={(e) => {
              if (e.key === "Escape") carryOn();
            }}
          >
            <p id="confirm-end-title">
              <strong>{t("session.end.title")}</strong> {t("session.end.text")}
            </p>
            {otherTabs > 0 && <p>{t("session.otherTab")}</p>}
            {savedOnDevice && (
              <label class="choice">
                <input type="checkbox" checked={keepSaved} onChange={(e) => setKeepSaved(e.currentTarget.checked)} />
                <span>{t("session.end.keepSaved")}</span>
              </label>
            )}
            <div class="button-row">
              <button type="button" class="button button-danger" onClick={() => void end(savedOnDevice && keepSaved)}>
                {t("session.end.yes")}
              </button>
              <button type="button" id="end-no" class="button button-secondary" onClick={carryOn}>
                {t("session.end.no")}
              </button>
            </div>
          </section>
        )}
      </section>

      <IdleWarning
        warning={idle.warning}
        warnMinutes={props.sessionWarnMinutes}
        graceMinutes={props.sessionGraceMinutes}
        onKeepGoing={idle.keepGoing}
        bundle={() => store.bundle()}
        fileName={props.exportFileName}
        onExported={(b) => ws.markExported(b)}
      />

      {view.name === "household" && (
        <>
          {opened && (
            <p class="workspace-notice" role="status">
              {opened}
            </p>
          )}
          <Household
            store={store}
            bundle={bundle}
            onOpen={open}
            onHandOver={() => void preload(loadHandOver).then(() => setView({ name: "handover" }))}
          />
          <RecordPart store={store} bundle={bundle} templates={props.templates} />
          <section class="session-open no-print" aria-labelledby="session-open-title">
            <h2 id="session-open-title">{t("session.review.title")}</h2>
            <p>{t("session.review.text")}</p>
            {opening ? (
              <WithForms>
                {({ ImportPanel }) => (
                  <ImportPanel
                    hasWork={() => plansWithWork(store.bundle().plans).length > 0}
                    held={() => describeUnsaved(plansWithWork(store.bundle().plans))}
                    onDone={() => setOpening(false)}
                    onOpened={(file, how) => {
                      const result = ws.takeIn(file, how);
                      if (!result.ok) return result.message;
                      setOpening(false);
                      setOpened(t("session.review.opened", { plans: describePlans(file.plans) }));
                      return null;
                    }}
                  />
                )}
              </WithForms>
            ) : (
              <button type="button" class="button button-secondary" onClick={() => setOpening(true)}>
                {t("session.review.open")}
              </button>
            )}
          </section>
        </>
      )}

      {view.name === "handover" && (
        <Lazy
          load={loadHandOver}
          render={({ HandOver }) => (
            <HandOver
              bundle={bundle}
              exportFileName={props.exportFileName}
              onBack={() => setView({ name: "household" })}
              onOpen={open}
              onSavedOnDevice={() => setSavedOnDevice(true)}
              onExported={(b) => ws.markExported(b)}
            />
          )}
          fallback={<p class="session-plan">{t("common.opening")}</p>}
        />
      )}

      {current && failed && (
        <div class="session-plan">
          <p role="alert">{t("common.couldNotLoad")}</p>
          <p>
            <button type="button" class="link-button" onClick={() => setView({ name: "household" })}>
              {t("session.backToHousehold")}
            </button>
          </p>
        </div>
      )}
      {current && waiting && !failed && <p class="session-plan">{t("session.openingPlan")}</p>}
      {current && !waiting && (
        <div class="session-plan">
          <p class="no-print">
            <button type="button" class="link-button" onClick={() => setView({ name: "household" })}>
              {t("session.backToHousehold")}
            </button>
          </p>
          <p class="session-plan-label no-print">{planLabel(current)}</p>
          <PlanEditor
            key={current.id}
            template={props.templates[current.kind]}
            numbers={kidsNumbers ? props.childNumbers : props.adultNumbers}
            store={store}
            planId={current.id}
            showAsk={showAsk}
            {...(parts
              ? {
                  renderDrawing: parts.renderDrawing,
                  ...(child
                    ? {
                        renderSteps: (stepCtx) => (
                          <parts.StepsView ctx={stepCtx} onFinish={() => setView({ name: "household" })} />
                        ),
                      }
                    : {}),
                }
              : {})}
            Card={PhoneCard}
            tailoring={tailoringParts}
            printPolicy={
              child
                ? { full: "warn", card: true }
                : current.kind === "young-person"
                  ? { full: "allowed", card: true }
                  : { full: "allowed", card: false }
            }
            whereKept={
              <>
                <strong>{t("session.whereKeptTitle")}</strong>
                {` ${t("session.whereKeptText")}`}
              </>
            }
          />
        </div>
      )}
    </div>
  );
}
