/** The words of the young-person practice (src/core/practice/young-person.ts), in English. Keys start "practice.young-person.". */
export const youngPersonPractice = {} as const;
