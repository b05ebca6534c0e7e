export interface NumberEntry {
  name: string;
  phone: string;
  note: string;
}

/** 999, 55, the nation's helpline and local services, from configuration. */
export function NumbersBlock({ numbers, links = true }: { numbers: readonly NumberEntry[]; links?: boolean }) {
  return (
    <ul class="numbers">
      {numbers.map((n) => (
        <li key={n.name}>
          <strong>{n.name}</strong>{" "}
          {links ? (
            <a class="tel" href={`tel:${n.phone.replace(/[^0-9+]/g, "")}`}>
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
