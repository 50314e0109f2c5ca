#!/usr/bin/env node
// The jjj executable: runs the bundled CLI (built by `npm install` / `npm run build`). CommonJS
// (see bin/package.json), which Node starts faster than an ES module.
require("../dist/jjj.cjs").run();
