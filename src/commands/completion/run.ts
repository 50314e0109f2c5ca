import type { CommandUnknownOpts as Command } from "@commander-js/extra-typings";
import type { Context } from "../../cli/context.js";
import { emitText } from "../../cli/emit.js";
import { HELP_TOPICS } from "../../cli/help-text.js";
import { completionModel } from "../../completion/model.js";
import { completionScript } from "../../completion/scripts.js";
import type { Shell } from "../../completion/shells.js";
import { contractFields } from "../../contract/fields.js";
import { usageError } from "../../core/errors.js";
import { msg, say } from "../../core/messages/index.js";

export function run(ctx: Context, shell: Shell, program: Command): void {
  if (ctx.format !== "table" || ctx.fields) {
    throw usageError(msg("completion.error.format", { shell }), msg("completion.hint.run", { shell }));
  }
  const { dataset, lang } = ctx;
  const model = completionModel(program, {
    themes: dataset.themes.map((t) => ({ value: t.id, description: t.name[lang] })),
    facts: dataset.facts.map((f) => ({ value: f.id, description: f.label[lang] })),
    topics: Object.entries(HELP_TOPICS).map(([value, t]) => ({ value, description: say(lang, t.summary) })),
    fields: (command) => contractFields(command) ?? [],
  });
  emitText(ctx, completionScript(shell, model));
}
