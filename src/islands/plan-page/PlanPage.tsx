import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { LIMITS } from "../../core/plans/limits";
import type { Bundle, Plan } from "../../core/plans/schema";
import { createPlanStore, randomId } from "../../core/plans/store";
import type { Template } from "../../core/plans/template";
import { databaseExists, hasIndexedDb, type KeyValue, openDeviceStorage, RECORD_KEY } from "../../core/storage/kv";
import type { Vault } from "../../core/storage/vault";
import type { FieldProps } from "../editor/fields/types";
import type { NumberEntry } from "../editor/NumbersBlock";
import PlanEditor, { type StepsContext } from "../editor/PlanEditor";
import type { PrintPolicy } from "../editor/PrintControls";
import { useBundle } from "../editor/useStore";
import { focusMainHeading, useIdle } from "../hooks/useIdle";
import { type DeviceState, StorageControls, whereKeptText } from "../storage/StorageControls";
import { UnlockScreen } from "../storage/UnlockScreen";
import "../storage/storage.css";

export interface PlanPageProps {
  template: Template;
  numbers: readonly NumberEntry[];
  idleLockMinutes: number;
  exportFileName: string;
  renderDrawing?: (p: FieldProps) => preact.VNode;
  renderSteps?: (ctx: StepsContext) => preact.VNode;
  printPolicy?: PrintPolicy;
  extra?: preact.ComponentChildren;
  /** Lets a wrapping island show something else in the editor's place (practice). */
  present?: (args: { editor: preact.VNode; plan: Plan | undefined }) => preact.VNode;
}

const AUTOSAVE_DELAY_MS = 400;

/**
 * A plan page: the editor, plus saving on this device (locked), locked copies as files, and
 * the unlock screen. The crypto and validation code loads only when someone uses them.
 */
