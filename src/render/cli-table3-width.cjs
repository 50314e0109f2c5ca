// Stands in for string-width 4 inside cli-table3 (see scripts/build.mjs), which measures every
// line of every cell through it, building emoji-regex's large expression each time: most of the
// time a table took. jjj's own measure is the one its layout uses, so the two always agree.
"use strict";

module.exports = require("./width.ts").displayWidth;
