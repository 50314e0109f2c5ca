/** Help text shared by every command, and the help topics of `jjj help <topic>`. */
import { EXIT } from "../core/errors.js";
import type { Lang } from "../core/lang.js";
import { FORMATS, type Format } from "./output.js";

/** One line per format, for `--help`, `jjj help formatting` and the README. */
const FORMAT_HELP: Record<Format, string> = {
  table: "aligned table for people (the default; colour on a terminal)",
  json: "a JSON array of records (`--json` is short for this)",
  ndjson: "one compact JSON record per line",
  csv: "RFC 4180 CSV, UTF-8, with a header row; nested fields become dotted columns (label.zh)",
  tsv: "tab-separated values with a header row; tab, newline and backslash escaped as \\t \\n \\\\",
  md: "a Markdown table, with the table's notes",
};

const ENVIRONMENT_HELP_EN = `
Environment:
  LC_ALL, LC_MESSAGES, LANG  language when --lang is not given (zh* → Chinese, else English)
  NO_COLOR                   set to anything non-empty: no colour
  FORCE_COLOR                0 = no colour, 1–3 = colour even in a pipe
  TERM=dumb                  no colour, and plain ASCII drawing characters (as --ascii)
  COLUMNS                    table width when --width is not given
  JJJ_DATA                   extra data files to load, separated by ":" (like PATH)
  JJJ_DEBUG=1                print stack traces of internal errors

Exit codes: 0 success (also for an empty result), 1 data or runtime error, 2 usage error;
present and quiz on a terminal: 130 after Ctrl-C, 143 after SIGTERM (\`jjj help exit-codes\`).`;

const ENVIRONMENT_HELP_ZH = `
环境变量：
  LC_ALL, LC_MESSAGES, LANG  未给 --lang 时决定语言（zh* → 中文，其他 → 英文）
  NO_COLOR                   设为任意非空值：不着色
  FORCE_COLOR                0 = 不着色，1–3 = 即使在管道中也着色
  TERM=dumb                  不着色，并且只用 ASCII 字符画图（同 --ascii）
  COLUMNS                    未给 --width 时的表格宽度
  JJJ_DATA                   要额外加载的数据文件，用 ":" 分隔（同 PATH）
  JJJ_DEBUG=1                内部错误时打印调用栈

退出码：0 成功（结果为空也算），1 数据或运行错误，2 用法错误；
present 和 quiz 在终端中：Ctrl-C 后为 130，SIGTERM 后为 143（\`jjj help exit-codes\`）。`;

/** The environment variables and exit codes, at the end of every command's help. */
export function environmentHelp(lang: Lang): string {
  return lang === "zh" ? ENVIRONMENT_HELP_ZH : ENVIRONMENT_HELP_EN;
}

const EXIT_CODES = `Exit codes of jjj:

  ${EXIT.ok}  success, also when nothing matches (JSON prints [], a table prints a note on stderr),
     and when the reader of a pipe closes it early (jjj compare | head -1)
  ${EXIT.data}  a data or runtime error: a broken data file, an internal error
  ${EXIT.usage}  a usage error: an unknown command, option, field, theme or fact id, or a bad value;
     the message says what is wrong and, where it can, what was meant ("did you mean …")
  ${EXIT.interrupted}  jjj present or jjj quiz on a terminal stopped by Ctrl-C (or SIGINT), after giving the
       terminal back; q and Esc end them with 0
  ${EXIT.terminated}  jjj present or jjj quiz stopped by SIGTERM, after giving the terminal back

Errors go to standard error as one line, \`jjj: <what is wrong>\`, then a \`hint:\`. No stack trace
unless JJJ_DEBUG=1.
`;

const EXIT_CODES_ZH = `jjj 的退出码：

  ${EXIT.ok}  成功；没有匹配结果时也是（JSON 输出 []，表格在标准错误上给出提示），
     管道的读取端提前关闭时也是（jjj compare | head -1）
  ${EXIT.data}  数据或运行错误：数据文件有误，或内部错误
  ${EXIT.usage}  用法错误：未知的命令、选项、字段、主题或事实编号，或取值不对；
     消息会说明错在哪里，并尽量指出本意（“是否想找 …”）
  ${EXIT.interrupted}  jjj present 或 jjj quiz 在终端中被 Ctrl-C（或 SIGINT）中止，终端先恢复原状；
       按 q 或 Esc 结束时退出码为 0
  ${EXIT.terminated}  jjj present 或 jjj quiz 被 SIGTERM 中止，终端先恢复原状

错误以一行写到标准错误：\`jjj: <错误内容>\`，随后是一行 \`提示：\`。除非设置 JJJ_DEBUG=1，
否则不打印调用栈。
`;

const ENVIRONMENT = `Environment variables that change what jjj prints:

  LC_ALL, LC_MESSAGES, LANG  the language of labels and messages when --lang is not given:
                             the first one set wins; zh* → Chinese, anything else → English
  NO_COLOR                   set to anything non-empty: no colour (https://no-color.org)
  FORCE_COLOR                0 or false: no colour; 1, 2, 3: colour of that depth, even in a pipe
  TERM=dumb                  no colour, and plain ASCII drawing characters (as --ascii)
  COLORTERM=truecolor        24-bit colour when colour is on
  COLUMNS                    the width of tables when --width is not given
  JJJ_DATA                   extra data files to load with the bundled data, separated by ":"
                             (like PATH); --data adds more
  JJJ_DEBUG=1                print the stack trace of an internal error

Colour, by precedence: --color always|never (and --no-color) first; then NO_COLOR; then
FORCE_COLOR; then TERM=dumb; else colour only when standard output is a terminal. Only tables
are coloured: JSON, NDJSON, CSV, TSV and Markdown never are.

Width, by precedence: --width, then COLUMNS, then the terminal's width, else 80.
`;

