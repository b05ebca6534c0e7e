/**
 * The pictures of the child's plan's steps (src/core/practice/step-pictures.ts), apart from the
 * rest (Picture.tsx adds them to its own): the steps are the child's page's first screen, and
 * should not bring practice's pictures and the faces with them.
 */
import { CARD_SHAPES, Drawn, line } from "./card-shapes";

export const STEP_SHAPES: Record<string, preact.JSX.Element> = {
  house: (
    <>
      {line("M10 30 L32 10 L54 30")}
      <rect x="16" y="28" width="32" height="26" fill="none" stroke="currentColor" stroke-width="4" />
      <rect x="28" y="38" width="9" height="16" fill="currentColor" />
    </>
  ),
  door: (
    <>
      <rect x="18" y="8" width="28" height="48" rx="2" fill="none" stroke="currentColor" stroke-width="4" />
      <circle cx="39" cy="33" r="3" fill="currentColor" />
    </>
  ),
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
  star: <path d="M32 6 L39 24 L58 24 L43 36 L49 55 L32 44 L15 55 L21 36 L6 24 L25 24 Z" fill="currentColor" />,
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
};

/** A step's picture (or a card's), drawn as Picture draws it. Decorative: the step's words say the same. */
export function StepPicture({ name, size }: { name: string; size: number }) {
  const shape = STEP_SHAPES[name] ?? CARD_SHAPES[name as keyof typeof CARD_SHAPES];
  return shape ? (
    <Drawn name={name} size={size}>
      {shape}
    </Drawn>
  ) : null;
}
