/** The words of the checklist template (src/core/plans/templates/checklist.ts), in English. Keys start "checklist.". */
export const checklist = {} as const;
