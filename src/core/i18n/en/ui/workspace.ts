/** Words of the workspace part of the interface, in English (the source). Keys start "workspace.". */
export const workspace = {} as const;
