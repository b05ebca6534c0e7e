import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * What a UK phone number in the configuration must look like. Typing mistakes such as a
 * missing digit ("029 2000 001") are caught when the site is built, not by someone dialling a
 * wrong number in a hurry.
 *
 * Accepted: 3-digit numbers (999, 112, 111, 101), 116 and three more digits (116 123), and
 * numbers starting with 0 that the UK numbering plan gives out (0116 496 0000, 0808 80 10 800),
 * checked with libphonenumber-js and its full metadata. "+44" may stand for the 0. This runs
 * only when the site is built: no page imports it (tests/e2e/build-only.spec.ts checks).
 */
export function ukPhoneProblem(value: string): string | null {
  const phone = value.trim();
  if (phone === "") return "must not be empty";
  if (!/^\+?[0-9][0-9 ]*[0-9]$/.test(phone)) {
    return "must be a phone number made of digits and spaces, like 0116 000 0000";
  }
  let digits = phone.replace(/ /g, "");
  if (digits.startsWith("+")) {
    if (!digits.startsWith("+44")) return "must be a UK number: start it with 0, or with +44";
    digits = `0${digits.slice(3)}`;
  }
  if (/^(?:999|1\d\d|116\d{3})$/.test(digits)) return null;
  if (digits.startsWith("0") && inPlan(digits)) return null;
  if (/^0\d{9,10}$/.test(digits)) return `${phone} is not a UK number that can be dialled: ${nearMiss(digits)}`;
  const count = `${digits.length} digit${digits.length === 1 ? "" : "s"}`;
  return `must be a whole UK phone number: 10 or 11 digits like 0116 000 0000, 3 digits like 999 or 111, or 116 and 3 more like 116 123 (this one has ${count})`;
}

/** Whether the UK numbering plan gives out this number (national form, starting with 0). */
function inPlan(digits: string): boolean {
  return parsePhoneNumberFromString(digits, "GB")?.isValid() === true;
}

/** What is most likely wrong with a number of the right length that the plan does not give out. */
function nearMiss(digits: string): string {
  const check = "Check it against the service's own page";
  if (inPlan(`${digits}0`)) return `a digit seems to be missing. ${check}`;
  return `numbers like it are not given out in the UK (or are kept for films and examples). ${check}`;
}

/** The digits a number dials, with +44 read as 0, for comparing two ways of writing it. */
export function dialledDigits(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, "");
  return digits.startsWith("+44") ? `0${digits.slice(3)}` : digits.replace("+", "");
}
