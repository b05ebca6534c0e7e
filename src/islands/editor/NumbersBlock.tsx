import type { NumberEntry } from "../../core/config/numbers";
import { telHref } from "../../core/config/tel";
import { keepAsIs } from "../hooks/keepAsIs";

export type { NumberEntry };

/**
 * 999, 55, the nation's helpline and local services, from configuration. A service's own name is
 * kept as it is (translate="no"); numbers read left to right, in keypad order, in every language.
 */
export function NumbersBlock({ numbers, links = true }: { numbers: readonly NumberEntry[]; links?: boolean }) {
  return (
    <ul class="numbers">
      {numbers.map((n) => (
        <li key={n.name}>
          <strong {...keepAsIs(n.ownName, n.nameLang)}>{n.name}</strong>{" "}
          {links ? (
            <a class="tel" href={telHref(n.phone)} dir="ltr">
              {n.phone}
            </a>
          ) : (
            <span class="tel" dir="ltr">
              {n.phone}
            </span>
          )}
          {n.note && <span class="numbers-note"> {n.note}</span>}
        </li>
      ))}
    </ul>
  );
}
