import type { Entry, Plural } from "./entry";

/**
 * A translation has exactly the keys of the English part it translates, with an entry of the
 * same kind (sentence, list or plural). Missing or extra keys fail to compile; the tests in
 * catalogue.test.ts check the same at run time, and that every key is used.
 */
export type Translation<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : T[K] extends readonly string[] ? readonly string[] : Plural;
};

/** Keys of a part whose English entry is a sentence, a list, or a plural. */
export type TextKey<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T] & string;
export type ListKey<T> = { [K in keyof T]: T[K] extends readonly string[] ? K : never }[keyof T] & string;
export type PluralKey<T> = { [K in keyof T]: T[K] extends string | readonly string[] ? never : K }[keyof T] & string;

export type { Entry };
