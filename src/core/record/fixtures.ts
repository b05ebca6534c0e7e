import type { WorkerRecord } from "./schema";

/** A record with `canary` in every field that holds text, for tests that look for leaks. */
export function recordWith(canary: string, children: readonly string[] = []): WorkerRecord {
  return {
    agency: `${canary} agency`,
    worker: `${canary} worker`,
    contact: `${canary} contact`,
    sessionDate: "2031-07-19",
    assessment: `${canary} assessment`,
    outcome: "high",
    assessmentDate: "2031-07-18",
    marac: "made",
    maracDate: "2031-07-17",
    referralCsc: true,
    referralEarlyHelp: true,
    referralNotes: `${canary} referrals`,
    copiesHeld: `${canary} copies`,
    nextReview: "2031-09-16",
    consent: `${canary} consent`,
    children: children.map((plan, i) => ({
      plan,
      scale: 3,
      age: `${canary} age ${i}`,
      school: `${canary} school ${i}`,
    })),
  };
}
