import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "tests/fixtures/**/*.test.ts"],
    environment: "node",
    // The crypto tests run many real key derivations; on a busy 2-core CI machine they need room.
    testTimeout: 30_000,
  },
});
