import { Command, Option } from "commander";
import { examples } from "../cli/help-format.js";
import { type Lang, tr } from "../core/lang.js";
import { MAX_AUTO, MIN_AUTO } from "./actions.js";

export function presentCommand(lang: Lang): Command {
  const t = tr(lang);
  return new Command("present")
    .summary(t("show the figures as full-screen slides, for a classroom", "以全屏幻灯片展示数字，供课堂使用"))
    .description(
      t(
        "Show full-screen slides in the terminal: a title slide, one slide per theme with its headline figures in large type, the PM2.5 trend as a chart, and the 2014 → 2020 comparison. Keys: → Space n PageDown next; ← p PageUp back; Home End; a number and Enter jumps; l switches language; ? shows the keys; q Esc Ctrl-C quit. The terminal is always given back as it was. Slides fit the window and are redrawn when it is resized (--width does not apply). Off a terminal (in a pipe), every slide is printed in order as plain text. --export md writes the deck as Markdown slides separated by --- (Marp, reveal.js, Slidev).",
        "在终端中全屏放映幻灯片：一张标题页，每个主题一张（用大字显示主要数字），一张 PM2.5 趋势图，以及 2014 → 2020 的对比。按键：→ 空格 n PageDown 下一张；← p PageUp 上一张；Home End 首张、末张；输入数字再按 Enter 跳转；l 切换语言；? 显示按键；q Esc Ctrl-C 退出。终端总会恢复原状。幻灯片随窗口大小排版，窗口改变时重新绘制（--width 不起作用）。不在终端中（在管道中）时，按顺序以纯文本输出每张幻灯片。--export md 把整套幻灯片写成以 --- 分隔的 Markdown 幻灯片（Marp、reveal.js、Slidev）。",
      ),
    )
    .option(
      "-t, --theme <id>",
      t(
        "only this theme: its slide, its chart and its comparison (see `jjj themes`)",
        "只放映这个主题：它的幻灯片、图表和对比（见 `jjj themes`）",
      ),
    )
    .option(
      "--auto <seconds>",
      t(
        `kiosk mode: a new slide every so many seconds (${MIN_AUTO}–${MAX_AUTO}), round and round`,
        `自动放映：每隔这么多秒换一张（${MIN_AUTO}–${MAX_AUTO}），循环播放`,
      ),
    )
    .addOption(
      new Option(
        "--export <format>",
        t("write the deck as Markdown slides instead of showing it", "把幻灯片写成 Markdown，而不是放映"),
      ).choices(["md"]),
    )
    .addHelpText(
      "after",
      t(
        "\nKeys:\n  → Space n PageDown Enter   next slide\n  ← p PageUp Backspace        previous slide\n  Home End                    first, last slide\n  6 Enter                     go to slide 6\n  l                           switch English / 中文\n  ?                           show the keys\n  q Esc Ctrl-C                quit (exit code 0; 130 for Ctrl-C)\n",
        "\n按键：\n  → Space n PageDown Enter   下一张\n  ← p PageUp Backspace        上一张\n  Home End                    第一张、最后一张\n  6 Enter                     跳到第 6 张\n  l                           切换 English / 中文\n  ?                           显示按键\n  q Esc Ctrl-C                退出（退出码 0；Ctrl-C 为 130）\n",
      ) +
        examples(t, [
          "jjj present",
          "jjj present --theme ecology --lang zh",
          "jjj present --auto 15",
          "jjj present --export md > slides.md",
          "jjj present --width 80 | less",
        ]),
    );
}
