export type Lang = "zh" | "en";
export const LANGS = ["zh", "en"] as const;

/** Language from the locale: LC_ALL, then LC_MESSAGES, then LANG; zh* → zh, anything else → en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/**
 * The language of help and error messages, before (or without) parsing: `--lang zh|en` anywhere
 * in the arguments (also `--lang=zh`), else the locale.
 */
export function langFromArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return value === "zh" || value === "en" ? value : langFromEnv(env);
}
