import type { StrategiesAnswer } from "../plans/schema";

/**
 * Reading the person's kept strategies, apart from the library and its rules: the printout
 * comes with every plan page, and it must not bring the library with it (docs/benchmarks.md).
 */
export const NO_STRATEGIES: StrategiesAnswer = { kept: [], dropped: [], own: [] };

export function readStrategies(value: unknown): StrategiesAnswer {
  if (typeof value !== "object" || value === null || !("kept" in value)) return NO_STRATEGIES;
  return value as StrategiesAnswer;
}
