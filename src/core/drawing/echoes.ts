/**
 * Which pictures the plan hands back to the drawing are the drawing's own.
 *
 * The field puts each picture in the plan, and the plan hands it back as the field's value a
 * render or more later: Preact runs effects after the next frame, and on a slow phone a child
 * can finish another stroke first. A picture sent earlier then comes back after a newer one.
 * Taking that late echo for a new plan would throw away Undo's history and, if the child drew
 * again before the plan caught up, a stroke. Echoes come back in the order they were sent, so
 * hearing one means those sent before it will not come back: they are dropped, and once the
 * plan has caught up a blank (a cleared plan) or an old picture is new again.
 */
export interface Echoes {
  /** The field put this picture (undefined: blank paper) in the plan. */
  sent(png: string | undefined): void;
  /** The plan's value now: true if it is one of the field's own pictures coming back. */
  heard(png: string | undefined): boolean;
  /** A picture from elsewhere (a saved plan opened, the plan cleared): the field starts from it. */
  adopt(png: string | undefined): void;
}

/** Enough for any burst of strokes between two frames; it only bounds memory. */
const KEPT = 64;

export function createEchoes(first: string | undefined): Echoes {
  let waiting: Array<string | undefined> = [first];
  return {
    sent(png) {
      waiting.push(png);
      if (waiting.length > KEPT) waiting = waiting.slice(-KEPT);
    },
    heard(png) {
      // The oldest match: after draw, draw, Undo the first picture was sent twice, and its late
      // echo must not drop the second picture, which is still to come back.
      const at = waiting.indexOf(png);
      if (at < 0) return false;
      waiting = waiting.slice(at);
      return true;
    },
    adopt(png) {
      waiting = [png];
    },
  };
}
