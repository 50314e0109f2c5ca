// Stands in for ansi-regex 5 inside cli-table3 (see scripts/build.mjs). The original builds this
// regular expression anew on every call, and cli-table3 measures every cell line through it: most
// of the time a large table took. The same expression, built once; strip-ansi only uses it with
// String.prototype.replace, which resets a global expression's lastIndex, so sharing it is safe.
"use strict";

const pattern = [
  "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
  "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))",
].join("|");
const all = new RegExp(pattern, "g");

module.exports = ({ onlyFirst = false } = {}) => (onlyFirst ? new RegExp(pattern) : all);
