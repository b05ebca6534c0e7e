import { t } from "../../core/i18n/runtime";
import { checklistRows, isAnswered } from "../../core/plans/answers";
import type { Answer, ChecklistAnswer, Drawing, Person, Place, Plan } from "../../core/plans/schema";
import type { ChecklistItem, Field, Template } from "../../core/plans/template";
import { formatDate } from "../../core/print/dates";
import { listPrintWords } from "../../core/print/status-words";
import {
  choiceLabel,
  fieldHeading,
  itemLabel,
  numberLine,
  type PrintWords,
  printTitle,
  printWords,
  sectionHeading,
} from "../../core/print/wording";
import { listSeparated } from "../../core/workspace/views";
import { keepAsIs } from "../hooks/keepAsIs";
import type { PrintTailored } from "../tailoring/PrintTailored";
import type { NumberEntry } from "./NumbersBlock";
import { PrintFrame } from "./PrintFrame";
import { usePrintChoice } from "./usePrintChoice";

export interface PrintOptions {
  /** Leave out questions with no answer, instead of printing lines to write on. */
  skipEmpty: boolean;
  /**
   * Print "what applies to me" and "what matters most". Off unless the person asks, and never
   * on discreet paper: those answers say more about a life than any neutral word can cover.
   */
  aboutMe: boolean;
}

/** Fields that print only when the person asks (PrintOptions.aboutMe). */
const ABOUT_ME: ReadonlySet<Field["type"]> = new Set(["situation", "priorities"]);

/** How this printout words things: the plan's own words, or only neutral ones (discreet). */
interface Wording {
  discreet: boolean;
  words: PrintWords;
}

/**
 * The plan as a clean document: headings, answers, and lines to write on. Hidden on screen and
 * shown only in print. No links, no site chrome. Text is rendered as text (never as HTML), so
 * whatever someone typed prints exactly as typed. A discreet printout (chosen once for the
 * page, see src/core/print) uses only neutral words: nothing on it says what it is for.
 */
export function PrintView(props: {
  template: Template;
  plan: Plan | undefined;
  options: PrintOptions;
  numbers: readonly NumberEntry[];
  /** How the adult's plan's tailored answers print (given with its other tailored parts). */
  Tailored?: typeof PrintTailored;
}) {
  const { template, plan, options, numbers } = props;
  const choice = usePrintChoice();
  const { discreet } = choice;
  const wording: Wording = { discreet, words: printWords(discreet) };
  const { words } = wording;
  const answers = plan?.answers ?? {};
  const compact = template.kind === "checklist";
  return (
    <div class={compact ? "print-view print-compact" : "print-view"}>
      <PrintFrame>
        <h1 class="print-title">{printTitle(template, discreet)}</h1>
        {plan?.label && (
          <p class="print-meta">
            {words.forWhom} <bdi>{plan.label}</bdi>
          </p>
        )}
        {template.sections.map((section) => {
          const fields = section.fields.filter((f) => !ABOUT_ME.has(f.type) || (options.aboutMe && !discreet));
          const shown = options.skipEmpty
            ? fields.filter((f) => isAnswered(f, answers[f.id]) || reviewDateSet(f, plan))
            : fields;
          if (shown.length === 0 && !section.showNumbers) return null;
          return (
            <section class="print-section" key={section.id}>
              <h2>{sectionHeading(section, discreet)}</h2>
              {section.showNumbers && (
                <ul class="numbers">
                  {numbers.map((n) => {
                    const line = numberLine(n, discreet, choice.labels);
                    return (
                      <li key={n.phone}>
                        {line.name && <strong {...keepAsIs(line.ownName, line.nameLang)}>{line.name} </strong>}
                        <span class="tel" dir="ltr">
                          {line.phone}
                        </span>
                        {line.note && <span class="numbers-note"> {line.note}</span>}
                      </li>
                    );
                  })}
                </ul>
              )}
              {shown.map((field) => (
                <PrintField
                  key={field.id}
                  field={field}
                  value={field.type === "reviewDate" ? plan?.reviewDate : answers[field.id]}
                  wording={wording}
                  {...(props.Tailored ? { Tailored: props.Tailored } : {})}
                />
              ))}
            </section>
          );
        })}
        {plan?.reviews?.length ? (
          <p class="print-meta">
            {words.reviewedOn} {listSeparated(plan.reviews.map((d) => formatDate(d)))}
          </p>
        ) : null}
        {words.closing && <p class="print-closing">{words.closing}</p>}
      </PrintFrame>
    </div>
  );
}

function reviewDateSet(field: Field, plan: Plan | undefined): boolean {
  return field.type === "reviewDate" && Boolean(plan?.reviewDate);
}

