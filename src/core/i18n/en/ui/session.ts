/** Words of the session part of the interface, in English (the source). Keys start "session.". */
export const session = {} as const;
