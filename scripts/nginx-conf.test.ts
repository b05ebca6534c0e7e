import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * docs/nginx.conf is copied as it is by organisations, so what it promises is checked here
 * without nginx (npm run test:nginx runs it in a real nginx where one is installed).
 */
const conf = readFileSync(new URL("../docs/nginx.conf", import.meta.url), "utf8");

/** The text of each top-level `server { … }` block, comments removed. */
function serverBlocks(text: string): string[] {
  const plain = text.replace(/#.*$/gm, "");
  const blocks: string[] = [];
  for (const match of plain.matchAll(/\bserver\s*\{/g)) {
    let depth = 0;
    for (let i = match.index + match[0].length - 1; i < plain.length; i++) {
      if (plain[i] === "{") depth++;
      if (plain[i] === "}" && --depth === 0) {
        blocks.push(plain.slice(match.index, i + 1));
        break;
      }
    }
  }
  return blocks;
}

describe("docs/nginx.conf", () => {
  it("has the HTTP and the HTTPS server", () => {
    expect(serverBlocks(conf)).toHaveLength(2);
  });

  it("never says which nginx version it runs, in any server block (the redirect too)", () => {
    const without = serverBlocks(conf).filter((block) => !/^\s*server_tokens\s+off;/m.test(block));
    expect(without.map((block) => block.split("\n").slice(0, 4).join(" ").replace(/\s+/g, " "))).toEqual([]);
  });
});