function Lines({ count }: { count: number }) {
  return (
    <div class="print-lines">
      {Array.from({ length: count }, (_, i) => (
        <span key={i} class="print-line" />
      ))}
    </div>
  );
}

function PrintField({
  field,
  value,
  wording,
  Tailored,
}: {
  field: Field;
  value: Answer | undefined;
  wording: Wording;
  Tailored?: typeof PrintTailored;
}) {
  const answered = field.type === "reviewDate" ? typeof value === "string" : isAnswered(field, value);
  const { words } = wording;
  const heading = fieldHeading(field, wording.discreet);
  switch (field.type) {
    case "shortText":
    case "longText":
      return (
        <div class="print-field">
          <h3>{heading}</h3>
          {answered ? (
            <p class="print-answer">{value as string}</p>
          ) : (
            <Lines count={field.type === "longText" ? 4 : 1} />
          )}
        </div>
      );
    case "date":
    case "reviewDate":
      return (
        <div class="print-field print-inline">
          <h3>{heading}</h3>
          <p class="print-answer">{answered ? formatDate(value as string) : "____ / ____ / ________"}</p>
        </div>
      );
    case "yesNo":
      return (
        <div class="print-field print-inline">
          <h3>{heading}</h3>
          <p class="print-answer">
            {value === "yes" ? words.yes : value === "no" ? words.no : `☐ ${words.yes}   ☐ ${words.no}`}
          </p>
        </div>
      );
    case "agree":
      return (
        <div class="print-field">
          <p class="print-answer">
            {value === true ? "☑" : "☐"} {heading}
          </p>
        </div>
      );
    case "choices":
      return (
        <div class="print-field">
          <h3>{heading}</h3>
          <p class="print-answer">
            {(field.choices ?? [])
              .map(
                (c) =>
                  `${Array.isArray(value) && (value as string[]).includes(c.id) ? "☑" : "☐"} ${choiceLabel(c, wording.discreet)}`,
              )
              .join("   ")}
          </p>
        </div>
      );
    case "people":
      return <PeopleTable heading={heading} words={words} people={answered ? (value as Person[]) : []} />;
    case "places":
      return (
        <div class="print-field">
          <h3>{heading}</h3>
          {answered ? (
            <ol class="print-list">
              {(value as Place[]).map((p, i) => (
                <li key={i}>
                  <strong>{p.name}</strong>
                  {p.note && ` – ${p.note}`}
                </li>
              ))}
            </ol>
          ) : (
            <Lines count={Math.min(field.maxItems ?? 3, 4)} />
          )}
        </div>
      );
    case "checklist":
      return <ChecklistTable field={field} answer={value as ChecklistAnswer | undefined} wording={wording} />;
    case "drawing":
      return (
        <div class="print-field">
          <h3>{heading}</h3>
          {answered ? <img class="print-drawing" src={(value as Drawing).png} alt="" /> : <div class="print-box" />}
        </div>
      );
    case "situation":
    case "priorities":
    case "strategies":
      return Tailored ? <Tailored field={field} value={value} heading={heading} discreet={wording.discreet} /> : null;
  }
}

function PeopleTable({ heading, words, people }: { heading: string; words: PrintWords; people: Person[] }) {
  const rows = people.length ? people : [null, null, null];
  return (
    <div class="print-field">
      <h3>{heading}</h3>
      <table class="print-table">
        <thead>
          <tr>
            <th>{words.people.name}</th>
            <th>{words.people.phone}</th>
            <th>{words.people.role}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={i}>
              <td>{p?.name ?? ""}</td>
              <td>{p?.phone ? <span dir="ltr">{p.phone}</span> : ""}</td>
              <td>{p?.role ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChecklistTable({
  field,
  answer,
  wording,
}: {
  field: Field;
  answer: ChecklistAnswer | undefined;
  wording: Wording;
}) {
  const { discreet } = wording;
  const words = listPrintWords(t, discreet);
  const items = new Map<string, ChecklistItem>((field.items ?? []).map((i) => [i.id, i]));
  return (
    <table class="print-table print-checklist">
      <thead>
        <tr>
          <th>{words.item}</th>
          <th>{words.status}</th>
          <th>{words.note}</th>
        </tr>
      </thead>
      <tbody>
        {checklistRows(field, answer).map((row) => (
          <tr key={row.id}>
            <td>
              {row.status === "packed" ? "☑" : "☐"}{" "}
              {row.custom ? row.label : itemLabel(items.get(row.id) ?? { id: row.id, label: row.label }, discreet)}
            </td>
            <td>{row.status ? words.statuses[row.status] : ""}</td>
            <td>{row.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
