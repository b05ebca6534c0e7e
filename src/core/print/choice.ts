import { LIMITS } from "../plans/limits";

/**
 * The person's printing choice, made once and used by every printout on the page (each plan's
 * and the child's card): a value outside any one editor. It lives only in memory and is never
 * written to storage; a reload or the quick exit forgets it.
 */
export interface PrintChoice {
  /** Only neutral words on the paper, and a neutral title while printing. */
  readonly discreet: boolean;
  /** The person's own labels for the service numbers on a discreet printout, by number. */
  readonly labels: Readonly<Record<string, string>>;
}

export const DEFAULT_PRINT_CHOICE: PrintChoice = { discreet: false, labels: {} };

export type PrintChoiceListener = (choice: PrintChoice) => void;

export interface PrintChoiceStore {
  get(): PrintChoice;
  setDiscreet(discreet: boolean): void;
  /** A blank label removes it, so the number prints on its own. */
  setLabel(phone: string, label: string): void;
  subscribe(listener: PrintChoiceListener): () => void;
  /** Back to the default, e.g. on the quick exit. */
  reset(): void;
}

export function createPrintChoiceStore(initial: PrintChoice = DEFAULT_PRINT_CHOICE): PrintChoiceStore {
  let state = initial;
  const listeners = new Set<PrintChoiceListener>();
  const set = (next: PrintChoice) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  return {
    get: () => state,
    setDiscreet(discreet) {
      if (discreet !== state.discreet) set({ ...state, discreet });
    },
    setLabel(phone, label) {
      const { [phone]: _old, ...rest } = state.labels;
      const clean = label.slice(0, LIMITS.numberLabel);
      if ((state.labels[phone] ?? "") === (clean.trim() ? clean : "")) return;
      set({ ...state, labels: clean.trim() ? { ...rest, [phone]: clean } : rest });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset: () => set(DEFAULT_PRINT_CHOICE),
  };
}

/** The page's one printing choice. */
export const printChoice: PrintChoiceStore = createPrintChoiceStore();
