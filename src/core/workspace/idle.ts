/**
 * A count-down that restarts on every use: after warnMs without use it warns (optional), and
 * after endMs it ends. Used for the saved plan's idle lock and the session's end. Plain
 * timers, so it is tested with fake ones; the island only feeds it activity.
 */
export interface IdleTimer {
  /** Starts, or restarts, the count. */
  touch(): void;
  stop(): void;
  running(): boolean;
}

export interface IdleOptions {
  endMs: number;
  onEnd: () => void;
  /** Warn this long after the last use (before endMs). */
  warnMs?: number;
  onWarn?: () => void;
  /** Called when use comes back during a warning. */
  onCalm?: () => void;
}

export function createIdleTimer(options: IdleOptions): IdleTimer {
  let warnTimer: ReturnType<typeof setTimeout> | undefined;
  let endTimer: ReturnType<typeof setTimeout> | undefined;
  let warned = false;
  let on = false;
  const clear = () => {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
  };
  return {
    touch() {
      clear();
      on = true;
      if (warned) {
        warned = false;
        options.onCalm?.();
      }
      if (options.warnMs !== undefined && options.warnMs < options.endMs)
        warnTimer = setTimeout(() => {
          warned = true;
          options.onWarn?.();
        }, options.warnMs);
      endTimer = setTimeout(() => {
        on = false;
        warned = false;
        options.onEnd();
      }, options.endMs);
    },
    stop() {
      clear();
      on = false;
      warned = false;
    },
    running: () => on,
  };
}

/** What counts as use: a key, a click or a tap, typing, scrolling with a wheel. */
export const ACTIVITY_EVENTS = ["keydown", "pointerdown", "click", "input", "wheel", "touchstart"] as const;

/** Keys that only move around or hold a modifier: pressing them is use, not an answer. */
const MOVING_KEYS = new Set(["Tab", "Shift", "Control", "Alt", "Meta"]);

/**
 * Whether a use of the page leaves a warning up (it still restarts the count). A press or a
 * tap answers at its click, the last event it makes: answered at pointerdown, the dialog's
 * controls went while the finger was still down, so a tap's click landed on whatever lay
 * beneath in the plan and a press on the dialog's own exit link did nothing. Enter answers
 * through its click too: it follows a link or presses a button only after keydown. A control
 * that acts on the warning itself (marked) never answers it, and a key that only moves focus
 * leaves it up, so a keyboard can reach "Save a copy first". Any other key answers at once.
 */
export function keepsWarning(use: { type: string; key?: string; marked: boolean }): boolean {
  if (use.marked) return true;
  if (use.type === "keydown") return use.key !== undefined && (MOVING_KEYS.has(use.key) || use.key === "Enter");
  // Typing and scrolling come after a key or a press, which has already answered.
  return use.type !== "click";
}
