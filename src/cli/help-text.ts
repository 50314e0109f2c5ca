/** Help text shared by every command, and the help topics of `jjj help <topic>`. */
import { EXIT } from "./errors.js";
import { FORMAT_HELP, FORMATS } from "./output.js";

export const ENVIRONMENT_HELP = `
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

export const HELP_TOPICS = {
  "exit-codes": { summary: "the exit codes and what they mean", text: EXIT_CODES },
  environment: { summary: "environment variables that change the output", text: ENVIRONMENT },
  formatting: { summary: "output formats and --fields", text: FORMATTING },
} as const;

export type HelpTopic = keyof typeof HELP_TOPICS;
