/** Words of the editor part of the interface, in English (the source). Keys start "editor.". */
export const editor = {} as const;
