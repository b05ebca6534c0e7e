/** The tab title while a discreet printout or a card prints: a saved PDF is offered under it. */
export const NEUTRAL_DOCUMENT_TITLE = "Notes";

export interface TitleHolder {
  title: string;
}

/**
 * Swaps a document's title for the neutral one and puts it back, however often either is
 * called: a second `neutral()` keeps the first saved title, a `restore()` with nothing saved
 * does nothing. Browsers name a saved PDF after the title, and some print it in the margins.
 */
export function createTitleGuard(doc: TitleHolder, neutralTitle = NEUTRAL_DOCUMENT_TITLE) {
  let saved: string | null = null;
  return {
    neutral(): void {
      if (saved === null) saved = doc.title;
      doc.title = neutralTitle;
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
