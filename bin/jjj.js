#!/usr/bin/env node
// The jjj executable: runs the bundled CLI (built by `npm install` / `npm run build`).
import { run } from "../dist/jjj.js";

run();
