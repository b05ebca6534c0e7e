/**
 * The list of things to take: its rows and the words of its statuses, on screen and on paper,
 * in English (the source). They come with the list (ui-parts.ts): the list's page, the session,
 * or a move to the list inside the workspace.
 */
export const list = {
  "editor.checklist.items": { one: "1 item", other: "{count} items" },
  "editor.checklist.counts":
    "{items}: {packed} packed, {withSomeone} left with someone, {toGet} to get, {notNeeded} not needed.",
  "editor.checklist.status": "Status",
  "editor.checklist.notDecided": "Not decided",
  "editor.checklist.where": "Where, or with whom",
  "editor.checklist.delete": "Delete",
  "editor.checklist.remove": "Not for me: remove",
  "editor.checklist.addOwn": "Add your own item",
  "editor.checklist.add": "Add",
  "editor.checklist.removed": "Items you removed ({count})",
  "editor.checklist.putBack": "Put back",
  "editor.status.packed": "Packed",
  "editor.status.withSomeone": "Left with someone",
  "editor.status.needToGet": "Need to get",
  "editor.status.notNeeded": "Not needed",
  "editor.checklist.paperItem": "Item",
  "editor.checklist.paperStatus": "Status",
  "editor.checklist.paperWhere": "Where, or with whom",
  /** A discreet printout's word for a packed item: a plain list word, not "Packed". */
  "editor.status.plainPacked": "Ready",
  /** A discreet printout's word for an item left with someone: not who or why (the notes can say). */
  "editor.status.plainWithSomeone": "Elsewhere",
} as const;
