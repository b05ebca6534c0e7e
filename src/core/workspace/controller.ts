import type { UiTextKey } from "../i18n/keys";
import { t } from "../i18n/runtime";
import type { Bundle, Plan } from "../plans/schema";
import type { PlanStore } from "../plans/store";
import type { PlanKind } from "../plans/template";
import { isEmptyRecord, recordAfterTakeIn, recordWords } from "../record/empty";
import type { TabMessage } from "../signals";
import { STORAGE_TIMEOUT_MS, withTimeout } from "../storage/detect";
import type { KeyValue } from "../storage/kv";
import { RECORD_KEY } from "../storage/names";
import type { UnlockError, Vault } from "../storage/vault";
import { createIdleTimer } from "./idle";
import { hasWork, type MergeHow, mergePlans, plansOnlyIn } from "./merge";
import type { TabChannel } from "./tabs";

/**
 * The workspace's storage lifecycle, with no DOM: whether a locked plan is saved here,
 * unlocking, autosave, the idle lock, what other tabs say, and the quick exit. Islands render
 * its state and call its methods; every rule lives here, where it is unit-tested.
 *
 * device:
 * - checking: looking for a saved plan (nothing is created by looking)
 * - unavailable: this browser will not let the site save
 * - off: nothing saved here; the person has not opted in
 * - locked: a locked plan is saved here and this tab does not hold its key
 * - saving: unlocked; every change saves itself
 */
export type DeviceState = "checking" | "unavailable" | "off" | "locked" | "saving";

export interface WorkspaceState {
  device: DeviceState;
  /** The unlock screen is showing. */
  unlocking: boolean;
  /** Changes not yet written to the device. */
  dirty: boolean;
  /** A write is under way. */
  saving: boolean;
  /** The last write failed; the words are still on screen. */
  saveFailed: boolean;
  /** Another tab saved newer work than this tab read: this tab must not save over it. */
  stale: boolean;
  /** One short line to show, e.g. after another tab changed something. */
  notice: Notice | null;
  /** A session was ended (here or in another tab): the page should leave for the ended page. */
  ended: boolean;
  /**
   * The saved record's revision that the plans on screen are based on: the one this tab last
   * loaded or wrote (0 before any). Every save states it, and writes only over it.
   */
  revision: number;
  /** Locked with everything written: load the page afresh to drop everything from memory. */
  reload: boolean;
}

export interface WorkspaceDeps {
  store: PlanStore;
  storage: {
    available(): boolean;
    /** Whether a database exists, without creating one. */
    exists(): Promise<boolean>;
    /** Opens (creating) the device's storage, or null when the browser refuses. */
    open(): Promise<KeyValue | null>;
  };
  makeVault(kv: KeyValue): Promise<Vault>;
  /** Opened on start, in the browser. */
  openChannel(): TabChannel | null;
  /**
   * personal: a person's own plans, which may be saved on the device.
   * session: a professional's session, held only in memory: it ignores other tabs' locks and
   * deletes (they concern what is saved here, which the session never opened), and clears
   * when any tab ends a session.
   */
  mode?: "personal" | "session";
  idleLockMs: number;
  autosaveMs?: number;
  /** Tells this tab's messages apart from the others'. */
  tabId?: string;
  /** Asked for only once the person opts in (Chrome decides quietly; Firefox asks). */
  persist?: () => void;
  timeoutMs?: number;
}

export type EnableResult = "ok" | "exists" | "unavailable" | "failed";

