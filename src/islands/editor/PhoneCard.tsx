import { t } from "../../core/i18n/runtime";
import type { Person, Plan } from "../../core/plans/schema";
import type { Template } from "../../core/plans/template";
import { numberLine, printWords } from "../../core/print/wording";
import { keepAsIs } from "../hooks/keepAsIs";
import { CardPicture, type CardPictureName } from "../pictures/card-shapes";
import type { NumberEntry } from "./NumbersBlock";
import { usePrintChoice } from "./usePrintChoice";

/** Rows on one card: two columns of five fit an A6 card in big print. */
const ROWS_PER_CARD = 10;

interface Row {
  key: string;
  name: string;
  /** A service's own name, kept as it is in every language. */
  ownName: boolean;
  /** The language of that name, when known (a national service's is English). */
  nameLang?: string;
  phone: string;
  picture: CardPictureName;
}

/** Everyone in the plan's people fields who has a number, each once. */
function peopleWithNumbers(template: Template, plan: Plan | undefined): Person[] {
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
  return people;
}

export interface PhoneCardProps {
  template: Template;
  plan: Plan | undefined;
  numbers: readonly NumberEntry[];
}

/**
 * The only thing a child keeps: a card of names and phone numbers, nothing else from the plan.
 * A6 (105 × 148 mm, on its side) with a dashed line to cut along, big numbers and a picture
 * beside each one, so a child who cannot read yet can find 999. More numbers than fit make
 * more cards on the same sheet. A discreet printout (the page's one choice) leaves the
 * services' names off.
 */
export function PhoneCard({ template, plan, numbers }: PhoneCardProps) {
  const { discreet, labels } = usePrintChoice();
  const rows: Row[] = [
    ...numbers.map((n) => {
      const line = numberLine(n, discreet, labels);
      return {
        key: `s-${n.phone}`,
        name: line.name,
        ownName: line.ownName,
        ...(line.nameLang ? { nameLang: line.nameLang } : {}),
        phone: line.phone,
        picture: n.phone === "999" ? ("phone" as const) : ("talk" as const),
      };
    }),
    ...peopleWithNumbers(template, plan).map((p) => ({
      key: `p-${p.name}-${p.phone}`,
      name: p.name.trim() || t("editor.paper.someoneITrust"),
      ownName: false,
      phone: p.phone.trim(),
      picture: "person" as const,
    })),
  ];
  const cards: Row[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_CARD) cards.push(rows.slice(i, i + ROWS_PER_CARD));
  return (
    <div class="phone-cards">
      {cards.map((card, i) => (
        // Two columns share the rows evenly (six numbers as three and three, not five and one).
        <div
          class={
            card.length <= ROWS_PER_CARD / 2
              ? "phone-card phone-card-few"
              : `phone-card phone-card-rows-${Math.ceil(card.length / 2)}`
          }
          key={i}
        >
          <CardPicture name="scissors" size={22} class="phone-card-cut" />
          <p class="phone-card-title">{printWords(discreet).cardTitle}</p>
          <ul>
            {card.map((row) => (
              <li key={row.key}>
                <CardPicture name={row.picture} size={34} />
                <span class="phone-card-entry">
                  {/* Left to right in every language: in Arabic the digit groups would otherwise reverse. */}
                  <span class="phone-card-number" dir="ltr">
                    {row.phone}
                  </span>
                  {row.name && (
                    <span class="phone-card-name" {...keepAsIs(row.ownName, row.nameLang)}>
                      {row.name}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
