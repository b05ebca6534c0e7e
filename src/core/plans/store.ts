import type { WorkerRecord } from "../record/schema";
import { SCHEMA_VERSION } from "./constants";
import { cleanLabel } from "./label";
import type { Answer, Bundle, Plan } from "./schema";
import type { PlanKind } from "./template";

/**
 * Plans held in memory, behind a small interface (load, change, subscribe, clear), so storage
 * and export can plug in without the editor knowing. Every change makes new objects, so
 * subscribers can compare by identity.
 */
export interface PlanStore {
  bundle(): Bundle;
  plan(id: string): Plan | undefined;
  /** The first plan of a kind, created if there is none. */
  ensure(kind: PlanKind, label?: string): Plan;
  add(kind: PlanKind, label?: string): Plan;
  remove(id: string): void;
  load(bundle: Bundle): void;
  change(planId: string, fieldId: string, value: Answer | undefined): void;
  update(planId: string, patch: Partial<Pick<Plan, "label" | "reviewDate" | "reviews">>): void;
  /** The worker's own record (a session only); undefined takes it away. */
  setRecord(record: WorkerRecord | undefined): void;
  subscribe(listener: (bundle: Bundle, reason: ChangeReason) => void): () => void;
  /** Forget everything held in memory. */
  clear(): void;
}

export type ChangeReason = "change" | "load" | "clear";

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
}

export function randomId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function emptyBundle(): Bundle {
  return { schemaVersion: SCHEMA_VERSION, plans: [] };
}

export function createPlanStore(options: StoreOptions = {}): PlanStore {
  const now = () => (options.now ?? (() => new Date()))().toISOString();
  const newId = options.newId ?? randomId;
  let current: Bundle = emptyBundle();
  const listeners = new Set<(bundle: Bundle, reason: ChangeReason) => void>();

  const emit = (reason: ChangeReason) => {
    for (const l of listeners) l(current, reason);
  };
  const replacePlan = (id: string, make: (p: Plan) => Plan) => {
    let changed = false;
    const plans = current.plans.map((p) => {
      if (p.id !== id) return p;
      changed = true;
      return make(p);
    });
    if (!changed) return;
    current = { ...current, plans };
    emit("change");
  };
  const newPlan = (kind: PlanKind, label?: string): Plan => {
    const at = now();
    const clean = label === undefined ? "" : cleanLabel(label);
    return {
      schemaVersion: SCHEMA_VERSION,
      id: newId(),
      kind,
      createdAt: at,
      updatedAt: at,
      answers: {},
      ...(clean ? { label: clean } : {}),
    };
  };

  const store: PlanStore = {
    bundle: () => current,
    plan: (id) => current.plans.find((p) => p.id === id),
    ensure(kind, label) {
      return current.plans.find((p) => p.kind === kind) ?? store.add(kind, label);
    },
    add(kind, label) {
      const plan = newPlan(kind, label);
      current = { ...current, plans: [...current.plans, plan] };
      emit("change");
      return plan;
    },
    remove(id) {
      current = { ...current, plans: current.plans.filter((p) => p.id !== id) };
      emit("change");
    },
    load(bundle) {
      current = bundle;
      emit("load");
    },
    change(planId, fieldId, value) {
      replacePlan(planId, (p) => {
        const answers = { ...p.answers };
        if (value === undefined) delete answers[fieldId];
        else answers[fieldId] = value;
        return { ...p, answers, updatedAt: now() };
      });
    },
    update(planId, patch) {
      replacePlan(planId, (p) => {
        const next: Plan = { ...p, updatedAt: now() };
        for (const [k, given] of Object.entries(patch) as Array<[keyof typeof patch, unknown]>) {
          const v = k === "label" && typeof given === "string" ? cleanLabel(given) : given;
          if (v === undefined || v === "") delete next[k];
          else (next as Record<string, unknown>)[k] = v;
        }
        return next;
      });
    },
    setRecord(record) {
      const { record: _old, ...rest } = current;
      current = record ? { ...rest, record } : rest;
      emit("change");
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      current = emptyBundle();
      emit("clear");
    },
  };
  return store;
}
