import type { Catalogue } from "../i18n/entry";
import type { FieldType, PlanKind, Template } from "./template";

/**
 * A template's structure, as data without words: sections, fields, their types, ids and
 * pictures. The words come from the language's catalogue (src/core/i18n/<lang>/plans/), under
 * keys built from the ids, so every language has the same plan and a file saved in one
 * language opens in another.
 *
 *   <kind>.title, <kind>.neutralTitle, <kind>.intro
 *   <kind>.<section>.title | printTitle | help | questions | askQuestions
 *   <kind>.<section>.<field>.label | hint | printLabel | sentence | agreeText
 *   <kind>.<section>.<field>.<item or choice>.label | hint | printLabel
 *
 * Optional words (hint, sentence…) are there when the English catalogue has them.
 */
export interface ItemShape {
  id: string;
  /** For choices: a built-in picture. */
  picture?: string;
}
export interface FieldShape {
  id: string;
  type: FieldType;
  maxItems?: number;
  items?: readonly ItemShape[];
  choices?: readonly ItemShape[];
}
export interface SectionShape {
  id: string;
  readAloud?: boolean;
  showNumbers?: boolean;
  fields: readonly FieldShape[];
}
export interface TemplateShape {
  kind: PlanKind;
  sections: readonly SectionShape[];
}

type Words = Readonly<Record<string, Catalogue[string]>>;

/** Reads the words a shape needs, recording each key it looks up (for the unused-key test). */
function reader(words: Words, used?: Set<string>) {
  const get = (key: string) => {
    used?.add(key);
    return words[key];
  };
  const text = (key: string): string => {
    const entry = get(key);
    return typeof entry === "string" ? entry : key;
  };
  const optional = (key: string): { [k: string]: string } => {
    const entry = get(key);
    return typeof entry === "string" ? { v: entry } : {};
  };
  const list = (key: string): string[] => {
    const entry = get(key);
    return Array.isArray(entry) ? [...entry] : [];
  };
  return { text, optional, list, has: (key: string) => key in words };
}

/** The template in one language: the shape with that language's words put in. */
export function buildTemplate(shape: TemplateShape, words: Words, used?: Set<string>): Template {
  const r = reader(words, used);
  const opt = (key: string, name: string) => {
    const found = r.optional(key);
    return "v" in found ? { [name]: found.v } : {};
  };
  const k = shape.kind;
  return {
    kind: k,
    title: r.text(`${k}.title`),
    neutralTitle: r.text(`${k}.neutralTitle`),
    intro: r.list(`${k}.intro`),
    sections: shape.sections.map((s) => {
      const sk = `${k}.${s.id}`;
      return {
        id: s.id,
        title: r.text(`${sk}.title`),
        printTitle: r.text(`${sk}.printTitle`),
        ...(s.readAloud !== undefined ? { readAloud: s.readAloud } : {}),
        help: r.list(`${sk}.help`),
        questions: r.list(`${sk}.questions`),
        ...(r.has(`${sk}.askQuestions`) ? { askQuestions: r.list(`${sk}.askQuestions`) } : {}),
        ...(s.showNumbers !== undefined ? { showNumbers: s.showNumbers } : {}),
        fields: s.fields.map((f) => {
          const fk = `${sk}.${f.id}`;
          return {
            id: f.id,
            type: f.type,
            label: r.text(`${fk}.label`),
            ...opt(`${fk}.hint`, "hint"),
            printLabel: r.text(`${fk}.printLabel`),
            ...opt(`${fk}.sentence`, "sentence"),
            ...(f.maxItems !== undefined ? { maxItems: f.maxItems } : {}),
            ...(f.items
              ? {
                  items: f.items.map((i) => ({
                    id: i.id,
                    label: r.text(`${fk}.${i.id}.label`),
                    ...opt(`${fk}.${i.id}.hint`, "hint"),
                    ...opt(`${fk}.${i.id}.printLabel`, "printLabel"),
                  })),
                }
              : {}),
            ...(f.choices
              ? {
                  choices: f.choices.map((c) => ({
                    id: c.id,
                    label: r.text(`${fk}.${c.id}.label`),
                    ...opt(`${fk}.${c.id}.printLabel`, "printLabel"),
                    ...(c.picture ? { picture: c.picture } : {}),
                  })),
                }
              : {}),
            ...opt(`${fk}.agreeText`, "agreeText"),
          };
        }),
      };
    }),
  } as Template;
}
