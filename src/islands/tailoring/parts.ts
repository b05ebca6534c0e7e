import { loadPrintAbout, PrintTailored } from "./PrintTailored";
import { TailoringBar } from "./TailoringBar";

/**
 * What the adult's plan adds to the editor for its tailored answers: the bar that offers them,
 * their printout, and the loader of the printout's words. Only the adult's plan has them, so
 * the adult's page bundles these; other pages load them before showing an adult's plan
 * (src/islands/workspace/loaders.ts), and its printout is whole from the first moment it shows.
 */
export interface TailoringParts {
  Bar: typeof TailoringBar;
  Print: typeof PrintTailored;
  loadPrintAbout: typeof loadPrintAbout;
}

export const tailoringParts: TailoringParts = { Bar: TailoringBar, Print: PrintTailored, loadPrintAbout };
