/**
 * "Is this device safe?": at most ten short questions about the device in front of the person,
 * offered before the first word is typed and always skippable. Most technology-based abuse
 * comes through ordinary access (a known passcode, a shared account) or off-the-shelf spyware
 * (Freed et al. 2018; Havron et al. 2019), so the questions ask about those.
 *
 * Each answer that is a worry ("yes", or "not sure") brings one specific thing to do. Nothing
 * of it is stored, in the plan or anywhere else: the answers live only while the screen shows.
 *
 * Words: tailoring.device.<id>.question | todo.
 */
export const DEVICE_QUESTIONS = [
  "others-unlock",
  "they-set-it-up",
  "shared-account",
  "browser-sync",
  "location-shared",
  "family-apps",
  "childrens-devices",
  "smart-home",
  "knows-too-much",
] as const;
export type DeviceQuestion = (typeof DEVICE_QUESTIONS)[number];

export const DEVICE_ANSWERS = ["yes", "no", "not-sure"] as const;
export type DeviceAnswer = (typeof DEVICE_ANSWERS)[number];

/** A "yes" or a "not sure" is a worry: not knowing is a reason to be careful too. */
export function isWorry(answer: DeviceAnswer | undefined): boolean {
  return answer === "yes" || answer === "not-sure";
}

/** The questions whose answers are worries, in the order asked: each has its own thing to do. */
export function worries(answers: Partial<Record<DeviceQuestion, DeviceAnswer>>): DeviceQuestion[] {
  return DEVICE_QUESTIONS.filter((q) => isWorry(answers[q]));
}
