import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { NumberEntry } from "../../core/config/numbers";
import type { PanelSection } from "../../core/config/panel";
import { localPath } from "../../core/i18n/languages";
import { hasUiPart, t, uiLang, withWords } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import type { PlanKind, Template } from "../../core/plans/template";
import { ADDRESS_EVENT, type AddressDetail } from "../../core/signals";
import { DELETED_PATH } from "../../core/storage/names";
import {
  describeUnsaved,
  type PlanView,
  pathForView,
  RELATED,
  titleForView,
  viewForUrl,
} from "../../core/workspace/views";
import { plansWithWork } from "../../core/workspace/work";
import type { LazyPracticeProps } from "../child/LazyPractice";
import { PracticeLoading } from "../child/PracticeLoading";
import { PractiseButton } from "../child/PractiseButton";
import type { PhoneCardProps } from "../editor/PhoneCard";
import type { PlanEditorProps } from "../editor/PlanEditor";
import type { PrintPolicy } from "../editor/PrintControls";
import { Lazy } from "../hooks/Lazy";
import { focusMainHeading } from "../hooks/useIdle";
import { useOnDemand } from "../hooks/useOnDemand";
import { useReadyMark } from "../hooks/useReadyMark";
import type { StorageControlsProps } from "../storage/StorageControls";
import { whereKeptText } from "../storage/whereKept";
import type { TailoringParts } from "../tailoring/parts";
import {
  type ChildParts,
  loadChildParts,
  loadChildWords,
  loadPhoneCard,
  loadTailoringParts,
  templateLoaders,
} from "./loaders";
import { NoticeLine } from "./NoticeLine";
import { WorkspaceNav } from "./WorkspaceNav";
import { type ShellContext, WorkspaceShell } from "./WorkspaceShell";
import "../child/child.css";
import "../storage/storage.css";

export interface PersonalWorkspaceProps {
  /** The plan this address opens, and its template (so the first screen needs no extra load). */
  initial: PlanView;
  template: Template;
  numbers: { adult: readonly NumberEntry[]; child: readonly NumberEntry[] };
  numbersPanel: readonly PanelSection[];
  idleLockMinutes: number;
  exportFileName: string;
  siteName: string;
  /** The child's page comes with the child's parts, so its first screen needs no extra load. */
  childParts?: ChildParts;
  /** The card of numbers: the young person's and child's pages come with it (loaders.ts). */
  Card?: preact.FunctionComponent<PhoneCardProps>;
  /** The adult's plan's tailored parts: the adult's page comes with them (loaders.ts). */
  tailoring?: TailoringParts;
  /**
   * The plan editor, given by the page's entry: bundled with plan pages (their first screen is
   * rendered at build time), and loaded on demand by the practice pages.
   */
  Editor: preact.ComponentType<PlanEditorProps>;
  /** "Keep your plan" (saving and copies): bundled, or loaded on demand where it sits below the steps. */
  Storage: preact.ComponentType<StorageControlsProps>;
  /** Practice (its screens, loaders and structure): bundled with the practice pages, loaded on demand elsewhere. */
  PracticeView?: preact.ComponentType<LazyPracticeProps>;
}

// Most visits to a plan never open practice, so its code comes only when someone does.
const loadPractice = () => import("../child/LazyPractice");
function OnDemandPractice(props: LazyPracticeProps) {
  return (
    <Lazy
      load={loadPractice}
      render={({ LazyPractice }) => <LazyPractice {...props} />}
      fallback={<PracticeLoading />}
    />
  );
}

const loadStale = withWords("later", () => import("./StaleNotice"));
// Shown only once the page has found a saved plan, which is after the first screen anyway.
const loadUnlock = withWords("forms", () => import("../storage/UnlockScreen"));

const PRINT_POLICIES: Record<PlanKind, PrintPolicy> = {
  adult: { full: "allowed", card: false },
  checklist: { full: "allowed", card: false },
  "young-person": { full: "allowed", card: true },
  // A child keeps only a card of numbers: the full plan prints only from a session.
  child: { full: "hidden", card: true },
};

/**
 * A person's workspace: every plan they have (adult's plan, things to take, a young person's
 * and a child's plan, with practice) in one page, with one unlock, one autosave and one
 * "Save a copy". Moving between plans changes the view and the address, never the page.
 */
/**
 * Deletes, then leaves for the page whose response has the browser clear the site's storage:
 * deleting the database leaves older records in IndexedDB's files on disk.
 */
async function deleteAndClear(ws: { deleteEverything(): Promise<void> }): Promise<void> {
  await ws.deleteEverything();
  window.location.replace(localPath(uiLang(), DELETED_PATH));
}

