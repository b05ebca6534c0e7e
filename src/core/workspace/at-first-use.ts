// An object, not `true`: Node's EventTarget (the unit tests') reads only `capture` from it on removal.
const CAPTURE = { capture: true } as const;

/**
 * Runs `run` once, at the first of `events` on `target`, then lets go of every
 * listener. In the capture phase, so nothing on the page can stop it. Returns the function that
 * lets go without running.
 *
 * Pages use it to fetch, in the background, the parts they open on demand (the tailored plan's
 * library, the passphrase form and cipher, a child's steps…) once someone starts using them,
 * while there is a connection, so that each still opens if the connection goes later. Not with
 * the page: its first screen stays small, and a visit that never uses them costs nothing.
 */
export function onFirstUse(target: EventTarget, events: readonly string[], run: () => void): () => void {
  const stop = () => {
    for (const type of events) target.removeEventListener(type, heard, CAPTURE);
  };
  function heard() {
    stop();
    run();
  }
  for (const type of events) target.addEventListener(type, heard, CAPTURE);
  return stop;
}