const ENVIRONMENT_ZH = `会改变 jjj 输出的环境变量：

  LC_ALL, LC_MESSAGES, LANG  未给 --lang 时标签和消息的语言：
                             取第一个已设置的；zh* → 中文，其他 → 英文
  NO_COLOR                   设为任意非空值：不着色（https://no-color.org）
  FORCE_COLOR                0 或 false：不着色；1、2、3：按该色深着色，即使在管道中
  TERM=dumb                  不着色，并且只用 ASCII 字符画图（同 --ascii）
  COLORTERM=truecolor        着色时使用 24 位真彩色
  COLUMNS                    未给 --width 时的表格宽度
  JJJ_DATA                   与内置数据一起加载的额外数据文件，用 ":" 分隔
                             （同 PATH）；--data 可再添加
  JJJ_DEBUG=1                内部错误时打印调用栈

是否着色，按优先顺序：先看 --color always|never（以及 --no-color）；再看 NO_COLOR；
然后是 FORCE_COLOR；然后是 TERM=dumb；否则只在标准输出是终端时着色。只有表格会着色：
JSON、NDJSON、CSV、TSV 和 Markdown 从不着色。

宽度，按优先顺序：--width，然后 COLUMNS，然后终端宽度，否则为 80。
`;

const FORMAT_HELP_ZH: Record<Format, string> = {
  table: "供人阅读的对齐表格（默认；在终端中着色）",
  json: "由记录组成的 JSON 数组（`--json` 是它的简写）",
  ndjson: "每行一条紧凑的 JSON 记录",
  csv: "RFC 4180 CSV，UTF-8，带表头行；嵌套字段变成带点的列名（label.zh）",
  tsv: "制表符分隔，带表头行；制表符、换行和反斜杠转义为 \\t \\n \\\\",
  md: "Markdown 表格，附带表格的注释",
};

const FORMATTING = `Output formats: --format ${FORMATS.join("|")} (--json is short for --format json)

${FORMATS.map((f) => `  ${f.padEnd(7)} ${FORMAT_HELP[f]}`).join("\n")}

Every listing command speaks every format: themes, facts, compare, search, timeline, export, schema.
\`jjj show <id>\` prints one object in JSON; \`jjj\` alone (the overview) speaks table, json and ndjson.

--fields a,b,c picks fields and their order (as gh --json does): top-level keys (id, label) or
dotted paths into nested objects (label.zh, from.value, change.relative). JSON and NDJSON keep
the nesting; CSV, TSV, Markdown and tables make one column per field. Without --fields, CSV and
TSV have one column per leaf field; arrays and objects left over are JSON in one cell, null is
an empty cell. An unknown field is a usage error (exit 2) that lists the valid ones.
\`jjj schema <command>\` prints the JSON Schema of a command's output.

Empty results are success: [] in JSON, nothing in NDJSON, a header row in CSV and TSV, and a note
on standard error for tables and Markdown.

Examples:
  $ jjj compare --format csv --fields id,label.en,from.value,to.value
  $ jjj facts --format ndjson | jq -c '{id, kind}'
  $ jjj themes --format md > themes.md
  $ jjj schema compare
`;

const FORMATTING_ZH = `输出格式：--format ${FORMATS.join("|")}（--json 是 --format json 的简写）

${FORMATS.map((f) => `  ${f.padEnd(7)} ${FORMAT_HELP_ZH[f]}`).join("\n")}

每个列表命令都支持全部格式：themes、facts、compare、search、timeline、export、schema。
\`jjj show <id>\` 以 JSON 输出一个对象；单独运行 \`jjj\`（概览）支持 table、json 和 ndjson。

--fields a,b,c 选择字段及其顺序（与 gh --json 的做法相同）：顶层键（id、label），或用点号
深入嵌套对象的路径（label.zh、from.value、change.relative）。JSON 和 NDJSON 保留嵌套；
CSV、TSV、Markdown 和表格每个字段一列。不给 --fields 时，CSV 和 TSV 每个叶子字段一列；
剩下的数组和对象以 JSON 写在一个单元格里，null 为空单元格。未知字段是用法错误（退出码 2），
并会列出有效的字段。
\`jjj schema <command>\` 输出某个命令输出内容的 JSON Schema。

结果为空也算成功：JSON 为 []，NDJSON 什么也不输出，CSV 和 TSV 只有表头行，表格和
Markdown 则在标准错误上给出提示。

示例：
  $ jjj compare --format csv --fields id,label.en,from.value,to.value
  $ jjj facts --format ndjson | jq -c '{id, kind}'
  $ jjj themes --format md > themes.md
  $ jjj schema compare
`;

/** The topics of `jjj help <topic>`: each summary and text in both languages. */
export const HELP_TOPICS = {
  "exit-codes": {
    summary: { en: "the exit codes and what they mean", zh: "退出码及其含义" },
    text: { en: EXIT_CODES, zh: EXIT_CODES_ZH },
  },
  environment: {
    summary: { en: "environment variables that change the output", zh: "会改变输出的环境变量" },
    text: { en: ENVIRONMENT, zh: ENVIRONMENT_ZH },
  },
  formatting: {
    summary: { en: "output formats and --fields", zh: "输出格式与 --fields" },
    text: { en: FORMATTING, zh: FORMATTING_ZH },
  },
} as const;

export type HelpTopic = keyof typeof HELP_TOPICS;
