import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { PanelSection } from "../../core/config/panel";
import { localPath } from "../../core/i18n/languages";
import { uiLang, withWords } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import { createPlanStore, type PlanStore } from "../../core/plans/store";
import { NAVIGATE_EVENT, type NavigateDetail } from "../../core/signals";
import { databaseExists, hasIndexedDb } from "../../core/storage/detect";
import { createWorkspace, type Workspace, type WorkspaceState } from "../../core/workspace/controller";
import { browserTabChannel } from "../../core/workspace/tabs";
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
  /** Where a page goes once a session has ended (here or in another tab): a neutral page. */
  endedUrl: string;
  /** Sets the store up before anything renders (a session starts with the adult's plans). */
  initStore?: (store: PlanStore) => void;
  /** A link inside the site: return true when the workspace shows it itself (another plan). */
  onLink?: (url: URL) => boolean;
  children: (ctx: ShellContext) => preact.VNode;
}

const loadGuard = withWords("later", () => import("./LeaveGuard"));
const loadNumbers = withWords("later", () => import("./NumbersPanel"));

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

  useEffect(() => {
    const unsubscribe = ws.subscribe(setState);
    void ws.start();
    return () => {
      unsubscribe();
      ws.dispose();
    };
  }, [ws]);
  useQuickExit(() => ws.exit());
  useActivity(() => ws.touch());
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
    window.addEventListener(NAVIGATE_EVENT, onNavigate);
    return () => window.removeEventListener(NAVIGATE_EVENT, onNavigate);
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
              onClose={() => setNumbersOpen(false)}
            />
          )}
        />
      )}
    </>
  );
}