export function PersonalWorkspace(props: PersonalWorkspaceProps) {
  const [view, setView] = useState<PlanView>(props.initial);
  const go = useRef((_v: PlanView) => {});
  return (
    <WorkspaceShell
      mode="personal"
      idleLockMinutes={props.idleLockMinutes}
      exportFileName={props.exportFileName}
      numbersPanel={props.numbersPanel}
      practising={view.practice === true}
      {...(view.kind === "child" || view.kind === "young-person" ? { kidsNumbers: props.numbers.child } : {})}
      endedUrl={localPath(uiLang(), "/cleared/")}
      onLink={(url) => {
        // Only this page's language: a link to another language loads that language's page.
        const next = viewForUrl(url, uiLang());
        if (!next) return false;
        go.current(next);
        return true;
      }}
    >
      {(ctx) => <PersonalView ctx={ctx} props={props} view={view} setView={setView} go={go} />}
    </WorkspaceShell>
  );
}

function PersonalView(p: {
  ctx: ShellContext;
  props: PersonalWorkspaceProps;
  view: PlanView;
  setView: (v: PlanView) => void;
  go: { current: (v: PlanView) => void };
}) {
  const { ctx, props, view } = p;
  const { store, ws, state, bundle } = ctx;
  const PracticeView = props.PracticeView ?? OnDemandPractice;
  const [templates, setTemplates] = useState<Partial<Record<PlanKind, Template>>>({
    [props.initial.kind]: props.template,
  });
  const [templateFailed, setTemplateFailed] = useState(false);
  const mark = useReadyMark<HTMLDivElement>();
  const moved = useRef(false);
  const template = templates[view.kind];
  // Once there are words in a plan (typed, or unlocked), what it opens on demand comes in the
  // background, so that it still saves, locks and opens its tailored parts if the connection
  // goes later (plan-parts.ts). A visit that only looks, or moves between plans, fetches nothing more.
  // (Again only if every plan is emptied and written in anew: each part is then at hand.)
  const working = plansWithWork(bundle.plans).length > 0;
  useEffect(() => {
    // Offline, not even the list: each part is tried when it is opened, and says so.
    if (working && navigator.onLine)
      import("./plan-parts").then(
        (m) => m.fetchPlanParts(view.kind),
        () => undefined,
      );
  }, [working]);

  // Moving to another plan: the address, the tab's title and the focus move as on a new page.
  p.go.current = (next: PlanView) => {
    moved.current = true;
    p.setView(next);
    window.history.replaceState(null, "", pathForView(next));
    document.title = `${titleForView(next)} – ${props.siteName}`;
    // The links to this page in other languages follow, to the plan now shown.
    window.dispatchEvent(new CustomEvent<AddressDetail>(ADDRESS_EVENT, { detail: { url: window.location.href } }));
  };

  useEffect(() => {
    if (template) return;
    setTemplateFailed(false);
    templateLoaders[view.kind]().then(
      (t) => setTemplates((all) => ({ ...all, [t.kind]: t })),
      () => setTemplateFailed(true),
    );
  }, [view.kind, template]);
  // What a plan needs beyond its template, loaded when someone moves to it (the page's own plan
  // comes with them): the child's steps; the child's words (practice, read aloud) for the young
  // person's and child's screens; their card of numbers, which prints from the first moment
  // their plan shows; the adult's tailored parts.
  const kids = view.kind === "child" || view.kind === "young-person";
  const childParts = useOnDemand(view.kind === "child" && !view.practice, loadChildParts, props.childParts);
  const parts = childParts.value;
  const childWords = useOnDemand(kids, loadChildWords, hasUiPart("child") || undefined);
  const card = useOnDemand(PRINT_POLICIES[view.kind].card && !view.practice, loadPhoneCard, props.Card);
  const Card = card.value;
  const tailoringParts = useOnDemand(view.kind === "adult", loadTailoringParts, props.tailoring);
  const tailoring = tailoringParts.value;
  const onDemand = [childParts, childWords, card, tailoringParts];
  const failed = templateFailed || onDemand.some((o) => o.failed);
  const loading = !template || onDemand.some((o) => o.waiting);
  useEffect(() => {
    if (!moved.current || loading) return;
    moved.current = false;
    window.scrollTo(0, 0);
    // Scrolled to only if the top of the page does not show it (on a phone, it may not).
    focusMainHeading();
  }, [view, loading]);
  // After unlocking, focus goes to the plan's heading rather than falling to the page.
  const wasUnlocking = useRef(state.unlocking);
  useEffect(() => {
    if (wasUnlocking.current && !state.unlocking) focusMainHeading();
    wasUnlocking.current = state.unlocking;
  }, [state.unlocking]);

  const footers = useMemo(() => relatedFooters(view.kind), [view.kind]);

  if (state.unlocking) {
    return (
      <div class="workspace" ref={mark.ref} data-ready={mark.ready}>
        {state.notice && <NoticeLine notice={state.notice} />}
        <Lazy
          load={loadUnlock}
          render={({ UnlockScreen }) => (
            <UnlockScreen
              onUnlock={(pass) => ws.unlock(pass)}
              onDeleteEverything={() => deleteAndClear(ws)}
              onContinueWithout={() => ws.continueWithout()}
            />
          )}
        />
      </div>
    );
  }

  const plan: Plan | undefined =
    (view.planId ? bundle.plans.find((x) => x.id === view.planId) : undefined) ??
    bundle.plans.find((x) => x.kind === view.kind);
  const numbers = kids ? props.numbers.child : props.numbers.adult;
  const practise = { ...view, practice: true };

  return (
    <div
      class={`workspace${kids ? " kids" : ""}${view.kind === "child" ? " kids-child" : ""}`}
      // For tests and styles: hydrated; the saved revision; changes on their way to storage.
      ref={mark.ref}
      data-ready={mark.ready}
      data-revision={state.revision}
      data-pending={state.dirty || state.saving ? "" : undefined}
    >
      <WorkspaceNav plans={bundle.plans} view={view} />
      {state.stale && <Lazy load={loadStale} render={({ StaleNotice }) => <StaleNotice ws={ws} />} />}
      {state.notice && !state.stale && <NoticeLine notice={state.notice} onDismiss={() => ws.dismissNotice()} />}
      {failed && <p role="alert">{t("common.couldNotLoad")}</p>}
      {!failed && loading && <p class="workspace-loading">{t("common.opening")}</p>}
      {!loading && template && view.practice && (
        <PracticeView
          audience={view.kind === "child" ? "child" : "young-person"}
          plan={plan}
          onBack={() => p.go.current({ ...view, practice: false })}
        />
      )}
      {!loading && template && !view.practice && (
        <props.Editor
          key={view.kind}
          template={template}
          numbers={numbers}
          store={store}
          {...(plan ? { planId: plan.id } : {})}
          printPolicy={PRINT_POLICIES[view.kind]}
          {...(Card ? { Card } : {})}
          {...(tailoring ? { tailoring } : {})}
          sectionFooters={footers}
          {...(view.kind === "child" && parts
            ? {
                renderDrawing: parts.renderDrawing,
                renderSteps: (stepCtx) => <parts.StepsView ctx={stepCtx} onFinish={() => p.go.current(practise)} />,
              }
            : {})}
          {...(kids ? { extra: <PractiseButton onClick={() => p.go.current(practise)} /> } : {})}
          onPlanChange={(id) => p.go.current({ kind: view.kind, planId: id })}
          whereKept={
            state.saveFailed ? (
              <span role="alert">
                <strong>{t("workspace.saveFailed.title")}</strong> {t("workspace.saveFailed.text")}
              </span>
            ) : (
              whereKeptText(state.device, props.idleLockMinutes)
            )
          }
          storage={
            <props.Storage
              device={state.device}
              idleLockMinutes={props.idleLockMinutes}
              fileName={props.exportFileName}
              bundle={() => store.bundle()}
              hasWork={() => plansWithWork(store.bundle().plans).length > 0}
              held={() => describeUnsaved(plansWithWork(store.bundle().plans))}
              onEnable={(pass, replace) => ws.enable(pass, { replace, kind: view.kind })}
              onLockNow={() => void ws.lock()}
              onDeleteEverything={() => deleteAndClear(ws)}
              onOpenLocked={() => ws.showUnlock()}
              onExported={(b) => ws.markExported(b)}
              onImported={(opened, how) => {
                const result = ws.takeIn(opened, how);
                if (!result.ok) return result.message;
                // Show the file's plan of this kind if it has one; otherwise the file's first plan.
                const shown = result.added.find((x) => x.kind === view.kind) ?? result.added[0];
                if (shown) p.go.current({ kind: shown.kind, planId: shown.id });
                return null;
              }}
            />
          }
        />
      )}
    </div>
  );
}

/** "Things to take" from the leaving section, and the like: links that open another plan here. */
function relatedFooters(kind: PlanKind): Record<string, preact.ComponentChildren> {
  const related = RELATED[kind] ?? {};
  return Object.fromEntries(
    Object.entries(related).map(([sectionId, link]) => [
      sectionId,
      <p class="related-plan" key={sectionId}>
        <a href={pathForView({ kind: link.kind })}>{t(link.text)}</a>
      </p>,
    ]),
  );
}
