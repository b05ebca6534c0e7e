import type { Template } from "../../core/plans/template";
import type { NumberEntry } from "../editor/NumbersBlock";

export interface KidsPageProps {
  template: Template;
  numbers: readonly NumberEntry[];
  idleLockMinutes: number;
  exportFileName: string;
  /** Open on practice rather than the plan (the /practice/ pages). */
  startIn?: "plan" | "practice";
}
