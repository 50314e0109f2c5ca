import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Black-box tests spawn the built binary; `npm test` builds it first.
    testTimeout: 20000,
  },
});
