import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");

describe("the README and the data dictionary", () => {
  it("show the real output of the current build (npm run docs regenerates them)", () => {
    let failure = "";
    try {
      execFileSync(process.execPath, ["scripts/docs.mjs", "--check"], { cwd: root, encoding: "utf8", stdio: "pipe" });
    } catch (err) {
      failure = String((err as { stderr?: string }).stderr ?? err);
    }
    expect(failure).toBe("");
  }, 60000);
});
