/**
 * Simple pictures drawn inline as SVG: no image requests and no emoji fonts from elsewhere.
 * Decorative (aria-hidden): every picture sits beside words that say the same thing.
 */
import { CARD_SHAPES, line } from "./card-shapes";

const FACES: Record<string, { mouth: string; brows?: string; eyes?: string }> = {
  happy: { mouth: "M20 38 Q32 50 44 38" },
  calm: { mouth: "M22 40 Q32 45 42 40", eyes: "closed" },
  sad: { mouth: "M20 46 Q32 36 44 46", brows: "M18 22 Q22 19 27 20 M46 22 Q42 19 37 20" },
  scared: { mouth: "M26 42 a6 7 0 1 0 12 0 a6 7 0 1 0 -12 0", brows: "M17 18 Q22 14 27 18 M37 18 Q42 14 47 18" },
  angry: { mouth: "M20 45 Q32 38 44 45", brows: "M17 18 L28 24 M47 18 L36 24" },
  worried: { mouth: "M21 43 Q26 39 32 43 Q38 47 43 43", brows: "M17 22 L27 18 M47 22 L37 18" },
  confused: { mouth: "M22 42 L42 40", brows: "M17 20 L27 20 M37 16 L47 20" },
};

const SHAPES: Record<string, preact.JSX.Element> = {
  ...CARD_SHAPES,
  house: (
    <>
      {line("M10 30 L32 10 L54 30")}
      <rect x="16" y="28" width="32" height="26" fill="none" stroke="currentColor" stroke-width="4" />
      <rect x="28" y="38" width="9" height="16" fill="currentColor" />
    </>
  ),
  stairs: line("M8 54 H20 V42 H32 V30 H44 V18 H56"),
  door: (
    <>
      <rect x="18" y="8" width="28" height="48" rx="2" fill="none" stroke="currentColor" stroke-width="4" />
      <circle cx="39" cy="33" r="3" fill="currentColor" />
    </>
  ),
  bed: line("M8 44 V22 M8 36 H56 V48 M8 36 V30 H26 Q30 30 30 34 V36"),
  friend: (
    <>
      <circle cx="22" cy="20" r="8" fill="none" stroke="currentColor" stroke-width="4" />
      <circle cx="44" cy="20" r="8" fill="none" stroke="currentColor" stroke-width="4" />
      {line("M8 54 Q22 30 36 54 M30 54 Q44 30 58 54")}
    </>
  ),
  heart: (
    <path d="M32 54 C8 38 8 16 22 14 C28 13 31 18 32 21 C33 18 36 13 42 14 C56 16 56 38 32 54 Z" fill="currentColor" />
  ),
  sun: (
    <>
      <circle cx="32" cy="32" r="11" fill="currentColor" />
      <path
        d="M32 6 V14 M32 50 V58 M6 32 H14 M50 32 H58 M13 13 L19 19 M45 45 L51 51 M13 51 L19 45 M45 19 L51 13"
        stroke="currentColor"
        stroke-width="4"
        stroke-linecap="round"
      />
    </>
  ),
  moon: <path d="M40 8 A24 24 0 1 0 56 40 A18 18 0 1 1 40 8 Z" fill="currentColor" />,
  star: <path d="M32 6 L39 24 L58 24 L43 36 L49 55 L32 44 L15 55 L21 36 L6 24 L25 24 Z" fill="currentColor" />,
  tree: (
    <>
      <circle cx="32" cy="24" r="16" fill="currentColor" />
      <rect x="28" y="36" width="8" height="20" fill="currentColor" />
    </>
  ),
  shout: line("M10 26 H22 L36 14 V50 L22 38 H10 Z M44 22 Q50 32 44 42 M50 16 Q60 32 50 48"),
  houses: line(
    "M4 36 L18 22 L32 36 M8 33 V54 H28 V33 M32 36 L46 22 L60 36 M36 33 V54 H56 V33 M15 54 V44 H21 V54 M43 54 V44 H49 V54",
  ),
  plaster: (
    <g transform="rotate(-40 32 32)">
      <rect x="6" y="22" width="52" height="20" rx="10" fill="none" stroke="currentColor" stroke-width="4" />
      <rect x="24" y="22" width="16" height="20" fill="none" stroke="currentColor" stroke-width="3" />
      <circle cx="29" cy="28" r="1.8" fill="currentColor" />
      <circle cx="35" cy="28" r="1.8" fill="currentColor" />
      <circle cx="29" cy="36" r="1.8" fill="currentColor" />
      <circle cx="35" cy="36" r="1.8" fill="currentColor" />
    </g>
  ),
  feelings: (
    <>
      <circle class="face-bg" cx="20" cy="32" r="14" stroke="currentColor" stroke-width="3" />
      <circle class="face-bg" cx="44" cy="32" r="14" stroke="currentColor" stroke-width="3" />
      <circle cx="15" cy="28" r="2" fill="currentColor" />
      <circle cx="25" cy="28" r="2" fill="currentColor" />
      <circle cx="39" cy="28" r="2" fill="currentColor" />
      <circle cx="49" cy="28" r="2" fill="currentColor" />
      {line("M13 36 Q20 43 27 36 M37 40 Q44 34 51 40", 3)}
    </>
  ),
  pencil: line("M12 52 L16 40 L44 12 L52 20 L24 48 Z M16 40 L24 48 M39 17 L47 25"),
  paper: (
    <>
      <rect x="14" y="6" width="36" height="52" rx="3" fill="none" stroke="currentColor" stroke-width="4" />
      <path d="M22 20 H42 M22 30 H42 M22 40 H34" stroke="currentColor" stroke-width="4" stroke-linecap="round" />
    </>
  ),
  eye: (
    <>
      {line("M4 32 Q32 6 60 32 Q32 58 4 32 Z")}
      <circle cx="32" cy="32" r="8" fill="currentColor" />
    </>
  ),
  lock: (
    <>
      <rect x="14" y="28" width="36" height="28" rx="4" fill="none" stroke="currentColor" stroke-width="4" />
      {line("M22 28 V20 A10 10 0 0 1 42 20 V28")}
      <circle cx="32" cy="42" r="3.5" fill="currentColor" />
    </>
  ),
  /* Not ideas but marks: a tick for a safe choice, a turning arrow for "try again". */
  tick: line("M12 34 L26 48 L52 18", 8),
  "try-again": (
    <>
      {line("M48 40 A18 18 0 1 1 44 18", 7)}
      {line("M34 8 L48 16 L38 28", 7)}
    </>
  ),
};

export const PICTURE_NAMES = [...Object.keys(FACES), ...Object.keys(SHAPES)];

export function Picture({ name, size = 64, class: extra }: { name: string; size?: number; class?: string }) {
  const face = FACES[name];
  const shape = SHAPES[name];
  if (!face && !shape) return null;
  return (
    <svg
      class={`picture picture-${name}${extra ? ` ${extra}` : ""}`}
      viewBox="0 0 64 64"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {face ? (
        <>
          <circle class="face-bg" cx="32" cy="32" r="28" stroke="currentColor" stroke-width="3" />
          {face.eyes === "closed" ? (
            line("M18 28 Q23 32 28 28 M36 28 Q41 32 46 28", 3)
          ) : (
            <>
              <circle cx="23" cy="28" r="3.5" fill="currentColor" />
              <circle cx="41" cy="28" r="3.5" fill="currentColor" />
            </>
          )}
          {face.brows && line(face.brows, 3)}
          {line(face.mouth, 3)}
        </>
      ) : (
        shape
      )}
    </svg>
  );
}
