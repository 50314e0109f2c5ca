/**
 * The one list of jjj's commands, in the order help lists them. The program (src/program.ts),
 * help, completion, the reference docs, the man page and the benchmark read it: a new command is
 * one folder and one line here.
 */
import { chart } from "./chart/index.js";
import { compare } from "./compare/index.js";
import { completion } from "./completion/index.js";
import { exportCommand } from "./export/index.js";
import { facts } from "./facts/index.js";
import { help } from "./help/index.js";
import { overview } from "./overview/index.js";
import { present } from "./present/index.js";
import { quiz } from "./quiz/index.js";
import { schema } from "./schema/index.js";
import { search } from "./search/index.js";
import { show } from "./show/index.js";
import { sources } from "./sources/index.js";
import type { CommandSpec } from "./spec.js";
import { themes } from "./themes/index.js";
import { timeline } from "./timeline/index.js";
import { validate } from "./validate/index.js";

export const COMMANDS: readonly CommandSpec[] = [
  overview,
  themes,
  facts,
  show,
  compare,
  chart,
  sources,
  search,
  timeline,
  exportCommand,
  present,
  quiz,
  validate,
  schema,
  completion,
  help,
];

/** The commands a user names (all but the hidden default). */
export const COMMAND_NAMES = COMMANDS.filter((c) => !c.hidden).map((c) => c.name);

/** The commands that print a listing, and so take every format. */
export const LISTINGS = COMMANDS.filter((c) => c.output === "listing").map((c) => c.name);
