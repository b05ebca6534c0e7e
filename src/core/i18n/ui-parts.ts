import { RECEIVE_PATH } from "../handover/path";

/**
 * The islands' words that most visits never need, in parts that load with the code that shows
 * them rather than with the page: a page carries only the words its first screen can show
 * (docs/architecture.md, "Words"). Each part is its own file in every language
 * (src/core/i18n/<lang>/ui/<part>.ts); a key's part is found by its prefix.
 */
export const LATE_UI_PARTS = {
  /** The passphrase forms, the file panels, the locked screen, and what saving and deleting say. */
  forms: [
    "storage.save.",
    "storage.delete.",
    "storage.pass.",
    "storage.strength.",
    "storage.advice.",
    "storage.export.",
    "storage.import.",
    "storage.unlock.",
    "storage.error.",
  ],
  /** The leave guard, the numbers panel, the stale notice and the workspace's own notices. */
  later: ["workspace.leave.", "workspace.stale.", "workspace.numbers.", "workspace.notice."],
  /** A professional's session: carried only by the session page. */
  session: ["session."],
  /** The session's hand-over screen, after the plans are made. */
  handover: ["handover."],
  /** The worker's own record in a session, once it is opened. */
  record: ["record."],
  /** Read aloud, and the button that opens practice: the child's and the young person's pages. */
  child: ["child.practice.", "child.readAloud."],
  /** The practice screens: with practice's code, or with the practice pages. */
  practice: ["practice."],
  /** The child's plan's steps and drawing. */
  steps: ["child.steps.", "child.drawing."],
  /** The adult's plan's offer to shape it and its three tools: with the adult's page and the session, or its parts. */
  offer: ["editor.tailor."],
  /** The Print buttons' words for the card of numbers: with the pages that bundle the card, or with it. */
  card: ["editor.print.card"],
  /**
   * The list of things to take: its rows and its statuses, on screen and on paper. With the
   * list's page and the session, or with the list's structure on a move to it.
   */
  list: ["editor.checklist.", "editor.status."],
  /** A plan's review note and log: with that code, for a plan that has either, or with the session. */
  review: ["editor.review."],
  /** The tailored plan: its questions, the library of strategies, signs of danger, the device check. */
  tailoring: ["tailoring."],
  /** Handing plans to a phone: the sending screen, and the receiving page's first screen. */
  phone: ["phone."],
} as const satisfies Record<string, readonly string[]>;

export type UiPart = keyof typeof LATE_UI_PARTS;

/** The late parts a page's first screen shows, by its address without the language. */
export function earlyPartsFor(path: string): UiPart[] {
  // The session bundles every plan's own parts, so it opens them with no connection (SessionApp).
  if (path === "/professionals/session/") return ["session", "offer", "card", "list", "review"];
  if (path === RECEIVE_PATH) return ["phone"];
  if (path === "/plan/adult/") return ["offer"];
  if (path === "/checklist/") return ["list"];
  // The child's steps; the young person's practice button and read aloud; practice; the card.
  if (path === "/plan/child/") return ["child", "steps", "card"];
  if (path === "/plan/young-person/") return ["child", "card"];
  if (/^\/plan\/(child|young-person)\//.test(path)) return ["child", "practice"];
  return [];
}
export const UI_PARTS = Object.keys(LATE_UI_PARTS) as UiPart[];

/** The late part a key belongs to, or undefined for words every page with islands carries. */
export function partOfKey(key: string): UiPart | undefined {
  return UI_PARTS.find((part) => LATE_UI_PARTS[part].some((prefix) => key.startsWith(prefix)));
}