export interface Workspace {
  state(): WorkspaceState;
  subscribe(listener: (state: WorkspaceState) => void): () => void;
  /** Starts listening to other tabs and, for a person's plans, looks for a saved one. Call once, in the browser. */
  start(): Promise<void>;
  /** "Save on this device". An existing saved plan is never replaced without replace: true. */
  enable(passphrase: string, options?: { replace?: boolean; kind?: PlanKind }): Promise<EnableResult>;
  unlock(passphrase: string): Promise<UnlockError | null>;
  showUnlock(): void;
  continueWithout(): void;
  /** Lock now: saves what is pending, then locks this tab and every other. */
  lock(): Promise<void>;
  deleteEverything(): Promise<void>;
  /** Writes pending changes now. */
  flush(): Promise<void>;
  /** Use of the page (a key, a click): restarts the idle lock, in this tab and every other. */
  touch(): void;
  /**
   * The page is being left or hidden (pagehide, visibilitychange): write what is not yet saved
   * at once. Words sealed in advance go beside the record in the same moment, since a page
   * being unloaded cannot wait for the full save; the next unlock takes them in.
   */
  leave(): void;
  /** The quick exit: drop the key and the plans at once. Pending words are saved if they can be. */
  exit(): void;
  /** Stale tab: show the newer plan, dropping this tab's unsaved changes. */
  reloadNewer(): Promise<void>;
  /** Stale tab: show the newer plan and keep this tab's changed plans beside it, as copies. */
  keepMineAsCopy(): Promise<string | null>;
  /** Plans with answers that leaving the page now would clear, or [] when nothing would be lost. */
  unsaved(): Bundle["plans"];
  /** Remember that these plans, exactly as they are, were saved as a file. */
  markExported(bundle: Bundle): void;
  /** A session's worker's record holds words that no file made so far holds. */
  recordUnsaved(): boolean;
  /** Brings in an opened file: every plan in it. Says why not when it cannot. */
  takeIn(bundle: Bundle, how: MergeHow): { ok: true; added: Plan[] } | { ok: false; message: string };
  /**
   * The session is over (ended here, or in another session's tab): clear, and say so to leave.
   * Only sessions end: a person's own workspace never hears of it.
   */
  endSession(tellOthers?: boolean): void;
  dismissNotice(): void;
  dispose(): void;
}

const initial: WorkspaceState = {
  device: "checking",
  unlocking: false,
  dirty: false,
  saving: false,
  saveFailed: false,
  stale: false,
  notice: null,
  ended: false,
  revision: 0,
  reload: false,
};

/** The notices the controller gives, as keys: the words are read when a notice is given. */
export const NOTICES = {
  updated: "workspace.notice.updated",
  lockedElsewhere: "workspace.notice.lockedElsewhere",
  deletedElsewhere: "workspace.notice.deletedElsewhere",
  replacedElsewhere: "workspace.notice.replacedElsewhere",
  gone: "workspace.notice.gone",
  keptCopies: "workspace.notice.keptCopies",
  notLockedSaveFailed: "workspace.notice.notLockedSaveFailed",
} as const satisfies Record<string, UiTextKey>;

export type NoticeKey = keyof typeof NOTICES;

/**
 * A notice: one of the controller's own, whose words come with the "later" words (they follow
 * something another tab or the storage did, never the first screen: ui-parts.ts), or words
 * already made (a merge's).
 */
export type Notice = { key: NoticeKey } | { text: string };

/** A notice's words, in the page's language: a key's need the "later" words loaded. */
const noticeText = (notice: NoticeKey): string => t(NOTICES[notice]);
export const noticeWords = (notice: Notice): string => ("text" in notice ? notice.text : noticeText(notice.key));

