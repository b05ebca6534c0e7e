/** Words of the child part of the interface, in English (the source). Keys start "child.". */
export const child = {} as const;
