import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { NumberEntry } from "../../core/config/numbers";
import type { PanelSection } from "../../core/config/panel";
import { localPath } from "../../core/i18n/languages";
import { uiLang, withWords } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import { createPlanStore, type PlanStore } from "../../core/plans/store";
import { LEAVING_MARK, NAVIGATE_EVENT, type NavigateDetail } from "../../core/signals";
import { databaseExists, hasIndexedDb } from "../../core/storage/detect";
import { createWorkspace, type Workspace, type WorkspaceState } from "../../core/workspace/controller";
import { isLanguageTwin, plansToCarry, takeHandOff } from "../../core/workspace/handoff";
import { hasWork } from "../../core/workspace/merge";
import { browserTabChannel } from "../../core/workspace/tabs";
import { asksBeforeUnload } from "../../core/workspace/unload";
import { NUMBERS_PATH } from "../../core/workspace/views";
import { useBundle } from "../editor/useStore";
import { Lazy } from "../hooks/Lazy";
import { useActivity } from "../hooks/useIdle";
import { useQuickExit } from "../hooks/useQuickExit";
import type { PendingLeave } from "./LeaveGuard";
import "./workspace.css";

export interface ShellContext {
  store: PlanStore;
  ws: Workspace;
  state: WorkspaceState;
  bundle: Bundle;
  openNumbers: () => void;
}

export interface ShellProps {
  mode: "personal" | "session";
  idleLockMinutes: number;
  exportFileName: string;
  numbersPanel: readonly PanelSection[];
  /** A practice screen is shown: "Phone numbers" must not offer a number that can dial. */
  practising?: boolean;
  /** A child's or young person's plan is shown: their numbers come first in "Phone numbers". */
  kidsNumbers?: readonly NumberEntry[];
  /** Where a page goes once a session has ended (here or in another tab): a neutral page. */
  endedUrl: string;
  /** Sets the store up before anything renders (a session starts with the adult's plans). */
  initStore?: (store: PlanStore) => void;
  /** A link inside the site: return true when the workspace shows it itself (another plan). */
  onLink?: (url: URL) => boolean;
  /**
   * The plan on screen where the address does not say it (a session's views): carried to the
   * same page in another language, which opens it again.
   */
  shownPlan?: () => string | undefined;
  /** When a session began: carried to the same page in another language, which counts on from it. */
  sessionStart?: { get: () => number; set: (startedAt: number) => void };
  children: (ctx: ShellContext) => preact.VNode;
}

export const loadGuard = withWords("later", () => import("./LeaveGuard"));
export const loadNumbers = withWords("later", () => import("./NumbersPanel"));

/** The controller, from the browser's own pieces. Nothing is opened or created until start(). */
function browserWorkspace(store: PlanStore, props: ShellProps): Workspace {
  return createWorkspace({
    store,
    mode: props.mode,
    storage: {
      available: hasIndexedDb,
      exists: () => databaseExists(),
      open: async () => (await import("../../core/storage/kv")).openDeviceStorage(),
    },
    // The crypto and validation code loads only when someone saves or unlocks.
    makeVault: async (kv) => (await import("../../core/storage/vault")).createVault(kv),
    openChannel: () => browserTabChannel(),
    idleLockMs: props.idleLockMinutes * 60_000,
    persist: () => void navigator.storage?.persist?.().catch(() => false),
  });
}

/**
 * The workspace around one person's plans, or a household's in a session: one store, one
 * controller (src/core/workspace/controller.ts), the guard on links that would leave, the
 * phone numbers panel, and the quick exit. The plans themselves render inside.
 */
