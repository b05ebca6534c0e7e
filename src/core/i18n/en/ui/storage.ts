/** Words of the storage part of the interface, in English (the source). Keys start "storage.". */
export const storage = {} as const;
