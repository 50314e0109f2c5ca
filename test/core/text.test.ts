import { describe, expect, it } from "vitest";
import { echo, hasControl, terminalSafe, visible, visibleLine } from "../../src/core/text.js";

describe("the output filter", () => {
  it("shows C0, C1, DEL, bidi and zero-width characters as escapes", () => {
    expect(visible("a\u001b]0;PWNED\u0007b")).toBe("a\\x1b]0;PWNED\\x07b");
    expect(visible("Innocent\rEVIL")).toBe("Innocent\\rEVIL");
    expect(visible("x\u009by\u007f")).toBe("x\\x9by\\x7f");
    expect(visible("abc\u202edef\u200b")).toBe("abc\\u202edef\\u200b");
    expect(visible("back\bspace")).toBe("back\\x08space");
  });

  it("keeps tab, newline and Chinese text as they are", () => {
    expect(visible("京津冀\t协同\n发展（2014—2020）")).toBe("京津冀\t协同\n发展（2014—2020）");
    expect(visibleLine("a\nb\tc")).toBe("a\\nb\\tc");
  });

  it("lets only jjj's own colour sequences through, and only when colour is on", () => {
    const red = "\u001b[31mred\u001b[39m";
    expect(terminalSafe(`${red} \u001b]52;c;aGVsbG8=\u0007`, true)).toBe(`${red} \\x1b]52;c;aGVsbG8=\\x07`);
    expect(terminalSafe(red, false)).toBe("\\x1b[31mred\\x1b[39m");
    expect(terminalSafe("\u001b[2J\u001b[31m", true)).toBe("\\x1b[2J\u001b[31m");
  });

  it("cuts echoed input and shows what is invisible in it", () => {
    expect(echo("pm25\r")).toBe("pm25\\r");
    expect(echo("x".repeat(5_000_000))).toHaveLength(81);
    expect(hasControl("pm25")).toBe(false);
    expect(hasControl("pm25\u200b")).toBe(true);
  });
});
