import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseSiteConfig } from "../src/core/config/parse";
import { isLang } from "../src/core/i18n/languages";

/**
 * Every configuration example in the README and docs/ is one an organisation may copy as it is,
 * so each must build: it is parsed with the tests' configuration around it, exactly as the build
 * would parse it. An example is a ```json block, or a code span that is JSON settings
 * (`"languages": ["en", "cy"]`) or JSON wording by language (`{ "en": { "home.lead": "…" } }`).
 */
const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const base = JSON.parse(readFileSync(join(root, "tests", "site.config.test.json"), "utf8")) as Record<string, unknown>;
// file-format.md's JSON is what a locked file holds, not configuration.
const documents = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((f) => f.endsWith(".md") && f !== "file-format.md")
    .map((f) => `docs/${f}`),
];

interface Example {
  where: string;
  text: string;
}

function examplesIn(file: string): Example[] {
  const text = readFileSync(join(root, file), "utf8");
  const lineOf = (index: number) => `${file}:${text.slice(0, index).split("\n").length}`;
  const blocks = [...text.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => ({ where: lineOf(m.index), text: m[1]! }));
  const spans = [...text.replace(/```[\s\S]*?```/g, (m) => " ".repeat(m.length)).matchAll(/`([^`\n]+)`/g)]
    .filter((m) => /^\s*(\{\s*"|"[A-Za-z]+":\s)/.test(m[1]!))
    .map((m) => ({ where: lineOf(m.index), text: m[1]! }));
  return [...blocks, ...spans];
}

/** The settings an example stands for: a whole object, a fragment of settings, or wording by language. */
function settingsOf(example: string): Record<string, unknown> {
  const trimmed = example.trim();
  const value = JSON.parse(trimmed.startsWith("{") ? trimmed : `{${trimmed}}`) as Record<string, unknown>;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every(isLang) ? { messages: value } : value;
}

const examples = documents.flatMap(examplesIn);

describe("the docs' configuration examples", () => {
  it("finds them (the wording example in the README and in docs/translations.md among them)", () => {
    expect(examples.filter((e) => e.text.includes("home.lead")).map((e) => e.where.split(":")[0])).toEqual(
      expect.arrayContaining(["README.md", "docs/translations.md"]),
    );
  });

  it.each(examples.map((e) => [e.where, e.text]))("%s builds as it is written", (_where, text) => {
    expect(() => parseSiteConfig({ ...base, ...settingsOf(text) })).not.toThrow();
  });
});
