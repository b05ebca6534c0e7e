/**
 * What the "Me" drawing shows, as a list of what the child did: strokes, and clearing. Clear
 * adds a step instead of throwing the strokes away, so Undo brings a cleared drawing back.
 * A drawing loaded from a saved plan is the base, under everything drawn since.
 */
export type DrawAction<S> = { kind: "stroke"; stroke: S } | { kind: "clear" };

/** What is on the paper now: the base (unless cleared since) and the strokes after the last clear. */
export function visible<S>(actions: readonly DrawAction<S>[], hasBase: boolean): { base: boolean; strokes: S[] } {
  let from = 0;
  for (let i = actions.length - 1; i >= 0; i--) {
    if (actions[i]?.kind === "clear") {
      from = i + 1;
      break;
    }
  }
  const strokes = actions.slice(from).flatMap((a) => (a.kind === "stroke" ? [a.stroke] : []));
  return { base: hasBase && from === 0, strokes };
}

export const isBlank = <S>(actions: readonly DrawAction<S>[], hasBase: boolean): boolean => {
  const now = visible(actions, hasBase);
  return !now.base && now.strokes.length === 0;
};

export const draw = <S>(actions: readonly DrawAction<S>[], stroke: S): DrawAction<S>[] => [
  ...actions,
  { kind: "stroke", stroke },
];

/** Clearing blank paper does nothing, so Undo never has an invisible step to undo. */
export const clear = <S>(actions: readonly DrawAction<S>[], hasBase: boolean): DrawAction<S>[] =>
  isBlank(actions, hasBase) ? [...actions] : [...actions, { kind: "clear" }];

export const undo = <S>(actions: readonly DrawAction<S>[]): DrawAction<S>[] => actions.slice(0, -1);
