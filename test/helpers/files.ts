/** Data files for tests: written to a fresh temporary directory, removed when the process exits. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let dir: string | undefined;

/** The tests' temporary directory (one per test file's process). */
export function tempDir(): string {
  if (!dir) {
    const made = mkdtempSync(join(tmpdir(), "jjj-test-"));
    dir = made;
    process.on("exit", () => rmSync(made, { recursive: true, force: true }));
  }
  return dir;
}

/** Write a file (a string as UTF-8, bytes as given, anything else as JSON) and return its path. */
export function writeTemp(name: string, content: unknown): string {
  const path = join(tempDir(), name);
  mkdirSync(join(path, ".."), { recursive: true });
  const data =
    typeof content === "string" || content instanceof Uint8Array ? content : `${JSON.stringify(content, null, 2)}\n`;
  writeFileSync(path, data);
  return path;
}

const text = (zh: string, en: string) => ({ zh, en });

/** A valid quantity fact to merge onto the bundled data; `edit` breaks or changes it. */
export function userFact(id = "my-pm25", extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    kind: "quantity",
    theme: "ecology",
    label: text("PM2.5年均浓度（本区）", "PM2.5 annual mean (our district)"),
    explanation: text("本区的年均浓度。", "Our district's annual mean."),
    place: "beijing",
    unit: "ug-per-m3",
    better: "lower",
    values: [
      { value: 36, stated: "36", year: 2021, source: { ref: "my-bulletin" } },
      { value: 32, stated: "32", year: 2022, source: { ref: "my-bulletin" } },
    ],
    ...extra,
  };
}

/** A valid data file to merge onto the bundled data: one source and the given facts. */
export function userFile(
  facts: unknown[] = [userFact()],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    sources: [{ id: "my-bulletin", kind: "official", title: text("本区公报", "Our district's bulletin") }],
    facts,
    ...extra,
  };
}
