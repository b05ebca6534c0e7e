import { editor } from "../i18n/en/ui/editor";
import { t } from "../i18n/runtime";

/** The tab title while a discreet printout or a card prints, in the page's language. */
export const neutralDocumentTitle = (): string => t("editor.paper.documentTitle");

/** The English one, for tests and English-only tools (a page reads its own: neutralDocumentTitle). */
export const NEUTRAL_DOCUMENT_TITLE: string = /* @__PURE__ */ englishTitle();

// A function, so that a page that never uses the English title does not carry English words.
function englishTitle(): string {
  return editor["editor.paper.documentTitle"];
}

export interface TitleHolder {
  title: string;
}

/**
 * Swaps a document's title for the neutral one and puts it back, however often either is
 * called: a second `neutral()` keeps the first saved title, a `restore()` with nothing saved
 * does nothing. Browsers name a saved PDF after the title, and some print it in the margins.
 * The neutral title is read when it is used, so it is in the page's language.
 */
export function createTitleGuard(doc: TitleHolder, neutralTitle: () => string = neutralDocumentTitle) {
  let saved: string | null = null;
  return {
    neutral(): void {
      if (saved === null) saved = doc.title;
      doc.title = neutralTitle();
    },
    restore(): void {
      if (saved === null) return;
      doc.title = saved;
      saved = null;
    },
    get holding(): boolean {
      return saved !== null;
    },
  };
}
