import type { ComponentChildren } from "preact";

/**
 * Puts elements into a translated sentence at its {placeholders}, so each language keeps its
 * own word order: slotted("Your passphrase is: {words}.", { words: <strong>…</strong> }).
 */
export function slotted(text: string, slots: Readonly<Record<string, ComponentChildren>>): ComponentChildren {
  return text
    .split(/(\{[a-zA-Z]+\})/)
    .map((part) => {
      const name = /^\{([a-zA-Z]+)\}$/.exec(part)?.[1];
      return name !== undefined && name in slots ? slots[name] : part;
    })
    .filter((part) => part !== "");
}
