import type { Person, Plan } from "../../core/plans/schema";
import type { Template } from "../../core/plans/template";
import type { NumberEntry } from "./NumbersBlock";

/**
 * The only thing a child keeps: a small card of names and phone numbers, nothing else from
 * the plan. A plain title, so the card does not say what it is for.
 */
export function PhoneCard({
  template,
  plan,
  numbers,
}: {
  template: Template;
  plan: Plan | undefined;
  numbers: readonly NumberEntry[];
}) {
  const people: Person[] = [];
  for (const section of template.sections) {
    for (const field of section.fields) {
      if (field.type !== "people") continue;
      const list = plan?.answers[field.id];
      if (!Array.isArray(list)) continue;
      for (const p of list as Person[]) {
        if (p.phone.trim() && !people.some((q) => q.name === p.name && q.phone === p.phone)) people.push(p);
      }
    }
  }
  return (
    <div class="phone-card">
      <p class="phone-card-title">My phone numbers</p>
      <ul>
        {numbers.map((n) => (
          <li key={n.name}>
            <span class="phone-card-name">{n.name}</span> <span class="phone-card-number">{n.phone}</span>
          </li>
        ))}
        {people.map((p) => (
          <li key={`${p.name}-${p.phone}`}>
            <span class="phone-card-name">{p.name || "Someone I trust"}</span>{" "}
            <span class="phone-card-number">{p.phone}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
