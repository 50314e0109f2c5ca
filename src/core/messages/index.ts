/**
 * The one message catalog: `say(lang, key, params)` for a text now, `msg(key, params)` for a text
 * to be said later in whatever language the reader has (errors, problems, notes of a view).
 */
import type { Lang } from "../lang.js";
import { en } from "./en.js";
import { zh } from "./zh.js";

export type MessageKey = keyof typeof en;
/** A key's parameters, as a rest list: none for a plain text, one object for a function. */
export type Params<K extends MessageKey> = (typeof en)[K] extends (p: infer P) => string ? [params: P] : [];

const CATALOGS = { en, zh } as const;

export function say<K extends MessageKey>(lang: Lang, key: K, ...params: Params<K>): string {
  const entry = CATALOGS[lang][key] as string | ((p: unknown) => string);
  return typeof entry === "function" ? entry(params[0]) : entry;
}

/** A text to be said later: a key and its parameters. */
export interface Message {
  readonly key: MessageKey;
  readonly params?: unknown;
}

export function msg<K extends MessageKey>(key: K, ...params: Params<K>): Message {
  return params.length ? { key, params: params[0] } : { key };
}

/** A text that reads the same in both languages (a path, a command line). */
export function same(text: string): Message {
  return { key: "text.same", params: { text } };
}

export function sayMessage(lang: Lang, message: Message): string {
  return (say as (lang: Lang, key: MessageKey, ...p: unknown[]) => string)(
    lang,
    message.key,
    ...(message.params === undefined ? [] : [message.params]),
  );
}

/** The catalog in one language: `const t = sayer(lang); t("word.id")`. */
export type Sayer = <K extends MessageKey>(key: K, ...params: Params<K>) => string;

/** A function of the language alone, for code that says many things in one language. */
export function sayer(lang: Lang): Sayer {
  return (key, ...params) => say(lang, key, ...params);
}
