import { describe, expect, it } from "vitest";
import { bundledDataset } from "../src/dataset/bundled.js";
import type { QuantityFact } from "../src/dataset/schema.js";
import { factSparkline } from "../src/view/spark.js";
import { jjj } from "./chart-helpers.js";

const dataset = bundledDataset();
const fact = (id: string) => dataset.facts.find((f) => f.id === id) as QuantityFact;

describe("sparklines", () => {
  it("draw one mark a year for series of three points or more, none for shorter ones", () => {
    const ctx = { dataset, lang: "en" as const };
    expect(factSparkline(ctx, fact("pm25-beijing"))).toBe("██▇▆▄▃▂▂▁");
    expect(factSparkline(ctx, fact("pm25-13-cities"))).toBe("█▆▃▂▁");
    expect(factSparkline(ctx, fact("pm25-beijing"), 2014, 2020)).toBe("█▇▆▄▃▂▁");
    expect(factSparkline(ctx, fact("pm25"))).toBeUndefined();
    expect(factSparkline(ctx, fact("pm25-tianjin"))).toBeUndefined();
    expect(factSparkline({ ...ctx, ascii: true }, fact("pm25-beijing"))).toBe("^^^~-.___");
  });

  it("leave a space for a year without a figure", () => {
    const f: QuantityFact = {
      ...fact("pm25-hebei"),
      values: fact("pm25-beijing").values.filter((v) => v.year !== 2016),
    };
    expect(factSparkline({ dataset, lang: "en" }, f)).toBe("██▇ ▄▃▂▂▁");
  });

  it("appear in the facts table, in both languages", async () => {
    const en = await jjj(["facts", "--theme", "ecology", "--width", "160", "--color", "never"]);
    expect(en.out).toMatch(/pm25-beijing\s+2013–2021 ██▇▆▄▃▂▂▁/);
    expect(en.out).toMatch(/pm25-13-cities\s+2013–2017 █▆▃▂▁/);
    const zh = await jjj(["facts", "--theme", "ecology", "--lang", "zh", "--width", "160", "--color", "never"]);
    expect(zh.out).toMatch(/pm25-beijing\s+2013—?–?2021 ██▇▆▄▃▂▂▁/);
  });

  it("appear in the compare table after the trend, over the years compared", async () => {
    const en = await jjj(["compare", "--theme", "ecology", "--width", "160", "--color", "never"]);
    expect(en.out).toMatch(/better\s+█▇▆▄▃▂▁\s+official/);
    const zh = await jjj(["compare", "--theme", "ecology", "--lang", "zh", "--width", "160", "--color", "never"]);
    expect(zh.out).toMatch(/改善\s+█▇▆▄▃▂▁\s+官方补充/);
  });

  it("are plain ASCII under TERM=dumb, like the table borders", async () => {
    const r = await jjj(["facts", "--theme", "ecology", "--width", "160"], { env: { TERM: "dumb" } });
    expect(r.out).not.toMatch(/[▁▂▃▄▅▆▇█┌┐└┘│─]/);
    expect(r.out).toMatch(/pm25-beijing\s+2013-2021 \^\^\^~-\.___/);
  });
});

describe("--ascii tables", () => {
  it("draw every border with ASCII and keep the same layout", async () => {
    const unicode = await jjj(["themes", "--width", "80", "--color", "never"]);
    const ascii = await jjj(["themes", "--width", "80", "--ascii"]);
    expect(ascii.out).not.toMatch(/[┌┐└┘│─┬┴┼├┤]/);
    expect(ascii.lines[1]).toMatch(/^-+ {2}-+ {2}-+/);
    expect(ascii.lines.map((l) => l.length)).toEqual(unicode.lines.map((l) => l.length));
  });
});
