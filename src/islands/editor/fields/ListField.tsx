import { LIMITS } from "../../../core/plans/limits";
import type { Person, Place } from "../../../core/plans/schema";
import { FieldHint } from "./FieldHint";
import { type FieldProps, ids, PRIVATE_INPUT } from "./types";

type Entry = Person | Place;

interface Column {
  key: string;
  label: string;
  max: number;
  type?: "tel";
}

const PEOPLE: { noun: string; columns: Column[]; blank: Person } = {
  noun: "person",
  columns: [
    { key: "name", label: "Name", max: LIMITS.name },
    { key: "phone", label: "Phone number", max: LIMITS.phone, type: "tel" },
    { key: "role", label: "How they can help", max: LIMITS.note },
  ],
  blank: { name: "", phone: "", role: "" },
};

const PLACES: { noun: string; columns: Column[]; blank: Place } = {
  noun: "place",
  columns: [
    { key: "name", label: "Place", max: LIMITS.name * 2 },
    { key: "note", label: "How I would get there, or anything else to remember", max: LIMITS.note },
  ],
  blank: { name: "", note: "" },
};

/**
 * A list of people or places. One empty entry shows until something is typed, so there is
 * always somewhere to start; entries can be added up to the field's limit and removed.
 */
export function ListField({ field, value, onChange, idBase }: FieldProps<Person[] | Place[]>) {
  const kind = field.type === "people" ? PEOPLE : PLACES;
  const id = ids(idBase, field);
  const max = Math.min(field.maxItems ?? LIMITS.listItems, LIMITS.listItems);
  const stored = Array.isArray(value) ? value : [];
  const entries: Entry[] = stored.length ? stored : [kind.blank];
  const isBlank = (e: Entry) => Object.values(e).every((v) => String(v).trim() === "");

  const commit = (next: Entry[]) => onChange(next.every(isBlank) ? undefined : (next as Person[] | Place[]));
  const edit = (index: number, key: string, text: string) =>
    commit(entries.map((e, i) => (i === index ? ({ ...e, [key]: text } as Entry) : e)));
  const remove = (index: number) => {
    commit(entries.filter((_, i) => i !== index));
    // Keep focus somewhere sensible: the add button stays, after the list.
    requestAnimationFrame(() => document.getElementById(`${id.input}-add`)?.focus());
  };
  const add = () => {
    onChange([...entries, { ...kind.blank }] as Person[] | Place[]);
    requestAnimationFrame(() => document.getElementById(`${id.input}-${entries.length}-0`)?.focus());
  };

  return (
    <fieldset class="field field-list" aria-describedby={field.hint ? id.hint : undefined}>
      <legend class="field-label">{field.label}</legend>
      <FieldHint field={field} id={id.hint} />
      <ol class="entries">
        {entries.map((entry, index) => (
          <li class="entry" key={index}>
            <fieldset class="entry-fields">
              <legend class="visually-hidden">
                {field.label}: {kind.noun} {index + 1}
              </legend>
              {kind.columns.map((col, c) => {
                const inputId = `${id.input}-${index}-${c}`;
                return (
                  <div class="entry-field" key={col.key}>
                    <label for={inputId}>{col.label}</label>
                    <input
                      id={inputId}
                      class="input"
                      type={col.type ?? "text"}
                      inputMode={col.type === "tel" ? "tel" : undefined}
                      maxLength={col.max}
                      value={String((entry as unknown as Record<string, string>)[col.key] ?? "")}
                      onInput={(e) => edit(index, col.key, e.currentTarget.value)}
                      {...PRIVATE_INPUT}
                    />
                  </div>
                );
              })}
            </fieldset>
            {(stored.length > 1 || !isBlank(entry)) && (
              <button type="button" class="button button-secondary button-small" onClick={() => remove(index)}>
                Remove
                <span class="visually-hidden">
                  {" "}
                  {kind.noun} {index + 1} from {field.label}
                </span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {entries.length < max ? (
        <button type="button" id={`${id.input}-add`} class="button button-secondary" onClick={add}>
          Add {entries.length ? "another" : "a"} {kind.noun}
          <span class="visually-hidden"> to {field.label}</span>
        </button>
      ) : (
        <p class="field-hint">That is the most this list can hold ({max}).</p>
      )}
    </fieldset>
  );
}
