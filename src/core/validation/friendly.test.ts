import { describe, expect, it } from "vitest";
import { describeIssue, describeIssues, fieldName } from "./friendly";

describe("friendly messages", () => {
  it("names nested fields the way they are written in the file", () => {
    expect(fieldName(["localServices", 2, "phone"])).toBe("localServices[2].phone");
    expect(fieldName([])).toBe("(the whole file)");
  });

  it("says a field is missing when the input has nothing there", () => {
    const issue = { code: "invalid_type", expected: "string", path: ["organisation", "contact"] };
    expect(describeIssue(issue, { organisation: {} })).toBe("organisation.contact: is missing.");
    expect(describeIssue(issue, { organisation: { contact: 3 } })).toBe("organisation.contact: must be a string.");
    // Without the input, the type is all it can say.
    expect(describeIssue(issue)).toBe("organisation.contact: must be a string.");
  });

  it("keeps one line per field, the first problem found", () => {
    const issues = [
      { code: "invalid_format", format: "url", note: "Invalid hostname", path: ["exitUrl"] },
      { code: "invalid_format", format: "url", note: "Invalid protocol", path: ["exitUrl"] },
      { code: "too_big", origin: "string", maximum: 40, path: ["siteName"] },
    ];
    expect(describeIssues(issues)).toEqual([
      "exitUrl: must be a full web address starting with https://.",
      "siteName: must be at most 40 characters.",
    ]);
  });
});
