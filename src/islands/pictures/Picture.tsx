/**
 * Simple pictures drawn inline as SVG: no image requests and no emoji fonts from elsewhere.
 * Decorative (aria-hidden): every picture sits beside words that say the same thing.
 */
import { CARD_SHAPES, Drawn, line } from "./card-shapes";
import { STEP_SHAPES } from "./step-shapes";

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
  ...STEP_SHAPES,
  stairs: line("M8 54 H20 V42 H32 V30 H44 V18 H56"),
  bed: line("M8 44 V22 M8 36 H56 V48 M8 36 V30 H26 Q30 30 30 34 V36"),
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
  tree: (
    <>
      <circle cx="32" cy="24" r="16" fill="currentColor" />
      <rect x="28" y="36" width="8" height="20" fill="currentColor" />
    </>
  ),
  shout: line("M10 26 H22 L36 14 V50 L22 38 H10 Z M44 22 Q50 32 44 42 M50 16 Q60 32 50 48"),
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
    <Drawn name={name} size={size} class={extra}>
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
    </Drawn>
  );
}