export default function PlanPage(props: PlanPageProps) {
  const { template } = props;
  const store = useMemo(() => createPlanStore(), []);
  const bundle = useBundle(store);
  const [kv, setKv] = useState<KeyValue | null | undefined>(undefined);
  const [device, setDevice] = useState<DeviceState>("checking");
  const [locked, setLocked] = useState(false);
  const [planId, setPlanId] = useState<string | undefined>(undefined);
  const vault = useRef<Vault | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dirty = useRef(false);
  const [saveFailed, setSaveFailed] = useState(false);
  /** After unlocking, focus goes to the plan's heading rather than falling to the page. */
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    focusMainHeading();
  });
  /** Set by the quick exit: anything still in flight (an unlock, a first save) must not reopen. */
  const exited = useRef(false);

  /** The vault, opening storage on first use (which is when the person opts in). */
  const getVault = useCallback(async (): Promise<Vault | null> => {
    if (vault.current) return vault.current;
    const storage = kv ?? (await openDeviceStorage());
    if (!storage) {
      setDevice("unavailable");
      return null;
    }
    setKv(storage);
    const { createVault } = await import("../../core/storage/vault");
    vault.current = createVault(storage);
    return vault.current;
  }, [kv]);

  // Look for a saved plan without creating anything: until someone opts in, nothing is written.
  useEffect(() => {
    void (async () => {
      if (!hasIndexedDb()) return setDevice("unavailable");
      if (!(await databaseExists())) return setDevice("off");
      const found = await openDeviceStorage();
      setKv(found);
      if (!found) return setDevice("unavailable");
      const record = await found.get(RECORD_KEY).catch(() => undefined);
      setDevice(record ? "locked-elsewhere" : "off");
      setLocked(Boolean(record));
    })();
  }, []);

  const flush = useCallback(() => {
    clearTimeout(saveTimer.current);
    if (!dirty.current || !vault.current?.isUnlocked()) return Promise.resolve();
    dirty.current = false;
    return vault.current.save(store.bundle()).then(
      () => setSaveFailed(false),
      () => {
        dirty.current = true;
        setSaveFailed(true);
      },
    );
  }, [store]);

  // Autosave: every change, shortly after typing pauses. Clearing never saves: an empty
  // screen must not overwrite the saved plan.
  useEffect(() => {
    if (device !== "saving") return;
    const unsubscribe = store.subscribe((_bundle, reason) => {
      if (reason === "clear") return;
      dirty.current = true;
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    });
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === "hidden" && void flush();
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      unsubscribe();
      window.removeEventListener("pagehide", onHide);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [device, store, flush]);

  const lock = useCallback(async () => {
    await flush();
    vault.current?.lock();
    store.clear();
    setDevice("locked-elsewhere");
    setLocked(true);
  }, [flush, store]);

  // Lock after a spell without input.
  useIdle(props.idleLockMinutes * 60_000, () => void lock(), { enabled: device === "saving" });

  // Quick exit: save what is pending with the key in hand, then drop the key and the plan,
  // all inside the exit's own event.
  useEffect(() => {
    const onExit = () => {
      exited.current = true;
      void flush();
      vault.current?.lock();
      store.clear();
    };
    window.addEventListener("quickexit", onExit);
    return () => window.removeEventListener("quickexit", onExit);
  }, [flush, store]);

  const deleteEverything = useCallback(async () => {
    clearTimeout(saveTimer.current);
    dirty.current = false;
    try {
      const v = vault.current ?? (kv ? await getVault() : null);
      if (v) await v.destroy();
    } catch {
      /* the database may already be gone */
    }
    vault.current = null;
    setKv(undefined);
    store.clear();
    setDevice(hasIndexedDb() ? "off" : "unavailable");
    setLocked(false);
  }, [getVault, kv, store]);

  /** Whether anything at all has been written, in any plan held here (not only this page's). */
  const hasWork = useCallback(() => store.bundle().plans.some((p) => Object.keys(p.answers).length > 0), [store]);

  /**
   * Brings opened plans in. "Replace" swaps only this page's kind of plan; plans of other kinds
   * (a household file's children's plans, say) are added beside what is held, never over it.
   * Returns a message when the result would be more plans than a bundle may hold.
   */
  const merge = useCallback(
    (incoming: readonly Plan[], how: "replace" | "keep-both"): string | null => {
      const current = store.bundle().plans;
      const kept = how === "replace" ? current.filter((p) => p.kind !== template.kind) : current;
      const taken = new Set(kept.map((p) => p.id));
      const added = incoming.map((p) => (taken.has(p.id) ? { ...p, id: randomId() } : p));
      if (kept.length + added.length > LIMITS.plansPerBundle)
        return `Together that would be more than ${LIMITS.plansPerBundle} plans, which is more than this site can keep at once. Nothing has changed.`;
      store.load({ ...store.bundle(), plans: [...kept, ...added] });
      setPlanId(added.find((p) => p.kind === template.kind)?.id ?? kept.find((p) => p.kind === template.kind)?.id);
      return null;
    },
    [store, template.kind],
  );
  const onImported = useCallback((bundle: Bundle, how: "replace" | "keep-both") => merge(bundle.plans, how), [merge]);

  if (locked) {
    return (
      <UnlockScreen
        onUnlock={async (pass) => {
          const v = await getVault();
          if (!v) return "storage-failed";
          const result = await v.unlock(pass);
          if (!result.ok) return result.code;
          // The exit was used while the key was being worked out: do not open anything.
          if (exited.current) {
            v.lock();
            return null;
          }
          // Anything typed after "Continue without opening it" stays, beside the saved plan.
          const typed = store.bundle().plans.filter((p) => Object.keys(p.answers).length > 0);
          store.load(result.bundle);
          setPlanId(result.bundle.plans.find((p) => p.kind === template.kind)?.id);
          if (typed.length) merge(typed, "keep-both");
          setDevice("saving");
          setLocked(false);
          focusHeading.current = true;
          return null;
        }}
        onDeleteEverything={deleteEverything}
        onContinueWithout={() => setLocked(false)}
      />
    );
  }

  const shown = bundle.plans.find((p) => p.id === planId) ?? bundle.plans.find((p) => p.kind === template.kind);
  const editor = (
    <PlanEditor
      template={template}
      numbers={props.numbers}
      store={store}
      {...(planId ? { planId } : {})}
      {...(props.renderDrawing ? { renderDrawing: props.renderDrawing } : {})}
      {...(props.renderSteps ? { renderSteps: props.renderSteps } : {})}
      {...(props.printPolicy ? { printPolicy: props.printPolicy } : {})}
      extra={props.extra}
      whereKept={
        saveFailed ? (
          <span role="alert">
            <strong>Your latest changes could not be saved on this device.</strong> They are still on screen. It will
            try again as you type; you could also save a copy as a file.
          </span>
        ) : (
          whereKeptText(device, props.idleLockMinutes)
        )
      }
      onPlanChange={setPlanId}
      storage={
        <StorageControls
          device={device}
          idleLockMinutes={props.idleLockMinutes}
          fileName={props.exportFileName}
          bundle={() => store.bundle()}
          hasWork={hasWork}
          onEnable={async (pass) => {
            const v = await getVault();
            if (!v)
              return "This browser does not let sites save on the device (some private windows block it). Your plan is still here. You can save a locked copy as a file instead.";
            try {
              if (store.bundle().plans.length === 0) store.ensure(template.kind);
              const saved = store.bundle();
              await v.create(pass, saved);
              if (exited.current) {
                v.lock();
                return null;
              }
              // Typing carried on while the key was being made: save that too.
              if (store.bundle() !== saved) void v.save(store.bundle());
            } catch {
              return "This browser would not let us save. Your plan is still here on screen. You could save a copy as a file instead.";
            }
            setDevice("saving");
            // Asked only now that the person has chosen to save. Chrome decides quietly.
            void navigator.storage?.persist?.().catch(() => false);
            return null;
          }}
          onLockNow={() => void lock()}
          onDeleteEverything={deleteEverything}
          onOpenLocked={() => setLocked(true)}
          onImported={onImported}
        />
      }
    />
  );
  return props.present ? props.present({ editor, plan: shown }) : editor;
}
