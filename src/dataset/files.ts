/**
 * Reading the user's own data files (`--data`, `JJJ_DATA`): every problem is reported with the
 * file's name; nothing here executes or imports what it reads. Loaded only when such files are given.
 */
import { readFileSync, statSync } from "node:fs";
import { bundledFiles } from "./bundled.js";
import { type Dataset, type FileText, loadDataset } from "./load.js";
import { DataError, type Problem } from "./problems.js";

/** The largest data file jjj reads. */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

export function readDataFile(path: string): FileText | Problem {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { file: path, where: "", message: "is a directory, not a data file" };
    if (!st.isFile()) return { file: path, where: "", message: "is not a regular file" };
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { file: path, where: "", message: code === "ENOENT" ? "no such file" : `cannot be read (${code})` };
  }
  if (size === 0) return { file: path, where: "", message: "is empty; a data file is a JSON object" };
  if (size > MAX_DATA_BYTES) {
    return { file: path, where: "", message: `is ${size} bytes, over the limit of ${MAX_DATA_BYTES} bytes` };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { file: path, where: "", message: `cannot be read (${(err as NodeJS.ErrnoException).code})` };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { file: path, where: "", message: "starts with a UTF-8 byte-order mark; save it as UTF-8 without BOM" };
  }
  try {
    return { file: path, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { file: path, where: "", message: "is not valid UTF-8 text; save it as UTF-8" };
  }
}

/**
 * The dataset with the user's files: merged onto the bundled data, or alone with `dataOnly`.
 * User files are always validated; conflicts (an id defined twice) are errors naming both files.
 */
export function loadWithUserData(paths: readonly string[], dataOnly: boolean): Dataset {
  const texts: FileText[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const r = readDataFile(path);
    if ("text" in r) texts.push(r);
    else problems.push(r);
  }
  if (problems.length) throw new DataError(problems);
  return loadDataset(texts, dataOnly ? [] : bundledFiles());
}
