import { defineConfig } from "vitest/config";
import { skipped } from "./vitest.config.js";

/** `npm run test:scale`: the cases on 10,000 to 160,000 records, kept out of `npm test`. */
export default defineConfig({
  test: {
    include: ["test/scale/**/*.test.ts"],
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 60000,
    hookTimeout: 120000,
    reporters: ["default", skipped],
  },
});
