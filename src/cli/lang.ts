export type Lang = "zh" | "en";
export const LANGS: readonly Lang[] = ["zh", "en"];

/** Language from the locale: LC_ALL, then LC_MESSAGES, then LANG; zh* → zh, anything else → en. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("zh") ? "zh" : "en";
}
