import { options } from "preact";

/**
 * For tests that render outside act(), as hydration does: runs `body` with Preact's after-paint
 * effects held, then runs them. Left to Preact's own timer, one could fire after the test file's
 * document was gone, on a busy machine ("cancelAnimationFrame is not defined", failing the run).
 */
export function withHeldEffects(body: () => void): void {
  const before = options.requestAnimationFrame;
  const held: Array<() => void> = [];
  options.requestAnimationFrame = (callback) => {
    held.push(callback);
  };
  try {
    body();
  } finally {
    if (before) options.requestAnimationFrame = before;
    else delete options.requestAnimationFrame;
    for (const run of held) run();
  }
}
