import { type Lang, localPath } from "./languages";

/**
 * A catalogue sentence with the little markup translators may use: **strong** and
 * [a link](/path/). Everything else is escaped, so a catalogue entry (or an organisation's
 * own wording) can never add HTML. Links inside the site keep the page's language.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A path inside the site: "/" not followed by "/" or a backslash. "//host/" is a scheme-relative
 * address to another site, and browsers read a backslash as "/", so "/\host/" is one too.
 */
const SITE_PATH = /^\/(?![/\\])/;

export function richHtml(text: string, lang: Lang): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_whole, label: string, href: string) => {
      if (SITE_PATH.test(href) || href.startsWith("#")) return `<a href="${localPath(lang, href)}">${label}</a>`;
      if (href.startsWith("https://")) return `<a href="${href}" rel="noreferrer">${label}</a>`;
      return label;
    });
}

/** The same sentence as plain text (for titles, aria labels and read aloud). */
export function richText(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, "$1").replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1");
}
