import { useState } from "preact/hooks";
import { t, tCount } from "../../../core/i18n/runtime";
import { checklistCounts, checklistRows, EMPTY_CHECKLIST, removedItems } from "../../../core/plans/answers";
import { CHECKLIST_STATUSES, type ChecklistStatus } from "../../../core/plans/constants";
import { LIMITS } from "../../../core/plans/limits";
import type { ChecklistAnswer } from "../../../core/plans/schema";
import { randomId } from "../../../core/plans/store";
import { STATUS_KEYS } from "../../../core/print/status-words";
import { focusLater } from "../../hooks/focusBack";
import { FieldHint } from "./FieldHint";
import { type FieldProps, ids, PRIVATE_INPUT } from "./types";

/**
 * Things to take: each item has a status and a "where, or with whom" note. People can remove
 * items that do not fit their life (and put them back) and add their own.
 */
export function ChecklistField({ field, value, onChange, idBase }: FieldProps<ChecklistAnswer>) {
  const id = ids(idBase, field);
  const answer = value ?? EMPTY_CHECKLIST;
  const rows = checklistRows(field, answer);
  const removed = removedItems(field, answer);
  const [newLabel, setNewLabel] = useState("");

  const setEntry = (
    itemId: string,
    custom: boolean,
    patch: { status?: ChecklistStatus | undefined; note?: string },
  ) => {
    if (custom) {
      const next = answer.custom.map((c) => (c.id === itemId ? clean({ ...c, ...patch }) : c));
      onChange({ ...answer, custom: next });
    } else {
      const entry = clean({ ...answer.items[itemId], ...patch });
      const items = { ...answer.items };
      if (Object.keys(entry).length) items[itemId] = entry;
      else delete items[itemId];
      onChange({ ...answer, items });
    }
  };
  const removeRow = (itemId: string, custom: boolean) => {
    if (custom) onChange({ ...answer, custom: answer.custom.filter((c) => c.id !== itemId) });
    else {
      const items = { ...answer.items };
      delete items[itemId];
      onChange({ ...answer, items, removed: [...answer.removed, itemId] });
    }
    // The keyboard carries on at the next item (or the one before), not at the end of the list.
    const at = rows.findIndex((r) => r.id === itemId);
    const beside = rows[at + 1] ?? rows[at - 1];
    const to = beside ? `${id.input}-${beside.id}-status` : `${id.input}-new`;
    focusLater(to);
  };
  // Put back in its place in the list, where focus follows it.
  const restore = (itemId: string) => {
    onChange({ ...answer, removed: answer.removed.filter((r) => r !== itemId) });
    focusLater(`${id.input}-${itemId}-status`);
  };
  const addOwn = (e: Event) => {
    e.preventDefault();
    const label = newLabel.trim();
    if (!label || answer.custom.length >= LIMITS.checklistCustomItems) return;
    onChange({ ...answer, custom: [...answer.custom, { id: `own-${randomId().slice(0, 8)}`, label }] });
    setNewLabel("");
  };
  const counts = checklistCounts(field, answer);

  return (
    <div class="field field-checklist">
      <FieldHint field={field} id={id.hint} />
      <p class="checklist-counts" aria-live="polite">
        {t("editor.checklist.counts", {
          items: tCount("editor.checklist.items", counts.total),
          packed: counts.packed,
          withSomeone: counts["with-someone"],
          toGet: counts["need-to-get"],
          notNeeded: counts["not-needed"],
        })}
      </p>
      <ul class="checklist">
        {rows.map((row) => {
          const rowId = `${id.input}-${row.id}`;
          return (
            <li class="checklist-item" key={row.id}>
              <fieldset class="checklist-fields">
                <legend class="checklist-label" id={`${rowId}-label`}>
                  {row.label}
                </legend>
                {row.hint && <p class="field-hint">{row.hint}</p>}
                <div class="checklist-controls">
                  <div class="entry-field">
                    <label for={`${rowId}-status`}>{t("editor.checklist.status")}</label>
                    <select
                      id={`${rowId}-status`}
                      class="input"
                      value={row.status ?? ""}
                      onChange={(e) =>
                        setEntry(row.id, row.custom, {
                          status: (e.currentTarget.value || undefined) as ChecklistStatus | undefined,
                        })
                      }
                    >
                      <option value="">{t("editor.checklist.notDecided")}</option>
                      {CHECKLIST_STATUSES.map((s) => (
                        <option value={s} key={s}>
                          {t(STATUS_KEYS[s])}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div class="entry-field">
                    <label for={`${rowId}-note`}>{t("editor.checklist.where")}</label>
                    <input
                      id={`${rowId}-note`}
                      class="input"
                      type="text"
                      maxLength={LIMITS.note}
                      value={row.note ?? ""}
                      onInput={(e) => setEntry(row.id, row.custom, { note: e.currentTarget.value })}
                      {...PRIVATE_INPUT}
                    />
                  </div>
                  <button type="button" class="link-button" onClick={() => removeRow(row.id, row.custom)}>
                    {row.custom ? t("editor.checklist.delete") : t("editor.checklist.remove")}
                    <span class="visually-hidden"> {row.label}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      <form class="add-own" onSubmit={addOwn}>
        <label for={`${id.input}-new`}>{t("editor.checklist.addOwn")}</label>
        <div class="add-own-row">
          <input
            id={`${id.input}-new`}
            class="input"
            type="text"
            maxLength={120}
            value={newLabel}
            onInput={(e) => setNewLabel(e.currentTarget.value)}
            {...PRIVATE_INPUT}
          />
          <button type="submit" class="button button-secondary">
            {t("editor.checklist.add")}
            <span class="visually-hidden"> {t("editor.toField", { field: field.label })}</span>
          </button>
        </div>
      </form>
      {removed.length > 0 && (
        <details class="removed">
          <summary>{t("editor.checklist.removed", { count: removed.length })}</summary>
          <ul>
            {removed.map((item) => (
              <li key={item.id}>
                {item.label}{" "}
                <button type="button" class="link-button" onClick={() => restore(item.id)}>
                  {t("editor.checklist.putBack")}
                  <span class="visually-hidden"> {item.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** Drops empty status and note, so an untouched item stores nothing. */
function clean<T extends { status?: ChecklistStatus | undefined; note?: string | undefined }>(entry: T): T {
  const out = { ...entry };
  if (!out.status) delete out.status;
  if (!out.note) delete out.note;
  return out;
}
