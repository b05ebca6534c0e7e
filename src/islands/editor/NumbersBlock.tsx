import type { NumberEntry } from "../../core/config/numbers";
import { telHref } from "../../core/config/tel";

export type { NumberEntry };

/** 999, 55, the nation's helpline and local services, from configuration. */
export function NumbersBlock({ numbers, links = true }: { numbers: readonly NumberEntry[]; links?: boolean }) {
  return (
    <ul class="numbers">
      {numbers.map((n) => (
        <li key={n.name}>
          <strong>{n.name}</strong>{" "}
          {links ? (
            <a class="tel" href={telHref(n.phone)}>
              {n.phone}
            </a>
          ) : (
            <span class="tel">{n.phone}</span>
          )}
          {n.note && <span class="numbers-note"> {n.note}</span>}
        </li>
      ))}
    </ul>
  );
}
