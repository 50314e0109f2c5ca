/**
 * Reading the user's own data files (`--data`, `JJJ_DATA`, `jjj validate`): every problem is
 * reported with the file's name and a fix. Data files are read as text and parsed as JSON: nothing
 * here executes or imports what it reads. Loaded only when such files are given.
 */
import { isUtf8 } from "node:buffer";
import { readFileSync, realpathSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { type Message, msg } from "../core/messages/index.js";
import { bundledFiles } from "./bundled.js";
import { type Dataset, type FileText, loadDataset, parseFiles } from "./load.js";
import { DataError, type Problem } from "./problems.js";

/** The largest data file jjj reads: 64 MiB (a file of 100,000 facts is about 40 MiB). */
export const MAX_DATA_BYTES = 64 * 1024 * 1024;

const MIB = 1024 * 1024;

function fileProblem(file: string, message: Message, fix: Message): Problem {
  return { file, message, fix };
}

/** The offset of the first byte that is not part of valid UTF-8, or -1. Linear, no allocation. */
export function invalidUtf8At(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (both from 1, the column in characters) of a byte offset in UTF-8 bytes. */
function lineColumn(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  let column = 1;
  for (let i = start; i < offset; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) column++;
  return { line, column };
}

export function readDataFile(path: string): FileText | Problem {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return fileProblem(path, msg("dataset.isDirectory"), msg("dataset.isDirectoryFix"));
    if (!st.isFile()) return fileProblem(path, msg("dataset.notRegular"), msg("dataset.notRegularFix"));
    size = st.size;
  } catch (err) {
    return unreadable(path, err);
  }
  let bytes: Buffer;
  try {
    // A file of /proc or /sys says its size is 0 and yet has content: read it to know.
    bytes = size === 0 ? readFileSync(path) : Buffer.alloc(0);
  } catch (err) {
    return unreadable(path, err);
  }
  if (size === 0) size = bytes.length;
  if (size === 0) return fileProblem(path, msg("dataset.emptyFile"), msg("dataset.blankFileFix"));
  if (size > MAX_DATA_BYTES) {
    return fileProblem(
      path,
      msg("dataset.tooBig", { mib: (size / MIB).toFixed(1), bytes: size, limit: MAX_DATA_BYTES / MIB }),
      msg("dataset.tooBigFix"),
    );
  }
  try {
    if (bytes.length === 0) bytes = readFileSync(path);
  } catch (err) {
    return unreadable(path, err);
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fileProblem(path, msg("dataset.bom"), msg("dataset.bomFix"));
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fileProblem(path, msg("dataset.utf16"), msg("dataset.utf16Fix"));
  }
  // Node's own check is fast; only a file that fails it is searched for the first bad byte.
  const bad = isUtf8(bytes) ? -1 : invalidUtf8At(bytes);
  if (bad >= 0) {
    const { line, column } = lineColumn(bytes, bad);
    const byte = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, "0");
    return { file: path, line, column, message: msg("dataset.notUtf8", { byte }), fix: msg("dataset.notUtf8Fix") };
  }
  // Checked above: valid UTF-8 with no byte-order mark, so this decodes exactly as toString would,
  // in two thirds of the time on a large file.
  return { file: path, text: new TextDecoder().decode(bytes) };
}

function unreadable(path: string, err: unknown): Problem {
  const code = (err as NodeJS.ErrnoException).code ?? "unknown error";
  if (code === "ENOENT" || code === "ENOTDIR")
    return fileProblem(path, msg("dataset.noFile"), msg("dataset.noFileFix"));
  if (code === "EACCES" || code === "EPERM") {
    return fileProblem(path, msg("dataset.noPermission"), msg("dataset.noPermissionFix"));
  }
  return fileProblem(path, msg("dataset.unreadable", { code }), msg("dataset.unreadableFix"));
}

/** Read every file; the texts of those that could be read, and the problems of those that could not. */
export function readDataFiles(paths: readonly string[]): { texts: FileText[]; problems: Problem[] } {
  const texts: FileText[] = [];
  const problems: Problem[] = [];
  // The same file given twice (by JJJ_DATA and --data, or by two paths to it) is read once.
  const seen = new Set<string>();
  for (const path of paths) {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = resolve(path);
    }
    if (seen.has(real)) continue;
    seen.add(real);
    const r = readDataFile(path);
    if ("text" in r) texts.push(r);
    else problems.push(r);
  }
  return { texts, problems };
}

/**
 * The dataset with the user's files: merged onto the bundled data, or alone with `dataOnly`.
 * User files are always validated; conflicts (an id defined twice) are errors naming both files.
 */
export function loadWithUserData(paths: readonly string[], dataOnly: boolean): Dataset {
  const { texts, problems } = readDataFiles(paths);
  // A file that cannot be read leaves the cross-checks incomplete: report the others' own problems.
  if (problems.length) throw new DataError([...problems, ...parseFiles(texts).problems]);
  return loadDataset(texts, dataOnly ? [] : bundledFiles());
}
