/** The words of the child practice (src/core/practice/child.ts), in English. Keys start "practice.child.". */
export const childPractice = {} as const;
