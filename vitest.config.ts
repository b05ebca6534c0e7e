import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@site-config": fileURLToPath(new URL("./tests/site.config.test.json", import.meta.url)) } },
  test: {
    include: [
      "src/**/*.test.ts",
      "src/**/*.test.tsx",
      "scripts/**/*.test.ts",
      "tests/*.test.ts",
      "tests/fixtures/**/*.test.ts",
    ],
    environment: "node",
    setupFiles: ["src/core/i18n/test-setup.ts"],
    // One file per core. Vitest's default leaves a core for its own thread, which mostly waits:
    // on a 2-core machine that ran the tests one file at a time (72 s against 40 s).
    maxWorkers: availableParallelism(),
    // The crypto tests run many real key derivations; on a busy 2-core CI machine they need room.
    testTimeout: 30_000,
  },
});