export function WorkspaceShell(props: ShellProps) {
  const store = useMemo(() => {
    const s = createPlanStore();
    props.initStore?.(s);
    return s;
  }, []);
  const ws = useMemo(() => browserWorkspace(store, props), [store]);
  const [state, setState] = useState(ws.state());
  const bundle = useBundle(store);
  const [pending, setPending] = useState<PendingLeave | null>(null);
  const [numbersOpen, setNumbersOpen] = useState(false);
  // The dialogs load the first time they are needed, then stay (closed) for focus to return.
  const [used, setUsed] = useState({ guard: false, numbers: false });
  useEffect(() => {
    if ((pending && !used.guard) || (numbersOpen && !used.numbers))
      setUsed({ guard: used.guard || pending !== null, numbers: used.numbers || numbersOpen });
  }, [pending, numbersOpen]);
  const onLink = useRef(props.onLink);
  onLink.current = props.onLink;
  const shownPlan = useRef(props.shownPlan);
  shownPlan.current = props.shownPlan;
  const sessionStart = useRef(props.sessionStart);
  sessionStart.current = props.sessionStart;

  useEffect(() => {
    const unsubscribe = ws.subscribe(setState);
    void ws.start();
    return () => {
      unsubscribe();
      ws.dispose();
    };
  }, [ws]);
  // A session asks before a reload, Back or closing the tab loses unsaved work (unload.ts).
  const disarmUnload = useRef(() => {});
  useEffect(() => {
    if (props.mode !== "session") return;
    const ask = (event: BeforeUnloadEvent) => {
      const leaving = document.documentElement.hasAttribute(LEAVING_MARK);
      if (!asksBeforeUnload("session", ws, { leaving })) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", ask);
    disarmUnload.current = () => window.removeEventListener("beforeunload", ask);
    return disarmUnload.current;
  }, [ws]);
  useQuickExit(() => {
    // The exit's location.replace fires beforeunload: it must never be held up by a prompt.
    disarmUnload.current();
    ws.exit();
  });
  useActivity(() => ws.touch());
  // Leaving (reload, Back, closing the tab) or switching away: write what is pending now, not
  // after the autosave's pause. No prompt, ever: the page must be free to go at once.
  useEffect(() => {
    const save = () => ws.leave();
    const onVisibility = () => {
      if (document.visibilityState === "hidden") save();
    };
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", save);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [ws]);
  useEffect(() => {
    if (state.ended) window.location.replace(props.endedUrl);
  }, [state.ended]);
  // Locked, with everything written: a fresh page holds nothing of the plan or the passphrase.
  useEffect(() => {
    if (state.reload) window.location.reload();
  }, [state.reload]);

  // The site's own links come here first (the quick-exit script asks before following one).
  useEffect(() => {
    const onNavigate = (event: Event) => {
      const detail = (event as CustomEvent<NavigateDetail>).detail;
      const url = new URL(detail.url);
      const here = new URL(window.location.href);
      if (url.pathname === here.pathname && url.hash === "" && here.hash === "" && url.search === here.search) return; // the same page (a skip link, say): nothing is left behind
      if (onLink.current?.(url)) return event.preventDefault();
      if (url.pathname === localPath(uiLang(), NUMBERS_PATH)) {
        event.preventDefault();
        return setNumbersOpen(true);
      }
      const leaving = { url: url.href, label: detail.label ?? "" };
      if (isLanguageTwin(here, url)) {
        event.preventDefault();
        return void switchLanguage(url, leaving);
      }
      if (ws.unsaved().length > 0) {
        event.preventDefault();
        return setPending(leaving);
      }
      if (ws.state().dirty || ws.state().saving) {
        // Saved here, with a change still on its way: finish writing it, then go.
        event.preventDefault();
        void ws.flush().then(() => {
          if (ws.unsaved().length > 0) setPending(leaving);
          else window.location.replace(url.href);
        });
      }
    };
    // The same page in another language: the plans come along (src/core/workspace/handoff.ts).
    // Saved and unlocked, they are on the device already, and the new page asks to unlock them.
    const switchLanguage = async (url: URL, leaving: PendingLeave) => {
      if (ws.state().dirty || ws.state().saving) await ws.flush();
      const carry = plansToCarry(ws.state().device, ws.unsaved(), store.bundle());
      // Nothing is left behind on the way (there is nothing to carry, or it is carried), so a
      // session's "Leave site?" prompt, which says changes may be lost, must not show.
      if (!carry) {
        disarmUnload.current();
        return window.location.replace(url.href);
      }
      const planId = /^#plan-(.+)$/.exec(url.hash)?.[1] ?? shownPlan.current?.();
      try {
        // Loaded when a language link is followed; if it cannot load, the catch below asks.
        const { sealHandOff } = await import("../../core/workspace/handoff-seal");
        const startedAt = sessionStart.current?.get();
        const to = await sealHandOff(
          { bundle: carry, ...(planId ? { planId } : {}), ...(startedAt ? { startedAt } : {}) },
          url,
          window.sessionStorage,
        );
        disarmUnload.current();
        window.location.replace(to);
      } catch {
        // Storage blocked or full: ask, as before any other leave, so nothing is lost unasked.
        setPending(leaving);
      }
    };
    window.addEventListener(NAVIGATE_EVENT, onNavigate);
    return () => window.removeEventListener(NAVIGATE_EVENT, onNavigate);
  }, [ws]);

  // Arriving from the same page in another language: take the plans handed over, and at once
  // the sealed copy out of the tab's storage and the key out of the address.
  useEffect(() => {
    let taken: ReturnType<typeof takeHandOff>;
    try {
      taken = takeHandOff(new URL(window.location.href), window.sessionStorage);
    } catch {
      return; // storage blocked: nothing can have been handed over
    }
    if (taken.cleanUrl) window.history.replaceState(window.history.state, "", taken.cleanUrl);
    void taken.handOff.then(async (handOff) => {
      if (!handOff) return;
      const parsed = (await import("../../core/plans/parse")).parseBundle(handOff.bundle);
      if (!parsed.ok) return;
      ws.takeIn(parsed.bundle, store.bundle().plans.some(hasWork) ? "keep-both" : "replace");
      if (handOff.startedAt) sessionStart.current?.set(handOff.startedAt);
      if (handOff.planId) onLink.current?.(new URL(`#plan-${handOff.planId}`, window.location.href));
    });
  }, [ws]);

  return (
    <>
      {props.children({ store, ws, state, bundle, openNumbers: () => setNumbersOpen(true) })}
      {(used.guard || pending) && (
        <Lazy
          load={loadGuard}
          render={({ LeaveGuard }) => (
            <LeaveGuard
              pending={pending}
              unsaved={pending ? ws.unsaved() : []}
              bundle={() => store.bundle()}
              fileName={props.exportFileName}
              onExported={(b) => ws.markExported(b)}
              onStay={() => setPending(null)}
              onLeave={() => {
                const to = pending?.url;
                ws.exit();
                if (to) window.location.replace(to);
              }}
            />
          )}
        />
      )}
      {(used.numbers || numbersOpen) && (
        <Lazy
          load={loadNumbers}
          render={({ NumbersPanel }) => (
            <NumbersPanel
              open={numbersOpen}
              sections={props.numbersPanel}
              practising={props.practising === true}
              {...(props.kidsNumbers ? { kids: props.kidsNumbers } : {})}
              onClose={() => setNumbersOpen(false)}
            />
          )}
        />
      )}
    </>
  );
}
