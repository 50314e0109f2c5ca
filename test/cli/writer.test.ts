import { describe, expect, it } from "vitest";
import { makeContext } from "../../src/cli/context.js";
import { emitJson, emitListing, emitText } from "../../src/cli/emit.js";
import { memoryIo } from "../../src/cli/io.js";
import { hasControl } from "../../src/core/text.js";
import { cell } from "../../src/view/types.js";

const EMPTY = { sources: [], themes: [], places: [], facts: [] };
const HOSTILE = "Innocent\rEVIL \u001b]0;PWNED\u0007 \u001b]52;c;aGVsbG8=\u0007 \u202eabc\u200b";

async function context(format?: "json" | "csv" | "tsv" | "md", color: "always" | "never" = "never") {
  const io = memoryIo({ isTTY: false });
  const ctx = await makeContext({ color, ...(format ? { format } : {}) }, io, { command: "writer", dataset: EMPTY });
  return { io, ctx };
}

describe("the one writer", () => {
  it("shows every control character of a text instead of sending it", async () => {
    const { io, ctx } = await context();
    emitText(ctx, HOSTILE);
    expect(io.stdout()).toBe("Innocent\\rEVIL \\x1b]0;PWNED\\x07 \\x1b]52;c;aGVsbG8=\\x07 \\u202eabc\\u200b\n");
  });

  it("lets jjj's own colours through when colour is on, and nothing else", async () => {
    const { io, ctx } = await context(undefined, "always");
    emitText(ctx, `${ctx.chalk.red("red")} ${HOSTILE}`);
    expect(io.stdout()).toContain("\u001b[31mred\u001b[39m");
    expect(io.stdout()).not.toContain("\u001b]");
    expect(io.stdout()).not.toContain("\r");
  });

  it("writes JSON that reads back to the same value, with no raw control character", async () => {
    const { io, ctx } = await context("json");
    emitJson(ctx, [{ label: HOSTILE }]);
    expect(hasControl(io.stdout())).toBe(false);
    expect(JSON.parse(io.stdout())).toEqual([{ label: HOSTILE }]);
  });

  it("keeps CSV's CRLF line ends and shows the rest", async () => {
    const { io, ctx } = await context("csv");
    await emitListing(ctx, [{ id: "x", label: HOSTILE }], () => ({ columns: [], rows: [[cell("x")]], notes: [] }));
    const out = io.stdout();
    expect(out.split("\r\n")[0]).toBe("id,label");
    expect(out).toContain("\\x1b]0;PWNED\\x07");
    expect(hasControl(out.replace(/\r\n/g, ""))).toBe(false);
  });
});