export function createWorkspace(deps: WorkspaceDeps): Workspace {
  const { store } = deps;
  const mode = deps.mode ?? "personal";
  let channel: TabChannel | null = null;
  const autosaveMs = deps.autosaveMs ?? 400;
  const tabId = deps.tabId ?? Math.random().toString(36).slice(2);
  let state: WorkspaceState = initial;
  const listeners = new Set<(s: WorkspaceState) => void>();
  let kv: KeyValue | null = null;
  let vault: Vault | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  /** Set while the store is loaded from storage, so that loading is not saved back. */
  let quiet = false;
  let exited = false;
  /** Plans exactly as they went into a file (plans are immutable: an edit makes a new object). */
  const exported = new WeakSet<Bundle["plans"][number]>();
  /** The worker's record as the last file held it, without its review snapshot. */
  let exportedRecord = recordWords(undefined);
  /**
   * The plans as this tab last loaded or wrote them (at state.revision): what it changed since
   * is what it would lose, so only those become copies beside a newer plan.
   */
  let base: Bundle | null = null;
  /** Words that could not be saved when the plan locked, and the revision they were based on. */
  let heldBack: { plans: Bundle["plans"]; revision: number } | null = null;
  const unsubscribers: Array<() => void> = [];

  const set = (patch: Partial<WorkspaceState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  const idle = createIdleTimer({ endMs: deps.idleLockMs, onEnd: () => void lockHere(true) });
  const unlocked = () => vault?.isUnlocked() === true;
  /** Counts every time the key is dropped or the device forgotten, so a finished await can tell. */
  let epoch = 0;
  const load = (bundle: Bundle) => {
    quiet = true;
    try {
      store.load(bundle);
    } finally {
      quiet = false;
    }
  };
  const getVault = async (): Promise<Vault | null> => {
    if (vault) return vault;
    kv = kv ?? (await deps.storage.open());
    if (!kv) return null;
    vault = await deps.makeVault(kv);
    return vault;
  };

  // Use of any tab keeps every tab open: shared at most this often (first and last use both go).
  const shareEveryMs = Math.min(15_000, deps.idleLockMs / 4);
  let lastShared = Number.NEGATIVE_INFINITY;
  let shareTimer: ReturnType<typeof setTimeout> | undefined;
  const shareActivity = () => {
    const since = Date.now() - lastShared;
    if (since >= shareEveryMs) {
      lastShared = Date.now();
      channel?.post({ type: "active" });
    } else if (!shareTimer)
      shareTimer = setTimeout(() => {
        shareTimer = undefined;
        lastShared = Date.now();
        if (state.device === "saving") channel?.post({ type: "active" });
      }, shareEveryMs - since);
  };
  const stopIdle = () => {
    idle.stop();
    clearTimeout(shareTimer);
    shareTimer = undefined;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), autosaveMs);
  };

  // The newest words, encrypted as soon as they change (a few ms), so that leaving the page can
  // write them in the one moment it has. One encryption at a time, always catching up.
  let sealed: { bundle: Bundle; bytes: Uint8Array } | null = null;
  let sealing = false;
  const sealLatest = async () => {
    if (sealing) return;
    sealing = true;
    try {
      for (;;) {
        const v = vault;
        const bundle = store.bundle();
        if (!v || !unlocked() || bundle === base || sealed?.bundle === bundle) return;
        const bytes = await v.seal(bundle).catch(() => null);
        if (!bytes || vault !== v) return;
        sealed = { bundle, bytes };
      }
    } finally {
      sealing = false;
    }
  };

  /** Lets go of the key and the record: no timer, idle lock or await in flight acts on them after. */
  const dropKey = () => {
    epoch += 1;
    clearTimeout(timer);
    stopIdle();
    vault?.lock();
    vault = null;
    kv = null;
    base = null;
  };

  /** The record is no longer there: say so, keep what is on screen, and offer saving again. */
  const gone = () => {
    dropKey();
    set({ device: "off", unlocking: false, dirty: false, saving: false, stale: false, notice: { key: "gone" } });
  };

  async function flush(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) {
      await inFlight;
      return flush();
    }
    if (!state.dirty || state.stale || !unlocked() || !vault) return;
    const v = vault;
    const bundle = store.bundle();
    const from = state.revision;
    set({ dirty: false, saving: true });
    inFlight = (async () => {
      const result = await v.save(bundle, from).catch(() => null);
      // Deleted, or the key dropped, while this was written: that already set the state.
      if (vault !== v) return;
      if (!result) set({ saving: false, dirty: true, saveFailed: true });
      else if (result.ok) {
        base = bundle;
        set({ saving: false, saveFailed: false, revision: result.revision });
        channel?.post({ type: "saved", revision: result.revision, from: tabId });
      } else if (result.reason === "stale") set({ saving: false, dirty: true, stale: true });
      else if (result.reason === "gone") gone();
      else set({ saving: false, dirty: true });
    })();
    try {
      await inFlight;
    } finally {
      inFlight = null;
    }
  }

  /** Locks this tab. A stale tab keeps its changes as copies first, so locking loses nothing. */
  async function lockHere(tellOthers: boolean, fromOther = false): Promise<void> {
    if (!unlocked()) return;
    const at = epoch;
    if (state.stale && state.dirty) await keepMineAsCopy();
    await flush();
    // Deleted, gone, or locked by another path meanwhile: that has already been done.
    const v = vault;
    if (epoch !== at || !v || !unlocked()) return;
    // Typing may have gone on during that write. Take the last words and clear the screen in
    // one step, so nothing typed falls between them, then write those words with the key in hand.
    epoch += 1;
    const last = store.bundle();
    const from = state.revision;
    const pending = state.dirty && !state.stale;
    const held = state.dirty && state.stale;
    const writing = pending ? v.save(last, from).catch(() => null) : null;
    v.lock();
    stopIdle();
    clearTimeout(timer);
    store.clear();
    base = null;
    if (tellOthers) channel?.post({ type: "lock" });
    set({ device: "locked", unlocking: true, dirty: false, stale: false, saving: writing !== null });
    const result = writing ? await writing : null;
    if (result?.ok) channel?.post({ type: "saved", revision: result.revision, from: tabId });
    if (held || (writing && !result?.ok)) {
      // Held in memory, beside the plan, until it is opened again: never lost, never a copy twice.
      heldBack = { plans: [...(heldBack?.plans ?? []), ...last.plans.filter(hasWork)], revision: from };
    }
    const kept = (heldBack?.plans.length ?? 0) > 0;
    set({
      saving: false,
      notice: kept ? { key: "notLockedSaveFailed" } : fromOther ? { key: "lockedElsewhere" } : null,
      // Everything is written: the page can load afresh, which drops the whole heap (the
      // passphrase in a form's closure, the plan's text in old renders) at once. Words that
      // could not be written are held instead, and the page stays.
      reload: !kept,
    });
  }

  /** The plans this tab changed since it last loaded or wrote the record. */
  const changedHere = (mine: Bundle): Bundle["plans"] => {
    const before = new Set(base?.plans ?? []);
    return mine.plans.filter((p) => !before.has(p));
  };

  async function keepMineAsCopy(): Promise<string | null> {
    const v = vault;
    if (!v) return null;
    const at = epoch;
    const latest = await v.readLatest();
    if (epoch !== at || vault !== v) return null;
    if (!latest.ok) {
      if (latest.code === "missing") {
        gone();
        return null;
      }
      return noticeText("replacedElsewhere");
    }
    // Read again after the await: typing during the read belongs to the copies too.
    const mine = store.bundle();
    const merged = mergePlans(
      latest.bundle,
      plansOnlyIn({ ...mine, plans: changedHere(mine) }, latest.bundle),
      "keep-both",
    );
    if (!merged.ok) return merged.message;
    load(merged.bundle);
    base = latest.bundle;
    set({ stale: false, dirty: true, revision: latest.revision, notice: { key: "keptCopies" } });
    await flush();
    return null;
  }

  const onOtherTabSaved = async (revision: number) => {
    if (!vault || !unlocked()) {
      // Someone opted in (or saved) in another tab: a locked plan now exists here.
      if (state.device === "off") set({ device: "locked" });
      return;
    }
    // A write of this tab's own may be on its way: its answer decides what is newer.
    if (inFlight) await inFlight;
    const v = vault;
    if (!v || !unlocked() || revision <= state.revision || state.stale) return;
    if (state.dirty || state.saving) return set({ stale: true });
    const at = epoch;
    const before = store.bundle();
    const latest = await v.readLatest();
    // Everything may have changed during the read: check again before applying anything.
    if (epoch !== at || vault !== v || !unlocked() || exited) return;
    if (latest.ok) {
      if (latest.revision <= state.revision) return;
      // Typed here while reading: never load over it. This tab is now behind, and says so.
      if (store.bundle() !== before || state.dirty || state.saving || inFlight) return set({ stale: true });
      load(latest.bundle);
      base = latest.bundle;
      return set({ stale: false, notice: { key: "updated" }, revision: latest.revision });
    }
    if (latest.code === "missing") return gone();
    if (latest.code === "storage-failed") return;
    // It no longer opens with this tab's key: keep what is on screen, and say it is not saved.
    epoch += 1;
    v.lock();
    stopIdle();
    set({ device: "locked", stale: false, notice: { key: "replacedElsewhere" } });
  };

  const forgetEverything = (notice: Notice | null) => {
    dropKey();
    heldBack = null;
    store.clear();
    set({
      device: deps.storage.available() ? "off" : "unavailable",
      unlocking: false,
      dirty: false,
      saving: false,
      stale: false,
      saveFailed: false,
      notice,
    });
  };

  const onMessage = (message: TabMessage) => {
    if (exited) return;
    if (mode === "session") {
      if (message.type === "session-ended") workspace.endSession(false);
      return;
    }
    switch (message.type) {
      case "lock":
        return void lockHere(false, true);
      case "deleted":
        return forgetEverything({ key: "deletedElsewhere" });
      case "active":
        if (state.device === "saving" && unlocked()) idle.touch();
        return;
      case "saved":
        if (message.from !== tabId) void onOtherTabSaved(message.revision);
        return;
      case "session-ended":
        // A session ending is the session's business: a person's own workspace carries on.
        return;
      case "exit":
        // The inline quick-exit script handles this in every tab, including this one.
        return;
    }
  };

  const workspace: Workspace = {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async start() {
      channel = deps.openChannel();
      if (channel) {
        unsubscribers.push(channel.listen(onMessage));
        const c = channel;
        unsubscribers.push(() => c.close());
      }
      unsubscribers.push(
        store.subscribe((_b, reason) => {
          if (reason === "clear" || quiet || exited) return;
          if (state.device !== "saving" || !unlocked()) return;
          set({ dirty: true });
          schedule();
          void sealLatest();
        }),
      );
      if (mode === "session") return;
      const timeoutMs = deps.timeoutMs ?? STORAGE_TIMEOUT_MS;
      if (!deps.storage.available()) return set({ device: "unavailable" });
      if (!(await withTimeout(deps.storage.exists(), timeoutMs, false))) {
        if (state.device === "checking") set({ device: "off" });
        return;
      }
      kv = await deps.storage.open();
      if (!kv) return set({ device: "unavailable" });
      const record = await withTimeout(kv.get(RECORD_KEY), timeoutMs, undefined).catch(() => undefined);
      if (state.device !== "checking") return;
      set(record ? { device: "locked", unlocking: true } : { device: "off" });
    },
    async enable(passphrase, options = {}) {
      const at = epoch;
      const v = await getVault().catch(() => null);
      if (!v) {
        set({ device: "unavailable" });
        return "unavailable";
      }
      if (store.bundle().plans.length === 0 && options.kind) store.ensure(options.kind);
      const bundle = store.bundle();
      const result = await v.create(passphrase, bundle, { replace: options.replace ?? false }).catch(() => null);
      if (!result) return "failed";
      if (!result.ok) {
        set({ device: "locked" });
        return "exists";
      }
      if (exited || epoch !== at) {
        v.lock();
        return "ok";
      }
      heldBack = null;
      base = bundle;
      set({
        device: "saving",
        unlocking: false,
        saveFailed: false,
        stale: false,
        notice: null,
        dirty: store.bundle() !== bundle,
        revision: result.revision,
      });
      channel?.post({ type: "saved", revision: result.revision, from: tabId });
      // Typing carried on while the key was being made: save that too.
      if (state.dirty) void flush();
      idle.touch();
      deps.persist?.();
      return "ok";
    },
    async unlock(passphrase) {
      const at = epoch;
      const v = await getVault().catch(() => null);
      if (!v) return "storage-failed";
      const result = await v.unlock(passphrase);
      if (!result.ok) {
        // Nothing is saved here any more: say so, and offer saving what is on screen again.
        if (result.code === "missing" && epoch === at) gone();
        return result.code;
      }
      // The exit was used, or everything was deleted (here or in another tab), while the key
      // was being worked out: open nothing, so a deleted plan never comes back.
      if (exited || epoch !== at) {
        v.lock();
        return null;
      }
      // Anything typed after "Continue without opening it", or held back at a failed lock,
      // stays, beside the saved plan. Held-back words based on this very revision were never
      // overtaken: they take their own plans' places instead of becoming copies.
      const held = heldBack;
      heldBack = null;
      const inPlace = held !== null && held.revision === result.revision;
      const typed = [...store.bundle().plans.filter(hasWork), ...(held && !inPlace ? held.plans : [])];
      // Words written as a page was left: in place if the record has not moved on since, else
      // beside it, as copies of the plans that differ.
      const left = result.left;
      const leftInPlace = left !== undefined && left.base === result.revision;
      if (left && !leftInPlace) typed.push(...plansOnlyIn(left.bundle, result.bundle));
      let opened = leftInPlace ? left.bundle : result.bundle;
      if (inPlace) {
        const byId = new Map(held.plans.map((p) => [p.id, p]));
        const known = new Set(opened.plans.map((p) => p.id));
        opened = {
          ...opened,
          plans: [...opened.plans.map((p) => byId.get(p.id) ?? p), ...held.plans.filter((p) => !known.has(p.id))],
        };
      }
      load(result.bundle);
      base = result.bundle;
      set({
        device: "saving",
        unlocking: false,
        stale: false,
        saveFailed: false,
        notice: null,
        revision: result.revision,
      });
      if (opened !== result.bundle) store.load(opened);
      if (typed.length) {
        const merged = mergePlans(store.bundle(), typed, "keep-both");
        if (merged.ok) store.load(merged.bundle);
        else set({ notice: { text: merged.message } });
      }
      idle.touch();
      return null;
    },
    showUnlock: () => set({ unlocking: true }),
    continueWithout: () => set({ unlocking: false }),
    lock: () => lockHere(true),
    async deleteEverything() {
      clearTimeout(timer);
      // Tell the other tabs first: they drop their key and their hold on the database, so
      // the deletion is not kept waiting for them (it was, on a busy machine).
      channel?.post({ type: "deleted" });
      try {
        const v = vault ?? (await getVault());
        if (v) await v.destroy();
      } catch {
        /* the database may already be gone */
      }
      forgetEverything(null);
    },
    flush,
    touch() {
      if (state.device !== "saving" || state.unlocking) return;
      idle.touch();
      shareActivity();
    },
    leave() {
      const v = vault;
      const latest = store.bundle();
      if (v && unlocked() && !state.stale && latest !== base && sealed?.bundle === latest)
        v.leave(sealed.bytes, state.revision);
      void flush();
    },
    exit() {
      exited = true;
      // Save what is pending with the key in hand, then drop the key and the plans, all
      // inside the exit's event (the page is hidden and leaving by then): the write needs
      // nothing more from this page.
      if (unlocked() && !state.stale) workspace.leave();
      vault?.lock();
      stopIdle();
      clearTimeout(timer);
      store.clear();
    },
    async reloadNewer() {
      const v = vault;
      if (!v) return;
      const at = epoch;
      const latest = await v.readLatest();
      if (epoch !== at || vault !== v) return;
      if (!latest.ok) return latest.code === "missing" ? gone() : set({ notice: { key: "replacedElsewhere" } });
      load(latest.bundle);
      base = latest.bundle;
      set({ stale: false, dirty: false, notice: null, revision: latest.revision });
    },
    keepMineAsCopy,
    unsaved() {
      if (state.device === "saving" && unlocked() && !state.stale && !state.saveFailed) return [];
      return store.bundle().plans.filter((p) => hasWork(p) && !exported.has(p));
    },
    markExported(bundle) {
      for (const p of bundle.plans) exported.add(p);
      if (bundle.record) exportedRecord = recordWords(bundle.record);
    },
    recordUnsaved() {
      const record = store.bundle().record;
      return mode === "session" && !isEmptyRecord(record) && recordWords(record) !== exportedRecord;
    },
    takeIn(bundle, how) {
      const merged = mergePlans(store.bundle(), bundle.plans, how);
      if (!merged.ok) return merged;
      // Only a session holds a worker's record: a person's own workspace never keeps one.
      const { record: _held, ...plans } = merged.bundle;
      const record = mode === "session" ? recordAfterTakeIn(store.bundle().record, bundle.record) : undefined;
      store.load(record ? { ...plans, record } : plans);
      return { ok: true, added: merged.added };
    },
    endSession(tellOthers = false) {
      forgetEverything(null);
      set({ ended: true });
      if (tellOthers) channel?.post({ type: "session-ended" });
    },
    dismissNotice: () => set({ notice: null }),
    dispose() {
      clearTimeout(timer);
      stopIdle();
      for (const u of unsubscribers.splice(0)) u();
    },
  };
  return workspace;
}
