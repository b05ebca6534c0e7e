/**
 * Whether an island is being hydrated at this moment: Preact's hydrate() renders the whole tree
 * at once, so a component rendered inside it knows it is taking over built markup (AsBuilt).
 */
let depth = 0;

export const isHydrating = (): boolean => depth > 0;

export function whileHydrating<T>(run: () => T): T {
  depth += 1;
  try {
    return run();
  } finally {
    depth -= 1;
  }
}
