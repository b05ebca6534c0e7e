/** Words of the common part of the interface, in English (the source). Keys start "common.". */
export const common = {} as const;
