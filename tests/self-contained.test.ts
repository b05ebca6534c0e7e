import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The project must build and pass its tests in a fresh clone with nothing beside it, so no
 * source, test, script or configuration file may reach outside the repository: no "../"
 * that climbs above the root, no absolute path into someone's machine, and no copy of the
 * reference material that sits beside the project while it is written.
 */
const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const self = fileURLToPath(import.meta.url);

const FOLDERS = ["src", "tests", "scripts", ".ci"];
const ROOT_FILES = [
  "package.json",
  "astro.config.mjs",
  "playwright.config.ts",
  "vitest.config.ts",
  "tsconfig.json",
  "biome.json",
  "site.config.json",
];
const TEXT = /\.(ts|tsx|mjs|js|json|astro|css|svg|conf)$|^run$/;

function filesIn(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && TEXT.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const files = [...FOLDERS.flatMap(filesIn), ...ROOT_FILES.map((f) => join(root, f))].filter((f) => f !== self);

/** Relative paths written as string literals: "../x", '../../', `../${y}`. */
const RELATIVE = /["'`]((?:\.\.?\/)*\.\.(?:\/[^"'`\s$]*)?)["'`$]/g;
/** Absolute paths into a person's or a build machine's folders (system tools such as /usr/bin are fine). */
const PERSONAL = /["'`](\/(?:work|home|root|Users|mnt)\/[^"'`\s]*)/g;

function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const where = relative(root, file);
  for (const [, path] of text.matchAll(RELATIVE)) {
    const target = resolve(dirname(file), path!);
    if (target !== root && !target.startsWith(root + sep)) found.push(`${where}: "${path}" leaves the project`);
  }
  for (const [, path] of text.matchAll(PERSONAL)) found.push(`${where}: "${path}" is a path on one machine`);
  if (/shared[/\\]reference/.test(text)) found.push(`${where}: reads the reference folder beside the project`);
  return found;
}

describe("the project is self-contained", () => {
  it("scans the files that tests and the build read", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(join("src", "core", "config", "services.test.ts")))).toBe(true);
  });

  it("no file reaches outside the repository", () => {
    expect(files.flatMap((f) => outsideReferences(f, readFileSync(f, "utf8")))).toEqual([]);
  });

  it("the check finds a path that leaves the project", () => {
    const file = join(root, "src", "core", "config", "example.test.ts");
    expect(
      outsideReferences(file, `readFileSync(new URL("../../../../shared/reference/uk-services.md", x))`),
    ).toHaveLength(2);
    expect(outsideReferences(file, `import x from "../../../site.config.json"`)).toEqual([]);
    expect(outsideReferences(file, `const p = "/work/shared/uk.md"`)).toHaveLength(1);
  });
});
