import { Command, Option } from "commander";
import { usageError } from "../cli/errors.js";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../cli/lang.js";
import type { GlobalOptions, Schedule } from "../cli/program.js";
import { MAX_YEAR, MIN_YEAR } from "../dataset/constants.js";

interface CompareOptions extends GlobalOptions {
  from: string;
  to: string;
  theme?: string;
  chart?: boolean;
}

/** A year option's value, checked: four digits, within the years the data may hold. */
export function parseYear(option: string, value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < MIN_YEAR || n > MAX_YEAR) {
    throw usageError(
      {
        zh: `${option} 应为 ${MIN_YEAR} 到 ${MAX_YEAR} 之间的年份，而不是 "${value}"`,
        en: `${option} must be a year from ${MIN_YEAR} to ${MAX_YEAR}, not "${value}"`,
      },
      { zh: `例如 ${option} 2014`, en: `for example ${option} 2014` },
    );
  }
  return n;
}

export function compareCommand(schedule: Schedule, lang: Lang): Command {
  const t = tr(lang);
  return new Command("compare")
    .summary(t("compare 2014 with 2020 (or any two years)", "比较 2014 年与 2020 年（或任意两年）"))
    .description(
      t(
        "Compare every quantity between two years: the value at each end, the change (in percentage points for shares), the relative change and the compound yearly growth rate. Where the source's baseline is another year it is used and flagged.",
        "比较每个数量在两年之间的变化：两端的数值、变化量（占比以百分点计）、相对变化和年均复合增长率。来源的基准年不同时，使用该基准年并加以标注。",
      ),
    )
    .addOption(new Option("--from <year>", t("the earlier year", "较早的年份")).default("2014"))
    .addOption(new Option("--to <year>", t("the later year", "较晚的年份")).default("2020"))
    .option(
      "-t, --theme <id>",
      t("only the quantities of this theme (see `jjj themes`)", "只比较这个主题的数量（见 `jjj themes`）"),
    )
    .option(
      "--chart",
      t(
        "draw each quantity's two years as a pair of bars instead of a table",
        "把每个数量的两年画成一对条形，而不是表格",
      ),
    )
    .addHelpText(
      "after",
      examples(t, [
        "jjj compare",
        "jjj compare --chart",
        "jjj compare --theme innovation --lang zh",
        "jjj compare --json | jq '.[] | {id, relative: .change.relative}'",
      ]),
    )
    .action(function (this: Command) {
      const opts = this.optsWithGlobals<CompareOptions>();
      const from = parseYear("--from", opts.from);
      const to = parseYear("--to", opts.to);
      if (from >= to) {
        throw usageError(
          { zh: `--from ${from} 不早于 --to ${to}`, en: `--from ${from} is not before --to ${to}` },
          { zh: "--from 的年份应早于 --to", en: "give --from an earlier year than --to" },
        );
      }
      schedule(opts, async (ctx) =>
        (await import("./compare.run.js")).run(ctx, { from, to, theme: opts.theme, chart: opts.chart === true }),
      );
    });
}
