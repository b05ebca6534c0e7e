import { useEffect, useState } from "preact/hooks";
import { browserIdle, countInTurn } from "../../core/workspace/in-turn";

/**
 * How many of `total` parts are in the page: none in the first render (the markup the page is
 * built with, and what hydration matches), then one more per idle moment (core/workspace/in-turn.ts).
 */
export function useInTurn(total: number): number {
  const [count, setCount] = useState(0);
  useEffect(() => countInTurn(total, setCount, browserIdle()), [total]);
  return count;
}
