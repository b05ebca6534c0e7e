/** The words of the adult template (src/core/plans/templates/adult.ts), in English. Keys start "adult.". */
export const adult = {} as const;
