/**
 * A plan's label (initials, to tell plans in a household apart) as it may be shown. A label
 * can come from a file someone else made, so it is cleaned wherever it enters: a direction
 * override (U+202E) would reverse the words after it, and zero-width characters would let two
 * labels that look the same be different. Removed: controls (Cc), format characters (Cf: bidi
 * controls and isolates, zero-width spaces and joiners, soft hyphen, BOM), the combining
 * grapheme joiner and the blank Hangul fillers. Any run of spaces and line breaks becomes one
 * space. Where a label is shown it is also isolated (<bdi>), so right-to-left initials do not
 * reorder the words around them.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0]|\u034F/gu;

export function cleanLabel(label: string): string {
  return label
    .normalize("NFC")
    .replace(/[\s\u0085]+/gu, " ")
    .replace(INVISIBLE, "")
    .replace(/ {2,}/g, " ")
    .trim();
}
