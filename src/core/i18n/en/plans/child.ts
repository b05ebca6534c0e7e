/** The words of the child template (src/core/plans/templates/child.ts), in English. Keys start "child.". */
export const child = {} as const;
