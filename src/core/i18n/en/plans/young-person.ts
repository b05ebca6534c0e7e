/** The words of the young-person template (src/core/plans/templates/young-person.ts), in English. Keys start "young-person.". */
export const youngPerson = {} as const;
