/**
 * The pictures on a child's card of numbers, apart from the rest (Picture.tsx adds them to its
 * own): the card is rendered with every plan page that offers one, so that printing from the
 * browser's menu gives it at once, and it should not bring every picture with it.
 */

/** A drawn line in the picture's colour, with round ends and corners. */
export function line(d: string, width = 4): preact.JSX.Element {
  return (
    <path d={d} fill="none" stroke="currentColor" stroke-width={width} stroke-linecap="round" stroke-linejoin="round" />
  );
}

export const CARD_SHAPES = {
  phone: (
    <>
      <rect x="20" y="6" width="24" height="52" rx="5" fill="none" stroke="currentColor" stroke-width="4" />
      <circle cx="32" cy="50" r="2.5" fill="currentColor" />
    </>
  ),
  talk: (
    <>
      {line("M8 12 H56 V42 H30 L16 54 V42 H8 Z")}
      <circle cx="22" cy="27" r="3" fill="currentColor" />
      <circle cx="32" cy="27" r="3" fill="currentColor" />
      <circle cx="42" cy="27" r="3" fill="currentColor" />
    </>
  ),
  person: (
    <>
      <circle cx="32" cy="18" r="10" fill="none" stroke="currentColor" stroke-width="4" />
      {line("M12 58 Q32 22 52 58")}
    </>
  ),
  scissors: (
    <>
      <circle cx="14" cy="18" r="8" fill="none" stroke="currentColor" stroke-width="4" />
      <circle cx="14" cy="46" r="8" fill="none" stroke="currentColor" stroke-width="4" />
      <path d="M20 23 L58 48 M20 41 L58 16" stroke="currentColor" stroke-width="4" stroke-linecap="round" />
    </>
  ),
} satisfies Record<string, preact.JSX.Element>;

export type CardPictureName = keyof typeof CARD_SHAPES;

/** A picture's frame: every picture is drawn on the same square. Decorative (aria-hidden). */
export function Drawn(props: {
  name: string;
  size: number;
  class?: string | undefined;
  children: preact.ComponentChildren;
}) {
  const { name, size, class: extra } = props;
  return (
    <svg
      class={`picture picture-${name}${extra ? ` ${extra}` : ""}`}
      viewBox="0 0 64 64"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      {props.children}
    </svg>
  );
}

/** One of the card's pictures, drawn as Picture draws it. Decorative: words beside it say the same. */
export function CardPicture({ name, size, class: extra }: { name: CardPictureName; size: number; class?: string }) {
  return (
    <Drawn name={name} size={size} class={extra}>
      {CARD_SHAPES[name]}
    </Drawn>
  );
}
