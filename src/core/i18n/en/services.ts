/** What each verified national service helps with, and when it answers. Keys start "services.". */
export const services = {} as const;
