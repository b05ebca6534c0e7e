import { useState } from "preact/hooks";
import type { UiTextKey } from "../../../core/i18n/keys";
import { t } from "../../../core/i18n/runtime";
import { LIMITS } from "../../../core/plans/limits";
import type { Person, Place } from "../../../core/plans/schema";
import { focusLater } from "../../hooks/focusBack";
import { FieldHint } from "./FieldHint";
import { type FieldProps, ids, PRIVATE_INPUT } from "./types";

type Entry = Person | Place;

interface Column {
  key: string;
  label: UiTextKey;
  max: number;
  type?: "tel";
}

/** The words of a list's entries, as keys: read as the list renders. */
interface ListKind<E extends Entry> {
  columns: Column[];
  blank: E;
  /** Hidden legend: "People to call: person 2". */
  entry: UiTextKey;
  add: UiTextKey;
  addAnother: UiTextKey;
  /** Hidden after "Remove": "person 2 from People to call". */
  remove: UiTextKey;
}

const PEOPLE: ListKind<Person> = {
  columns: [
    { key: "name", label: "editor.list.name", max: LIMITS.name },
    { key: "phone", label: "editor.list.phone", max: LIMITS.phone, type: "tel" },
    { key: "role", label: "editor.list.role", max: LIMITS.note },
  ],
  blank: { name: "", phone: "", role: "" },
  entry: "editor.list.person",
  add: "editor.list.addPerson",
  addAnother: "editor.list.addAnotherPerson",
  remove: "editor.list.removePerson",
};

const PLACES: ListKind<Place> = {
  columns: [
    { key: "name", label: "editor.list.place", max: LIMITS.name * 2 },
    { key: "note", label: "editor.list.placeNote", max: LIMITS.note },
  ],
  blank: { name: "", note: "" },
  entry: "editor.list.placeN",
  add: "editor.list.addPlace",
  addAnother: "editor.list.addAnotherPlace",
  remove: "editor.list.removePlace",
};

/**
 * A list of people or places. One empty entry shows until something is typed, so there is
 * always somewhere to start; entries can be added up to the field's limit and removed.
 */
export function ListField({ field, value, onChange, idBase }: FieldProps<Person[] | Place[]>) {
  const kind: ListKind<Entry> = field.type === "people" ? PEOPLE : PLACES;
  const id = ids(idBase, field);
  const max = Math.min(field.maxItems ?? LIMITS.listItems, LIMITS.listItems);
  const stored = Array.isArray(value) ? value : [];
  const entries: Entry[] = stored.length ? stored : [kind.blank];
  const isBlank = (e: Entry) => Object.values(e).every((v) => String(v).trim() === "");

  const commit = (next: Entry[]) => onChange(next.every(isBlank) ? undefined : (next as Person[] | Place[]));
  const edit = (index: number, key: string, text: string) =>
    commit(entries.map((e, i) => (i === index ? ({ ...e, [key]: text } as Entry) : e)));
  // A removed entry with words in it can be put back (one tap on "Remove" must not lose a
  // person's name and number for good): the last one removed, until the next removal.
  const [removed, setRemoved] = useState<{ entry: Entry; index: number } | null>(null);
  const remove = (index: number) => {
    const entry = entries[index];
    setRemoved(entry && !isBlank(entry) ? { entry, index } : null);
    commit(entries.filter((_, i) => i !== index));
    // Keep focus somewhere sensible: the add button stays, after the list.
    focusLater(`${id.input}-add`);
  };
  const undo = () => {
    if (!removed) return;
    const kept = [...stored];
    const at = Math.min(removed.index, kept.length);
    kept.splice(at, 0, removed.entry);
    setRemoved(null);
    commit(kept.slice(0, max));
    focusLater(`${id.input}-${at}-0`);
  };
  const removedWhat = removed ? firstWords(removed.entry) : "";
  const add = () => {
    onChange([...entries, { ...kind.blank }] as Person[] | Place[]);
    focusLater(`${id.input}-${entries.length}-0`);
  };

  return (
    <fieldset class="field field-list" aria-describedby={field.hint ? id.hint : undefined}>
      <legend class="field-label">{field.label}</legend>
      <FieldHint field={field} id={id.hint} />
      <ol class="entries">
        {entries.map((entry, index) => (
          <li class="entry" key={index}>
            <fieldset class="entry-fields">
              <legend class="visually-hidden">{t(kind.entry, { field: field.label, n: index + 1 })}</legend>
              {kind.columns.map((col, c) => {
                const inputId = `${id.input}-${index}-${c}`;
                return (
                  <div class="entry-field" key={col.key}>
                    <label for={inputId}>{t(col.label)}</label>
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
                {t("editor.list.remove")}
                <span class="visually-hidden"> {t(kind.remove, { field: field.label, n: index + 1 })}</span>
              </button>
            )}
          </li>
        ))}
      </ol>
      {/* The status is always in the page, so the removal is announced as it happens. */}
      <div class="list-removed">
        <span role="status">{removed ? t("editor.list.removed", { what: removedWhat }) : ""}</span>
        {removed && (
          <>
            {" "}
            <button type="button" class="button button-secondary button-small" onClick={undo}>
              {t("editor.list.undo")}
              <span class="visually-hidden">: {removedWhat}</span>
            </button>
          </>
        )}
      </div>
      {entries.length < max ? (
        <button type="button" id={`${id.input}-add`} class="button button-secondary" onClick={add}>
          {entries.length ? t(kind.addAnother) : t(kind.add)}
          <span class="visually-hidden"> {t("editor.toField", { field: field.label })}</span>
        </button>
      ) : (
        <p class="field-hint">{t("editor.list.full", { max })}</p>
      )}
    </fieldset>
  );
}

/** An entry's first words (its name, or else its number or note), short enough to read back. */
function firstWords(entry: Entry): string {
  const text =
    Object.values(entry)
      .map((v) => String(v).trim())
      .find((v) => v !== "") ?? "";
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
