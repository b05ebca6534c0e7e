import { checklistRows, isAnswered, STATUS_LABELS } from "../../core/plans/answers";
import { formatDay } from "../../core/plans/dates";
import type { Answer, ChecklistAnswer, Drawing, Person, Place, Plan } from "../../core/plans/schema";
import type { Field, Template } from "../../core/plans/template";
import { type NumberEntry, NumbersBlock } from "./NumbersBlock";

export interface PrintOptions {
  /** Leave out questions with no answer, instead of printing lines to write on. */
  skipEmpty: boolean;
  /** Print a plain title, so the paper does not say what it is. */
  neutralTitle: boolean;
}

/**
 * The plan as a clean document: headings, answers, and lines to write on. Hidden on screen and
 * shown only in print. No links, no site chrome. Text is rendered as text (never as HTML), so
 * whatever someone typed prints exactly as typed.
 */
export function PrintView(props: {
  template: Template;
  plan: Plan | undefined;
  options: PrintOptions;
  numbers: readonly NumberEntry[];
}) {
  const { template, plan, options, numbers } = props;
  const answers = plan?.answers ?? {};
  const title = options.neutralTitle ? template.neutralTitle : template.title;
  const compact = template.kind === "checklist";
  return (
    <div class={compact ? "print-view print-compact" : "print-view"}>
      {/* thead and tfoot repeat on every printed page: they give each page a top and bottom
          margin while @page margins stay at zero, which keeps the browser from printing the
          page's address and title in the margins. */}
      <table class="print-frame" role="presentation">
        <thead>
          <tr>
            <td class="print-spacer" />
          </tr>
        </thead>
        <tfoot>
          <tr>
            <td class="print-spacer" />
          </tr>
        </tfoot>
        <tbody>
          <tr>
            <td>
              <h1 class="print-title">{title}</h1>
              {plan?.label && <p class="print-meta">For: {plan.label}</p>}
              {template.sections.map((section) => {
                const fields = section.fields;
                const shown = options.skipEmpty
                  ? fields.filter((f) => isAnswered(f, answers[f.id]) || reviewDateSet(f, plan))
                  : fields;
                if (shown.length === 0 && !section.showNumbers) return null;
                return (
                  <section class="print-section" key={section.id}>
                    <h2>{section.title}</h2>
                    {section.showNumbers && <NumbersBlock numbers={numbers} links={false} />}
                    {shown.map((field) => (
                      <PrintField
                        key={field.id}
                        field={field}
                        value={field.type === "reviewDate" ? plan?.reviewDate : answers[field.id]}
                      />
                    ))}
                  </section>
                );
              })}
              {plan?.reviews?.length ? (
                <p class="print-meta">Reviewed on: {plan.reviews.map(formatDay).join(", ")}</p>
              ) : null}
              {!options.neutralTitle && (
                <p class="print-closing">
                  A plan can lower the risk, but it cannot guarantee safety. If you are in danger, phone 999.
                </p>
              )}
            </td>
          </tr>
        </tbody>
      </table>
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

function PrintField({ field, value }: { field: Field; value: Answer | undefined }) {
  const answered = field.type === "reviewDate" ? typeof value === "string" : isAnswered(field, value);
  switch (field.type) {
    case "shortText":
    case "longText":
      return (
        <div class="print-field">
          <h3>{field.label}</h3>
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
          <h3>{field.label}</h3>
          <p class="print-answer">{answered ? formatDay(value as string) : "____ / ____ / ________"}</p>
        </div>
      );
    case "yesNo":
      return (
        <div class="print-field print-inline">
          <h3>{field.label}</h3>
          <p class="print-answer">{value === "yes" ? "Yes" : value === "no" ? "No" : "☐ Yes   ☐ No"}</p>
        </div>
      );
    case "agree":
      return (
        <div class="print-field">
          <p class="print-answer">
            {value === true ? "☑" : "☐"} {field.label}
          </p>
        </div>
      );
    case "choices":
      return (
        <div class="print-field">
          <h3>{field.label}</h3>
          <p class="print-answer">
            {(field.choices ?? [])
              .map((c) => `${Array.isArray(value) && (value as string[]).includes(c.id) ? "☑" : "☐"} ${c.label}`)
              .join("   ")}
          </p>
        </div>
      );
    case "people":
      return <PeopleTable field={field} people={answered ? (value as Person[]) : []} />;
    case "places":
      return (
        <div class="print-field">
          <h3>{field.label}</h3>
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
      return <ChecklistTable field={field} answer={value as ChecklistAnswer | undefined} />;
    case "drawing":
      return (
        <div class="print-field">
          <h3>{field.label}</h3>
          {answered ? <img class="print-drawing" src={(value as Drawing).png} alt="" /> : <div class="print-box" />}
        </div>
      );
  }
}

function PeopleTable({ field, people }: { field: Field; people: Person[] }) {
  const rows = people.length ? people : [null, null, null];
  return (
    <div class="print-field">
      <h3>{field.label}</h3>
      <table class="print-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Phone</th>
            <th>How they can help</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p, i) => (
            <tr key={i}>
              <td>{p?.name ?? ""}</td>
              <td>{p?.phone ?? ""}</td>
              <td>{p?.role ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ChecklistTable({ field, answer }: { field: Field; answer: ChecklistAnswer | undefined }) {
  return (
    <table class="print-table print-checklist">
      <thead>
        <tr>
          <th>Item</th>
          <th>Status</th>
          <th>Where, or with whom</th>
        </tr>
      </thead>
      <tbody>
        {checklistRows(field, answer).map((row) => (
          <tr key={row.id}>
            <td>
              {row.status === "packed" ? "☑" : "☐"} {row.label}
            </td>
            <td>{row.status ? STATUS_LABELS[row.status] : ""}</td>
            <td>{row.note ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
