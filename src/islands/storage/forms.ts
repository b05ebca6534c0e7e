/** The passphrase forms and the file panels, loaded together the first time one is needed. */
export { ExportPanel } from "./ExportPanel";
export { ImportPanel } from "./ImportPanel";
export { KeepPanel } from "./KeepPanel";
export { openError } from "./messages";
export { PassphraseForm } from "./PassphraseForm";
