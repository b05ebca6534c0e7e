/**
 * Who a locked copy is for. A person's own: "own" and a "second" for a support worker. A
 * session's hand-over: the "family" copy and the worker's "records" copy, named so that the two
 * files in the worker's Downloads can be told apart. Every name starts with the organisation's
 * neutral exportFileName and adds only neutral words (checked in file-names.test.ts).
 */
export type CopyFor = "own" | "second" | "family" | "records";

const SUFFIX: Record<CopyFor, string> = { own: "", second: "-copy", family: "-family", records: "-records" };

export function copyFileName(base: string, date: string, copy: CopyFor): string {
  return `${base}-${date}${SUFFIX[copy]}.dat`;
}
